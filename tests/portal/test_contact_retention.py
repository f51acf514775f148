from datetime import timedelta
from io import StringIO

import pytest
import reversion
from django.core.management import call_command
from django.utils import timezone
from reversion.models import Version

from offenbach_portal.contact.models import ContactMessage
from tests.factories import ContactMessageFactory

pytestmark = pytest.mark.django_db


def message(status, answered_days_ago=None):
    with reversion.create_revision():
        msg = ContactMessageFactory(message="Bitte um Rückruf", email="a@example.org", status=status)
    if answered_days_ago is not None:
        ContactMessage.objects.filter(pk=msg.pk).update(answered_at=timezone.now() - timedelta(days=answered_days_ago))
    return msg


def test_answering_stamps_and_reopening_clears_the_date():
    msg = message(ContactMessage.Status.OPEN)
    assert msg.answered_at is None
    msg.status = ContactMessage.Status.ANSWERED
    msg.save(update_fields=["status"])
    msg.refresh_from_db()
    assert msg.answered_at is not None
    msg.status = ContactMessage.Status.OPEN
    msg.save()
    msg.refresh_from_db()
    assert msg.answered_at is None


def test_purge_deletes_only_messages_answered_over_six_months_ago_with_their_history():
    old = message(ContactMessage.Status.ANSWERED, answered_days_ago=200)
    recent = message(ContactMessage.Status.ANSWERED, answered_days_ago=30)
    still_open = message(ContactMessage.Status.OPEN)
    ContactMessage.objects.filter(pk=still_open.pk).update(created_at=timezone.now() - timedelta(days=400))

    out = StringIO()
    call_command("purge_contact_messages", stdout=out)

    assert set(ContactMessage.objects.values_list("pk", flat=True)) == {recent.pk, still_open.pk}
    assert Version.objects.get_for_object_reference(ContactMessage, old.pk).count() == 0
    assert Version.objects.get_for_object_reference(ContactMessage, recent.pk).count() == 1
    assert out.getvalue().strip() == "1 Nachrichten und 1 Versionen gelöscht."


def test_purge_dry_run_deletes_nothing():
    message(ContactMessage.Status.ANSWERED, answered_days_ago=200)
    call_command("purge_contact_messages", "--dry-run", stdout=StringIO())
    assert ContactMessage.objects.count() == 1
