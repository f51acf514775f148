"""A `Tombstone` for every deleted row the OParl interface serves, so that a
client syncing with `modified_since` learns of the deletion (`deleted: true`).

django-reversion keeps the last version of a deleted row
(`Version.objects.get_deleted`), but not *when* it was deleted, and rows
deleted outside a revision have no version at all; the tombstone records the
moment of deletion."""

from django.db.models.signals import post_delete

from .sources import TRACKED_MODELS


def record_deletion(sender, instance, **kwargs):
    from committees.models import Tombstone

    created = getattr(instance, "created_at", None) or getattr(instance, "uploaded_at", None)
    Tombstone.objects.create(kind=sender._meta.label_lower, object_id=str(instance.pk), created_at=created)


def connect():
    for model in TRACKED_MODELS:
        post_delete.connect(record_deletion, sender=model, dispatch_uid=f"oparl-tombstone-{model._meta.label_lower}")
