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
