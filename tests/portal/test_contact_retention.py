"""Contact messages are kept no longer than the privacy notice says, and a
deleted message leaves no version of itself in the history, whichever way it
was deleted. The clock is frozen (time-machine) so that the deadlines are
exact."""

from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
import reversion
import time_machine
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import CommandError, call_command
from reversion.models import Revision, Version

from offenbach_portal.contact.models import ContactMessage
from offenbach_portal.core import maintenance
from tests.factories import ContactMessageFactory

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 12, 6, 4, 0, tzinfo=UTC)


def message(status=ContactMessage.Status.OPEN, *, created_days_ago=0, answered_days_ago=None):
    with reversion.create_revision():
        msg = ContactMessageFactory(message="Bitte um Rückruf", email="a@example.org", status=status)
    ContactMessage.objects.filter(pk=msg.pk).update(
        created_at=NOW - timedelta(days=created_days_ago),
        answered_at=None if answered_days_ago is None else NOW - timedelta(days=answered_days_ago),
    )
    return msg


def versions_of(msg):
    return Version.objects.get_for_object_reference(ContactMessage, msg.pk).count()


def test_answering_stamps_and_reopening_clears_the_date():
    msg = message()
    assert msg.answered_at is None
    msg.status = ContactMessage.Status.ANSWERED
    msg.save(update_fields=["status"])
    msg.refresh_from_db()
    assert msg.answered_at is not None
    msg.status = ContactMessage.Status.OPEN
    msg.save()
    msg.refresh_from_db()
    assert msg.answered_at is None


def test_deleting_one_message_in_the_admin_deletes_its_versions(admin_client):
    gone, kept = message(), message()
    response = admin_client.post(f"/admin/contact/contactmessage/{gone.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert list(ContactMessage.objects.values_list("pk", flat=True)) == [kept.pk]
    assert versions_of(gone) == 0
    assert versions_of(kept) == 1
    assert Revision.objects.count() == 1


def test_the_bulk_delete_action_deletes_the_versions(admin_client):
    first, second, kept = message(), message(), message()
    response = admin_client.post(
        "/admin/contact/contactmessage/",
        {"action": "delete_selected", "_selected_action": [first.pk, second.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert list(ContactMessage.objects.values_list("pk", flat=True)) == [kept.pk]
    assert (versions_of(first), versions_of(second), versions_of(kept)) == (0, 0, 1)


def test_deleted_messages_do_not_appear_under_recover_deleted(admin_client):
    msg = message()
    msg.delete()
    html = admin_client.get("/admin/contact/contactmessage/recover/").content.decode()
    assert "Bitte um Rückruf" not in html
    assert Version.objects.get_deleted(ContactMessage).count() == 0


@time_machine.travel(NOW, tick=False)
def test_purge_deletes_what_is_due_and_nothing_else(settings):
    settings.CONTACT_ANSWERED_RETENTION_DAYS = 183
    settings.CONTACT_UNANSWERED_RETENTION_DAYS = 365
    answered_long_ago = message(ContactMessage.Status.ANSWERED, created_days_ago=300, answered_days_ago=184)
    answered_on_the_day = message(ContactMessage.Status.ANSWERED, created_days_ago=300, answered_days_ago=183)
    unanswered_too_long = message(created_days_ago=366)
    unanswered_on_the_day = message(created_days_ago=365)
    old_but_recently_answered = message(ContactMessage.Status.ANSWERED, created_days_ago=400, answered_days_ago=10)

    out = StringIO()
    call_command("purge_contact_messages", stdout=out)

    kept = {answered_on_the_day.pk, unanswered_on_the_day.pk, old_but_recently_answered.pk}
    assert set(ContactMessage.objects.values_list("pk", flat=True)) == kept
    assert (versions_of(answered_long_ago), versions_of(unanswered_too_long)) == (0, 0)
    assert [versions_of(msg) for msg in (answered_on_the_day, unanswered_on_the_day, old_but_recently_answered)] == [1, 1, 1]
    assert out.getvalue().strip() == "2 Nachrichten gelöscht, 0 verwaiste Versionen entfernt."


@time_machine.travel(NOW, tick=False)
def test_the_unanswered_period_is_a_setting(settings):
    settings.CONTACT_UNANSWERED_RETENTION_DAYS = 30
    due, young = message(created_days_ago=31), message(created_days_ago=29)
    call_command("purge_contact_messages", stdout=StringIO())
    assert list(ContactMessage.objects.values_list("pk", flat=True)) == [young.pk]
    assert versions_of(due) == 0


@time_machine.travel(NOW, tick=False)
def test_purge_dry_run_deletes_nothing():
    message(ContactMessage.Status.ANSWERED, answered_days_ago=200)
    out = StringIO()
    call_command("purge_contact_messages", "--dry-run", stdout=out)
    assert out.getvalue().strip() == "1 Nachrichten würden gelöscht."
    assert ContactMessage.objects.count() == 1


def test_orphaned_versions_are_removed_and_nothing_else():
    orphan, kept = message(), message()
    # A deletion from before the rule: the row goes, its versions stay behind.
    ContactMessage.objects.filter(pk=orphan.pk)._raw_delete(ContactMessage.objects.db)
    assert versions_of(orphan) == 1

    out = StringIO()
    call_command("purge_contact_versions", stdout=out)

    assert out.getvalue().strip() == "1 verwaiste Versionen entfernt."
    assert (versions_of(orphan), versions_of(kept)) == (0, 1)
    assert Revision.objects.count() == 1


def test_the_daily_job_runs_every_registered_task():
    out = StringIO()
    call_command("daily_maintenance", "--list", stdout=out)
    assert out.getvalue().split() == ["contact-messages", "held-logos", "sessions", "orphaned-uploads"]


@time_machine.travel(NOW, tick=False)
def test_the_daily_job_removes_what_is_due_and_nothing_else():
    expired_message = message(created_days_ago=400)
    kept_message = message(created_days_ago=10)
    expired_session, live_session = SessionStore(), SessionStore()
    expired_session.create()
    live_session.create()
    Session.objects.filter(session_key=expired_session.session_key).update(expire_date=NOW - timedelta(seconds=1))
    Session.objects.filter(session_key=live_session.session_key).update(expire_date=NOW + timedelta(hours=1))

    out = StringIO()
    call_command("daily_maintenance", stdout=out)

    assert out.getvalue().splitlines() == [
        "contact-messages: 1 Nachrichten gelöscht, 0 verwaiste Versionen entfernt.",
        "held-logos: 0 vorgehaltene Logos gelöscht.",
        "sessions: 1 abgelaufene Sitzungen gelöscht.",
        "orphaned-uploads: 0 verwaiste Dateien entfernt.",
    ]
    assert list(ContactMessage.objects.values_list("pk", flat=True)) == [kept_message.pk]
    assert versions_of(expired_message) == 0
    assert list(Session.objects.values_list("session_key", flat=True)) == [live_session.session_key]


def test_a_failing_task_does_not_stop_the_others():
    def broken(*, now):
        raise RuntimeError("kaputt")

    ran = []
    maintenance.register("zz-broken", broken, order=1)
    maintenance.register("zz-after", lambda *, now: ran.append(now) or "ok", order=2)
    try:
        with pytest.raises(CommandError, match="Fehlgeschlagen: zz-broken"):
            call_command("daily_maintenance", stdout=StringIO())
    finally:
        maintenance.unregister("zz-broken")
        maintenance.unregister("zz-after")
    assert len(ran) == 1
