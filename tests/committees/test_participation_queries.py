"""N+1 guards for the Kompetenzteam participation: the member-area section and
the admin lists cost the same number of queries for 1 and for 30 rows."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from committees.models import AttendanceRegistration, Meeting, MeetingDocument, TopicProposal, today_in_berlin
from tests.factories import StaffUserFactory, make_document, make_editor, make_meeting, make_membership, make_organisation

pytestmark = pytest.mark.django_db

COUNTS = [1, 30]
EXPECTED_MEETING_FORM = 17


def build(count):
    """An editor of `count` member organisations; `count` upcoming and past
    meetings with members-only documents, registrations and proposals."""
    organisations = [make_organisation(f"Verein {n}") for n in range(count)]
    user = make_editor(organisations[0], username="eleni")
    for organisation in organisations:
        make_membership(organisation, since=2020)
        if organisation != organisations[0]:
            make_editor(organisation, user=user)
    today = today_in_berlin()
    for n in range(1, count + 1):
        upcoming = make_meeting(100 + n, date=today + datetime.timedelta(days=n), state=Meeting.State.INVITED)
        held = make_meeting(500 + n, date=today - datetime.timedelta(days=n))
        for meeting in (upcoming, held):
            make_document(meeting, visibility=MeetingDocument.Visibility.MEMBERS, title=f"Intern {meeting.number}")
        for organisation in organisations:
            AttendanceRegistration.objects.create(meeting=upcoming, organisation=organisation, attendees="2", registered_by=user)
        TopicProposal.objects.create(organisation=organisations[n - 1], proposed_by=user, title=f"Thema {n}", meeting=upcoming)
    return user


def count_queries(client, url):
    """Queries of the second request: the first fills the process-wide caches (content types)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("count", COUNTS)
def test_member_area_section_query_count_does_not_grow(client, count):
    client.force_login(build(count))
    # session, user and the section: organisations, meetings, registrations,
    # proposals, the meetings whose documents are listed (2) and the documents;
    # the directory's section (the user's organisations and their changes).
    assert count_queries(client, "/mein-verein/") == 11


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/admin/committees/meeting/", 11),
        ("/admin/committees/attendanceregistration/", 10),
        ("/admin/committees/topicproposal/", 10),
    ],
)
@pytest.mark.parametrize("count", COUNTS)
def test_admin_lists_query_count_does_not_grow(client, count, url, expected):
    build(count)
    client.force_login(StaffUserFactory(username="buero"))
    assert count_queries(client, url) == expected


@pytest.mark.parametrize("count", COUNTS)
def test_admin_meeting_form_with_its_registrations_query_count_does_not_grow(client, count):
    build(count)
    client.force_login(StaffUserFactory(username="buero"))
    meeting = Meeting.objects.get(number=101)
    assert count_queries(client, f"/admin/committees/meeting/{meeting.pk}/change/") == EXPECTED_MEETING_FORM
