"""Writes of the contact app: store a message, then mail it to the office.

A failed mail is logged and does not undo the message: the visitor's text is
safe in the database and the office sees it in the admin list of open
messages."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .models import ContactMessage

logger = logging.getLogger(__name__)


def contact_message_submit(*, kind, message, name="", email="", page_url="", language=""):
    """Store a message and, once it is committed, mail it to the office."""
    with transaction.atomic():
        contact_message = ContactMessage.objects.create(
            kind=kind, name=name, email=email, message=message, page_url=page_url, language=language
        )
        transaction.on_commit(lambda: contact_message_notify(contact_message=contact_message))
    return contact_message


def contact_message_notify(*, contact_message):
    """Mail one stored message to CONTACT_EMAIL, in German (the office's
    language), with the sender as Reply-To when they gave an address."""
    with translation.override(settings.LANGUAGE_CODE):
        kind = contact_message.get_kind_display()
        page = contact_message.page_url or _("keine Seite angegeben")
        subject = _("Integrationsportal – %(kind)s: %(page)s") % {"kind": kind, "page": page}
        admin_url = reverse("admin:contact_contactmessage_change", args=[contact_message.pk])
        body = "\n".join(
            [
                f"{_('Art')}: {kind}",
                f"{_('Name')}: {contact_message.name or '–'}",
                f"{_('E-Mail-Adresse')}: {contact_message.email or '–'}",
                f"{_('Betroffene Seite')}: {page}",
                f"{_('Sprache')}: {contact_message.language or '–'}",
                "",
                contact_message.message,
                "",
                "-- ",
                _("Die Nachricht ist im Backoffice gespeichert: %(path)s") % {"path": admin_url},
            ]
        )
    mail = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[settings.CONTACT_EMAIL],
        reply_to=[contact_message.email] if contact_message.email else None,
    )
    try:
        mail.send()
    except Exception:  # SMTP down, refused, timeout …: the message is stored all the same
        logger.exception("Contact message %s stored, but the mail to CONTACT_EMAIL failed", contact_message.pk)
        return False
    return True
