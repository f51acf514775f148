"""Writes of the directory that do more than `save()`.

Listing requests (`/vereine/eintragen/`): a group not yet in the directory
asks to be listed; staff approve or decline. Each step is one transaction;
the mails go out once it is committed, and a failed mail is logged and never
undoes the stored request or decision (the office sees every request in the
admin list, whatever happened to the mail).

Writes of the members' profile workflow: an editor sends a change to an
organisation's public profile (`profile_change_submit`), staff approve it
(`profile_change_approve`, everything in one transaction and one revision
whose comment names who sent and who approved) or reject it with a reason
(`profile_change_reject`). The editor is mailed either way, once the
transaction has committed; a failed mail is logged and loses nothing.

A change is a difference against `base`, the organisation's values when the
change was first sent: approval applies only what the editor changed. Where
staff changed the same thing in the meantime, approval is refused with the
list of those fields (`ProfileChangeConflict`) unless staff explicitly apply
it anyway (`force=True`)."""

import logging

import reversion
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from offenbach_portal.core.publication import Status
from offenbach_portal.core.text import slug_from

from .models import District, Language, ListingRequest, Offer, Organisation, ProfileChange

logger = logging.getLogger(__name__)

SLUG_MAX_LENGTH = Organisation._meta.get_field("slug").max_length
# Addresses under /vereine/ that are pages of their own, not profiles.
RESERVED_SLUGS = {"eintragen"}


def unique_organisation_slug(name):
    """A slug from `name` that no organisation uses yet: `name`, `name-2`, …"""
    base = (slug_from(name) or "organisation")[: SLUG_MAX_LENGTH - 4].strip("-") or "organisation"
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
            subject=_("Integrationsportal – Eintrag beantragt: %(name)s") % {"name": organisation.name},
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


logger = logging.getLogger(__name__)

TRANSLATED_DESCRIPTIONS = [f"description_{code}" for code, _name in settings.LANGUAGES]
SCALAR_FIELDS = [*TRANSLATED_DESCRIPTIONS, "email", "phone", "website", "street", "postcode", "city", "founded_year"]
OFFER_FIELDS = ["title_de", "schedule_de", "category"]

# What staff read in the comparison and in a conflict, per key of `data`.
FIELD_LABELS = {
    **{
        f"description_{code}": gettext_lazy("Beschreibung (%(language)s)") % {"language": code.upper()}
        for code, _name in settings.LANGUAGES
    },
    "email": gettext_lazy("E-Mail-Adresse (öffentlich)"),
    "phone": gettext_lazy("Telefon (öffentlich)"),
    "website": gettext_lazy("Website"),
    "street": gettext_lazy("Straße und Hausnummer"),
    "postcode": gettext_lazy("Postleitzahl"),
    "city": gettext_lazy("Ort"),
    "founded_year": gettext_lazy("gegründet (Jahr)"),
    "district": gettext_lazy("Stadtteil"),
    "languages": gettext_lazy("Sprachen"),
    "offers": gettext_lazy("Angebote"),
    "logo": gettext_lazy("Logo"),
}
KEYS = [*SCALAR_FIELDS, "district", "languages", "offers"]


class ProfileChangeConflict(Exception):
    """Staff changed, since the change was sent, fields that it changes too."""

    def __init__(self, fields):
        super().__init__(", ".join(fields))
        self.fields = fields


class ProfileChangeNotPending(Exception):
    """The change was already approved or rejected."""


def offer_snapshot(offer):
    return {
        "id": offer.pk,
        "title_de": offer.title_de or "",
        "schedule_de": offer.schedule_de or "",
        "category": offer.category,
        "languages": sorted(language.code for language in offer.languages.all()),
    }


def organisation_snapshot(organisation):
    """The organisation's current values in the shape of `ProfileChange.data`
    (plus the stored logo's name): what a change compares against."""
    organisation = (
        Organisation.objects.select_related("district").prefetch_related("languages", "offers__languages").get(pk=organisation.pk)
    )
    snapshot = {name: getattr(organisation, name) for name in SCALAR_FIELDS}
    for name in SCALAR_FIELDS:
        if snapshot[name] is None and name != "founded_year":
            snapshot[name] = ""
    snapshot["district"] = organisation.district.slug if organisation.district else ""
    snapshot["languages"] = sorted(language.code for language in organisation.languages.all())
    snapshot["offers"] = [offer_snapshot(offer) for offer in organisation.offers.all()]
    snapshot["logo"] = organisation.logo.name or ""
    return snapshot


