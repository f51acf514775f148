import pytest

from orgs.models import Offer, Organisation
from orgs.reference_data import ensure_reference_data
from tests.browser import run_axe
from tests.factories import PersonFactory, make_organisation

pytestmark = [pytest.mark.browser]

C = Offer.Category


@pytest.fixture
def directory_site(browser_db, live_url):
    """Fifteen groups and an office, built once for all tests of this module (see tests/conftest.py)."""
    browser_db.use("orgs-directory", _build_directory)
    return live_url


def _build_directory():
    ensure_reference_data()
    for number in range(14):
        make_organisation(
            f"Verein {number:02d}",
            slug=f"verein-{number:02d}",
            languages=["de", "ar"],
            district="Nordend",
            offers=[(C.HOMEWORK, "Hausaufgabenhilfe")],
        )
    greek = make_organisation(
        "Griechische Gemeinde",
        slug="griechische-gemeinde",
        languages=["el", "de"],
        district="Nordend",
        offers=[(C.CULTURE, "Tanzkurs"), (C.WOMEN, "Frauengruppe")],
        founded_year=1972,
        origin_de="griechisch",
        email="info@example.org",
        phone="069 1234",
        website="https://example.org/",
        street="Speyerstraße 5",
        postcode="63065",
        internal_contact="nur intern",
    )
    PersonFactory(name="Eleni Beispiel", role="Vorsitzende", organisation=greek)
    make_organisation("Sozialamt", slug="sozialamt", kind=Organisation.Kind.CITY_OFFICE)


@pytest.mark.parametrize(
    "path",
    [
        "/vereine/",
        "/vereine/?sprache=ar&stadtteil=nordend&q=Verein&sortierung=gruendung&page=2",
        "/vereine/?q=nichts-zu-finden",
        "/vereine/griechische-gemeinde/",
        "/uk/vereine/",
        "/uk/vereine/griechische-gemeinde/",
    ],
)
def test_directory_and_profile_have_no_axe_violations(page, directory_site, path):
    page.goto(directory_site + path)
    assert run_axe(page) == []


def test_directory_filters_submit_without_javascript(browser, directory_site):
    context = browser.new_context(locale="de-DE", java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(directory_site + "/vereine/")
        tab.select_option("#orgs-filter-sprache", "el")
        tab.click("button[type=submit] >> text=Ergebnisse anzeigen")
        assert tab.url.startswith(directory_site + "/vereine/?q=&art=&sprache=el")
        assert tab.inner_text("[role=status]") == "1 Organisation gefunden"
        tab.click("text=entfernen")
        assert tab.inner_text("[role=status]") == "15 Organisationen gefunden"
    finally:
        context.close()


def test_ukrainian_directory_names_languages_in_ukrainian(page, directory_site):
    page.goto(directory_site + "/uk/vereine/")
    options = page.eval_on_selector_all("#orgs-filter-sprache option", "nodes => nodes.map(n => n.textContent)")
    assert options[1:] == ["Арабська", "Грецька", "Німецька"]
