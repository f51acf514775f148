"""Loads the programmes' demo from `programmes/demo_data/programmes.yaml`:
MRI and WIR with the five MRI fields of action, events, the projects and
publications the facts confirm, a few invented sample projects and a sample
open call (both marked as samples). Every record is validated (full_clean)
and saved in one revision. Idempotent: what exists is left alone."""

import datetime
from decimal import Decimal
from pathlib import Path

import reversion
from django.db import transaction
from django.utils.text import slugify

from offenbach_portal.core.datafiles import read_yaml
from offenbach_portal.core.publication import Status
from orgs import demo as orgs_demo
from orgs.models import District, Language, Organisation, Person
from orgs.reference_data import ensure_reference_data

from .models import FieldOfAction, FundingCall, Programme, ProgrammeEvent, Project, Publication, today_in_berlin

DATA_DIR = Path(__file__).resolve().parent / "demo_data"


def read(name):
    return read_yaml(DATA_DIR / name)


def saved(obj):
    obj.full_clean()
    obj.save()
    return obj


def texts(name, values):
    """{"de": …, "en": …} → {"name_de": …, "name_en": …}; a plain string is German."""
    if isinstance(values, str):
        values = {"de": values}
    return {f"{name}_{language}": text for language, text in (values or {}).items()}


class Loader:
    def __init__(self):
        self.organisations = {entry["name"]: entry for entry in orgs_demo.read("organisations.yaml")}
        self.people = {entry["name"]: entry for entry in orgs_demo.read("people.yaml")}

    def organisation(self, name, description=""):
        existing = Organisation.objects.filter(slug=slugify(name)).first()
        if existing:
            return existing
        if name not in self.organisations:
            return saved(
                Organisation(
                    name=name, slug=slugify(name), kind=Organisation.Kind.INSTITUTION, description_de=description, status=Status.PUBLISHED
                )
            )
        ensure_reference_data()
        languages = {language.code: language for language in Language.objects.all()}
        districts = {district.name: district for district in District.objects.all()}
        return orgs_demo.create_organisation(self.organisations[name], languages, districts)[0]

    def person(self, name):
        if not name:
            return None
        if not Person.objects.filter(name=name).exists():
            orgs_demo.create_person(self.people[name], self.organisation)
        return Person.objects.get(name=name)

    def programme(self, data, programmes):
        programme = Programme.objects.filter(slug=data["slug"]).first()
        if programme:
            return programme, False
        programme = saved(
            Programme(
                slug=data["slug"],
                short_name=data["short_name"],
                start=data["start"],
                end=data["end"],
                local_authorities=data.get("local_authorities"),
                coordinator=self.person(data.get("coordinator")),
                predecessor=programmes.get(data.get("predecessor")),
                status=Status.PUBLISHED,
                **texts("name", data["name"]),
                **texts("funder", data["funder"]),
                **texts("scope", data.get("scope")),
                **texts("goals", data.get("goals")),
                **texts("description", data.get("description")),
            )
        )
        english = data.get("fields_en", [])
        for number, name in enumerate(data["fields"], start=1):
            saved(
                FieldOfAction(
                    programme=programme, number=number, name_de=name, name_en=english[number - 1] if number <= len(english) else ""
                )
            )
        for event in data.get("events", []):
            saved(
                ProgrammeEvent(
                    programme=programme,
                    date=event["date"],
                    **texts("title", event["title"]),
                    **texts("date_note", event.get("date_note")),
                    **texts("place", event.get("place")),
                    **texts("description", event.get("description")),
                    **texts("participants", event.get("participants")),
                )
            )
        return programme, True

    def project(self, data, programmes, sample=False):
        if Project.objects.filter(slug=data["slug"]).exists():
            return False
        programme = programmes[data["programme"]]
        amount = data.get("amount")
        project = saved(
            Project(
                slug=data["slug"],
                programme=programme,
                sponsor=self.organisation(data["sponsor"]),
                start_year=data.get("start_year"),
                end_year=data.get("end_year"),
                funding_amount=Decimal(str(amount)) if amount is not None else None,
                state=data.get("state", Project.State.FINISHED),
                contact=self.person(data.get("contact")),
                is_sample=sample,
                status=Status.PUBLISHED,
                **texts("title", data["title"]),
                **texts("period_note", data.get("period_note")),
                **texts("target_groups", data.get("target_groups")),
                **texts("description", data.get("description")),
                **texts("results", data.get("results")),
            )
        )
        project.fields_of_action.set(FieldOfAction.objects.filter(programme=programme, number__in=data.get("fields", [])))
        project.partners.set([self.organisation(name) for name in data.get("partners", [])])
        return True

    def sample_description(self):
        return {
            "de": "<p>Dieses Projekt ist erfunden. Es zeigt nur, wie ein gefördertes Projekt auf dem Portal "
            "erscheint; Träger, Zeitraum und Betrag sind Beispiele.</p>"
        }

    def publication(self, data, programmes):
        if Publication.objects.filter(slug=data["slug"]).exists():
            return False
        publication = saved(
            Publication(
                slug=data["slug"],
                title=data["title"],
                kind=data["kind"],
                programme=programmes.get(data.get("programme")),
                year=data.get("year"),
                publisher=data.get("publisher") or "",
                print_run=data.get("print_run"),
                status=Status.PUBLISHED,
                **texts("availability", data.get("availability")),
                **texts("description", data.get("description")),
            )
        )
        publication.portrayed.set([self.organisation(name) for name in data.get("portrayed", [])])
        return True

    def sample_call(self, data, programmes):
        if FundingCall.objects.filter(is_sample=True).exists():
            return False
        today = today_in_berlin()
        saved(
            FundingCall(
                programme=programmes[data["programme"]],
                title_de=data["title"],
                eligibility_de=data["eligibility"],
                opens=today - datetime.timedelta(days=14),
                deadline=today + datetime.timedelta(days=60),
                contact=self.person(data.get("contact")),
                is_sample=True,
                status=Status.PUBLISHED,
            )
        )
        return True


def load(stdout):
    data = read("programmes.yaml")
    loader = Loader()
    with transaction.atomic(), reversion.create_revision():
        reversion.set_comment("Demo-Inhalt angelegt")
        programmes, created = {}, 0
        for entry in data["programmes"]:
            programmes[entry["slug"]], new = loader.programme(entry, programmes)
            created += new
        for entry in data.get("extra_organisations", []):
            loader.organisation(entry["name"], entry["description"])
        projects = sum(loader.project(entry, programmes) for entry in data["projects"])
        samples = sum(
            loader.project({**entry, "description": loader.sample_description(), "state": "abgeschlossen"}, programmes, sample=True)
            for entry in data["samples"]
        )
        publications = sum(loader.publication(entry, programmes) for entry in data["publications"])
        call = loader.sample_call(data["sample_call"], programmes)
    stdout.write(
        f"Programme: {created} neu; Projekte: {projects} neu, Beispielprojekte: {samples} neu; "
        f"Publikationen: {publications} neu; Beispiel-Aufruf: {'neu' if call else 'vorhanden'}"
    )
