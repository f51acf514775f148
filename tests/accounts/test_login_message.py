import pytest
from django.utils.html import escape

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "/konto/anmelden/",
            "Benutzername oder Passwort stimmt nicht. Bitte prüfen Sie beide Angaben; Groß- und Kleinschreibung werden unterschieden.",
        ),
        ("/en/konto/anmelden/", "The username or password is wrong. Please check both; upper and lower case count."),
    ],
)
def test_wrong_password_says_the_credentials_do_not_match(client, path, message):
    UserFactory(username="ada", password="richtig-und-lang-genug")
    response = client.post(path, {"username": "ada", "password": "falsch"})
    html = response.content.decode()
    assert response.status_code == 200
    assert escape(message) in html
    assert "Bitte Benutzername und Passwort eingeben" not in html


def test_empty_fields_still_ask_for_them(client):
    html = client.post("/konto/anmelden/", {"username": "", "password": ""}).content.decode()
    assert "Benutzername oder Passwort stimmt nicht" not in html
