"""`make restore ARCHIVE=…`: database and uploaded files back from one archive."""

from django.core.management.base import BaseCommand, CommandError

from offenbach_portal.core.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Stellt Datenbank und Dateien aus einem Archiv von `manage.py backup` wieder her: in die Datenbank "
        "von DATABASE_URL (oder --database-url), am besten eine neue, leere, und in MEDIA_ROOT/PRIVATE_MEDIA_ROOT."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--database-url", help="Ziel-Datenbank (Vorgabe: DATABASE_URL der Einstellungen)")
        parser.add_argument("--media-root", help="Ziel für die öffentlichen Dateien (Vorgabe: MEDIA_ROOT)")
        parser.add_argument("--private-media-root", help="Ziel für die geschützten Dateien (Vorgabe: PRIVATE_MEDIA_ROOT)")

    def handle(self, *args, archive, database_url=None, media_root=None, private_media_root=None, **options):
        try:
            manifest = restore(archive, database_url=database_url, media_root=media_root, private_media_root=private_media_root)
        except (BackupError, FileNotFoundError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Wiederhergestellt: {archive} (Sicherung vom {manifest['created']}, {len(manifest['row_counts'])} Tabellen)")
