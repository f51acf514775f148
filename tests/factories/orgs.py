import factory
from django.utils.text import slugify

from offenbach_portal.core.publication import Status
from orgs.models import District, Language, ListingRequest, Offer, Organisation, OrganisationEditor, Person

from .accounts import UserFactory
from .base import GermanModelFactory, reference


class OrganisationFactory(GermanModelFactory):
    """A published association with a German description. The slug follows
    the name (`Verein 7` → `verein-7`). `languages` are codes, `district` a
    district name (or instance), `offers` (category, title) pairs offered in
    the organisation's languages."""

    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Verein {n}")
    slug = factory.LazyAttribute(lambda organisation: slugify(organisation.name))
    kind = Organisation.Kind.ASSOCIATION
    status = Status.PUBLISHED
    description = factory.LazyAttribute(lambda organisation: f"Beschreibung von {organisation.name}.")

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        if isinstance(kwargs.get("district"), str):
            kwargs["district"] = reference(District, "name", [kwargs["district"]])[0]
        return super()._adjust_kwargs(**kwargs)

    @factory.post_generation
    def languages(organisation, create, extracted, **kwargs):
        if extracted:
            organisation.languages.set(reference(Language, "code", extracted))

    @factory.post_generation
    def offers(organisation, create, extracted, **kwargs):
        for position, (category, title) in enumerate(extracted or ()):
            OfferFactory(
                organisation=organisation, category=category, title=title, position=position, languages=list(organisation.languages.all())
            )


class OfferFactory(GermanModelFactory):
    """A counselling offer; `languages` are codes (or Language instances)."""

    class Meta:
        model = Offer

    organisation = factory.SubFactory(OrganisationFactory)
    category = Offer.Category.ADVICE
    title = factory.Sequence(lambda n: f"Angebot {n}")

    @factory.post_generation
    def languages(offer, create, extracted, **kwargs):
        if extracted:
            offer.languages.set(reference(Language, "code", extracted))


class PersonFactory(GermanModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Person {n}")


class OrganisationEditorFactory(GermanModelFactory):
    """A member account (no staff rights) bound to an organisation as editor
    of its profile."""

    class Meta:
        model = OrganisationEditor

    organisation = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory(UserFactory)


def make_editor(organisation, user=None, **user_fields):
    """A member account that edits `organisation` (a new one unless `user`)."""
    user = user or UserFactory(**user_fields)
    OrganisationEditorFactory(organisation=organisation, user=user)
    return user


def make_organisation(name=None, *, languages=(), district=None, offers=(), **fields):
    """A published association unless told otherwise (see OrganisationFactory):
    slug from the name, `verein-N` without one."""
    if name:
        fields["name"] = name
    return OrganisationFactory(languages=languages, district=district, offers=offers, **fields)


def make_person(name=None, **fields):
    if name:
        fields["name"] = name
    return PersonFactory(**fields)


class ListingRequestFactory(GermanModelFactory):
    """A pending listing request for a new draft initiative (as the public
    form `/vereine/eintragen/` leaves it)."""

    class Meta:
        model = ListingRequest

    organisation = factory.SubFactory(OrganisationFactory, status=Status.DRAFT, kind=Organisation.Kind.INITIATIVE)
    contact_name = factory.Sequence(lambda n: f"Kontakt {n}")
    contact_email = factory.LazyAttribute(lambda request: f"{slugify(request.contact_name)}@example.org")
    language = "de"
