"""Remove logos that editors uploaded for a preview but never sent: they are
held in private storage while the preview is open (two days at most, the
payload's lifetime). `manage.py daily_maintenance` runs this with the other
retention tasks; this command runs it alone."""

from django.core.management.base import BaseCommand

from orgs.held_logos import HELD_MAX_AGE, purge_held_logos


class Command(BaseCommand):
    help = "Löscht Logos aus Vorschauen, die nie zur Prüfung gesendet wurden (älter als zwei Tage)."

    def handle(self, *args, **options):
        removed = purge_held_logos(HELD_MAX_AGE)
        self.stdout.write(f"{removed} vorgehaltene Logos gelöscht.")
