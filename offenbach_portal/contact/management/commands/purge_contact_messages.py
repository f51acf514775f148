"""Delete contact messages whose retention period is over, together with
their stored versions (see `offenbach_portal.contact.retention`): answered
ones `CONTACT_ANSWERED_RETENTION_DAYS` after they were answered, unanswered
ones `CONTACT_UNANSWERED_RETENTION_DAYS` after they arrived. The daily job
`manage.py daily_maintenance` runs this with the other retention tasks;
this command runs it alone."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from offenbach_portal.contact.retention import expired_messages, purge_expired_messages


class Command(BaseCommand):
    help = "Löscht Nachrichten nach Ablauf ihrer Aufbewahrungsfrist, samt ihrer gespeicherten Versionen."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Nur zählen, nichts löschen.")

    def handle(self, *args, dry_run, **options):
        now = timezone.now()
        if dry_run:
            self.stdout.write(f"{expired_messages(now=now).count()} Nachrichten würden gelöscht.")
            return
        self.stdout.write(purge_expired_messages(now=now))
