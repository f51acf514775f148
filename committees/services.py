"""Writes that do more than save(): each in one transaction, with a revision
in the history that says what happened and who did it."""

import reversion
from django.db import transaction

from .models import Meeting, Membership


@transaction.atomic
def meeting_cancel(*, meeting, user=None):
    """Mark a meeting as cancelled. Its calendar entry keeps its UID and turns
    into STATUS:CANCELLED, so subscribed calendars strike it through."""
    if meeting.status == Meeting.Status.CANCELLED:
        return meeting
    with reversion.create_revision():
        meeting.status = Meeting.Status.CANCELLED
        meeting.save(update_fields=["status", "updated_at"])
        reversion.set_user(user)
        reversion.set_comment("Sitzung abgesagt")
    return meeting


@transaction.atomic
def membership_end(*, membership, year, user=None):
    """End a membership in `year`. The record stays: former members are part of the history."""
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.until is not None:
        return membership
    with reversion.create_revision():
        membership.until = year
        membership.full_clean()
        membership.save(update_fields=["until"])
        reversion.set_user(user)
        reversion.set_comment(f"Mitgliedschaft zum Jahr {year} beendet")
    return membership
