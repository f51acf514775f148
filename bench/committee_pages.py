"""Timings and query counts of the Kompetenzteam pages for growing numbers of meetings.

    .venv/bin/python bench/committee_pages.py            # 1, 30, 100, 300 meetings
    .venv/bin/python bench/committee_pages.py 10 1000    # other sizes

Runs against a throw-away SQLite test database (never the project's own);
each meeting has three agenda items with topics and presenters and ten
attending organisations; one topic area is on every meeting's agenda, so its
page lists three items per meeting. Prints the median of several requests
per page, without the test framework's template instrumentation."""

import datetime
import os
import statistics
import sys
import tempfile
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

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

REPEAT = 7
DEFAULT_SIZES = [1, 30, 100, 300]


def populate(count):
    from committees.models import PORTAL_COMMITTEE_SLUG, AgendaItem, Committee, Meeting, TopicArea
    from orgs.models import Organisation, Person

    committee = Committee.objects.create(name_de="Kompetenzteam Integration", slug=PORTAL_COMMITTEE_SLUG, founded=2007)
    office = Organisation.objects.create(name="Sozialamt", slug="sozialamt", kind="amt")
    topics = [TopicArea.objects.create(name_de=f"Thema {i}", slug=f"thema-{i}") for i in range(12)]
    organisations = Organisation.objects.bulk_create(
        Organisation(name=f"Verein {i}", slug=f"verein-{i}", is_published=True) for i in range(40)
    )
    people = Person.objects.bulk_create(Person(name=f"Person {i}", role="Amtsleitung", organisation=office) for i in range(40))
    start = datetime.date(2000, 1, 1)
    for number in range(1, count + 1):
        meeting = Meeting.objects.create(
            committee=committee, number=number, title_de=f"Schwerpunkt {number}", date=start + datetime.timedelta(days=60 * number),
            start_time=datetime.time(17), end_time=datetime.time(19), status=Meeting.Status.HELD,
            summary_de="<p>Zusammenfassung</p>", results_de="<p>Ergebnis</p>",
        )
        meeting.attendees.set(organisations[number % 30: number % 30 + 10])
        for order in range(1, 4):
            item = AgendaItem.objects.create(meeting=meeting, order=order, title_de=f"Punkt {order}", description_de="<p>Text</p>")
            item.topic_areas.set([topics[(number + order) % 12], topics[0]])
            item.presenters.set([people[(number + order) % 40]])
    return topics[0]


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
    settings.PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="bench-private-media-")
    from committees.models import AgendaItem, Committee, Meeting, TopicArea
    from orgs.models import Organisation, Person

    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    client = Client()
    print(f"{'meetings':>8}  {'page':<22} {'median ms':>10} {'queries':>8}")
    try:
        for count in sizes:
            for model in (AgendaItem, Meeting, Committee, TopicArea, Person, Organisation):
                model.objects.all().delete()
            topic = populate(count)
            pages = [
                ("archive", "/kompetenzteam/sitzungen/"),
                ("archive filtered", f"/kompetenzteam/sitzungen/?thema={topic.slug}"),
                ("meeting", f"/kompetenzteam/sitzungen/{count}/"),
                ("topic", f"/kompetenzteam/themen/{topic.slug}/"),
                ("committee", "/kompetenzteam/"),
                ("calendar feed", "/kompetenzteam/sitzungen.ics"),
            ]
            for name, path in pages:
                milliseconds, queries = measure(client, path)
                print(f"{count:>8}  {name:<22} {milliseconds:>10.1f} {queries:>8}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or DEFAULT_SIZES)
