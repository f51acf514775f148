"""Write the site search index anew from everything the apps register."""

from django.core.management.base import BaseCommand
from django.db import transaction

from offenbach_portal.core import search

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Baut den Suchindex neu auf (alle Inhalte, die die Apps für die Suche anmelden), mit Fortschrittsanzeige."

    def handle(self, *args, **options):
        interactive = getattr(self.stdout, "isatty", lambda: False)()
        state = {"shown": -1}

        def progress(done, total, kind):
            percent = done * 100 // total if total else 100
            if not interactive and percent < 100 and percent // 10 == state["shown"] // 10:
                return  # a plain log gets one line per tenth
            if percent == state["shown"] and done != total:
                return
            state["shown"] = percent
            filled = BAR_WIDTH * percent // 100
            line = f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {percent:3d} % {done}/{total} {kind:<12}"
            self.stdout.write(("\r" + line) if interactive else line, ending="" if interactive else "\n")
            self.stdout.flush()

        with transaction.atomic():
            done = search.rebuild(progress)
        if interactive:
            self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Suchindex neu aufgebaut: {done} Objekte."))
