"""`make backup`: the database and the uploaded files in one archive."""

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from offenbach_portal.core.backup import BackupError, backup


class Command(BaseCommand):
    help = "Sichert Datenbank, MEDIA_ROOT und PRIVATE_MEDIA_ROOT zusammen in ein Archiv (.tar.gz)."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="Datei des Archivs (Vorgabe: <--output-dir>/portal-<Zeitpunkt>.tar.gz)")
        parser.add_argument("--output-dir", default=".backups", help="Ordner für das Archiv (Vorgabe: .backups)")

    def handle(self, *args, output=None, output_dir=".backups", **options):
        if not output:
            stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
            output = Path(output_dir) / f"portal-{stamp}.tar.gz"
        try:
            manifest = backup(output)
        except BackupError as error:
            raise CommandError(str(error)) from None
        rows = sum(manifest["row_counts"].values())
        self.stdout.write(f"Sicherung geschrieben: {output} ({manifest['vendor']}, {len(manifest['row_counts'])} Tabellen, {rows} Zeilen)")
