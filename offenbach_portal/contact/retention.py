"""How long contact messages are kept, as the privacy notice says.

- A message that is deleted – one by one or in bulk in the back office, or by
  the retention task – takes its stored versions (django-reversion) with it:
  `delete_versions` runs on every `post_delete`, so no deletion path can
  leave the sender's data in the history.
- `purge_expired_messages` deletes answered messages
  `CONTACT_ANSWERED_RETENTION_DAYS` after they were answered and unanswered
  ones `CONTACT_UNANSWERED_RETENTION_DAYS` after they arrived; the daily job
  (`manage.py daily_maintenance`) runs it.
- `purge_orphaned_versions` removes versions whose message no longer exists
  (left by deletions before this rule), and revisions left empty."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from reversion.models import Revision, Version

from .models import ContactMessage


def _versions():
    return Version.objects.get_for_model(ContactMessage)


def _delete_empty_revisions(revision_ids):
    return Revision.objects.filter(pk__in=revision_ids, version__isnull=True).delete()[0]


def delete_versions(sender, instance, **kwargs):
    """`post_delete` receiver: the deleted message's versions go too."""
    versions = _versions().filter(object_id=str(instance.pk))
    revision_ids = list(versions.values_list("revision_id", flat=True))
    versions.delete()
    _delete_empty_revisions(revision_ids)


def expired_messages(*, now):
    answered_cutoff = now - timedelta(days=settings.CONTACT_ANSWERED_RETENTION_DAYS)
    unanswered_cutoff = now - timedelta(days=settings.CONTACT_UNANSWERED_RETENTION_DAYS)
    return ContactMessage.objects.filter(
        Q(status=ContactMessage.Status.ANSWERED, answered_at__lt=answered_cutoff)
        | Q(~Q(status=ContactMessage.Status.ANSWERED), created_at__lt=unanswered_cutoff)
    )


@transaction.atomic
def purge_expired_messages(*, now):
    """Delete what is due at `now` (their versions go with them); returns a log line."""
    deleted = expired_messages(now=now).delete()[0]
    orphaned = purge_orphaned_versions()
    return f"{deleted} Nachrichten gelöscht, {orphaned} verwaiste Versionen entfernt."


@transaction.atomic
def purge_orphaned_versions():
    """Delete versions of messages that no longer exist; returns how many."""
    existing = {str(pk) for pk in ContactMessage.objects.values_list("pk", flat=True)}
    orphaned = [pk for pk, object_id in _versions().values_list("pk", "object_id") if object_id not in existing]
    revision_ids = list(Version.objects.filter(pk__in=orphaned).values_list("revision_id", flat=True))
    deleted = Version.objects.filter(pk__in=orphaned).delete()[0]
    _delete_empty_revisions(revision_ids)
    return deleted
