"""Small factories for organisation tests."""

import itertools

from offenbach_portal.core.publication import Status
from orgs.models import District, Language, Offer, Organisation

_numbers = itertools.count(1)


def make_organisation(name=None, *, languages=(), district=None, offers=(), **fields):
    """A published association unless told otherwise. `languages` are codes,
    `district` a district name, `offers` (category, title) pairs."""
    number = next(_numbers)
    name = name or f"Verein Nummer {number}"
    defaults = {
        "slug": f"verein-{number}",
        "kind": Organisation.Kind.ASSOCIATION,
        "status": Status.PUBLISHED,
        "description_de": f"Beschreibung von {name}.",
    }
    defaults.update(fields)
    organisation = Organisation.objects.create(name=name, **defaults)
    if languages:
        organisation.languages.set(Language.objects.filter(code__in=languages))
    if district:
        organisation.district = District.objects.get(name=district)
        organisation.save()
    for position, (category, title) in enumerate(offers):
        offer = Offer.objects.create(organisation=organisation, category=category, title_de=title, position=position)
        offer.languages.set(Language.objects.filter(code__in=languages))
    return organisation
