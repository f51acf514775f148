"""Every mail the portal sends goes through one outbox: a mail server that is
down costs no mail and prints no traceback; `manage.py send_outbox` sends the
kept mails once the server is back."""

import io
import logging

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import RequestFactory

from offenbach_portal.accounts import services as account_services
from offenbach_portal.contact.models import ContactMessage
from offenbach_portal.core.mail import message_from_data, message_to_data
from offenbach_portal.core.models import OutboxMail
from tests.factories import OrganisationFactory, StaffUserFactory, UserFactory
from tests.ports import free_port
from tests.smtp_server import SMTPServer

pytestmark = pytest.mark.django_db

CONTACT = {"name": "Ada Muster", "email": "ada@example.org", "page_url": "/vereine/", "message": "Der Link zur Karte fehlt."}


@pytest.fixture
def smtp(settings):
    """The portal's real configuration: the outbox in front of SMTP, on a
    port of this test; `smtp.start()` brings the server up."""
    settings.EMAIL_BACKEND = "offenbach_portal.core.mail.OutboxBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    settings.EMAIL_TIMEOUT = 5

    class Control:
        server = None

        def start(self):
            self.server = SMTPServer(settings.EMAIL_PORT).start()
            return self.server

        @property
        def received(self):
            return self.server.received if self.server else []

    control = Control()
    yield control
    if control.server:
        control.server.stop()


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def post(path, data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(path, data)

    return post


def send_outbox():
    out = io.StringIO()
    call_command("send_outbox", stdout=out)
    return out.getvalue().strip()


def test_a_running_mail_server_gets_the_mail_and_the_outbox_stays_empty(smtp, post):
    smtp.start()
    assert post("/kontakt/", CONTACT).status_code == 303
    [(sender, recipients, message)] = smtp.received
    assert (sender, recipients) == ("<integrationsportal@offenbach.de>", ["integration@offenbach.de"])
    assert message["Subject"] == "Integrationsportal\u00a0– Kontakt: /vereine/"
    assert message["Reply-To"] == "ada@example.org"
    assert OutboxMail.objects.count() == 0


def test_mail_server_down_keeps_each_mail_with_one_line_and_no_traceback(smtp, post, caplog):
    with caplog.at_level(logging.INFO):
        for number in range(3):
            assert post("/kontakt/", dict(CONTACT, message=f"Nachricht {number}")).status_code == 303
    assert ContactMessage.objects.count() == 3
    kept = list(OutboxMail.objects.all())
    assert [mail.subject for mail in kept] == ["Integrationsportal\u00a0– Kontakt: /vereine/"] * 3
    assert [mail.recipients for mail in kept] == ["integration@offenbach.de"] * 3
    assert [mail.attempts for mail in kept] == [1, 1, 1]
    assert all(mail.last_error.startswith("ConnectionRefusedError: ") for mail in kept)
    warnings = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert [record.getMessage().split(":", 1)[0] for record in warnings] == [
        f"Mail {mail.pk} kept in the outbox, the mail server did not take it" for mail in kept
    ]
    assert [record for record in caplog.records if record.exc_info] == []


def test_send_outbox_delivers_what_was_kept_once_the_server_is_back(smtp, post):
    for number in range(2):
        post("/kontakt/", dict(CONTACT, message=f"Nachricht {number}"))
    assert OutboxMail.objects.count() == 2
    server = smtp.start()
    assert send_outbox() == "2 Mails gesendet, 0 bleiben im Postausgang."
    assert OutboxMail.objects.count() == 0
    bodies = [message.get_content() for _sender, _recipients, message in server.received]
    assert ["Nachricht 0" in body for body in bodies] == [True, False]
    assert ["Nachricht 1" in body for body in bodies] == [False, True]
    assert [message["Reply-To"] for _s, _r, message in server.received] == ["ada@example.org"] * 2
    assert send_outbox() == "0 Mails gesendet, 0 bleiben im Postausgang."
    assert len(server.received) == 2


def test_send_outbox_while_the_server_is_still_down_keeps_everything(smtp, post, caplog):
    post("/kontakt/", CONTACT)
    caplog.clear()
    with caplog.at_level(logging.INFO):
        assert send_outbox() == "0 Mails gesendet, 1 bleiben im Postausgang."
    kept = OutboxMail.objects.get()
    assert kept.attempts == 2
    [record] = caplog.records
    assert record.getMessage().startswith("Outbox: the mail server cannot be reached, 1 mails stay: ConnectionRefusedError")
    assert [record for record in caplog.records if record.exc_info] == []


def test_password_reset_and_invitation_use_the_same_outbox(smtp, post, client, django_capture_on_commit_callbacks):
    UserFactory(email="bekannt@example.org")
    response = post("/konto/passwort-vergessen/", {"email": "bekannt@example.org"})
    assert (response.status_code, response["Location"]) == (302, "/konto/passwort-vergessen/gesendet/")
    with django_capture_on_commit_callbacks(execute=True):
        account_services.invite(
            OrganisationFactory(name="Griechische Gemeinde"), "eleni@example.org", StaffUserFactory(), RequestFactory().get("/admin/")
        )
    assert list(OutboxMail.objects.values_list("recipients", flat=True)) == ["bekannt@example.org", "eleni@example.org"]
    server = smtp.start()
    assert send_outbox() == "2 Mails gesendet, 0 bleiben im Postausgang."
    assert [recipients for _sender, recipients, _message in server.received] == [["bekannt@example.org"], ["eleni@example.org"]]
    assert server.received[1][2]["Subject"] == "Einladung zum Integrationsportal Offenbach: Griechische Gemeinde"


def test_a_kept_mail_comes_back_with_every_part():
    original = mail.EmailMultiAlternatives(
        subject="Betreff äöü",
        body="Text",
        from_email="portal@example.org",
        to=["a@example.org"],
        cc=["b@example.org"],
        bcc=["c@example.org"],
        reply_to=["d@example.org"],
        headers={"X-Portal": "1"},
    )
    original.attach_alternative("<p>Text</p>", "text/html")
    original.attach("liste.csv", "a,b\n", "text/csv")
    original.attach("bild.bin", b"\x00\xff", "application/octet-stream")
    restored = message_from_data(message_to_data(original))
    assert restored.recipients() == ["a@example.org", "b@example.org", "c@example.org"]
    assert (restored.subject, restored.body, restored.from_email, restored.reply_to) == (
        "Betreff äöü",
        "Text",
        "portal@example.org",
        ["d@example.org"],
    )
    assert restored.extra_headers == {"X-Portal": "1"}
    assert restored.alternatives[0][:2] == ("<p>Text</p>", "text/html")
    assert [attachment[:3] for attachment in restored.attachments] == [
        ("liste.csv", "a,b\n", "text/csv"),
        ("bild.bin", b"\x00\xff", "application/octet-stream"),
    ]
