"""Small factories for the programme tests: plain functions with keyword defaults.
Translated fields given by their plain name go into the German field."""

import datetime
import functools
import itertools
from decimal import Decimal

from django.utils import translation
from django.utils.text import slugify

from offenbach_portal.core.publication import Status
from orgs.models import Organisation, Person
from programmes.models import FieldOfAction, FundingCall, Programme, ProgrammeEvent, Project, Publication

_counter = itertools.count(1)


def in_german(factory):
    @functools.wraps(factory)
    def wrapper(*args, **kwargs):
        with translation.override("de"):
            return factory(*args, **kwargs)

    return wrapper


@in_german
def make_organisation(name=None, **kwargs):
    name = name or f"Verein {next(_counter)}"
    defaults = {"slug": slugify(name), "status": Status.PUBLISHED, "kind": Organisation.Kind.ASSOCIATION, "description": "Ein Verein."}
    defaults.update(kwargs)
    return Organisation.objects.create(name=name, **defaults)


@in_german
def make_person(name=None, **kwargs):
    return Person.objects.create(name=name or f"Person {next(_counter)}", **kwargs)


@in_german
def make_programme(slug="modellregion-integration", *, fields=5, **kwargs):
    defaults = {
        "name": "Modellregion Integration Offenbach",
        "short_name": "MRI",
        "start": datetime.date(2010, 1, 1),
        "end": datetime.date(2013, 12, 31),
        "funder": "Land Hessen",
        "status": Status.PUBLISHED,
    }
    defaults.update(kwargs)
    programme = Programme.objects.create(slug=slug, **defaults)
    for number in range(1, fields + 1):
        FieldOfAction.objects.create(programme=programme, number=number, name=f"Handlungsfeld {number}")
    return programme


@in_german
def make_project(programme, *, fields=(), sponsor=None, partners=(), amount=None, **kwargs):
    number = next(_counter)
    defaults = {
        "title": f"Projekt {number}",
        "slug": f"projekt-{number}",
        "start_year": 2011,
        "end_year": 2012,
        "state": Project.State.FINISHED,
        "status": Status.PUBLISHED,
    }
    defaults.update(kwargs)
    project = Project.objects.create(
        programme=programme,
        sponsor=sponsor or make_organisation(),
        funding_amount=Decimal(str(amount)) if amount is not None else None,
        **defaults,
    )
    project.fields_of_action.set(FieldOfAction.objects.filter(programme=programme, number__in=fields))
    project.partners.set(partners)
    return project


@in_german
def make_event(programme, **kwargs):
    defaults = {"title": "Abschlusskonferenz", "date": datetime.date(2013, 4, 15), "place": "Wiesbaden"}
    defaults.update(kwargs)
    return ProgrammeEvent.objects.create(programme=programme, **defaults)


@in_german
def make_publication(programme=None, **kwargs):
    number = next(_counter)
    defaults = {
        "title": f"Broschüre {number}",
        "slug": f"broschuere-{number}",
        "year": 2013,
        "kind": Publication.Kind.BROCHURE,
        "status": Status.PUBLISHED,
    }
    defaults.update(kwargs)
    return Publication.objects.create(programme=programme, **defaults)


@in_german
def make_call(programme, *, opens, deadline, **kwargs):
    defaults = {"title": "Aufruf Kleinprojekte", "status": Status.PUBLISHED}
    defaults.update(kwargs)
    return FundingCall.objects.create(programme=programme, opens=opens, deadline=deadline, **defaults)
