import logging
import re
from smtplib import SMTPException

import pytest
import reversion
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage
from django.test import RequestFactory

from offenbach_portal.contact.forms import local_path
from offenbach_portal.contact.models import ContactMessage
from offenbach_portal.core import ratelimit
from tests.factories import ContactMessageFactory

pytestmark = pytest.mark.django_db

VALID = {"name": "Ada Muster", "email": "ada@example.org", "page_url": "/vereine/", "message": "Der Link zur Karte fehlt."}


@pytest.fixture
def submit(client, django_capture_on_commit_callbacks):
    """POST to a contact form and run what waits for the commit (the mail)."""

    def submit(path="/kontakt/", data=VALID, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(path, data, **extra)

    return submit


def summary_items(response):
    html = response.content.decode()
    summary = html.split('id="form-error-summary"', 1)[1].split("</ul>", 1)[0]
    return [re.sub(r"<[^>]+>", "", item).strip() for item in re.findall(r"<li>(.*?)</li>", summary, re.S)]


def field_value(response, name):
    match = re.search(rf'<input type="text" name="{name}"(?: value="([^"]*)")?', response.content.decode())
    return match.group(1) or ""


def html_lang(response):
    return re.search(r'<html lang="([a-z-]+)"', response.content.decode()).group(1)


# Pages


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/kontakt/", "Kontakt"),
        ("/barriere-melden/", "Barriere melden"),
    ],
)
def test_contact_page_shows_its_form(client, path, heading):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<h1 class="kern-heading-x-large">{heading}</h1>' in html
    assert f'<form class="portal-form" method="post" action="{path}" novalidate>' in html
    assert re.findall(r'name="(\w+)"', html.split('class="portal-form"', 1)[1].split("</form>", 1)[0]) == [
        "name",
        "email",
        "page_url",
        "message",
        "website",
    ]
    assert '<a class="kern-link" href="/datenschutz/">' in html
    assert "csrfmiddlewaretoken" not in html


def test_barrier_page_asks_for_page_problem_and_assistive_technology(client):
    html = client.get("/barriere-melden/").content.decode()
    assert "Beschreibung der Barriere" in html
    assert "Screenreader" in html
    assert '<label class="kern-label" for="id_page_url">Betroffene Seite' in html


def test_contact_form_hides_the_honeypot(client):
    html = client.get("/kontakt/").content.decode()
    honeypot = html.split('<div class="portal-hp">', 1)[1].split("</div>\n</div>", 1)[0]
    assert re.search(r'<input type="text" name="website" autocomplete="off" tabindex="-1"', honeypot)


def test_contact_form_hint_names_the_length_limit(client):
    html = client.get("/kontakt/").content.decode()
    assert '<div class="kern-hint" id="id_message_helptext">Höchstens 5.000 Zeichen.</div>' in html


