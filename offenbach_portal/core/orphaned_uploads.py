"""Uploaded files that nothing refers to any more (`manage.py purge_orphaned_uploads`,
and a task of `manage.py daily_maintenance`).

Looks at every folder an upload field of an installed model stores into
(MEDIA_ROOT, PRIVATE_MEDIA_ROOT and the apps' own private storages) and
finds each file that is referenced neither by a row nor by a stored version
in the history (django-reversion): staff can restore an earlier version, and
that version must find its logo or document again. Files younger than
`min_age_hours` (default 48) are left alone: an upload whose row is not
committed yet, or a logo held for a profile preview (removed by
`purge_held_logos` after two days).

Only storages on this host's (or a shared) file system are looked at: in
object storage (MEDIA_S3_BUCKET) a storage's `location` is a key prefix, not
a folder, and the files there are left to the bucket's own rules
(docs/operations.md)."""

import json
from pathlib import Path

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import FileSystemStorage
from django.db import models
from reversion.models import Version

MIN_AGE_HOURS = 48


def file_fields():
    """(model, field) of every FileField (ImageField included) of the installed
    models whose storage is a folder of the file system."""
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.FileField) and isinstance(field.storage, FileSystemStorage):
                yield model, field


def referenced_files():
    """Absolute paths of every file a row or a stored version names."""
    referenced = set()
    by_model = {}
    for model, field in file_fields():
        root = Path(field.storage.location)
        by_model.setdefault(model, []).append((field, root))
        for name in model._default_manager.exclude(**{field.attname: ""}).values_list(field.attname, flat=True).iterator():
            if name:
                referenced.add((root / name).resolve())
    for model, fields in by_model.items():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        for data, format_ in Version.objects.filter(content_type=content_type).values_list("serialized_data", "format").iterator():
            if format_ != "json":
                continue
            try:
                stored = json.loads(data)[0]["fields"]
            except (ValueError, LookupError, TypeError):
                continue
            for field, root in fields:
                name = stored.get(field.attname)
                if isinstance(name, str) and name:
                    referenced.add((root / name).resolve())
    return referenced


def upload_roots():
    return sorted({Path(field.storage.location).resolve() for _model, field in file_fields()})


def orphaned_files(*, now, min_age_hours=MIN_AGE_HOURS):
    """The files no row and no version names, older than `min_age_hours` at `now`."""
    referenced = referenced_files()
    cutoff = now.timestamp() - min_age_hours * 3600
    found = set()  # one storage's folder may lie inside another's
    for root in upload_roots():
        if root.is_dir():
            found.update(path.resolve() for path in root.rglob("*") if path.is_file())
    return sorted(path for path in found if path not in referenced and path.stat().st_mtime < cutoff)


def purge_orphaned_uploads(*, now):
    """The daily task: remove what `orphaned_files` finds."""
    orphans = orphaned_files(now=now)
    for path in orphans:
        path.unlink(missing_ok=True)
    return f"{len(orphans)} verwaiste Dateien entfernt."
