"""Mail the Integrationsbüro the guide topics nobody has reviewed for six months (cron, e.g. weekly)."""

from django.core.management.base import BaseCommand

from news.guide.services import stale_topics_mail


class Command(BaseCommand):
    help = "Schickt dem Integrationsbüro die Themen von „Offenbach hilft“, die seit sechs Monaten nicht geprüft sind."

    def add_arguments(self, parser):
        parser.add_argument("--an", dest="recipients", action="append", help="Empfänger (Standard: CONTACT_EMAIL); mehrfach möglich.")
        parser.add_argument(
            "--basis-url", dest="base_url", default="", help="z. B. https://integration.offenbach.de für Links in der Mail."
        )

    def handle(self, *args, recipients=None, base_url="", **options):
        topics = stale_topics_mail(recipients=recipients, base_url=base_url.rstrip("/"))
        self.stdout.write(f"{len(topics)} Themen zur Prüfung fällig" + (", Mail verschickt." if topics else ", keine Mail."))