def touched_keys(change):
    """The keys of `data` the change alters compared with its `base`."""
    keys = [key for key in KEYS if key in change.data and change.data[key] != change.base.get(key)]
    if change.data.get("logo") == "new" or (change.data.get("logo") == "remove" and change.base.get("logo")):
        keys.append("logo")
    return keys


def profile_change_conflicts(change, current=None):
    """The keys the change alters that staff changed too since it was sent."""
    current = current if current is not None else organisation_snapshot(change.organisation)
    return [key for key in touched_keys(change) if current.get(key) != change.base.get(key)]


def profile_change_submit(*, organisation, user, data, logo=None, language=""):
    """Store the editor's proposal as the organisation's pending change:
    a new one, or the pending one updated (there is at most one). `data` is
    the form's result (`ProfileForm.change_data`); `data["logo"]` is "keep",
    "new" (then `logo` is the checked, re-encoded WebP as a File) or "remove".
    "keep" keeps a logo already proposed in the pending change."""
    try:
        return _submit(organisation, user, data, logo, language)
    except IntegrityError:
        # Two first submissions at the same moment: the other one won, update it.
        return _submit(organisation, user, data, logo, language)


def _submit(organisation, user, data, logo, language):
    replaced_file = ""
    with transaction.atomic():
        change = ProfileChange.objects.select_for_update().filter(organisation=organisation, state=ProfileChange.State.PENDING).first()
        if change is None:
            change = ProfileChange(organisation=organisation, base=organisation_snapshot(organisation))
        data = {key: data[key] for key in [*KEYS, "logo"] if key in data}
        had_logo = change.data.get("logo") == "new" and bool(change.logo)
        if logo is not None:
            replaced_file = change.logo.name if change.logo else ""
            change.logo.save(f"{organisation.slug}.webp", logo, save=False)
            data["logo"] = "new"
        elif data.get("logo") == "keep" and had_logo:
            data["logo"] = "new"
        elif data.get("logo") != "new" or not had_logo:
            replaced_file = change.logo.name if change.logo else ""
            change.logo = ""
            if data.get("logo") == "new":
                data["logo"] = "keep"
        change.data = data
        change.submitted_by = user
        change.submitted_at = timezone.now()
        change.language = language or ""
        with reversion.create_revision():
            reversion.set_user(user)
            reversion.set_comment(_("Profiländerung gesendet von %(user)s") % {"user": user.get_username()})
            change.save()
        if replaced_file:
            storage = change.logo.storage
            transaction.on_commit(lambda: storage.delete(replaced_file))
    return change


def _apply(change, organisation, keys):
    data = change.data
    for name in SCALAR_FIELDS:
        if name in keys:
            setattr(organisation, name, data[name])
    if "district" in keys:
        organisation.district = District.objects.filter(slug=data["district"]).first() if data["district"] else None
    if "logo" in keys:
        if data["logo"] == "new":
            with change.logo.open("rb") as stored:
                organisation.logo = ContentFile(stored.read(), name=f"{organisation.slug}.webp")
        else:
            organisation.logo = ""
    organisation.save()
    if "languages" in keys:
        organisation.languages.set(Language.objects.filter(code__in=data["languages"]))
    if "offers" in keys:
        existing = {offer.pk: offer for offer in organisation.offers.all()}
        kept = set()
        languages = {language.code: language for language in Language.objects.all()}
        for position, item in enumerate(data["offers"]):
            # Only this organisation's offers can be changed: any other id is a new offer.
            offer = existing.get(item.get("id")) or Offer(organisation=organisation)
            offer.title_de = item["title_de"]
            offer.schedule_de = item.get("schedule_de", "")
            offer.category = item["category"]
            offer.position = position
            offer.save()
            offer.languages.set([languages[code] for code in item.get("languages", []) if code in languages])
            kept.add(offer.pk)
        for pk, offer in existing.items():
            if pk not in kept:
                offer.delete()


