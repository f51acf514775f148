"""`/vereine/eintragen/` in headless Chromium: axe-core on the empty form,
the form with errors and the thank-you page (German and Ukrainian), and the
whole request sent with the keyboard alone. (A module of its own: browser
tests take their data from `plain_site`, not from `django_db`.)"""

import pytest

from offenbach_portal.core.publication import Status
from orgs.models import Language, ListingRequest
from tests.browser import focused, run_axe, tab_to

# `plain_site` (tests/conftest.py): only the migrations' content (languages and
# districts included); a sent request is removed before the next test.
pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("plain_site")]

SUBMIT = ".portal-form button[type=submit]"


def submit_empty_with_keyboard(page, url):
    page.goto(url)
    tab_to(page, SUBMIT)
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.mark.parametrize("prefix", ["", "/uk"])
def test_empty_form_has_no_axe_violations(page, live_url, prefix):
    page.goto(live_url + prefix + "/vereine/eintragen/")
    assert page.locator("h1").count() == 1
    assert run_axe(page) == []


@pytest.mark.parametrize("prefix", ["", "/uk"])
def test_form_with_errors_has_no_axe_violations(page, live_url, prefix):
    submit_empty_with_keyboard(page, live_url + prefix + "/vereine/eintragen/")
    assert page.locator("#form-error-summary").is_visible()
    assert page.locator("#id_name_error").is_visible()
    assert page.locator("#id_consent_error").is_visible()
    assert run_axe(page) == []
    assert ListingRequest.objects.count() == 0


@pytest.mark.parametrize("prefix", ["", "/uk"])
def test_thanks_page_has_no_axe_violations(page, live_url, prefix):
    page.goto(live_url + prefix + "/vereine/eintragen/danke/")
    assert page.locator("h1").count() == 1
    assert run_axe(page) == []


def test_directory_link_leads_to_the_form(page, live_url):
    page.goto(live_url + "/vereine/")
    tab_to(page, "a[href='/vereine/eintragen/']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == live_url + "/vereine/eintragen/"


def test_request_can_be_sent_with_the_keyboard_alone(csp_page, live_url, mailoutbox):
    page = csp_page
    arabic = Language.objects.get(code="ar").pk
    page.goto(live_url + "/vereine/eintragen/")
    tab_to(page, "#id_name")
    page.keyboard.type("Tastatur-Treff Bieber")
    page.keyboard.press("Tab")
    assert focused(page) == "id_kind_0"  # the first of the three kinds
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => document.querySelector('input[name=kind]:checked').value") == "initiative"
    page.keyboard.press("Tab")
    assert focused(page) == "id_description"
    page.keyboard.type("Wir spielen jeden Samstag Schach im Stadtteil.")
    page.keyboard.press("Tab")
    assert focused(page) == "id_district"
    page.keyboard.type("Bieber")
    assert page.evaluate("() => document.getElementById('id_district').selectedOptions[0].text") == "Bieber"
    tab_to(page, f"input[name=languages][value='{arabic}']")
    page.keyboard.press("Space")
    tab_to(page, "#id_email")
    page.keyboard.type("schach@example.org")
    tab_to(page, "#id_contact_name")
    page.keyboard.type("Ada Muster")
    page.keyboard.press("Tab")
    assert focused(page) == "id_contact_email"
    page.keyboard.type("ada@example.org")
    page.keyboard.press("Tab")
    assert focused(page) == "id_consent"
    page.keyboard.press("Space")
    tab_to(page, SUBMIT, limit=3)  # the privacy link, then the button: the honeypot is never reached
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == live_url + "/vereine/eintragen/danke/"
    assert page.locator("h1").inner_text() == "Vielen Dank für Ihren Antrag"
    [listing_request] = ListingRequest.objects.select_related("organisation", "organisation__district")
    organisation = listing_request.organisation
    assert (organisation.name, organisation.kind, organisation.status, organisation.district.name, organisation.email) == (
        "Tastatur-Treff Bieber",
        "initiative",
        Status.DRAFT,
        "Bieber",
        "schach@example.org",
    )
    assert list(organisation.languages.values_list("code", flat=True)) == ["ar"]
    assert (listing_request.contact_name, listing_request.contact_email, listing_request.state) == (
        "Ada Muster",
        "ada@example.org",
        ListingRequest.State.PENDING,
    )
    assert len(mailoutbox) == 2
    assert page.context.cookies() == []
