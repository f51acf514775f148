"""One outbox for every mail the portal sends.

`EMAIL_BACKEND` is `OutboxBackend`: it hands each message to the backend that
really delivers (`EMAIL_DELIVERY_BACKEND`, SMTP in production). A message the
mail server does not accept (down, refusing, timing out) is stored as an
`OutboxMail` with one log line and no traceback, and the sender carries on as
if it had been sent: a contact message, an invitation or a password reset never
fails because of the mail server, and no mail is lost. `manage.py send_outbox`
(a regular job, e.g. every five minutes) sends the stored mails again and
deletes each one the server accepted.
"""

import base64
import logging
from email import message_from_bytes
from email.mime.base import MIMEBase

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.db.models import F
from django.utils import timezone

logger = logging.getLogger(__name__)


def message_to_data(message):
    """The parts of an EmailMessage as JSON-serialisable data."""
    attachments = []
    for attachment in message.attachments:
        if isinstance(attachment, MIMEBase):
            attachments.append({"mime": base64.b64encode(attachment.as_bytes()).decode("ascii")})
            continue
        filename, content, mimetype = attachment
        if isinstance(content, str):
            content = content.encode("utf-8")
        attachments.append({"filename": filename, "content": base64.b64encode(content).decode("ascii"), "mimetype": mimetype})
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "content_subtype": message.content_subtype,
        "alternatives": [[content, mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": attachments,
    }


def message_from_data(data):
    """The EmailMessage that `message_to_data` described."""
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(item) for item in data["alternatives"]],
    )
    message.content_subtype = data["content_subtype"]
    for attachment in data["attachments"]:
        if "mime" in attachment:
            message.attach(message_from_bytes(base64.b64decode(attachment["mime"])))
        else:
            message.attach(attachment["filename"], base64.b64decode(attachment["content"]), attachment["mimetype"])
    return message


def _reason(exc):
    return f"{exc.__class__.__name__}: {exc}"[:500]


def delivery_connection():
    """A connection of the backend that really delivers."""
    return get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False)


class OutboxBackend(BaseEmailBackend):
    """Delivers through EMAIL_DELIVERY_BACKEND; keeps what it cannot deliver."""

    def send_messages(self, email_messages):
        messages = list(email_messages)
        if not messages:
            return 0
        connection = delivery_connection()
        try:
            connection.open()
        except Exception as exc:
            for message in messages:
                self._keep(message, exc)
            return len(messages)
        try:
            for message in messages:
                try:
                    connection.send_messages([message])
                except Exception as exc:
                    self._keep(message, exc)
        finally:
            try:
                connection.close()
            except Exception:  # a connection that broke while sending cannot be closed cleanly
                pass
        return len(messages)

    def _keep(self, message, exc):
        from .models import OutboxMail

        kept = OutboxMail.objects.create(
            subject=message.subject[:998],
            recipients=", ".join(message.recipients()),
            message=message_to_data(message),
            last_error=_reason(exc),
        )
        logger.warning("Mail %s kept in the outbox, the mail server did not take it: %s", kept.pk, _reason(exc))


def outbox_send(*, limit=None):
    """Send the stored mails again, oldest first; delete each one the mail
    server accepted. Returns (sent, kept). Stops at the first mail that fails
    because the server cannot be reached at all."""
    from .models import OutboxMail

    sent = kept = 0
    pks = list(OutboxMail.objects.order_by("created_at", "pk").values_list("pk", flat=True)[:limit])
    if not pks:
        return 0, 0
    connection = delivery_connection()
    try:
        connection.open()
    except Exception as exc:
        OutboxMail.objects.filter(pk__in=pks).update(attempts=F("attempts") + 1, last_error=_reason(exc), last_attempt_at=timezone.now())
        logger.warning("Outbox: the mail server cannot be reached, %s mails stay: %s", len(pks), _reason(exc))
        return 0, len(pks)
    try:
        for pk in pks:
            with transaction.atomic():
                # Locked while it is being sent, so that a second run at the same time skips it.
                mail = OutboxMail.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
                if mail is None:
                    continue
                try:
                    connection.send_messages([message_from_data(mail.message)])
                except Exception as exc:
                    mail.attempts += 1
                    mail.last_error = _reason(exc)
                    mail.save(update_fields=["attempts", "last_error", "last_attempt_at"])
                    logger.warning("Outbox: mail %s not sent (attempt %s): %s", mail.pk, mail.attempts, _reason(exc))
                    kept += 1
                    continue
                mail.delete()
                sent += 1
    finally:
        try:
            connection.close()
        except Exception:
            pass
    return sent, kept
