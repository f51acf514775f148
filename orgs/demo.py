"""Loads the demo organisations and people from `orgs/demo_data/` (the files
say where the facts come from). Every record is validated (full_clean) and
saved in a revision, as an entry in the back office would be.

Idempotent: organisations are keyed by slug (slugify of the name), people by
name, listing requests by their organisation's name; an existing record is
left as it is. Listing requests go through the public form's service
(`listing_request_submit`) with `notify=False`: the demo sends no mail."""

from pathlib import Path

import reversion
from django.contrib.auth import get_user_model
from django.utils.text import slugify

from offenbach_portal.core.datafiles import read_yaml
from offenbach_portal.core.publication import Status

from .invitations import add_editor
from .models import District, Language, ListingRequest, Offer, Organisation, OrganisationEditor, Person
from .reference_data import ensure_reference_data
from .services import listing_request_submit

DATA_DIR = Path(__file__).resolve().parent / "demo_data"
LANGUAGES = ["de", "en", "uk", "ru"]
COMMENT = "Demo-Inhalt angelegt"


def read(name):
    return read_yaml(DATA_DIR / name)


def _translations(field, texts):
    """{"de": …, "en": …} -> {"field": German text, "field_de": …, "field_en": …}."""
    return {field: texts.get("de", ""), **{f"{field}_{language}": texts[language] for language in LANGUAGES if language in texts}}


def create_organisation(data, languages, districts):
    """The organisation described by `data` (one entry of organisations.yaml) and
    whether it was created; an organisation with its slug is left as it is."""
    slug = slugify(data["name"])
    if Organisation.objects.filter(slug=slug).exists():
        return Organisation.objects.get(slug=slug), False
    organisation = Organisation(
        slug=slug,
        name=data["name"],
        short_name=data.get("short_name", ""),
        kind=data["kind"],
        founded_year=data.get("founded_year"),
        district=districts[data["district"]] if "district" in data else None,
        street=data.get("street", ""),
        postcode=data.get("postcode", ""),
        status=data.get("status", Status.PUBLISHED),
        **_translations("origin", data.get("origin", {})),
        **_translations("description", data["description"]),
    )
    organisation.full_clean()
    organisation.save()
    organisation.languages.set(languages[code] for code in data["languages"])
    for position, offer_data in enumerate(data.get("offers", [])):
        offer = Offer(
            organisation=organisation,
            category=offer_data["category"],
            position=position,
            **_translations("title", offer_data["title"]),
            **_translations("schedule", {"de": "", "en": "", **offer_data.get("schedule", {})}),
        )
        offer.full_clean()
        offer.save()
        offer.languages.set(languages[code] for code in offer_data["languages"])
    return organisation, True


def create_person(data, organisation_named):
    """Creates the person described by `data` (one entry of people.yaml) unless
    someone of that name exists; True if created."""
    if Person.objects.filter(name=data["name"]).exists():
        return False
    organisation_name = data.get("organisation")
    person = Person(name=data["name"], role=data["role"], organisation=organisation_named(organisation_name) if organisation_name else None)
    person.full_clean()
    person.save()
    return True


def create_listing_request(data, languages, districts):
    """The pending request described by `data` (one entry of
    listing_requests.yaml), made by the form's own service without mails;
    False if a request for an organisation of that name exists."""
    if ListingRequest.objects.filter(organisation__name=data["name"]).exists():
        return False
    listing_request_submit(
        name=data["name"],
        kind=data["kind"],
        description=data["description"],
        language=data["language"],
        district=districts[data["district"]],
        languages=[languages[code] for code in data["languages"]],
        contact_name=data["contact_name"],
        contact_email=data["contact_email"],
        notify=False,
    )
    return True


def load(stdout):
    ensure_reference_data()
    languages = {language.code: language for language in Language.objects.all()}
    districts = {district.name: district for district in District.objects.all()}
    organisations_data, people_data = read("organisations.yaml"), read("people.yaml")

    organisations, created = {}, 0
    for data in organisations_data:
        with reversion.create_revision():
            reversion.set_comment(COMMENT)
            organisations[data["name"]], is_new = create_organisation(data, languages, districts)
        created += is_new
    stdout.write(f"Organisationen: {created} neu, {len(organisations_data) - created} vorhanden")

    people_created = 0
    for data in people_data:
        with reversion.create_revision():
            reversion.set_comment(COMMENT)
            people_created += create_person(data, organisations.__getitem__)
    stdout.write(f"Personen: {people_created} neu, {len(people_data) - people_created} vorhanden")

    requests_data = read("listing_requests.yaml")
    requests_created = sum(create_listing_request(data, languages, districts) for data in requests_data)
    stdout.write(f"Eintragsanträge: {requests_created} neu, {len(requests_data) - requests_created} vorhanden")
    load_editors(stdout)
    load_profile_changes(stdout)


def create_editor(data):
    """The demo editor described by `data` (one entry of editors.yaml), bound
    to its organisation as an accepted invitation would bind it; an existing
    account is left as it is. True if the link is new."""
    User = get_user_model()
    user = User.objects.filter(username=data["username"]).first()
    if user is None:
        user = User(username=data["username"], email=data["email"], first_name=data["first_name"], last_name=data["last_name"])
        user.set_password(data["password"])
        user.save()
    organisation = Organisation.objects.get(slug=slugify(data["organisation"]))
    if OrganisationEditor.objects.filter(organisation=organisation, user=user).exists():
        return False
    add_editor(organisation=organisation, user=user)
    return True


def load_editors(stdout):
    editors = read("editors.yaml")
    created = sum(create_editor(data) for data in editors)
    stdout.write(f"Bearbeiter*innen von Vereinen: {created} neu, {len(editors) - created} vorhanden")


def load_profile_changes(stdout):
    """The demo's pending profile change (profile_changes.yaml), sent through
    the same service as in the member area. Skipped for an organisation that
    already has a profile change, so loading twice changes nothing."""
    from django.contrib.auth import get_user_model

    from .models import OrganisationEditor, ProfileChange
    from .services import organisation_snapshot, profile_change_submit

    data = read("profile_changes.yaml")
    account = data["editor"]
    User = get_user_model()
    user = User.objects.filter(username=account["username"]).first()
    if user is None:
        user = User(
            username=account["username"],
            first_name=account["first_name"],
            last_name=account["last_name"],
            email=f"{account['username']}@example.org",
        )
        user.set_password(account["password"])
        user.save()
    created = 0
    for entry in data["changes"]:
        organisation = Organisation.objects.filter(slug=slugify(entry["organisation"])).first()
        if organisation is None:
            continue
        OrganisationEditor.objects.get_or_create(organisation=organisation, user=user)
        if ProfileChange.objects.filter(organisation=organisation).exists():
            continue
        proposal = organisation_snapshot(organisation)
        proposal.pop("logo")
        proposal.update(entry.get("set", {}))
        proposal["offers"] = proposal["offers"] + [{"id": None, **offer} for offer in entry.get("add_offers", [])]
        proposal["logo"] = "keep"
        profile_change_submit(organisation=organisation, user=user, data=proposal, language=entry.get("language", "de"))
        created += 1
    stdout.write(f"Profiländerungen: {created} neu")
