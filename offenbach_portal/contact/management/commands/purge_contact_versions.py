"""Remove stored versions of contact messages that no longer exist: history
left behind by deletions made before a deleted message took its versions
with it. `daily_maintenance` does this too; run it once after an update."""

from django.core.management.base import BaseCommand

from offenbach_portal.contact.retention import purge_orphaned_versions


class Command(BaseCommand):
    help = "Entfernt gespeicherte Versionen gelöschter Nachrichten."

    def handle(self, *args, **options):
        self.stdout.write(f"{purge_orphaned_versions()} verwaiste Versionen entfernt.")