def profile_change_approve(*, change, reviewer, force=False):
    """Apply the pending change to the organisation, in one transaction and
    one revision (user: the reviewer; comment: who sent, who approved), mark
    it approved and mail the editor once committed. Raises
    `ProfileChangeConflict` when staff changed the same fields in the meantime
    (unless `force`), `ProfileChangeNotPending` when it was already decided."""
    with transaction.atomic():
        change = ProfileChange.objects.select_for_update(of=("self",)).select_related("submitted_by").get(pk=change.pk)
        if not change.is_pending:
            raise ProfileChangeNotPending
        organisation = Organisation.objects.select_for_update().get(pk=change.organisation_id)
        conflicts = profile_change_conflicts(change, organisation_snapshot(organisation))
        if conflicts and not force:
            raise ProfileChangeConflict(conflicts)
        submitter = change.submitted_by.get_username() if change.submitted_by else _("unbekannt")
        with reversion.create_revision():
            reversion.set_user(reviewer)
            reversion.set_comment(
                _("Profiländerung von %(submitter)s, freigegeben von %(reviewer)s")
                % {"submitter": submitter, "reviewer": reviewer.get_username()}
            )
            _apply(change, organisation, touched_keys(change))
            change.state = ProfileChange.State.APPROVED
            change.reviewed_by = reviewer
            change.reviewed_at = timezone.now()
            change.save()
        transaction.on_commit(lambda: profile_change_notify(change=change))
    return change


def profile_change_reject(*, change, reviewer, reason):
    """Mark the pending change rejected with `reason` (required) and mail the editor."""
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("A rejection needs a reason.")
    with transaction.atomic():
        change = ProfileChange.objects.select_for_update(of=("self",)).select_related("submitted_by", "organisation").get(pk=change.pk)
        if not change.is_pending:
            raise ProfileChangeNotPending
        change.state = ProfileChange.State.REJECTED
        change.reason = reason
        change.reviewed_by = reviewer
        change.reviewed_at = timezone.now()
        with reversion.create_revision():
            reversion.set_user(reviewer)
            reversion.set_comment(_("Profiländerung abgelehnt von %(reviewer)s") % {"reviewer": reviewer.get_username()})
            change.save()
        transaction.on_commit(lambda: profile_change_notify(change=change))
    return change


def _mail_text(change):
    organisation = change.organisation.name
    if change.state == ProfileChange.State.APPROVED:
        subject = _("Ihre Profiländerung für %(organisation)s ist freigegeben") % {"organisation": organisation}
        lines = [
            _("Das Integrationsbüro hat Ihre Änderung am Profil von %(organisation)s freigegeben. Sie ist jetzt öffentlich.")
            % {"organisation": organisation}
        ]
    else:
        subject = _("Ihre Profiländerung für %(organisation)s wurde abgelehnt") % {"organisation": organisation}
        lines = [
            _("Das Integrationsbüro hat Ihre Änderung am Profil von %(organisation)s nicht freigegeben.") % {"organisation": organisation},
            _("Begründung: %(reason)s") % {"reason": change.reason},
        ]
    lines.append(_("Mein Verein: %(path)s") % {"path": reverse("accounts:member-area")})
    return subject, "\n\n".join(lines)


def profile_change_notify(*, change):
    """Mail the editor who sent the change its outcome, in German and, when
    they used the portal in another language, in that language too."""
    user = change.submitted_by
    if user is None or not user.email:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        subject, body = _mail_text(change)
    languages = {code for code, _name in settings.LANGUAGES}
    if change.language and change.language != settings.LANGUAGE_CODE and change.language in languages:
        with translation.override(change.language):
            _subject, other = _mail_text(change)
        body = f"{body}\n\n-- \n\n{other}"
    mail = EmailMessage(subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[user.email])
    try:
        mail.send()
    except Exception:  # the decision is stored all the same
        logger.exception("Profile change %s decided, but the mail to the editor failed", change.pk)
        return False
    return True
