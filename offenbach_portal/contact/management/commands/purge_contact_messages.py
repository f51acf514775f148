"""Delete contact messages six months after they were dealt with, as the
privacy notice promises, together with their stored versions (the history
would otherwise keep the personal data). Run it daily (cron or a systemd timer)."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from reversion.models import Version

from offenbach_portal.contact.models import ContactMessage

RETENTION_DAYS = 183


class Command(BaseCommand):
    help = "Löscht beantwortete Nachrichten sechs Monate nach ihrer Erledigung, samt ihrer gespeicherten Versionen."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=RETENTION_DAYS, help="Aufbewahrung nach Erledigung in Tagen (Standard: 183).")
        parser.add_argument("--dry-run", action="store_true", help="Nur zählen, nichts löschen.")

    def handle(self, *args, days, dry_run, **options):
        cutoff = timezone.now() - timedelta(days=days)
        expired = ContactMessage.objects.filter(status=ContactMessage.Status.ANSWERED, answered_at__lt=cutoff)
        ids = [str(pk) for pk in expired.values_list("pk", flat=True)]
        if dry_run:
            self.stdout.write(f"{len(ids)} Nachrichten würden gelöscht.")
            return
        with transaction.atomic():
            versions = Version.objects.get_for_model(ContactMessage).filter(object_id__in=ids)
            deleted_versions = versions.delete()[0]
            deleted = expired.delete()[0]
        self.stdout.write(f"{deleted} Nachrichten und {deleted_versions} Versionen gelöscht.")
