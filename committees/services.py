"""Writes that do more than save(): each in one transaction, with a revision
in the history that says what happened and who did it."""

import reversion
from django.db import transaction

from .models import Meeting


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
