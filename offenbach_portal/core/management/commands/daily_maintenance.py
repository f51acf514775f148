"""The one daily job: runs every retention task the apps registered in
`offenbach_portal.core.maintenance` (contact messages and their history,
expired sessions, held preview logos, …). Run it once a day from cron or a
systemd timer: `manage.py daily_maintenance`."""

import logging

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from offenbach_portal.core import maintenance

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Führt alle täglichen Aufbewahrungs- und Löschaufgaben aus (Nachrichten, Sitzungen, vorgehaltene Logos …)."

    def add_arguments(self, parser):
        parser.add_argument("--list", action="store_true", help="Nur die registrierten Aufgaben nennen, nichts löschen.")

    def handle(self, *args, list=False, **options):
        if list:
            for task in maintenance.tasks():
                self.stdout.write(task.key)
            return
        now = timezone.now()
        failed = []
        for task in maintenance.tasks():
            try:
                result = task.func(now=now)
            except Exception:
                logger.exception("Aufgabe %s der täglichen Wartung ist fehlgeschlagen.", task.key)
                failed.append(task.key)
                continue
            self.stdout.write(f"{task.key}: {result}")
        if failed:
            raise CommandError(f"Fehlgeschlagen: {', '.join(failed)}")
