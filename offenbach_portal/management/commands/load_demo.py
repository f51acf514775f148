"""Load the demo content and the demo logins. Idempotent: a second run changes nothing.

Each app may contribute a `demo.load(stdout)` function; they run in dependency
order (orgs before committees and programmes)."""

import importlib

from django.core.management.base import BaseCommand
from django.db import transaction

DEMO_MODULES = ["offenbach_portal.demo", "orgs.demo", "committees.demo", "programmes.demo", "news.demo"]


class Command(BaseCommand):
    help = "Lädt die Demo-Inhalte und legt die Demo-Zugänge an (mehrfach ausführbar, ändert beim zweiten Lauf nichts)."

    def handle(self, *args, **options):
        with transaction.atomic():
            for name in DEMO_MODULES:
                try:
                    module = importlib.import_module(name)
                except ModuleNotFoundError as exc:
                    if exc.name != name:
                        raise
                    continue
                module.load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo-Inhalte sind geladen."))
