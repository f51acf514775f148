"""The privacy notice's cookie list is data (core/cookies.yaml): it equals
the cookies really set while the portal is used as an anonymous visitor, a
member editor and a member of staff, and the notice renders it with names
and lifetimes from settings in every language."""

import datetime
import re

import pytest
import time_machine
from django.conf import settings

from offenbach_portal.contact.models import ContactMessage
from offenbach_portal.core import cookies
from offenbach_portal.pages.content_files import read_content
from tests.factories import PageFactory, make_editor, make_organisation
from tests.factories.accounts import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

DEMO = {data["slug"]: data for data in read_content()}
BROWSE = [
    "/",
    "/vereine/",
    "/impressum/",
    "/datenschutz/",
    "/en/",
    "/uk/kontakt/",
    "/barriere-melden/",
    "/suche/?q=Verein",
    "/offene-daten/",
]


@pytest.fixture
def legal_pages():
    for slug in ("impressum", "datenschutz"):
        PageFactory(**DEMO[slug])


def set_cookies(response):
    return set(response.cookies.keys())


def browse(client, paths=BROWSE):
    seen = set()
    for path in paths:
        response = client.get(path)
        assert response.status_code in (200, 302), path
        seen |= set_cookies(response)
    return seen


def submit_contact(client):
    response = client.post("/kontakt/", {"message": "Wann ist die nächste Sitzung?", "email": "a@example.org"}, REMOTE_ADDR="192.0.2.9")
    assert response.status_code == 303
    return set_cookies(response)


def log_in(client, user):
    seen = set_cookies(client.get("/konto/anmelden/"))
    response = client.post("/konto/anmelden/", {"username": user.username, "password": PASSWORD}, REMOTE_ADDR="192.0.2.1")
    assert response.status_code == 302
    return seen | set_cookies(response)


def crawl_as_visitor(client):
    seen = browse(client) | submit_contact(client)
    seen |= set_cookies(client.get("/sprache/en/?next=/datenschutz/"))
    return seen | browse(client, ["/en/datenschutz/", "/en/vereine/"])


def crawl_as_member_editor(client):
    organisation = make_organisation("Griechische Gemeinde")
    editor = make_editor(organisation)
    seen = log_in(client, editor)
    seen |= browse(client, ["/mein-verein/", f"/vereine/{organisation.slug}/", "/konto/passwort/", *BROWSE])
    return seen | set_cookies(client.post("/konto/abmelden/"))


def crawl_as_staff(client):
    staff = UserFactory(superuser=True)
    seen = log_in(client, staff)
    seen |= browse(client, ["/admin/", "/admin/contact/contactmessage/", *BROWSE])
    message = ContactMessage.objects.create(message="Bitte um Rückruf")
    response = client.post(f"/admin/contact/contactmessage/{message.pk}/change/", {"status": "answered", "note": ""})
    assert response.status_code == 302
    seen |= set_cookies(response)
    seen |= browse(client, ["/admin/contact/contactmessage/"])  # the message is shown and the cookie cleared
    return seen | set_cookies(client.post("/konto/abmelden/"))


def test_the_cookie_list_names_exactly_the_cookies_the_portal_sets(client, legal_pages):
    seen = crawl_as_visitor(client)
    client.cookies.clear()
    seen |= crawl_as_member_editor(client)
    client.cookies.clear()
    seen |= crawl_as_staff(client)
    assert seen == cookies.names() == {"portal_language", "csrftoken", "sessionid", "messages"}


def test_a_visitor_who_reads_and_writes_gets_no_cookie(client, legal_pages):
    assert browse(client) | submit_contact(client) == set()


def test_a_visitor_who_chooses_a_language_gets_only_the_language_cookie(client, legal_pages):
    assert crawl_as_visitor(client) == {"portal_language"}


def test_a_member_editor_gets_the_login_cookies(client, legal_pages):
    assert crawl_as_member_editor(client) == {"csrftoken", "sessionid"}


def test_staff_get_the_messages_cookie_too(client, legal_pages):
    assert crawl_as_staff(client) == {"csrftoken", "sessionid", "messages"}


def cookie_rows(html):
    table = re.search(r"<table class=\"kern-table\">(.*?)</table>", html, re.S).group(1)
    rows = re.findall(r"<tr class=\"kern-table__row\">(.*?)</tr>", table, re.S)[1:]
    return [
        [re.sub(r"[ \t\n]+", " ", re.sub(r"<[^>]+>", " ", cell)).strip() for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
        for row in rows
    ]


def test_the_notice_renders_the_list_with_names_and_lifetimes_from_settings(client, settings):
    settings.SESSION_COOKIE_AGE = 2 * 60 * 60
    PageFactory(**DEMO["datenschutz"])
    rows = cookie_rows(client.get("/datenschutz/").content.decode())
    assert [(row[0], row[2]) for row in rows] == [
        ("portal_language", "1\xa0Jahr"),
        ("csrftoken", "1\xa0Jahr"),
        ("sessionid", "2\xa0Stunden"),
        ("messages", "bis Sie den Browser schließen"),
    ]
    assert rows[0][3].startswith("merkt sich die gewählte Sprache")


@pytest.mark.parametrize(
    ("language", "heading", "session"),
    [
        ("en", "How long", "8\xa0hours"),
        ("uk", "Як довго", "8\xa0годин"),
        ("ru", "Как долго", "8\xa0часов"),
    ],
)
def test_the_cookie_list_is_translated(client, language, heading, session):
    PageFactory(**DEMO["datenschutz"])
    html = client.get(f"/{language}/datenschutz/").content.decode()
    assert f'<th class="kern-table__header" scope="col">{heading}</th>' in html
    rows = cookie_rows(html)
    assert rows[2][:3] == ["sessionid", rows[2][1], session]
    assert cookies.cookies()[2].purpose[language] == rows[2][3]
    assert 'lang="de"' not in re.search(r"<table class=\"kern-table\">(.*?)</table>", html, re.S).group(1)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "höchstens 7 Mal je 1\xa0Tag"),
        ("en", "at most 7 times per 1\xa0day"),
        ("uk", "максимальна кількість надсилань за період 1\xa0день: 7"),
        ("ru", "максимальное число отправок за период 1\xa0день: 7"),
    ],
)
def test_the_notice_describes_the_rate_limit_as_configured(client, settings, language, expected):
    settings.CONTACT_RATE = "7/d"
    PageFactory(**DEMO["datenschutz"])
    html = client.get("/datenschutz/" if language == "de" else f"/{language}/datenschutz/").content.decode()
    assert expected in html
    assert "HMAC-SHA-256" in html


@time_machine.travel(datetime.datetime(2026, 12, 6, 4, 0, tzinfo=datetime.UTC), tick=False)
def test_the_notice_states_the_retention_periods_as_configured(client, settings):
    settings.CONTACT_ANSWERED_RETENTION_DAYS = 92
    settings.CONTACT_UNANSWERED_RETENTION_DAYS = 731
    PageFactory(**DEMO["datenschutz"])
    html = client.get("/datenschutz/").content.decode()
    assert "Beantwortete Nachrichten löschen wir 3\xa0Monate, nachdem Ihr Anliegen erledigt ist, unbeantwortete 2\xa0Jahre" in html
    assert "Eine Anmeldung gilt höchstens 8\xa0Stunden" in html


def test_settings_name_the_cookies():
    assert [cookie.cookie_name for cookie in cookies.cookies()] == [
        settings.LANGUAGE_COOKIE_NAME,
        settings.CSRF_COOKIE_NAME,
        settings.SESSION_COOKIE_NAME,
        "messages",
    ]