def test_thanks_page_confirms_and_is_not_indexed(client):
    response = client.get("/kontakt/danke/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vielen Dank für Ihre Nachricht" in html
    assert '<meta name="robots" content="noindex">' in html


def test_contact_view_refuses_other_methods(client):
    assert client.put("/kontakt/").status_code == 405
    assert client.post("/kontakt/danke/").status_code == 405


# Success


def test_contact_form_valid_message_is_stored_once_and_mailed_once(submit, mailoutbox, settings):
    settings.CONTACT_EMAIL = "team@example.org"
    response = submit()
    assert response.status_code == 303
    assert response["Location"] == "/kontakt/danke/"
    [message] = ContactMessage.objects.all()
    assert (message.kind, message.name, message.email, message.page_url, message.message, message.language, message.status) == (
        "contact",
        "Ada Muster",
        "ada@example.org",
        "/vereine/",
        "Der Link zur Karte fehlt.",
        "de",
        "open",
    )
    [mail] = mailoutbox
    assert mail.to == ["team@example.org"]
    assert mail.reply_to == ["ada@example.org"]
    assert mail.subject == "Integrationsportal\u00a0– Kontakt: /vereine/"
    assert "Der Link zur Karte fehlt." in mail.body
    assert "Name: Ada Muster" in mail.body
    assert f"/admin/contact/contactmessage/{message.pk}/change/" in mail.body


def test_barrier_report_is_stored_as_barrier_and_named_in_the_subject(submit, mailoutbox):
    response = submit("/barriere-melden/", {"message": "Der Kontrast ist zu schwach.", "page_url": "/aktuelles/"})
    assert response.status_code == 303
    assert ContactMessage.objects.get().kind == "barrier"
    [mail] = mailoutbox
    assert mail.subject == "Integrationsportal\u00a0– Barriere melden: /aktuelles/"
    assert mail.reply_to == []


def test_contact_form_in_english_stores_the_language(submit, mailoutbox):
    response = submit("/en/kontakt/", {"message": "Hello"})
    assert response.status_code == 303
    assert response["Location"] == "/en/kontakt/danke/"
    assert ContactMessage.objects.get().language == "en"
    # The office reads the mail in German whatever the visitor's language.
    assert mailoutbox[0].subject == "Integrationsportal\u00a0– Kontakt: keine Seite angegeben"


def test_contact_form_message_of_exactly_5000_characters_is_accepted(submit, mailoutbox):
    assert submit(data={"message": "x" * 5000}).status_code == 303
    assert len(ContactMessage.objects.get().message) == 5000


def test_contact_form_keeps_the_message_when_the_mail_fails(submit, mailoutbox, monkeypatch, caplog):
    def refuse(self, fail_silently=False):
        raise SMTPException("connection refused")

    monkeypatch.setattr(EmailMessage, "send", refuse)
    with caplog.at_level(logging.ERROR, logger="offenbach_portal.contact.services"):
        response = submit()
    assert response.status_code == 303
    assert ContactMessage.objects.count() == 1
    assert mailoutbox == []
    assert [record.getMessage() for record in caplog.records] == [
        f"Contact message {ContactMessage.objects.get().pk} stored, but the mail to CONTACT_EMAIL failed"
    ]


# Failures: nothing stored, nothing mailed


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        ({"message": ""}, "message", "Ihre Nachricht: Bitte schreiben Sie Ihre Nachricht."),
        ({"message": "   \n "}, "message", "Ihre Nachricht: Bitte schreiben Sie Ihre Nachricht."),
        (
            dict(VALID, email="ada@"),
            "email",
            "Ihre E-Mail-Adresse: Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de, oder lassen Sie das Feld leer.",
        ),
        (
            {"message": "x" * 5001},
            "message",
            "Ihre Nachricht: Ihre Nachricht hat 5.001 Zeichen, erlaubt sind höchstens 5.000. Bitte kürzen Sie sie.",
        ),
        ({"message": "a\x00b"}, "message", "Ihre Nachricht: Nullzeichen sind nicht erlaubt."),
    ],
)
def test_contact_form_rejects_bad_input(submit, mailoutbox, data, field, error):
    response = submit(data=data)
    assert response.status_code == 400
    assert summary_items(response) == [error]
    html = response.content.decode()
    assert f'<a class="kern-link" href="#id_{field}">' in html
    assert f'id="id_{field}_error"' in html
    assert ContactMessage.objects.count() == 0
    assert mailoutbox == []


def test_contact_form_lists_every_error_in_the_summary(submit):
    response = submit(data={"email": "nope", "message": ""})
    assert response.status_code == 400
    assert [item.split(":", 1)[0] for item in summary_items(response)] == ["Ihre E-Mail-Adresse", "Ihre Nachricht"]
    assert "<title>Fehler: Kontakt\u00a0– " in response.content.decode()


def test_contact_form_keeps_what_was_typed_after_an_error(submit):
    response = submit(data={"name": "Ada", "email": "nope", "message": "Text"})
    html = response.content.decode()
    assert 'value="Ada"' in html
    assert ">\nText</textarea>" in html


def test_contact_form_in_english_shows_the_errors_in_the_english_page(submit, mailoutbox):
    response = submit("/en/kontakt/", {"message": ""})
    assert response.status_code == 400
    assert html_lang(response) == "en"
    assert len(summary_items(response)) == 1
    assert ContactMessage.objects.count() == 0
    assert mailoutbox == []


# Rate limit


