"""Writes of the directory that do more than `save()`.

Listing requests (`/vereine/eintragen/`): a group not yet in the directory
asks to be listed; staff approve or decline. Each step is one transaction;
the mails go out once it is committed, and a failed mail is logged and never
undoes the stored request or decision (the office sees every request in the
admin list, whatever happened to the mail)."""

import logging

import reversion
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from offenbach_portal.core.publication import Status

from .models import ListingRequest, Organisation

logger = logging.getLogger(__name__)

SLUG_MAX_LENGTH = Organisation._meta.get_field("slug").max_length
# Addresses under /vereine/ that are pages of their own, not profiles.
RESERVED_SLUGS = {"eintragen"}


def unique_organisation_slug(name):
    """A slug from `name` that no organisation uses yet: `name`, `name-2`, …"""
    base = (slugify(name) or "organisation")[: SLUG_MAX_LENGTH - 4].strip("-") or "organisation"
    taken = set(Organisation.objects.filter(slug__startswith=base).values_list("slug", flat=True)) | RESERVED_SLUGS
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def published_namesake(name):
    """The published organisation called `name` (case and outer spaces ignored), if any."""
    return Organisation.objects.published().filter(name__iexact=name.strip()).order_by("pk").first()


def listing_request_submit(
    *,
    name,
    kind,
    description,
    contact_name,
    contact_email,
    language="",
    district=None,
    languages=(),
    email="",
    phone="",
    website="",
    street="",
    postcode="",
    notify=True,
):
    """Store a draft organisation and a pending request for it; once both are
    committed, mail the office and the requester (unless `notify` is False,
    as for the demo). The description is stored in the field of `language`
    (the language the visitor wrote in); staff add the German text before
    approving when it is missing."""
    language = language if language in {code for code, _label in settings.LANGUAGES} else settings.LANGUAGE_CODE
    with translation.override(settings.LANGUAGE_CODE):  # history and internal note in the office's language
        comment = _("Eintrag über das Formular beantragt")
        internal_contact = _("Eintrag beantragt von %(name)s <%(email)s>") % {"name": contact_name, "email": contact_email}
    with transaction.atomic(), reversion.create_revision():
        reversion.set_comment(comment)
        organisation = Organisation(
            name=name.strip(),
            slug=unique_organisation_slug(name),
            kind=kind,
            status=Status.DRAFT,
            district=district,
            email=email,
            phone=phone,
            website=website,
            street=street,
            postcode=postcode,
            internal_contact=internal_contact,
        )
        setattr(organisation, f"description_{language}", description)
        organisation.save()
        organisation.languages.set(languages)
        listing_request = ListingRequest.objects.create(
            organisation=organisation, contact_name=contact_name, contact_email=contact_email, language=language
        )
        if notify:
            transaction.on_commit(lambda: listing_request_notify_submitted(listing_request=listing_request))
    return listing_request


def listing_request_approve(*, listing_request, user, base_url="", notify=True):
    """Publish the request's organisation and mark the request approved.

    Refused (ValidationError) when the request is no longer pending or the
    organisation has no German description yet (German is the directory's
    required language). `base_url` ("https://host") makes the profile's
    address in the mail to the requester a full link."""
    with transaction.atomic(), reversion.create_revision():
        listing_request = ListingRequest.objects.select_for_update().select_related("organisation").get(pk=listing_request.pk)
        if not listing_request.is_pending:
            raise ValidationError(_("Dieser Antrag ist schon entschieden."), code="decided")
        organisation = listing_request.organisation
        if not (organisation.description_de or "").strip():
            raise ValidationError(
                _("Bitte ergänzen Sie zuerst die deutsche Beschreibung der Organisation; erst dann kann sie erscheinen."),
                code="german_description",
            )
        namesake = Organisation.objects.published().filter(name__iexact=organisation.name.strip()).exclude(pk=organisation.pk).first()
        if namesake:
            raise ValidationError(
                _("Eine veröffentlichte Organisation heißt schon „%(name)s“. Bitte prüfen Sie, ob es dieselbe ist, bevor Sie freigeben."),
                code="namesake",
                params={"name": namesake.name},
            )
        organisation.publish()
        organisation.save()
        listing_request.state = ListingRequest.State.APPROVED
        listing_request.reviewed_by = user
        listing_request.reviewed_at = timezone.now()
        listing_request.save()
        reversion.set_user(user)
        with translation.override(settings.LANGUAGE_CODE):
            reversion.set_comment(_("Eintragsantrag freigegeben und veröffentlicht"))
        if notify:
            transaction.on_commit(lambda: listing_request_notify_decided(listing_request=listing_request, base_url=base_url))
    return listing_request


