"""Remove uploaded files that nothing refers to any more.

Looks at every folder an upload field of an installed model stores into
(MEDIA_ROOT, PRIVATE_MEDIA_ROOT and the apps' own private storages) and
removes each file that is referenced neither by a row nor by a stored
version in the history (django-reversion): staff can restore an earlier
version, and that version must find its logo or document again. Files
younger than `--min-age-hours` (default 48) are left alone: an upload whose
row is not committed yet, or a logo held for a profile preview (removed by
`purge_held_logos` after two days). `--dry-run` only lists."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from offenbach_portal.core.orphaned_uploads import MIN_AGE_HOURS, orphaned_files


class Command(BaseCommand):
    help = "Entfernt hochgeladene Dateien, auf die weder ein Eintrag noch eine Version in der Historie verweist."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Nur auflisten, nichts löschen.")
        parser.add_argument(
            "--min-age-hours", type=float, default=MIN_AGE_HOURS, help=f"Jüngere Dateien bleiben (Standard: {MIN_AGE_HOURS:g})."
        )

    def handle(self, *args, dry_run, min_age_hours, **options):
        orphans = orphaned_files(now=timezone.now(), min_age_hours=min_age_hours)
        for path in orphans:
            self.stdout.write(str(path))
            if not dry_run:
                path.unlink(missing_ok=True)
        verb = "würden entfernt" if dry_run else "entfernt"
        self.stdout.write(f"{len(orphans)} verwaiste Dateien {verb}.")
