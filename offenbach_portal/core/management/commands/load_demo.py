"""Load the demo content and the demo logins. Idempotent: a second run changes nothing.

Every installed app may have a `demo` module with a `load(stdout)` function;
they run in the order of INSTALLED_APPS (so orgs before committees). The site
search index is rebuilt at the end."""

from importlib import import_module

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import module_has_submodule


def demo_modules():
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, "demo"):
            yield import_module(f"{config.name}.demo")


class Command(BaseCommand):
    help = "Lädt die Demo-Inhalte und legt die Demo-Zugänge an (mehrfach ausführbar, ändert beim zweiten Lauf nichts)."

    def handle(self, *args, **options):
        with transaction.atomic():
            for module in demo_modules():
                module.load(self.stdout)
        # The demo saves with signals, but data migrations and bulk loads do not: index everything once.
        call_command("rebuild_search_index", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo-Inhalte sind geladen."))