def test_contact_form_rate_limit_answers_429_and_stores_nothing(submit, mailoutbox, settings):
    settings.CONTACT_RATE = "2/h"
    assert [submit().status_code for _ in range(2)] == [303, 303]
    response = submit()
    assert response.status_code == 429
    assert summary_items(response) == ["Sie haben in kurzer Zeit zu viele Nachrichten gesendet. Bitte versuchen Sie es später noch einmal."]
    assert 'value="Ada Muster"' in response.content.decode()
    assert ContactMessage.objects.count() == 2
    assert len(mailoutbox) == 2


def test_contact_form_rate_limit_counts_only_valid_messages(submit, settings):
    settings.CONTACT_RATE = "1/h"
    assert [submit(data={"message": ""}).status_code for _ in range(3)] == [400, 400, 400]
    assert submit(data=dict(VALID, website="http://spam.example")).status_code == 303
    assert submit().status_code == 303
    assert submit().status_code == 429
    assert ContactMessage.objects.count() == 1


def test_contact_form_rate_limit_is_per_client(submit, settings):
    settings.CONTACT_RATE = "1/h"
    assert submit(REMOTE_ADDR="192.0.2.1").status_code == 303
    assert submit(REMOTE_ADDR="192.0.2.1").status_code == 429
    assert submit(REMOTE_ADDR="192.0.2.2").status_code == 303


def test_contact_form_rate_limit_in_english(submit, settings, mailoutbox):
    settings.CONTACT_RATE = "1/h"
    submit("/en/kontakt/")
    response = submit("/en/kontakt/")
    assert response.status_code == 429
    assert html_lang(response) == "en"
    assert len(summary_items(response)) == 1
    assert ContactMessage.objects.count() == 1
    assert len(mailoutbox) == 1


# Honeypot


@pytest.mark.parametrize("data", [dict(VALID, website="http://spam.example"), {"website": "x", "message": ""}])
def test_contact_form_drops_a_filled_honeypot_silently(submit, mailoutbox, data):
    response = submit(data=data)
    assert response.status_code == 303
    assert response["Location"] == "/kontakt/danke/"
    assert ContactMessage.objects.count() == 0
    assert mailoutbox == []


# No cookies


def test_contact_form_sets_no_cookie(client, submit):
    responses = [
        client.get("/kontakt/"),
        client.get("/barriere-melden/?seite=/vereine/"),
        submit(data={"message": ""}),
        submit(),
        client.get("/kontakt/danke/"),
    ]
    assert [response.status_code for response in responses] == [200, 200, 400, 303, 200]
    assert [dict(response.cookies) for response in responses] == [{}, {}, {}, {}, {}]
    assert dict(client.cookies) == {}


# The page a message is about


@pytest.mark.parametrize(
    ("query", "referer", "expected"),
    [
        ("?seite=/vereine/", "", "/vereine/"),
        ("?seite=/aktuelles/%3Fseite%3D2", "", "/aktuelles/?seite=2"),
        ("", "http://testserver/kompetenzteam/sitzungen/", "/kompetenzteam/sitzungen/"),
        ("?seite=/vereine/", "http://testserver/aktuelles/", "/vereine/"),
        ("?seite=https://evil.example/", "", ""),
        ("?seite=//evil.example/x", "", ""),
        ("?seite=/%5Cevil.example", "", ""),
        ("?seite=javascript:alert(1)", "", ""),
        ("?seite=vereine", "", ""),
        ("?seite=/" + "a" * 500, "", ""),
        ("?seite=https://evil.example/", "http://testserver/vereine/", "/vereine/"),
        ("", "https://evil.example/vereine/", ""),
        ("", "http://testserver/kontakt/", ""),
        ("", "not a url", ""),
    ],
)
def test_contact_form_prefills_the_page(client, query, referer, expected):
    extra = {"HTTP_REFERER": referer} if referer else {}
    response = client.get("/barriere-melden/" + query, **extra)
    assert response.status_code == 200
    assert field_value(response, "page_url") == expected.replace("&", "&amp;")


@pytest.mark.parametrize(
    ("page_url", "stored"),
    [
        ("/vereine/", "/vereine/"),
        ("http://testserver/vereine/?q=a", "/vereine/?q=a"),
        ("https://evil.example/", ""),
        ("//evil.example/", ""),
        ("/" + "a" * 500, ""),
    ],
)
def test_contact_form_stores_only_a_local_page(submit, page_url, stored):
    assert submit(data={"message": "Hallo", "page_url": page_url}).status_code == 303
    assert ContactMessage.objects.get().page_url == stored


