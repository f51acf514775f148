"""Whether a meeting is still to come is decided by today's date in Offenbach."""

import datetime

import pytest
from django.utils import timezone

from committees import selectors
from committees.models import Meeting, today_in_berlin
from offenbach_portal.core.publication import Status
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db

# 22:30 UTC on 23 May 2024 is already 00:30 on 24 May in Berlin (summer time).
LATE_EVENING_UTC = datetime.datetime(2024, 5, 23, 22, 30, tzinfo=datetime.UTC)


@pytest.fixture
def berlin_just_after_midnight(monkeypatch, settings):
    settings.TIME_ZONE = "UTC"  # the server's own zone must not matter
    monkeypatch.setattr(timezone, "now", lambda: LATE_EVENING_UTC)


def test_today_in_berlin_is_a_day_ahead_of_utc_just_after_midnight(berlin_just_after_midnight):
    assert (timezone.now().date(), today_in_berlin()) == (datetime.date(2024, 5, 23), datetime.date(2024, 5, 24))


def test_meeting_today_in_berlin_is_upcoming_while_utc_is_still_yesterday(berlin_just_after_midnight):
    today = make_meeting(29, date=datetime.date(2024, 5, 24))
    yesterday = make_meeting(28, date=datetime.date(2024, 5, 23))
    assert list(selectors.upcoming_meetings()) == [today]
    assert list(selectors.past_meetings()) == [yesterday]


def test_upcoming_meetings_are_soonest_first_and_past_latest_first(berlin_just_after_midnight):
    later = make_meeting(31, date=datetime.date(2024, 11, 5), state=Meeting.State.PLANNED)
    sooner = make_meeting(30, date=datetime.date(2024, 6, 1), state=Meeting.State.PLANNED)
    old = make_meeting(26, date=datetime.date(2021, 1, 19))
    older = make_meeting(25, date=datetime.date(2019, 2, 1))
    assert list(selectors.upcoming_meetings()) == [sooner, later]
    assert list(selectors.past_meetings()) == [old, older]


def test_next_meeting_skips_cancelled_ones(berlin_just_after_midnight):
    make_meeting(30, date=datetime.date(2024, 6, 1), state=Meeting.State.CANCELLED)
    following = make_meeting(31, date=datetime.date(2024, 7, 1), state=Meeting.State.INVITED)
    assert selectors.next_meeting() == following


def test_archive_page_lists_todays_meeting_as_upcoming(client, berlin_just_after_midnight):
    make_meeting(29, date=datetime.date(2024, 5, 24), title="Heute in Offenbach")
    make_meeting(28, date=datetime.date(2024, 5, 23), title="Gestern in Offenbach")
    response = client.get("/kompetenzteam/sitzungen/")
    assert [m.number for m in response.context["upcoming"]] == [29]
    assert [m.number for m in response.context["past"]] == [28]


def test_unpublished_meetings_are_neither_upcoming_nor_past(berlin_just_after_midnight):
    make_meeting(29, date=datetime.date(2024, 5, 24), status=Status.DRAFT)
    make_meeting(28, date=datetime.date(2024, 5, 23), status=Status.DRAFT)
    assert (list(selectors.upcoming_meetings()), list(selectors.past_meetings())) == ([], [])