def listing_request_decline(*, listing_request, user, reason, notify=True):
    """Decline the request with a reason. The draft organisation is archived,
    not deleted: the request, the organisation and their history stay, so
    that staff can see later what was asked and why it was declined (and
    reopen it by hand if the decision changes)."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Bitte geben Sie eine Begründung an."), code="reason_required")
    with transaction.atomic(), reversion.create_revision():
        listing_request = ListingRequest.objects.select_for_update().select_related("organisation").get(pk=listing_request.pk)
        if not listing_request.is_pending:
            raise ValidationError(_("Dieser Antrag ist schon entschieden."), code="decided")
        organisation = listing_request.organisation
        organisation.status = Status.ARCHIVED
        organisation.save()
        listing_request.state = ListingRequest.State.DECLINED
        listing_request.reason = reason
        listing_request.reviewed_by = user
        listing_request.reviewed_at = timezone.now()
        listing_request.save()
        reversion.set_user(user)
        with translation.override(settings.LANGUAGE_CODE):
            reversion.set_comment(_("Eintragsantrag abgelehnt"))
        if notify:
            transaction.on_commit(lambda: listing_request_notify_decided(listing_request=listing_request))
    return listing_request


def _send(mail, what, listing_request):
    try:
        mail.send()
    except Exception:  # SMTP down, refused, timeout …: the request is stored all the same
        logger.exception("Listing request %s stored, but the %s failed", listing_request.pk, what)
        return False
    return True


def listing_request_notify_submitted(*, listing_request):
    """Mail a new request to the office (in German) and a confirmation to the
    requester (in their language). Each mail on its own: one failing does not
    stop the other."""
    organisation = listing_request.organisation
    with translation.override(settings.LANGUAGE_CODE):
        admin_path = reverse("admin:orgs_listingrequest_change", args=[listing_request.pk])
        office = EmailMessage(
            subject=_("Integrationsportal – Eintrag beantragt: %(name)s") % {"name": organisation.name},
            body="\n".join(
                [
                    f"{_('Organisation')}: {organisation.name}",
                    f"{_('Art')}: {organisation.get_kind_display()}",
                    f"{_('Kontaktperson')}: {listing_request.contact_name} <{listing_request.contact_email}>",
                    f"{_('Sprache')}: {listing_request.language}",
                    "",
                    getattr(organisation, f"description_{listing_request.language}", "") or "",
                    "",
                    "-- ",
                    _("Der Antrag wartet im Backoffice auf Ihre Entscheidung: %(path)s") % {"path": admin_path},
                ]
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[settings.CONTACT_EMAIL],
            reply_to=[listing_request.contact_email],
        )
    office_sent = _send(office, "mail to CONTACT_EMAIL", listing_request)
    with translation.override(listing_request.language or settings.LANGUAGE_CODE):
        confirmation = EmailMessage(
            subject=_("Ihr Antrag auf einen Eintrag im Integrationsportal Offenbach"),
            body="\n\n".join(
                [
                    _("Guten Tag %(name)s,") % {"name": listing_request.contact_name},
                    _(
                        "vielen Dank: Ihr Antrag, „%(organisation)s“ in das Verzeichnis der Vereine und Gemeinden aufzunehmen, ist bei uns angekommen."
                    )
                    % {"organisation": organisation.name},
                    _(
                        "Das Integrationsbüro der Stadt Offenbach prüft Ihre Angaben und meldet sich, falls es Fragen hat. "
                        "Sobald wir entschieden haben, schreiben wir Ihnen an diese Adresse. Bis dahin erscheint der Eintrag nicht auf der Website."
                    ),
                    _("Mit freundlichen Grüßen\nIntegrationsbüro der Stadt Offenbach am Main"),
                ]
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[listing_request.contact_email],
            reply_to=[settings.CONTACT_EMAIL],
        )
    requester_sent = _send(confirmation, "confirmation to the requester", listing_request)
    return office_sent and requester_sent


def listing_request_notify_decided(*, listing_request, base_url=""):
    """Tell the requester, in their language, whether the organisation is now
    listed (with its address) or why the request was declined."""
    organisation = listing_request.organisation
    approved = listing_request.state == ListingRequest.State.APPROVED
    with translation.override(listing_request.language or settings.LANGUAGE_CODE):
        if approved:
            subject = _("Ihr Eintrag im Integrationsportal Offenbach ist online")
            text = _("„%(organisation)s“ steht jetzt im Verzeichnis der Vereine und Gemeinden: %(path)s") % {
                "organisation": organisation.name,
                "path": base_url.rstrip("/") + organisation.get_absolute_url(),
            }
            next_step = _("Wenn Sie das Profil selbst aktuell halten möchten, antworten Sie auf diese E-Mail: Wir laden Sie dann ein.")
        else:
            subject = _("Ihr Antrag auf einen Eintrag im Integrationsportal Offenbach")
            text = _("wir können „%(organisation)s“ leider nicht in das Verzeichnis aufnehmen. Die Begründung:") % {
                "organisation": organisation.name
            }
            next_step = listing_request.reason + "\n\n" + _("Bei Fragen antworten Sie einfach auf diese E-Mail.")
        mail = EmailMessage(
            subject=subject,
            body="\n\n".join(
                [
                    _("Guten Tag %(name)s,") % {"name": listing_request.contact_name},
                    text,
                    next_step,
                    _("Mit freundlichen Grüßen\nIntegrationsbüro der Stadt Offenbach am Main"),
                ]
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[listing_request.contact_email],
            reply_to=[settings.CONTACT_EMAIL],
        )
    return _send(mail, "mail about the decision", listing_request)
