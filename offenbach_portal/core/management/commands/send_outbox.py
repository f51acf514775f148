"""Send the mails the mail server did not accept when they were written
(see offenbach_portal/core/mail.py). Run it regularly, e.g. every five
minutes (cron or a systemd timer): a mail stays in the outbox until the
server takes it, so nothing is lost while the server is down."""

from django.core.management.base import BaseCommand

from offenbach_portal.core.mail import outbox_send


class Command(BaseCommand):
    help = "Sendet die Mails aus dem Postausgang, die der Mailserver noch nicht angenommen hat."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None, help="Höchstens so viele Mails in diesem Lauf senden.")

    def handle(self, *args, limit, **options):
        sent, kept = outbox_send(limit=limit)
        self.stdout.write(f"{sent} Mails gesendet, {kept} bleiben im Postausgang.")
