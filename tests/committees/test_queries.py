"""N+1 guards: each page costs the same number of queries for 1 and for 30 meetings."""

import datetime

import pytest

from committees.models import Meeting, MeetingDocument
from tests.factories import (
    make_agenda_item,
    make_document,
    make_meeting,
    make_membership,
    make_organisation,
    make_person,
    make_topic,
)

pytestmark = pytest.mark.django_db

COUNTS = [1, 30]


@pytest.fixture
def topic():
    return make_topic("Geflüchtete", slug="gefluechtete")


def meetings_with_agendas(count, topic):
    office = make_organisation("Sozialamt", kind="amt")
    meetings = []
    for number in range(1, count + 1):
        meeting = make_meeting(number, date=datetime.date(2000, 1, 1) + datetime.timedelta(days=200 * number))
        presenter = make_person(role="Amtsleiterin", organisation=office)
        make_agenda_item(meeting, topics=[topic, make_topic()], presenters=[presenter])
        meeting.attendees.add(make_organisation())
        meetings.append(meeting)
    return meetings


@pytest.mark.parametrize("count", COUNTS)
def test_archive_query_count_does_not_grow_with_meetings(client, django_assert_num_queries, topic, count):
    meetings_with_agendas(count, topic)
    # topic areas for the filter, years, meetings, their agenda items, those items' topic areas
    with django_assert_num_queries(5):
        response = client.get("/kompetenzteam/sitzungen/")
    # Only the latest year's meetings (200 days apart: in 2016 only the 30th).
    assert [m.number for m in response.context["past"]] == [count]


@pytest.mark.parametrize("count", COUNTS)
def test_filtered_archive_query_count_does_not_grow_with_meetings(client, django_assert_num_queries, topic, count):
    meetings_with_agendas(count, topic)
    with django_assert_num_queries(5):
        response = client.get("/kompetenzteam/sitzungen/?thema=gefluechtete&jahr=2000")
    assert [m.number for m in response.context["past"]] == [1]


@pytest.mark.parametrize("count", COUNTS)
def test_meeting_page_query_count_does_not_grow_with_its_contents(client, django_assert_num_queries, topic, count):
    meetings = meetings_with_agendas(count, topic)
    meeting = meetings[0]
    office = make_organisation("Frauenbüro", kind="amt")
    for _ in range(count):
        make_agenda_item(meeting, topics=[make_topic()], presenters=[make_person(organisation=office), make_person()])
        meeting.attendees.add(make_organisation())
        make_document(meeting)
        make_document(meeting, visibility=MeetingDocument.Visibility.MEMBERS)
    # meeting, agenda items, their topic areas, presenters (with offices), attendees, documents, previous, next,
    # and the articles about the meeting (news, through committees.extensions)
    with django_assert_num_queries(9):
        response = client.get(meeting.get_absolute_url())
    assert len(response.context["meeting"].agenda_items.all()) == count + 1


@pytest.mark.parametrize("count", COUNTS)
def test_topic_page_query_count_does_not_grow_with_meetings(client, django_assert_num_queries, topic, count):
    meetings_with_agendas(count, topic)
    # topic area, count, agenda items of the page with their meetings, presenters with offices, meetings on the topic
    with django_assert_num_queries(5):
        response = client.get("/kompetenzteam/themen/gefluechtete/")
    assert len(response.context["items"]) == min(count, 20)


@pytest.mark.parametrize("count", COUNTS)
def test_committee_page_query_count_does_not_grow_with_members_or_meetings(client, django_assert_num_queries, topic, count):
    meetings_with_agendas(count, topic)
    for _ in range(count):
        membership = make_membership(make_organisation())
        membership.delegates.add(make_person(), make_person())
    # committee, chairs, memberships, delegates, next meeting, latest results, topic areas
    with django_assert_num_queries(7):
        response = client.get("/kompetenzteam/")
    assert len(response.context["current_members"]) == count


def meetings_over_years(count, topic):
    """`count` meetings, six a year from 2010 on, each with six agenda items on
    `topic`, and two upcoming ones."""
    for number in range(1, count + 1):
        year, nth = 2010 + (number - 1) // 6, (number - 1) % 6
        meeting = make_meeting(number, date=datetime.date(year, 1 + 2 * nth, 10))
        for _ in range(6):
            make_agenda_item(meeting, topics=[topic])
    make_meeting(count + 1, date=datetime.date(2099, 3, 1), state="geplant")
    make_meeting(count + 2, date=datetime.date(2099, 6, 1), state="geplant")


@pytest.mark.parametrize("count", [5, 40])
def test_archive_stays_bounded_as_meetings_grow(client, django_assert_num_queries, topic, count):
    meetings_over_years(count, topic)
    with django_assert_num_queries(5):
        response = client.get("/kompetenzteam/sitzungen/")
    latest_year = 2010 + (count - 1) // 6
    # the upcoming ones and the latest year's: at most six past meetings, whatever the count
    assert len(response.context["upcoming"]) == 2
    assert [m.date.year for m in response.context["past"]] == [latest_year] * (count - (latest_year - 2010) * 6)
    assert response.context["years"] == [2099] + list(range(latest_year, 2009, -1))
    with django_assert_num_queries(5):
        response = client.get("/kompetenzteam/sitzungen/?thema=gefluechtete&jahr=2010")
    assert len(response.context["past"]) == min(count, 6)


@pytest.mark.parametrize("count", [5, 40])
def test_topic_page_stays_bounded_as_meetings_grow(client, django_assert_num_queries, topic, count):
    meetings_over_years(count, topic)
    with django_assert_num_queries(5):
        response = client.get("/kompetenzteam/themen/gefluechtete/")
    assert len(response.context["items"]) == 20
    assert response.context["meeting_count"] == count


@pytest.mark.parametrize("count", [5, 40])
def test_calendar_feed_stays_bounded_as_meetings_grow(client, django_assert_num_queries, settings, topic, count):
    settings.COMMITTEE_CALENDAR_PAST_YEARS = 1
    meetings_over_years(count, topic)
    today = datetime.date.today()
    for number in range(count + 3, count + 9):  # six in the window: last year and this year
        make_meeting(number, date=datetime.date(today.year - 1 + (number % 2), 1 + number % 6, 1))
    with django_assert_num_queries(1):
        response = client.get("/kompetenzteam/sitzungen.ics")
    assert response.content.count(b"BEGIN:VEVENT") == 2 + 6


@pytest.mark.parametrize("count", [5, 40])
def test_committee_page_shows_the_latest_results_and_links_to_the_archive(client, django_assert_num_queries, topic, count):
    meetings_over_years(count, topic)
    Meeting.objects.update(results_de="<p>Ergebnis</p>")
    # committee, chairs, memberships (none, so no delegates), next meeting, latest results, topic areas
    with django_assert_num_queries(6):
        response = client.get("/kompetenzteam/")
    assert [m.number for m in response.context["latest_results"]] == [count, count - 1, count - 2]
    assert '<a class="kern-link" href="/kompetenzteam/sitzungen/">Ältere Ergebnisse im Sitzungsarchiv</a>' in response.content.decode()
