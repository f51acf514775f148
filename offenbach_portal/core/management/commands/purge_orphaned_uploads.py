"""Remove uploaded files that nothing refers to any more.

Looks at every folder an upload field of an installed model stores into
(MEDIA_ROOT, PRIVATE_MEDIA_ROOT and the apps' own private storages) and
removes each file that is referenced neither by a row nor by a stored
version in the history (django-reversion): staff can restore an earlier
version, and that version must find its logo or document again. Files
younger than `--min-age-hours` (default 48) are left alone: an upload whose
row is not committed yet, or a logo held for a profile preview (removed by
`purge_held_logos` after two days). `--dry-run` only lists."""

import json
import time
from pathlib import Path

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import models
from reversion.models import Version


def file_fields():
    """(model, field) of every FileField (ImageField included) of the installed models."""
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.FileField):
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


class Command(BaseCommand):
    help = "Entfernt hochgeladene Dateien, auf die weder ein Eintrag noch eine Version in der Historie verweist."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Nur auflisten, nichts löschen.")
        parser.add_argument("--min-age-hours", type=float, default=48, help="Jüngere Dateien bleiben (Standard: 48).")

    def handle(self, *args, dry_run, min_age_hours, **options):
        referenced = referenced_files()
        cutoff = time.time() - min_age_hours * 3600
        found = set()  # one storage's folder may lie inside another's
        for root in upload_roots():
            if root.is_dir():
                found.update(path.resolve() for path in root.rglob("*") if path.is_file())
        orphans = sorted(path for path in found if path not in referenced and path.stat().st_mtime < cutoff)
        for path in orphans:
            self.stdout.write(str(path))
            if not dry_run:
                path.unlink()
        verb = "würden entfernt" if dry_run else "entfernt"
        self.stdout.write(f"{len(orphans)} verwaiste Dateien {verb}.")
