"""Reads that pages, exports and the site search share."""

from django.conf import settings
from django.db.models import Prefetch
from django.utils.translation import get_language

from .models import Offer, Organisation
from .sorting import collation_key


def sorted_languages(languages):
    """Prefetched languages, sorted by their name in the visitor's language."""
    language = get_language() or settings.LANGUAGE_CODE
    return sorted(languages, key=lambda item: collation_key(item.name, language))


def directory_cards(queryset):
    """A page of directory organisations with what a card shows, in a fixed number of queries."""
    organisations = list(queryset.select_related("district").prefetch_related("languages"))
    for organisation in organisations:
        organisation.language_list = sorted_languages(organisation.languages.all())
    return organisations


def profile_queryset():
    """Organisations with what a profile shows, published or not: the profile
    view checks who may see one (`orgs.view_organisation`)."""
    return Organisation.objects.select_related("district").prefetch_related(
        "languages",
        Prefetch("offers", queryset=Offer.objects.prefetch_related("languages")),
        "people",
    )


def export_queryset():
    """What the open-data exports contain: the published directory organisations."""
    return (
        Organisation.objects.listed()
        .select_related("district")
        .prefetch_related("languages", Prefetch("offers", queryset=Offer.objects.prefetch_related("languages")))
        .order_by("name", "pk")
    )


def organisation_as_dict(organisation, base_url=""):
    """The public fields of an organisation for the JSON export. The internal
    contact is deliberately not among them."""
    codes = [code for code, _label in settings.LANGUAGES]

    def per_language(obj, name):
        return {code: getattr(obj, f"{name}_{code}") or "" for code in codes}

    return {
        "slug": organisation.slug,
        "name": organisation.name,
        "short_name": organisation.short_name,
        "kind": organisation.kind,
        "kind_label": str(organisation.get_kind_display()),
        "origin": per_language(organisation, "origin"),
        "languages": [{"code": language.code, "name": language.name} for language in sorted_languages(organisation.languages.all())],
        "district": organisation.district.name if organisation.district else "",
        "description": per_language(organisation, "description"),
        "founded_year": organisation.founded_year,
        "contact": {
            "email": organisation.email,
            "phone": organisation.phone,
            "website": organisation.website,
            "street": organisation.street,
            "postcode": organisation.postcode,
            "city": organisation.city,
        },
        "offers": [
            {
                "title": per_language(offer, "title"),
                "category": offer.category,
                "category_label": str(offer.get_category_display()),
                "schedule": per_language(offer, "schedule"),
                "languages": [language.code for language in offer.languages.all()],
            }
            for offer in organisation.offers.all()
        ],
        "logo": base_url + organisation.logo_medium.url if organisation.logo_medium else None,
        "url": base_url + organisation.get_absolute_url(),
        "updated_at": organisation.updated_at.isoformat(),
    }


def preview_organisation(organisation, data):
    """The organisation as it would look with the proposed `data` (nothing is
    saved): the object, its languages and its offers as the profile template
    wants them."""
    from .models import District, Language

    preview = profile_queryset().get(pk=organisation.pk)
    for name, value in data.items():
        if name.startswith("description_") or name in {"email", "phone", "website", "street", "postcode", "city", "founded_year"}:
            setattr(preview, name, value)
    preview.district = District.objects.filter(slug=data.get("district")).first() if data.get("district") else None
    languages = {language.code: language for language in Language.objects.all()}
    existing = {offer.pk: offer for offer in preview.offers.all()}
    offers = []
    for item in data.get("offers", []):
        offer = existing.get(item.get("id")) or Offer(organisation=organisation)
        offer.title_de = item["title_de"]
        offer.schedule_de = item.get("schedule_de", "")
        offer.category = item["category"]
        offers.append((offer, sorted_languages([languages[code] for code in item.get("languages", []) if code in languages])))
    return preview, sorted_languages([languages[code] for code in data.get("languages", []) if code in languages]), offers


def _display(key, value, names):
    if key == "district":
        return names["districts"].get(value, value) if value else ""
    if key == "languages":
        return ", ".join(names["languages"].get(code, code) for code in value or [])
    if value is None:
        return ""
    return str(value)


def profile_change_comparison(change):
    """What the review page shows: for each field the current public value
    and the proposed one, whether the change alters it and whether staff
    changed it since it was sent (a conflict); the offers added, changed,
    removed and kept; the logo decision. Costs a fixed number of queries."""
    from .models import District, Language
    from .services import FIELD_LABELS, KEYS, SCALAR_FIELDS, organisation_snapshot, profile_change_conflicts, touched_keys

    current = organisation_snapshot(change.organisation)
    touched = set(touched_keys(change))
    conflicts = set(profile_change_conflicts(change, current)) if change.is_pending else set()
    names = {
        "districts": dict(District.objects.values_list("slug", "name")),
        "languages": {language.code: language.name for language in Language.objects.all()},
    }
    rows = []
    for key in [*SCALAR_FIELDS, "district", "languages"]:
        if key not in change.data:
            continue
        rows.append(
            {
                "key": key,
                "label": FIELD_LABELS[key],
                "old": _display(key, current.get(key), names),
                "new": _display(key, change.data.get(key), names),
                "base": _display(key, change.base.get(key), names),
                "changed": key in touched,
                "conflict": key in conflicts,
            }
        )
    offers = []
    if "offers" in KEYS and "offers" in change.data:
        now = {offer["id"]: offer for offer in current.get("offers", [])}
        proposed_ids = set()
        categories = dict(Offer.Category.choices)

        def text(offer):
            languages = ", ".join(names["languages"].get(code, code) for code in offer.get("languages", []))
            parts = [offer.get("title_de", ""), str(categories.get(offer.get("category"), offer.get("category", "")))]
            parts += [part for part in [offer.get("schedule_de", ""), languages] if part]
            return " · ".join(parts)

        for item in change.data["offers"]:
            old = now.get(item.get("id"))
            proposed_ids.add(item.get("id"))
            if old is None:
                offers.append({"state": "added", "old": "", "new": text(item)})
            elif {k: v for k, v in old.items() if k != "id"} != {k: v for k, v in item.items() if k != "id"}:
                offers.append({"state": "changed", "old": text(old), "new": text(item)})
            else:
                offers.append({"state": "kept", "old": text(old), "new": text(item)})
        for offer_id, old in now.items():
            if offer_id not in proposed_ids:
                offers.append({"state": "removed", "old": text(old), "new": ""})
    return {
        "rows": rows,
        "offers": offers,
        "offers_changed": "offers" in touched,
        "offers_conflict": "offers" in conflicts,
        "logo": change.data.get("logo", "keep"),
        "logo_changed": "logo" in touched,
        "logo_conflict": "logo" in conflicts,
        "conflicts": [FIELD_LABELS[key] for key in KEYS + ["logo"] if key in conflicts],
    }
