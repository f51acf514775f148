"""Small factories for the guide's tests."""

import datetime
import itertools

from news.guide.models import (
    ContactPoint,
    GuideLanguage,
    OfficeDetails,
    OpeningHours,
    ReviewStatus,
    Topic,
    TopicTranslation,
)
from offenbach_portal.core.publication import Status
from tests.factories import make_organisation

_numbers = itertools.count(1)

MARKER = "Deutscher Ausgangstext"


def language(code):
    """The guide language `code` (de, en, uk, ru come from the migration; ar and tr are added here)."""
    extra = {"ar": ("العربية", "Arabisch", "rtl"), "tr": ("Türkçe", "Türkisch", "ltr")}
    if code in extra:
        name, name_de, direction = extra[code]
        return GuideLanguage.objects.get_or_create(code=code, defaults={"name": name, "name_de": name_de, "direction": direction})[0]
    return GuideLanguage.objects.get(code=code)


def make_topic(slug=None, *, languages=("de",), status=Status.PUBLISHED, reviewed_on=datetime.date(2026, 11, 1), **fields):
    number = next(_numbers)
    slug = slug or f"thema-{number}"
    topic = Topic.objects.create(
        slug=slug, short_code=fields.pop("short_code", f"k{number}"), status=status, reviewed_on=reviewed_on, **fields
    )
    for code in languages:
        add_translation(topic, code)
    return topic


def add_translation(topic, code, **fields):
    german = code == "de"
    text = MARKER if german else f"Text {code}"
    defaults = {
        "title": f"{MARKER}: Titel" if german else f"Titel {code}",
        "summary": f"{text} – Kurzfassung",
        "body": f"<h2>{text} – Abschnitt</h2><p>{text}</p>",
        "steps": f"{text} – Schritt 1\n{text} – Schritt 2",
        "documents": f"{text} – Pass",
        "review_status": ReviewStatus.ORIGINAL if german else ReviewStatus.PENDING,
    }
    defaults.update(fields)
    return TopicTranslation.objects.create(topic=topic, language=language(code), **defaults)


def make_office(name=None, *, hours=(), phone="069 1234-5678", **fields):
    """A published city office with guide details and `hours` as (weekday, "HH:MM", "HH:MM")."""
    organisation = make_organisation(
        name or f"Amt {next(_numbers)}", kind="amt", phone=phone, street="Berliner Straße 100", postcode="63065", **fields
    )
    details = OfficeDetails.objects.create(organisation=organisation, unconfirmed=True)
    for weekday, opens, closes in hours:
        OpeningHours.objects.create(
            office=details, weekday=weekday, opens=datetime.time.fromisoformat(opens), closes=datetime.time.fromisoformat(closes)
        )
    return organisation


def add_contact(topic, organisation, note="Anmeldung"):
    return ContactPoint.objects.create(topic=topic, organisation=organisation, note=note, order=topic.contact_points.count())
