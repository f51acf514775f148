"""The account pages in headless Chromium: axe-core on each, and accepting
an invitation with the keyboard alone."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.test.client import RequestFactory
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from offenbach_portal.accounts import services
from offenbach_portal.accounts.models import Invitation
from orgs.models import OrganisationEditor
from tests.browser import focused, run_axe, tab_to
from tests.factories import UserFactory, make_organisation

pytestmark = [pytest.mark.browser]

PASSWORD = "mein-Verein-2026!"
SUBMIT = ".portal-form button[type=submit], main form button[type=submit]"


@pytest.fixture
def accounts_site(browser_db, live_url):
    """An organisation and one member account (ada / PASSWORD)."""
    browser_db.use("accounts", _build)
    return live_url


def _build():
    make_organisation("Griechische Gemeinde", slug="griechische-gemeinde")
    UserFactory(username="ada", email="ada@example.org", password=PASSWORD)


def invite(site, email="eleni@example.org"):
    """An invitation made through the service, as the admin makes it, for the live server's address."""
    from orgs.models import Organisation

    request = RequestFactory().get("/admin/", HTTP_HOST=urlsplit(site).netloc)
    return services.invite(Organisation.objects.get(slug="griechische-gemeinde"), email, None, request)


def log_in_with_keyboard(page, site, username="ada", password=PASSWORD):
    page.goto(site + "/konto/anmelden/")
    tab_to(page, "#id_username")
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    page.keyboard.type(password)
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.mark.parametrize(
    "path",
    [
        "/konto/anmelden/",
        "/en/konto/anmelden/",
        "/konto/passwort-vergessen/",
        "/konto/passwort-vergessen/gesendet/",
        "/konto/passwort-neu/fertig/",
    ],
)
def test_account_pages_have_no_axe_violations(page, accounts_site, path):
    page.goto(accounts_site + path)
    assert run_axe(page) == []


def test_password_reset_form_with_errors_has_no_axe_violations(page, accounts_site):
    page.goto(accounts_site + "/konto/passwort-vergessen/")
    tab_to(page, "#id_email")
    page.keyboard.type("kein-at")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("#form-error-summary").is_visible()
    assert run_axe(page) == []


def test_password_reset_confirm_pages_have_no_axe_violations(page, accounts_site):
    user = get_user_model().objects.get(username="ada")
    uid, token = urlsafe_base64_encode(force_bytes(user.pk)), default_token_generator.make_token(user)
    page.goto(f"{accounts_site}/konto/passwort-neu/{uid}/{token}/")
    assert page.locator("#id_new_password1").is_visible()
    assert run_axe(page) == []
    page.goto(f"{accounts_site}/konto/passwort-neu/{uid}/falsch-falsch/")
    assert page.locator("h1").inner_text() == "Neues Passwort festlegen"
    assert run_axe(page) == []


def test_password_change_page_has_no_axe_violations(page, accounts_site, browser_db):
    log_in_with_keyboard(page, accounts_site)
    assert page.url == accounts_site + "/mein-verein/"
    tab_to(page, "a[href='/konto/passwort/']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == accounts_site + "/konto/passwort/"
    assert run_axe(page) == []
    tab_to(page, "main button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("#form-error-summary").is_visible()
    assert run_axe(page) == []
    browser_db.mark_changed()  # the login updated last_login


@pytest.mark.parametrize("path", ["/konto/anmelden/", "/en/konto/anmelden/"])
def test_locked_login_page_has_no_axe_violations(page, accounts_site, path):
    for _ in range(5):
        page.goto(accounts_site + path)
        page.fill("#id_username", "ada")
        page.fill("#id_password", "falsch-falsch")
        with page.expect_navigation():
            page.keyboard.press("Enter")
    page.goto(accounts_site + path)
    page.fill("#id_username", "ada")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation() as navigation:
        page.keyboard.press("Enter")
    assert navigation.value.status == 429
    assert page.locator("h1").inner_text() == (
        "Anmeldung vorübergehend gesperrt" if path.startswith("/konto") else "Login temporarily blocked"
    )
    assert run_axe(page) == []


def test_invitation_pages_have_no_axe_violations(page, accounts_site):
    invitation = invite(accounts_site)
    link = f"{accounts_site}/konto/einladung/{services.invitation_token(invitation)}/"
    page.goto(link)
    assert page.locator("#id_password1").is_visible()
    assert run_axe(page) == []
    tab_to(page, SUBMIT)
    with page.expect_navigation():
        page.keyboard.press("Enter")  # empty passwords: errors inline and summarised
    assert page.locator("#form-error-summary").is_visible()
    assert run_axe(page) == []
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    page.goto(link)
    assert page.locator("h1").inner_text() == "Dieser Einladungslink ist abgelaufen"
    assert run_axe(page) == []
    page.goto(link[:-3] + "xx/")
    assert page.locator("h1").inner_text() == "Dieser Einladungslink ist ungültig"
    assert run_axe(page) == []


def test_an_invitation_is_accepted_with_the_keyboard_alone(csp_page, accounts_site, mailoutbox):
    page = csp_page
    invitation = invite(accounts_site)
    [message] = mail.outbox
    link = re.search(r"^(http://\S+/konto/einladung/\S+/)$", message.body, re.MULTILINE).group(1)
    page.goto(link)
    tab_to(page, "#id_name")
    page.keyboard.type("Eleni Beispiel")
    page.keyboard.press("Tab")
    assert focused(page) == "id_username"
    assert page.input_value("#id_username") == "eleni"
    page.keyboard.press("Tab")
    assert focused(page) == "id_password1"
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Tab")
    assert focused(page) == "id_password2"
    page.keyboard.type(PASSWORD)
    tab_to(page, SUBMIT, limit=3)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == accounts_site + "/mein-verein/"
    assert page.locator("h1").inner_text() == "Mein Verein"
    user = get_user_model().objects.get(username="eleni")
    assert list(OrganisationEditor.objects.filter(user=user).values_list("organisation__slug", flat=True)) == ["griechische-gemeinde"]
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.USED
