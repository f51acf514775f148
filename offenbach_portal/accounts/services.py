"""Writes of the accounts app: invite a person, accept an invitation, ask the
office for a new one. Each runs in one transaction; mail goes out once it is
committed, and a failed mail is logged without undoing the stored record."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import Invitation
from .signals import invitation_accepted

logger = logging.getLogger(__name__)

INVITATION_SALT = "offenbach_portal.accounts.invitation"
# The invitation mail is written in every portal language, German first:
# nobody knows yet which one the invitee reads.
MAIL_LANGUAGES = [code for code, _name in settings.LANGUAGES]


class InvitationNotOpen(Exception):
    """The invitation was used, revoked or has expired in the meantime."""


def invitation_token(invitation):
    """The signed part of the invitation link: it carries the invitation's id
    (signed with SECRET_KEY and a salt of its own; how long it is valid and
    whether it was used is stored with the invitation)."""
    return signing.Signer(salt=INVITATION_SALT).sign_object({"invitation": invitation.pk})


def invitation_from_token(token):
    """The invitation a token names; `signing.BadSignature` for an altered
    token (or one naming an invitation that no longer exists)."""
    try:
        data = signing.Signer(salt=INVITATION_SALT).unsign_object(token)
    except (ValueError, UnicodeDecodeError) as error:  # the signature fits, the content does not
        raise signing.BadSignature("unreadable") from error
    invitation = Invitation.objects.filter(pk=data.get("invitation") if isinstance(data, dict) else None).first()
    if invitation is None:
        raise signing.BadSignature("no such invitation")
    return invitation


def _absolute(request, path):
    return request.build_absolute_uri(path) if request is not None else path


def invite(target, email, invited_by, request=None):
    """Invite `email` to get rights on `target` (e.g. an organisation): store
    the invitation and, once committed, mail the signed link."""
    with transaction.atomic():
        invitation = Invitation.objects.create(target=target, email=email.strip(), created_by=invited_by)
        links = {}
        for language in MAIL_LANGUAGES:
            with translation.override(language):
                links[language] = _absolute(request, reverse("accounts:invitation", args=[invitation_token(invitation)]))
        transaction.on_commit(lambda: invitation_send(invitation=invitation, links=links))
    return invitation


def invitation_send(*, invitation, links):
    """Mail the invitation link, in every portal language (German first)."""
    parts, subject = [], ""
    for language in MAIL_LANGUAGES:
        with translation.override(language):
            context = {
                "invitation": invitation,
                "target": str(invitation.target),
                "link": links[language],
                "days": settings.INVITATION_DAYS,
                "expires_at": invitation.expires_at,
            }
            parts.append(render_to_string("accounts/mail/invitation.txt", context).strip())
            if language == settings.LANGUAGE_CODE:
                subject = _("Einladung zum Integrationsportal Offenbach: %(target)s") % {"target": context["target"]}
    mail = EmailMessage(
        subject=subject, body="\n\n----------\n\n".join(parts), from_email=settings.DEFAULT_FROM_EMAIL, to=[invitation.email]
    )
    return _send(mail, "Invitation %s stored, but its mail failed", invitation.pk)


def invitation_resend(*, invitation, invited_by, request=None):
    """A new invitation for the same address and target; the old one is revoked."""
    with transaction.atomic():
        if invitation.state == Invitation.State.OPEN:
            invitation.revoked_at = timezone.now()
            invitation.save(update_fields=["revoked_at"])
        return invite(invitation.target, invitation.email, invited_by, request)


def invitation_revoke(*, invitation):
    if invitation.state == Invitation.State.OPEN:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation


def split_name(name):
    name = " ".join((name or "").split())
    first, _sep, last = name.rpartition(" ")
    return (first, last) if first else (name, "")


@transaction.atomic
def invitation_accept(*, invitation, user=None, username="", password="", name=""):
    """Accept an open invitation: create the account (or use `user`, an
    existing account of the invited address), mark the invitation used and
    send `invitation_accepted`, all or nothing. Returns the user."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.state != Invitation.State.OPEN or invitation.target is None:
        raise InvitationNotOpen(invitation.state)
    if user is None:
        first_name, last_name = split_name(name)
        user = get_user_model()(username=username, email=invitation.email, first_name=first_name, last_name=last_name)
        user.set_password(password)
        user.save()
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    invitation_accepted.send(sender=Invitation, invitation=invitation, user=user)
    return user


def invitation_request_new(*, invitation, language=""):
    """Ask the office, by mail, to send a new invitation to the invited
    address (the old link expired, was used or was revoked)."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Bitte um eine neue Einladung für %(email)s") % {"email": invitation.email}
        body = "\n".join(
            [
                _("Bitte senden Sie eine neue Einladung für %(email)s.") % {"email": invitation.email},
                "",
                f"{_('Ziel')}: {invitation.target}",
                f"{_('Stand der alten Einladung')}: {invitation.get_state_display()}",
                f"{_('Sprache')}: {language or '–'}",
                "",
                "-- ",
                _("Die Einladung im Backoffice: %(path)s") % {"path": reverse("admin:accounts_invitation_change", args=[invitation.pk])},
            ]
        )
    mail = EmailMessage(
        subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[settings.CONTACT_EMAIL], reply_to=[invitation.email]
    )
    return _send(mail, "Request for a new invitation %s: the mail failed", invitation.pk)


def _send(mail, failure, pk):
    try:
        mail.send()
    except Exception:  # SMTP down, refused, timeout …: what is stored stays stored
        logger.exception(failure, pk)
        return False
    return True
