"""Timings and query counts of the organisation directory, a profile and the
open-data exports for growing numbers of organisations.

    .venv/bin/python bench/orgs_directory.py            # 1, 30, 100, 300 organisations
    .venv/bin/python bench/orgs_directory.py 10 1000    # other sizes

Runs against a throw-away SQLite test database (never the project's own).
Every organisation speaks three languages, has a district and three offers
with two languages each; the profile measured also has ten people. Prints the
median of several requests per page, without the test framework's template
instrumentation."""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "offenbach_portal.settings")
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret-0123456789abcdefghijklmnopqrstuvwxyz")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ["PORTAL_HTTPS"] = "0"
os.environ.pop("DATABASE_URL", None)  # always SQLite, never a shared database

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

REPEAT = 7
DEFAULT_SIZES = [1, 30, 100, 300]


def populate(count):
    from orgs.models import District, Language, Offer, Organisation, Person

    languages = list(Language.objects.filter(code__in=["de", "ar", "tr", "el", "ro", "uk"]))
    districts = list(District.objects.all())
    categories = [choice for choice, _label in Offer.Category.choices]
    organisations = Organisation.objects.bulk_create(
        Organisation(
            name=f"Verein {number:04d}", slug=f"verein-{number:04d}", is_published=True,
            kind=["verein", "religion", "initiative"][number % 3], district=districts[number % len(districts)],
            description_de="Ein Verein mit Angeboten für Familien, Jugendliche und Neuzugezogene. " * 4,
            founded_year=1950 + number % 70, street="Berliner Straße 100", postcode="63065",
        )
        for number in range(count)
    )
    through = Organisation.languages.through
    through.objects.bulk_create(
        through(organisation=organisation, language=languages[(index + shift) % len(languages)])
        for index, organisation in enumerate(organisations)
        for shift in range(3)
    )
    offers = Offer.objects.bulk_create(
        Offer(organisation=organisation, category=categories[(index + position) % len(categories)],
              title_de=f"Angebot {position}", schedule_de="dienstags 16–18 Uhr", position=position)
        for index, organisation in enumerate(organisations)
        for position in range(3)
    )
    offer_through = Offer.languages.through
    offer_through.objects.bulk_create(
        offer_through(offer=offer, language=languages[(index + shift) % len(languages)])
        for index, offer in enumerate(offers)
        for shift in range(2)
    )
    Person.objects.bulk_create(Person(name=f"Person {number}", role="Vorstand", organisation=organisations[0]) for number in range(10))
    return organisations[0]


def measure(client, path):
    timings, queries = [], None
    for _ in range(REPEAT):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(path)
            timings.append(time.perf_counter() - started)
        assert response.status_code == 200, (path, response.status_code)
        queries = len(captured)
    return statistics.median(timings) * 1000, queries


def main(sizes):
    from orgs.models import Offer, Organisation, Person

    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    client = Client()
    print(f"{'orgs':>6}  {'page':<24} {'median ms':>10} {'queries':>8}")
    try:
        for count in sizes:
            Person.objects.all().delete()
            Offer.objects.all().delete()
            Organisation.objects.all().delete()
            first = populate(count)
            pages = [
                ("directory", "/vereine/"),
                ("directory filtered", "/vereine/?sprache=ar&angebot=beratung&q=Verein&sortierung=gruendung"),
                ("directory last page", "/vereine/?page=9999"),
                ("directory in Ukrainian", "/uk/vereine/"),
                ("profile", first.get_absolute_url()),
                ("export.csv", "/vereine/export.csv"),
                ("export.json", "/vereine/export.json"),
            ]
            for name, path in pages:
                milliseconds, queries = measure(client, path)
                print(f"{count:>6}  {name:<24} {milliseconds:>10.1f} {queries:>8}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or DEFAULT_SIZES)
