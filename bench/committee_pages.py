"""Timings and query counts of the Kompetenzteam pages for growing numbers of meetings.

    .venv/bin/python bench/committee_pages.py            # 1, 30, 100, 300 meetings
    .venv/bin/python bench/committee_pages.py 10 1000    # other sizes

Runs against a throw-away SQLite test database (never the project's own);
each meeting has three agenda items with topics and presenters and ten
attending organisations; one topic area is on every meeting's agenda, so its
page lists three items per meeting. Prints the median of several requests
per page, without the test framework's template instrumentation."""

import datetime
import tempfile

import harness
from django.conf import settings


def populate(count):
    from committees.models import (
        PORTAL_COMMITTEE_SLUG,
        AgendaItem,
        Committee,
        Meeting,
        TopicArea,
    )
    from orgs.models import Organisation, Person

    committee = Committee.objects.create(
        name_de="Kompetenzteam Integration", slug=PORTAL_COMMITTEE_SLUG, founded=2007, status="veroeffentlicht"
    )
    office = Organisation.objects.create(name="Sozialamt", slug="sozialamt", kind="amt")
    topics = [TopicArea.objects.create(name_de=f"Thema {i}", slug=f"thema-{i}") for i in range(12)]
    organisations = Organisation.objects.bulk_create(
        Organisation(name=f"Verein {i}", slug=f"verein-{i}", status="veroeffentlicht") for i in range(40)
    )
    people = Person.objects.bulk_create(Person(name=f"Person {i}", role="Amtsleitung", organisation=office) for i in range(40))
    start = datetime.date(2000, 1, 1)
    for number in range(1, count + 1):
        meeting = Meeting.objects.create(
            committee=committee,
            number=number,
            title_de=f"Schwerpunkt {number}",
            date=start + datetime.timedelta(days=60 * number),
            start_time=datetime.time(17),
            end_time=datetime.time(19),
            state=Meeting.State.HELD,
            status="veroeffentlicht",
            summary_de="<p>Zusammenfassung</p>",
            results_de="<p>Ergebnis</p>",
        )
        meeting.attendees.set(organisations[number % 30 : number % 30 + 10])
        for order in range(1, 4):
            item = AgendaItem.objects.create(meeting=meeting, order=order, title_de=f"Punkt {order}", description_de="<p>Text</p>")
            item.topic_areas.set([topics[(number + order) % 12], topics[0]])
            item.presenters.set([people[(number + order) % 40]])
    return topics[0]


def reset():
    from committees.models import AgendaItem, Committee, Meeting, TopicArea
    from orgs.models import Organisation, Person

    for model in (AgendaItem, Meeting, Committee, TopicArea, Person, Organisation):
        model.objects.all().delete()


def pages(topic, count):
    return [
        ("archive", "/kompetenzteam/sitzungen/"),
        ("archive filtered", f"/kompetenzteam/sitzungen/?thema={topic.slug}"),
        ("meeting", f"/kompetenzteam/sitzungen/{count}/"),
        ("topic", f"/kompetenzteam/themen/{topic.slug}/"),
        ("committee", "/kompetenzteam/"),
        ("calendar feed", "/kompetenzteam/sitzungen.ics"),
    ]


if __name__ == "__main__":
    settings.PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="bench-private-media-")
    harness.run(unit="meetings", reset=reset, populate=populate, pages=pages)
