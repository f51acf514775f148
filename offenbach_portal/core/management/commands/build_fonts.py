"""Cut the design system's Fira Sans into the small web fonts the portal serves.

KERN UX ships every Fira Sans face whole (about 130 KB each, all scripts).
The portal uses three weights and two scripts, so `make assets` builds one
WOFF2 file per weight and subset, plus a stylesheet whose `unicode-range`
lets the browser fetch only the subsets a page's text needs and whose
`font-display: swap` shows the text at once in the fallback font."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from offenbach_portal.core import webfonts


class Command(BaseCommand):
    help = "Baut die Fira-Sans-Teilschriften (WOFF2) und ihr Stylesheet aus dem KERN-UX-Paket."

    def add_arguments(self, parser):
        parser.add_argument("--source", type=Path, default=webfonts.SOURCE_DIR, help="Ordner mit den Fira-Sans-WOFF2-Dateien von KERN UX")
        parser.add_argument("--output", type=Path, default=settings.WEBFONTS_DIR, help="Zielordner (wird von collectstatic eingesammelt)")

    def handle(self, *args, source, output, **options):
        missing = [name for name in webfonts.source_files() if not (source / name).is_file()]
        if missing:
            raise CommandError(f"Fira Sans fehlt in {source}: {', '.join(missing)}. Erst `npm ci` ausführen.")
        written = webfonts.build(source=source, output=output)
        total = sum(path.stat().st_size for path in written)
        self.stdout.write(f"{len(written)} Schriftdateien in {output} ({total // 1024} KB zusammen)")
