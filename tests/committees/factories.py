"""Small factories for the committee tests: plain functions with keyword defaults.

Translated fields given by their plain name (`title=`) go into the German
field, whatever language an earlier request left active."""

import datetime
import functools
import itertools

from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.text import slugify

from committees.models import (
    PORTAL_COMMITTEE_SLUG,
    AgendaItem,
    Committee,
    Meeting,
    MeetingDocument,
    Membership,
    TopicArea,
)
from offenbach_portal.core.publication import Status
from orgs.models import Organisation, Person

_counter = itertools.count(1)

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def in_german(factory):
    @functools.wraps(factory)
    def wrapper(*args, **kwargs):
        with translation.override("de"):
            return factory(*args, **kwargs)

    return wrapper


@in_german
def make_committee(**kwargs):
    defaults = {"name": "Kompetenzteam Integration", "slug": PORTAL_COMMITTEE_SLUG, "founded": 2007, "status": Status.PUBLISHED}
    defaults.update(kwargs)
    committee = Committee.objects.filter(slug=defaults["slug"]).first()
    return committee or Committee.objects.create(**defaults)


@in_german
def make_organisation(name=None, **kwargs):
    name = name or f"Verein {next(_counter)}"
    defaults = {"slug": slugify(name), "status": Status.PUBLISHED, "kind": Organisation.Kind.ASSOCIATION}
    defaults.update(kwargs)
    return Organisation.objects.create(name=name, **defaults)


@in_german
def make_person(name=None, **kwargs):
    return Person.objects.create(name=name or f"Person {next(_counter)}", **kwargs)


@in_german
def make_meeting(number=None, *, committee=None, date=None, **kwargs):
    committee = committee or make_committee()
    number = number or next(_counter)
    defaults = {
        "title": f"Schwerpunkt {number}",
        "date": date or datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
        "start_time": datetime.time(17, 0),
        "end_time": datetime.time(19, 0),
        "state": Meeting.State.HELD,
        "status": Status.PUBLISHED,
        "place_name": "Rathaus",
        "place_address": "Berliner Straße 100, 63065 Offenbach am Main",
    }
    defaults.update(kwargs)
    return Meeting.objects.create(committee=committee, number=number, **defaults)


@in_german
def make_topic(name=None, **kwargs):
    name = name or f"Thema {next(_counter)}"
    return TopicArea.objects.create(name=name, slug=kwargs.pop("slug", slugify(name)), **kwargs)


@in_german
def make_agenda_item(meeting, *, topics=(), presenters=(), **kwargs):
    defaults = {"order": meeting.agenda_items.count() + 1, "title": f"Punkt {next(_counter)}"}
    defaults.update(kwargs)
    item = AgendaItem.objects.create(meeting=meeting, **defaults)
    item.topic_areas.set(topics)
    item.presenters.set(presenters)
    return item


@in_german
def make_document(meeting, *, visibility=MeetingDocument.Visibility.PUBLIC, name="protokoll.pdf", content=PDF_BYTES, **kwargs):
    document = MeetingDocument(meeting=meeting, visibility=visibility, title=kwargs.pop("title", "Protokoll"), **kwargs)
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


@in_german
def make_membership(organisation, *, committee=None, **kwargs):
    return Membership.objects.create(committee=committee or make_committee(), organisation=organisation, **kwargs)
