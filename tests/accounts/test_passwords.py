"""Password change (logged in) and password reset by email."""

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

NEW = "neues-Passwort-2026!"


def test_password_change_needs_a_login(client):
    response = client.get("/konto/passwort/")
    assert (response.status_code, response["Location"]) == (302, "/konto/anmelden/?next=/konto/passwort/")


def test_password_change_with_the_old_password(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post("/konto/passwort/", {"old_password": PASSWORD, "new_password1": NEW, "new_password2": NEW})
    assert (response.status_code, response["Location"]) == (302, "/konto/passwort/geaendert/")
    user.refresh_from_db()
    assert user.check_password(NEW)
    assert client.session[SESSION_KEY] == str(user.pk)  # still logged in


def test_password_change_with_a_wrong_old_password_changes_nothing(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post("/konto/passwort/", {"old_password": "falsch", "new_password1": NEW, "new_password2": NEW})
    assert response.status_code == 200
    assert 'id="form-error-summary"' in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_member_area_links_to_password_change_and_keeps_logout(client):
    client.force_login(UserFactory())
    html = client.get("/mein-verein/").content.decode()
    assert 'href="/konto/passwort/"' in html
    assert 'action="/konto/abmelden/"' in html


def test_reset_form_answers_the_same_whether_or_not_the_address_exists(client):
    UserFactory(email="bekannt@example.org")
    known = client.post("/konto/passwort-vergessen/", {"email": "bekannt@example.org"}, follow=True)
    unknown = client.post("/konto/passwort-vergessen/", {"email": "unbekannt@example.org"}, follow=True)
    assert known.redirect_chain == unknown.redirect_chain == [("/konto/passwort-vergessen/gesendet/", 302)]
    assert known.status_code == unknown.status_code == 200
    assert known.content == unknown.content
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["bekannt@example.org"]


def reset_link(message):
    return re.search(r"https?://[^/\s]+(/\S*konto/passwort-neu/\S+/)", message.body).group(1)


def test_reset_by_mail_sets_a_new_password(client):
    user = UserFactory(email="ada@example.org")
    client.post("/konto/passwort-vergessen/", {"email": "ada@example.org"})
    [message] = mail.outbox
    assert message.subject == "Neues Passwort für das Integrationsportal Offenbach"
    assert f"Ihr Benutzername: {user.username}" in message.body
    link = reset_link(message)
    assert link.startswith("/konto/passwort-neu/")
    form_url = client.get(link)["Location"]  # Django moves the token into the session
    response = client.post(form_url, {"new_password1": NEW, "new_password2": NEW})
    assert (response.status_code, response["Location"]) == (302, "/konto/passwort-neu/fertig/")
    user.refresh_from_db()
    assert user.check_password(NEW)
    # the link works once
    assert "nicht mehr gültig" in client.get(link, follow=True).content.decode()


def test_reset_mail_is_in_the_visitors_language(client):
    UserFactory(email="ada@example.org")
    client.post("/uk/konto/passwort-vergessen/", {"email": "ada@example.org"})
    [message] = mail.outbox
    assert "/uk/konto/passwort-neu/" in message.body
    assert "Ihr Benutzername" not in message.body


def test_reset_requests_are_rate_limited(client, settings):
    settings.PASSWORD_RESET_RATE = "2/h"
    for _ in range(2):
        assert client.post("/konto/passwort-vergessen/", {"email": "x@example.org"}).status_code == 302
    response = client.post("/konto/passwort-vergessen/", {"email": "x@example.org"})
    assert response.status_code == 429
    assert "zu viele Anfragen" in response.content.decode()


def test_reset_with_the_mail_server_down_answers_as_always(client, settings):
    settings.EMAIL_BACKEND = "tests.accounts.failing_mail.Backend"
    UserFactory(email="bekannt@example.org")
    response = client.post("/konto/passwort-vergessen/", {"email": "bekannt@example.org"})
    assert (response.status_code, response["Location"]) == (302, "/konto/passwort-vergessen/gesendet/")