def test_local_path_accepts_exactly_500_characters():
    assert local_path("/" + "a" * 499) == "/" + "a" * 499
    assert local_path("/" + "a" * 500) == ""


# The rate limit itself


@pytest.mark.parametrize(("rate", "parsed"), [("5/h", (5, 3600)), ("1/s", (1, 1)), ("10/m", (10, 60)), (" 3 / d ", (3, 86400))])
def test_parse_rate_reads_n_per_period(rate, parsed):
    assert ratelimit.parse_rate(rate) == parsed


@pytest.mark.parametrize("rate", ["", "5", "5/w", "0/h", "-1/h", "five/h", "5/hour"])
def test_parse_rate_refuses_malformed_rates(rate):
    with pytest.raises(ImproperlyConfigured):
        ratelimit.parse_rate(rate)


def test_client_ip_is_remote_addr_without_proxy(settings):
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.7", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert ratelimit.client_ip(request) == "192.0.2.7"


def test_client_ip_behind_proxy_is_the_rightmost_forwarded_entry(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.9")
    assert ratelimit.client_ip(request) == "198.51.100.9"
    assert ratelimit.client_ip(RequestFactory().get("/", REMOTE_ADDR="10.0.0.1")) == "10.0.0.1"


def test_client_ip_address_is_an_address_or_none(settings):
    """What django-axes stores in its IP address column: never a text that
    PostgreSQL would refuse."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert ratelimit.client_ip_address(RequestFactory().get("/", HTTP_X_FORWARDED_FOR="2001:db8::1")) == "2001:db8::1"
    assert ratelimit.client_ip_address(RequestFactory().get("/", HTTP_X_FORWARDED_FOR="1.2.3.4, nonsense")) is None
    request = RequestFactory().get("/")
    request.META.pop("REMOTE_ADDR")
    assert ratelimit.client_ip_address(request) is None


def test_login_with_a_garbled_forwarded_header_is_no_server_error(client, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    response = client.post(
        "/konto/anmelden/", {"username": "niemand", "password": "falsch"}, HTTP_X_FORWARDED_FOR="nonsense", HTTP_X_FORWARDED_PROTO="https"
    )
    assert response.status_code == 200


def test_rate_limit_stores_no_address(settings):
    from django.core.cache import cache

    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.55")
    assert [ratelimit.hit(request, "test", "2/m") for _ in range(3)] == [True, True, False]
    keys = list(cache._cache.keys())  # LocMemCache
    assert len(keys) == 1
    assert "192.0.2.55" not in keys[0]
    assert re.search(r"ratelimit:test:[0-9a-f]{64}$", keys[0])


# The back office


def test_contact_message_is_under_version_control():
    assert reversion.is_registered(ContactMessage)


def test_contact_message_admin_lists_filters_and_searches(admin_client):
    ContactMessageFactory(kind="barrier", message="Kontrast zu schwach", page_url="/vereine/", email="a@example.org")
    ContactMessageFactory(message="Frage zum Programm WIR")
    response = admin_client.get("/admin/contact/contactmessage/?kind__exact=barrier")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<a href="/vereine/">/vereine/</a>' in html
    assert "a@example.org" in html
    assert response.context["cl"].result_count == 1
    assert admin_client.get("/admin/contact/contactmessage/?q=Programm").context["cl"].result_count == 1
    assert admin_client.get("/admin/contact/contactmessage/?status__exact=answered").context["cl"].result_count == 0


def test_contact_message_admin_edits_the_status_in_the_list(admin_client):
    message = ContactMessageFactory(message="Hallo")
    data = {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
        "form-0-id": str(message.pk),
        "form-0-status": "answered",
        "_save": "Sichern",
    }
    response = admin_client.post("/admin/contact/contactmessage/", data)
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.status == "answered"


def test_contact_message_admin_cannot_add_messages(admin_client):
    assert admin_client.get("/admin/contact/contactmessage/add/").status_code == 403
