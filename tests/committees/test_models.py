import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from committees.models import Meeting
from tests.factories import make_committee, make_meeting

pytestmark = pytest.mark.django_db


def test_meeting_number_is_unique_per_committee_in_the_database():
    committee = make_committee()
    Meeting.objects.create(committee=committee, number=29, title="Erste", date=datetime.date(2022, 5, 24))
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(committee=committee, number=29, title="Zweite", date=datetime.date(2022, 6, 1))
    assert Meeting.objects.filter(number=29).count() == 1


def test_meeting_number_may_repeat_in_another_committee():
    make_meeting(29)
    other = make_committee(name="Anderes Gremium", slug="anderes-gremium")
    make_meeting(29, committee=other)
    assert Meeting.objects.filter(number=29).count() == 2


def test_meeting_end_before_start_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_meeting(1, start_time=datetime.time(18, 0), end_time=datetime.time(17, 0))


def test_meeting_end_without_start_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_meeting(1, start_time=None, end_time=datetime.time(17, 0))


def test_meeting_number_zero_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(committee=make_committee(), number=0, title="Null", date=datetime.date(2022, 1, 1))


def test_meeting_full_clean_names_the_number_field_for_a_duplicate():
    existing = make_meeting(29)
    duplicate = Meeting(committee=existing.committee, number=29, title="Doppelt", date=datetime.date(2023, 1, 1))
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert error.value.message_dict == {"number": ["Diese Sitzungsnummer ist für dieses Gremium schon vergeben."]}


def test_meeting_full_clean_names_the_end_field_for_an_end_before_the_start():
    meeting = Meeting(
        committee=make_committee(),
        number=1,
        title="Zeit",
        date=datetime.date(2023, 1, 1),
        start_time=datetime.time(18, 0),
        end_time=datetime.time(18, 0),
    )
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert error.value.message_dict == {"end_time": ["Das Ende muss nach dem Beginn liegen (und setzt einen Beginn voraus)."]}


def test_meeting_full_clean_asks_for_a_note_when_the_day_is_not_known():
    meeting = Meeting(committee=make_committee(), number=1, title="Alt", date=datetime.date(2019, 2, 1), date_is_approximate=True)
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert list(error.value.message_dict) == ["date_note_de"]


def test_meeting_full_clean_refuses_a_future_meeting_marked_held():
    meeting = Meeting(committee=make_committee(), number=1, title="Zukunft", date=datetime.date(2099, 1, 1), state=Meeting.State.HELD)
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert list(error.value.message_dict) == ["state"]


def test_meeting_str_names_number_and_focus():
    assert str(make_meeting(29, title="Geflüchtete aus der Ukraine")) == "29. Sitzung\u00a0– Geflüchtete aus der Ukraine"


def test_meeting_urls_use_the_number():
    meeting = make_meeting(29)
    assert (meeting.get_absolute_url(), meeting.get_calendar_url()) == ("/kompetenzteam/sitzungen/29/", "/kompetenzteam/sitzungen/29.ics")
