import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from offenbach_portal.core.publication import Status
from orgs.extensions import register_profile_section, unregister_profile_section
from orgs.models import Offer, Organisation
from tests.factories import OfferFactory, PersonFactory, StaffUserFactory, make_organisation

pytestmark = pytest.mark.django_db

C = Offer.Category
SECRET = "Privatnummer von Frau Geheim: 0170 1234567"


@pytest.fixture
def greek():
    return make_organisation(
        "Griechische Gemeinde",
        slug="griechische-gemeinde",
        languages=["el", "de"],
        district="Nordend",
        offers=[(C.CULTURE, "Tanzkurs für Jugendliche")],
        founded_year=1972,
        origin_de="griechisch",
        email="kontakt@example.org",
        phone="069 123 45-6",
        website="https://example.org/",
        street="Speyerstraße 5",
        postcode="63065",
        internal_contact=SECRET,
    )


def test_profile_shows_public_fields(client, greek):
    PersonFactory(name="Eleni Beispiel", role="Vorsitzende", organisation=greek)
    response = client.get("/vereine/griechische-gemeinde/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="kern-heading-x-large">Griechische Gemeinde</h1>' in html
    assert re.findall(r'<dt class="kern-description-list-item__key">([^<]+)</dt>', html) == [
        "Herkunft",
        "Sprachen",
        "Stadtteil",
        "gegründet",
        "Adresse",
        "E-Mail",
        "Telefon",
        "Website",
    ]
    assert '<dd class="kern-description-list-item__value">Deutsch, Griechisch</dd>' in html
    assert '<h3 class="kern-heading-small">Tanzkurs für Jugendliche</h3>' in html
    assert '<a class="kern-link" href="mailto:kontakt@example.org">' in html
    assert '<a class="kern-link" href="tel:069123456">' in html
    assert "<li>Eleni Beispiel, Vorsitzende</li>" in html


def test_profile_links_the_address_to_openstreetmap_without_embedding(client, greek):
    html = client.get("/vereine/griechische-gemeinde/").content.decode()
    assert (
        '<a class="kern-link" href="https://www.openstreetmap.org/search?query='
        'Speyerstra%C3%9Fe%205%2C%2063065%20Offenbach%20am%20Main" rel="noopener noreferrer">'
    ) in html
    assert "<iframe" not in html
    # Only the menu button's script (static/js/nav.js): nothing embedded from the map.
    assert re.findall(r"<script[^>]*>", html) == [re.search(r'<script src="/static/js/nav\.[0-9a-f]+\.js" defer>', html).group()]


def test_profile_of_unknown_slug_is_404(client):
    assert client.get("/vereine/gibt-es-nicht/").status_code == 404


def test_profile_of_unpublished_organisation_is_404_for_visitors(client):
    make_organisation("Entwurf", slug="entwurf", status=Status.DRAFT)
    assert client.get("/vereine/entwurf/").status_code == 404


def test_profile_of_an_office_is_public(client):
    make_organisation("Sozialamt", slug="sozialamt", kind=Organisation.Kind.CITY_OFFICE)
    assert client.get("/vereine/sozialamt/").status_code == 200


def _staff(*codenames):
    return StaffUserFactory(username="mitarbeiterin", groups=[], permissions=[f"orgs.{codename}" for codename in codenames])


def test_profile_offers_edit_link_to_staff_with_change_permission(client, greek):
    client.force_login(_staff("change_organisation"))
    html = client.get("/vereine/griechische-gemeinde/").content.decode()
    assert f'<a class="kern-link" href="/admin/orgs/organisation/{greek.pk}/change/">Im Backoffice bearbeiten</a>' in html


@pytest.mark.parametrize("codenames", [(), ("view_organisation",)])
def test_profile_hides_edit_link_from_others(client, greek, codenames):
    client.force_login(_staff(*codenames))
    html = client.get("/vereine/griechische-gemeinde/").content.decode()
    assert "/admin/" not in html


def test_profile_hides_edit_link_from_anonymous_visitors(client, greek):
    assert "/admin/" not in client.get("/vereine/griechische-gemeinde/").content.decode()


def test_profile_hides_edit_link_from_non_staff_even_with_permission(client, greek):
    user = _staff("change_organisation")
    user.is_staff = False
    user.save()
    client.force_login(user)
    assert "/admin/" not in client.get("/vereine/griechische-gemeinde/").content.decode()


@pytest.mark.parametrize("path", ["/vereine/", "/vereine/griechische-gemeinde/", "/vereine/export.csv", "/vereine/export.json"])
def test_organisation_pages_answer_head_requests(client, greek, path):
    assert client.head(path).status_code == 200


def test_staff_with_change_permission_may_preview_unpublished_profile(client):
    make_organisation("Entwurf", slug="entwurf", status=Status.DRAFT)
    client.force_login(_staff("change_organisation"))
    html = client.get("/vereine/entwurf/").content.decode()
    assert "Vorschau\u00a0– nicht veröffentlicht" in html


@pytest.mark.parametrize(
    "path",
    [
        "/vereine/",
        "/vereine/griechische-gemeinde/",
        "/en/vereine/griechische-gemeinde/",
        "/vereine/?q=Privatnummer",
        "/suche/?q=Griechische",
        "/suche/?q=Privatnummer",
        "/vereine/export.csv",
        "/vereine/export.json",
        "/sitemap-orgs.xml",
    ],
)
def test_internal_contact_appears_on_no_public_page(client, greek, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "Frau Geheim" not in response.content.decode()
    # The whole number: "0170" alone also turns up at random in the
    # microseconds of a timestamp.
    assert "0170 1234567" not in response.content.decode()


def test_search_does_not_find_organisations_by_internal_contact(client, greek):
    assert client.get("/vereine/?q=Privatnummer").context["page_obj"].paginator.count == 0
    assert client.get("/suche/?q=Privatnummer").context["results"] == []


class MeetingsSection:
    def __init__(self):
        self.calls = []

    def __call__(self, request, organisation):
        self.calls.append(organisation.slug)
        if organisation.slug != "griechische-gemeinde":
            return None
        return {"template": "orgs/tests_section.html", "context": {"text": "Mitglied im Kompetenzteam seit 2007"}, "order": 10}


@pytest.fixture
def section_template(settings, tmp_path):
    (tmp_path / "orgs").mkdir()
    (tmp_path / "orgs" / "tests_section.html").write_text('<section class="test-section"><p>{{ text }}</p></section>')
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]


def test_registered_profile_section_is_rendered(client, greek, section_template):
    section = MeetingsSection()
    register_profile_section(section)
    try:
        html = client.get("/vereine/griechische-gemeinde/").content.decode()
        make_organisation("Andere", slug="andere")
        other = client.get("/vereine/andere/").content.decode()
    finally:
        unregister_profile_section(section)
    assert '<section class="test-section"><p>Mitglied im Kompetenzteam seit 2007</p></section>' in html
    assert "test-section" not in other
    assert section.calls == ["griechische-gemeinde", "andere"]


def test_profile_sections_render_in_their_order(client, greek, section_template, tmp_path):
    (tmp_path / "orgs" / "tests_first.html").write_text("<p>erster Abschnitt</p>")

    def late(request, organisation):
        return {"template": "orgs/tests_section.html", "context": {"text": "zweiter Abschnitt"}, "order": 20}

    def early(request, organisation):
        return {"template": "orgs/tests_first.html", "context": {}, "order": 5}

    register_profile_section(late)
    register_profile_section(early)
    try:
        html = client.get("/vereine/griechische-gemeinde/").content.decode()
    finally:
        unregister_profile_section(late)
        unregister_profile_section(early)
    assert html.index("erster Abschnitt") < html.index("zweiter Abschnitt")


def _populate(count, target):
    for _ in range(count):
        make_organisation(languages=["de", "ar"], district="Nordend", offers=[(C.SPORT, "Fußball")])
    for number in range(count):
        OfferFactory(organisation=target, category=C.HOMEWORK, title=f"Gruppe {number}", languages=target.languages.all())
        PersonFactory(role="Vorstand", organisation=target)


@pytest.mark.parametrize("count", [1, 30])
def test_profile_query_count_does_not_grow(client, django_assert_num_queries, greek, monkeypatch, count):
    monkeypatch.setattr("orgs.extensions.profile_section_registry._functions", [])
    _populate(count, greek)
    # Organisation with district, languages, offers, their languages, people.
    with django_assert_num_queries(5):
        response = client.get("/vereine/griechische-gemeinde/")
    assert response.status_code == 200


def test_profile_query_count_with_registered_extensions_does_not_grow(client, greek):
    _populate(1, greek)
    with CaptureQueriesContext(connection) as one:
        client.get("/vereine/griechische-gemeinde/")
    _populate(29, greek)
    with CaptureQueriesContext(connection) as thirty:
        client.get("/vereine/griechische-gemeinde/")
    assert len(thirty) == len(one)


def test_profile_marks_german_fallback_text_on_other_language_pages(client, greek):
    """WCAG 3.1.2: a German description or offer shown on /uk/ for want of a translation carries lang="de"."""
    greek.origin_uk = "грецька громада"
    greek.save()
    greek.offers.update(schedule_de="dienstags")
    html = client.get("/uk/vereine/griechische-gemeinde/").content.decode()
    assert '<div class="kern-body orgs-profile__description" lang="de"><p>Beschreibung von Griechische Gemeinde.</p></div>' in html
    assert '<dd class="kern-description-list-item__value">грецька громада</dd>' in html
    assert '<h3 class="kern-heading-small"><span lang="de">Tanzkurs für Jugendliche</span></h3>' in html
    assert '<dd><span lang="de">dienstags</span></dd>' in html


def test_profile_leaves_translated_text_in_the_page_language(client, greek):
    greek.description_uk = "Грецька громада"
    greek.save()
    greek.offers.update(title_uk="Танці для молоді")
    html = client.get("/uk/vereine/griechische-gemeinde/").content.decode()
    assert '<div class="kern-body orgs-profile__description"><p>Грецька громада</p></div>' in html
    assert '<h3 class="kern-heading-small">Танці для молоді</h3>' in html


def test_an_office_profile_shows_address_and_phone_and_leads_to_the_other_offices(client):
    """Offices are not in the directory's list: their profile leads to all
    offices instead of "back to the list", and shows address and phone as an
    association's does."""
    make_organisation(
        "Sozialamt",
        slug="sozialamt",
        kind=Organisation.Kind.CITY_OFFICE,
        street="Berliner Straße 100",
        postcode="63065",
        phone="069 8065-0",
    )
    html = client.get("/vereine/sozialamt/").content.decode()
    assert '<address class="orgs-address">Berliner Straße 100<br>63065 Offenbach am Main</address>' in html
    assert '<a class="kern-link" href="tel:06980650">069 8065-0</a>' in html
    assert '<a class="kern-link" href="/vereine/?art=amt">Alle Einträge der Art „städtisches Amt“</a>' in html
    assert "Zurück zur Vereinsliste" not in html
