"""N+1 guards: each page costs the same number of queries for 1 and for 30 meetings."""

import datetime

import pytest

from committees.models import MeetingDocument
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
    assert len(response.context["past"]) + len(response.context["upcoming"]) == count


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
    # topic area, agenda items with their meetings, presenters with offices
    with django_assert_num_queries(3):
        response = client.get("/kompetenzteam/themen/gefluechtete/")
    assert len(response.context["items"]) == count


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
