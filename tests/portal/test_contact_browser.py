import pytest

from offenbach_portal.contact.models import ContactMessage
from tests.browser import focused, run_axe, tab_to

# `plain_site` (tests/conftest.py): only the migrations' content; a sent message is removed before the next test.
pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("plain_site")]

SUBMIT = ".portal-form button[type=submit]"


def submit_empty_with_keyboard(page, live_url, path="/kontakt/"):
    page.goto(live_url + path)
    tab_to(page, SUBMIT)
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.mark.parametrize("path", ["/kontakt/", "/barriere-melden/"])
def test_contact_form_with_errors_has_no_axe_violations(page, live_url, path):
    submit_empty_with_keyboard(page, live_url, path)
    assert page.locator("#form-error-summary").is_visible()
    assert page.locator("#id_message_error").is_visible()
    assert run_axe(page) == []


def test_contact_form_without_errors_has_no_axe_violations(page, live_url):
    page.goto(live_url + "/kontakt/?seite=/vereine/")
    assert run_axe(page) == []


def test_contact_form_can_be_sent_with_the_keyboard_alone(csp_page, live_url, mailoutbox):
    page = csp_page
    page.goto(live_url + "/kontakt/")
    tab_to(page, "#id_name")
    page.keyboard.type("Ada Muster")
    page.keyboard.press("Tab")
    assert focused(page) == "id_email"
    page.keyboard.type("ada@example.org")
    page.keyboard.press("Tab")
    assert focused(page) == "id_page_url"
    page.keyboard.type("/vereine/")
    page.keyboard.press("Tab")
    assert focused(page) == "id_message"
    page.keyboard.type("Die Seite lässt sich gut bedienen.")
    tab_to(page, SUBMIT, limit=3)  # the privacy link, then the button: the honeypot is never reached
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == live_url + "/kontakt/danke/"
    assert page.locator("h1").inner_text() == "Vielen Dank für Ihre Nachricht"
    [message] = ContactMessage.objects.all()
    assert (message.name, message.email, message.page_url, message.message) == (
        "Ada Muster",
        "ada@example.org",
        "/vereine/",
        "Die Seite lässt sich gut bedienen.",
    )
    assert len(mailoutbox) == 1
    assert page.context.cookies() == []


def test_error_summary_takes_the_focus_and_its_links_move_it_to_the_field(csp_page, live_url):
    page = csp_page
    page.goto(live_url + "/kontakt/")
    page.fill("#id_email", "ada@")
    tab_to(page, SUBMIT)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.id === 'form-error-summary'")
    page.keyboard.press("Tab")
    assert focused(page) == "#id_email"
    page.keyboard.press("Tab")
    assert focused(page) == "#id_message"
    page.keyboard.press("Enter")
    assert focused(page) == "id_message"
    page.keyboard.type("Jetzt mit Text.")
    assert page.input_value("#id_message") == "Jetzt mit Text."
    assert ContactMessage.objects.count() == 0
