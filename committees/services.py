"""Writes that do more than save(): each in one transaction, with a revision
in the history that says what happened and who did it."""

import logging

import reversion
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape, linebreaks
from django.utils.translation import gettext

from .models import AgendaItem, AttendanceRegistration, Meeting, TopicProposal, today_in_berlin

logger = logging.getLogger(__name__)


@transaction.atomic
def meeting_cancel(*, meeting, user=None):
    """Mark a meeting as cancelled. Its calendar entry keeps its UID and turns
    into STATUS:CANCELLED, so subscribed calendars strike it through."""
    if meeting.state == Meeting.State.CANCELLED:
        return meeting
    with reversion.create_revision():
        meeting.state = Meeting.State.CANCELLED
        meeting.save(update_fields=["state", "updated_at"])
        reversion.set_user(user)
        reversion.set_comment("Sitzung abgesagt")
    return meeting


# Taking part from the member area. The views check the permissions
# (committees.register_attendance, committees.represent_organisation,
# committees.propose_topic); the services write and keep the history.


@transaction.atomic
def attendance_register(*, meeting, organisation, attendees, note="", user):
    """Say (or change) who of `organisation` will attend `meeting`: one
    registration per meeting and organisation."""
    with reversion.create_revision():
        registration, created = AttendanceRegistration.objects.update_or_create(
            meeting=meeting,
            organisation=organisation,
            defaults={"attendees": attendees, "note": note, "registered_by": user},
        )
        reversion.set_user(user)
        reversion.set_comment("Teilnahme angemeldet" if created else "Teilnahme geändert")
    return registration


@transaction.atomic
def attendance_cancel(*, meeting, organisation, user):
    """Withdraw the registration; its history keeps it (recoverable in the admin)."""
    registration = AttendanceRegistration.objects.filter(meeting=meeting, organisation=organisation).first()
    if registration is None:
        return False
    with reversion.create_revision():
        # A last version, so that the deleted registration can be recovered.
        reversion.add_to_revision(registration)
        reversion.set_user(user)
        reversion.set_comment("Teilnahme abgemeldet")
    registration.delete()
    return True


def attendance_prefill(meeting):
    """The organisations registered for a meeting that has taken place and has
    no attendance record yet (the admin's initial selection), else None."""
    if meeting.pk is None or meeting.date > today_in_berlin() or meeting.is_cancelled or meeting.attendees.exists():
        return None
    registered = list(meeting.attendance_registrations.values_list("organisation_id", flat=True))
    return registered or None


@transaction.atomic
def topic_propose(*, organisation, title, description="", user):
    """Store a proposal for the next meeting (published, upcoming, not cancelled) if there is one."""
    from .selectors import next_meeting

    with reversion.create_revision():
        proposal = TopicProposal(organisation=organisation, proposed_by=user, title=title, description=description, meeting=next_meeting())
        proposal.full_clean()
        proposal.save()
        reversion.set_user(user)
        reversion.set_comment("Thema vorgeschlagen")
    return proposal


class ProposalNotOpen(Exception):
    """The proposal was accepted or declined already."""


class NoMeetingForProposal(Exception):
    """Neither the proposal nor the calendar names a meeting to put it on."""


def next_meeting_for_proposals():
    """The next upcoming meeting of the Kompetenzteam that is not cancelled, published or not (for staff)."""
    return Meeting.objects.of_portal_committee().upcoming(today_in_berlin()).exclude(state=Meeting.State.CANCELLED).first()


def _description_html(text):
    """Plain text from the member area as the agenda item's rich text: paragraphs, escaped."""
    return linebreaks(escape(text)) if text.strip() else ""


@transaction.atomic
def topic_proposal_accept(*, proposal, user, meeting=None):
    """Turn the proposal into an agenda item at the end of the meeting's agenda
    (the proposal's meeting, else the next one) and mark it accepted: all or nothing."""
    proposal = TopicProposal.objects.select_for_update().select_related("organisation").get(pk=proposal.pk)
    if not proposal.is_open:
        raise ProposalNotOpen
    meeting = meeting or proposal.meeting or next_meeting_for_proposals()
    if meeting is None:
        raise NoMeetingForProposal
    with reversion.create_revision():
        highest = meeting.agenda_items.aggregate(highest=Max("order"))["highest"] or 0
        item = AgendaItem(
            meeting=meeting, order=highest + 1, title_de=proposal.title, description_de=_description_html(proposal.description)
        )
        item.full_clean()
        item.save()
        proposal.agenda_item = item
        proposal.meeting = meeting
        proposal.state = TopicProposal.State.ACCEPTED
        proposal.decided_at = timezone.now()
        proposal.full_clean()
        proposal.save()
        reversion.set_user(user)
        reversion.set_comment(f"Themenvorschlag als Tagesordnungspunkt übernommen ({meeting.ordinal})")
    transaction.on_commit(lambda: topic_proposal_notify(proposal=proposal))
    return proposal


@transaction.atomic
def topic_proposal_decline(*, proposal, note, user):
    proposal = TopicProposal.objects.select_for_update().get(pk=proposal.pk)
    if not proposal.is_open:
        raise ProposalNotOpen
    with reversion.create_revision():
        proposal.state = TopicProposal.State.DECLINED
        proposal.staff_note = note
        proposal.decided_at = timezone.now()
        proposal.save()
        reversion.set_user(user)
        reversion.set_comment("Themenvorschlag abgelehnt")
    transaction.on_commit(lambda: topic_proposal_notify(proposal=proposal))
    return proposal


def topic_proposal_notify(*, proposal):
    """Mail the decision to the proposer. A failed mail is logged; the decision stays."""
    user = proposal.proposed_by
    if user is None or not user.email:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        context = {"title": proposal.title, "organisation": proposal.organisation.name}
        if proposal.state == TopicProposal.State.ACCEPTED:
            subject = gettext("Ihr Themenvorschlag wurde übernommen: %(title)s") % context
            lines = [
                gettext("Ihr Vorschlag „%(title)s“ (%(organisation)s) steht auf der Tagesordnung:") % context,
                str(proposal.meeting),
            ]
        else:
            subject = gettext("Ihr Themenvorschlag wurde nicht übernommen: %(title)s") % context
            lines = [gettext("Ihr Vorschlag „%(title)s“ (%(organisation)s) wurde nicht übernommen.") % context]
        if proposal.staff_note:
            lines += ["", gettext("Hinweis des Integrationsbüros:"), proposal.staff_note]
        lines += ["", gettext("Ihre Vorschläge sehen Sie im Mitgliederbereich: %(path)s") % {"path": reverse("accounts:member-area")}]
    mail = EmailMessage(subject=subject, body="\n".join(lines), from_email=settings.DEFAULT_FROM_EMAIL, to=[user.email])
    try:
        mail.send()
    except Exception:  # the decision is stored all the same
        logger.exception("Topic proposal %s decided, but the mail to the proposer failed", proposal.pk)
        return False
    return True
