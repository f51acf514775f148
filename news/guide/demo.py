"""Loads the guide's demo content from `news/guide/demo_data/`: the content
languages, the offices' opening hours, the hub texts, the „Erste Schritte“
checklist and the topics with their translations and contact points.

The offices and organisations come from the directory (orgs' demo data); the
two the directory lacks (Bürgerbüro, Ehrenamtsbeauftragter) are added with
the addresses the sources name. Opening hours and phone numbers are
Demo-Angaben (OfficeDetails.unconfirmed): only the city can confirm them.

Idempotent: languages by code, offices by organisation, topics by slug, the
hub by language; an existing record is left as it is. `news/demo.py` calls
`load(stdout)`."""

import datetime
from pathlib import Path

import reversion
from django.utils.text import slugify

from offenbach_portal.core.datafiles import read_yaml
from offenbach_portal.core.publication import Status
from orgs.models import Language, Organisation

from .models import (
    ContactPoint,
    FirstStep,
    FirstStepTranslation,
    GuideLanguage,
    HubTranslation,
    OfficeDetails,
    OpeningHours,
    ReviewStatus,
    Topic,
    TopicTranslation,
)

DATA_DIR = Path(__file__).resolve().parent / "demo_data"
COMMENT = "Demo-Inhalt angelegt"
BASE_LANGUAGES = [
    {"code": "de", "name": "Deutsch", "name_de": "Deutsch", "order": 0},
    {"code": "uk", "name": "Українська", "name_de": "Ukrainisch", "order": 1},
    {"code": "ru", "name": "Русский", "name_de": "Russisch", "order": 2},
    {"code": "en", "name": "English", "name_de": "Englisch", "order": 3},
]


def read(name):
    return read_yaml(DATA_DIR / name)


def _status(code):
    return ReviewStatus.ORIGINAL if code == "de" else ReviewStatus.PENDING


def _time(value):
    return datetime.time.fromisoformat(value)


def ensure_languages(data):
    for entry in BASE_LANGUAGES + data:
        if not GuideLanguage.objects.filter(code=entry["code"]).exists():
            language = GuideLanguage(**entry)
            language.full_clean()
            language.save()
    return {language.code: language for language in GuideLanguage.objects.all()}


def office(data):
    """The organisation named in `data` (created when the directory lacks it) with its opening hours; True if new."""
    slug = slugify(data["organisation"])
    organisation = Organisation.objects.filter(slug=slug).first()
    if organisation is None:
        new = data["create"]
        organisation = Organisation(
            slug=slug,
            name=data["organisation"],
            kind=new["kind"],
            street=new.get("street", ""),
            postcode=new.get("postcode", ""),
            status=Status.PUBLISHED,
            description=new["description"]["de"],
            **{f"description_{code}": text for code, text in new["description"].items()},
        )
        organisation.full_clean()
        organisation.save()
        organisation.languages.set(Language.objects.filter(code__in=new.get("languages", ["de"])))
    if OfficeDetails.objects.filter(organisation=organisation).exists():
        return organisation, False
    details = OfficeDetails(organisation=organisation, hours_note=data.get("hours_note", ""), unconfirmed=True)
    details.full_clean()
    details.save()
    for weekday, opens, closes in data.get("hours", []):
        hours = OpeningHours(office=details, weekday=weekday, opens=_time(opens), closes=_time(closes))
        hours.full_clean()
        hours.save()
    if data.get("phone") and not organisation.phone:
        organisation.phone = data["phone"]
        organisation.save(update_fields=["phone"])
    return organisation, True


def hub(texts, languages):
    created = 0
    for code, text in texts.items():
        if HubTranslation.objects.filter(language=languages[code]).exists():
            continue
        translation = HubTranslation(language=languages[code], review_status=_status(code), **text)
        translation.full_clean()
        translation.save()
        created += 1
    return created


def topic(data, languages, organisations):
    if Topic.objects.filter(slug=data["slug"]).exists():
        return False
    new = Topic(
        slug=data["slug"],
        short_code=data["short_code"],
        audience=data["audience"],
        order=data["order"],
        offer_category=data.get("offer_category", ""),
        reviewed_on=data.get("reviewed_on"),
        status=Status.PUBLISHED,
    )
    new.full_clean()
    new.save()
    for code, text in data["texts"].items():
        translation = TopicTranslation(
            topic=new,
            language=languages[code],
            review_status=_status(code),
            title=text["title"],
            summary=text["summary"],
            body=text.get("body", ""),
            steps="\n".join(text.get("steps", [])),
            documents="\n".join(text.get("documents", [])),
        )
        translation.full_clean()
        translation.save()
    for order, contact in enumerate(data.get("contacts", [])):
        ContactPoint.objects.create(
            topic=new, organisation=organisations[contact["organisation"]], note=contact.get("note", ""), order=order
        )
    return True


def first_steps(data, languages):
    if FirstStep.objects.exists():
        return 0
    for order, entry in enumerate(data, start=1):
        step = FirstStep.objects.create(topic=Topic.objects.get(slug=entry["topic"]), order=order)
        for code, text in entry["text"].items():
            FirstStepTranslation.objects.create(step=step, language=languages[code], text=text)
    return len(data)


def load(stdout):
    offices_data = read("offices.yaml")
    hub_data = read("hub.yaml")
    topics_data = read("topics.yaml")
    with reversion.create_revision():
        reversion.set_comment(COMMENT)
        languages = ensure_languages(offices_data["languages"])
        organisations, offices_created = {}, 0
        for entry in offices_data["offices"]:
            organisations[entry["organisation"]], is_new = office(entry)
            offices_created += is_new
        hubs_created = hub(hub_data["hub"], languages)
        topics_created = sum(topic(entry, languages, organisations) for entry in topics_data)
        steps_created = first_steps(hub_data["first_steps"], languages)
    stdout.write(
        f"Offenbach hilft: {topics_created} Themen neu, {len(topics_data) - topics_created} vorhanden; "
        f"{offices_created} Anlaufstellen mit Öffnungszeiten, {hubs_created} Übersichtstexte, {steps_created} erste Schritte neu"
    )
