"""The directory's part of the site search index: organisations and their offers.
The internal contact is never indexed."""

from django.utils.translation import override

from offenbach_portal.core.publication import Status
from offenbach_portal.core.search import LANGUAGES, SOURCE_LANGUAGE, Entry, translated_entries


def organisation_entries(organisation):
    if organisation.status != Status.PUBLISHED:
        return []
    entries = translated_entries(
        organisation,
        "origin",
        ("description",),
        organisation.get_absolute_url(),
        published_at=organisation.published_at,
        title_text=lambda language: organisation.name,
    )
    for entry in entries:
        # The short name and origin are findable too, in the body after the description.
        extra = [organisation.short_name, getattr(organisation, f"origin_{entry.language}", "") or organisation.origin_de]
        entry.body = " ".join(part for part in [entry.body, *extra] if part)
    return entries


def offer_entries(offer):
    organisation = offer.organisation
    if organisation.status != Status.PUBLISHED:
        return []
    url = organisation.get_absolute_url() + "#orgs-offers-heading"
    entries = []
    for language in LANGUAGES:
        title = getattr(offer, f"title_{language}", "") or ""
        schedule = getattr(offer, f"schedule_{language}", "") or ""
        if language != SOURCE_LANGUAGE and not (title or schedule):
            continue
        with override(language):
            body = " ".join(part for part in [offer.get_category_display(), schedule, organisation.name] if part)
        entries.append(Entry(language, title or offer.title_de, body, url, published_at=organisation.published_at))
    return entries


def organisation_offers(organisation):
    return list(organisation.offers.all()) if organisation.pk else []
