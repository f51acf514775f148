"""Remove logos that editors uploaded for a preview but never sent: they are
held in private storage while the preview is open (two days at most, the
payload's lifetime). Run it daily (cron or a systemd timer), with
`purge_contact_messages`."""

from django.core.management.base import BaseCommand

from orgs.held_logos import HELD_MAX_AGE, purge_held_logos


class Command(BaseCommand):
    help = "Löscht Logos aus Vorschauen, die nie zur Prüfung gesendet wurden (älter als zwei Tage)."

    def handle(self, *args, **options):
        removed = purge_held_logos(HELD_MAX_AGE)
        self.stdout.write(f"{removed} vorgehaltene Logos gelöscht.")
