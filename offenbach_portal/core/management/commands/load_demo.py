"""Load the demo content and the demo logins. Idempotent: a second run changes nothing.

Every installed app may have a `demo` module with a `load(stdout)` function;
they run in the order of INSTALLED_APPS (so orgs before committees). The site
search index is written once, at the end."""

from importlib import import_module

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import module_has_submodule

from offenbach_portal.core import search


def demo_modules():
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, "demo"):
            yield import_module(f"{config.name}.demo")


class Command(BaseCommand):
    help = "Lädt die Demo-Inhalte und legt die Demo-Zugänge an (mehrfach ausführbar, ändert beim zweiten Lauf nichts)."

    def handle(self, *args, **options):
        # The index is written once at the end, not once per save on the way
        # (data migrations and bulk loads save without signals anyway).
        with transaction.atomic(), search.indexing_suspended():
            for module in demo_modules():
                module.load(self.stdout)
        call_command("rebuild_search_index", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo-Inhalte sind geladen."))
