import datetime
import re

import pytest
from icalendar import Calendar

from committees import services
from committees.models import Meeting
from offenbach_portal.core.publication import Status
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db


def parse(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events(calendar):
    return calendar.walk("VEVENT")


def test_meeting_calendar_parses_with_berlin_time_zone(client):
    meeting = make_meeting(
        29,
        date=datetime.date(2022, 5, 24),
        start_time=datetime.time(17, 0),
        end_time=datetime.time(19, 30),
        place_name="Rathaus",
        place_address="Berliner Straße 100, 63065 Offenbach am Main",
    )
    response = client.get("/kompetenzteam/sitzungen/29.ics")
    calendar = parse(response)
    [event] = events(calendar)
    assert str(event["UID"]) == f"meeting-{meeting.pk}@integration.offenbach.de"
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event.start == datetime.datetime(2022, 5, 24, 17, 0, tzinfo=event.start.tzinfo)
    assert event.start.utcoffset() == datetime.timedelta(hours=2)
    assert event.end.utcoffset() == datetime.timedelta(hours=2) and event.end.hour == 19 and event.end.minute == 30
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["LOCATION"]) == "Rathaus, Berliner Straße 100, 63065 Offenbach am Main"
    assert str(event["URL"]) == "http://testserver/kompetenzteam/sitzungen/29/"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert b"DTSTART;TZID=Europe/Berlin:20220524T170000" in response.content
    assert response["Content-Disposition"] == 'attachment; filename="kompetenzteam-sitzung-29.ics"'


def test_calendar_keeps_the_uid_when_a_meeting_is_edited(client, settings):
    settings.COMMITTEE_CALENDAR_PAST_YEARS = 100
    meeting = make_meeting(29, date=datetime.date(2022, 5, 24))
    # The meeting was entered ten minutes ago and edited once since.
    now = meeting.updated_at
    Meeting.objects.filter(pk=meeting.pk).update(
        created_at=now - datetime.timedelta(minutes=10), updated_at=now - datetime.timedelta(minutes=5)
    )
    [before] = events(parse(client.get("/kompetenzteam/sitzungen.ics")))
    meeting.refresh_from_db()
    meeting.date = datetime.date(2022, 5, 31)
    meeting.title_de = "Verschoben"
    meeting.save()
    [after] = events(parse(client.get("/kompetenzteam/sitzungen.ics")))
    assert str(after["UID"]) == str(before["UID"]) == f"meeting-{meeting.pk}@integration.offenbach.de"
    assert after.start.date() == datetime.date(2022, 5, 31)
    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert after["LAST-MODIFIED"].dt > before["LAST-MODIFIED"].dt


def test_cancelled_meeting_is_marked_cancelled_in_the_calendar(client):
    meeting = make_meeting(33, date=datetime.date(2099, 4, 20), state=Meeting.State.PLANNED)
    services.meeting_cancel(meeting=meeting)
    [event] = events(parse(client.get("/kompetenzteam/sitzungen/33.ics")))
    assert (str(event["STATUS"]), str(event["UID"])) == ("CANCELLED", f"meeting-{meeting.pk}@integration.offenbach.de")


def test_feed_lists_every_published_meeting_with_a_known_day(client, settings):
    settings.COMMITTEE_CALENDAR_PAST_YEARS = 100
    make_meeting(25, date=datetime.date(2019, 2, 1), date_is_approximate=True, date_note="Anfang 2019")
    make_meeting(26, date=datetime.date(2021, 1, 19), start_time=None, end_time=None, is_online=True)
    make_meeting(29, date=datetime.date(2022, 5, 24))
    make_meeting(30, date=datetime.date(2024, 4, 23), status=Status.DRAFT)
    response = client.get("/kompetenzteam/sitzungen.ics")
    calendar = parse(response)
    summaries = [str(e["SUMMARY"]) for e in events(calendar)]
    assert summaries == [
        "Kompetenzteam Integration: 26. Sitzung\u00a0– Schwerpunkt 26",
        "Kompetenzteam Integration: 29. Sitzung\u00a0– Schwerpunkt 29",
    ]
    assert response["Content-Disposition"] == 'inline; filename="kompetenzteam-sitzungen.ics"'
    assert response["Cache-Control"] == "public, max-age=900"


def test_meeting_without_time_is_an_all_day_event(client):
    make_meeting(26, date=datetime.date(2021, 1, 19), start_time=None, end_time=None, is_online=True)
    response = client.get("/kompetenzteam/sitzungen/26.ics")
    [event] = events(parse(response))
    assert (event.start, event.end) == (datetime.date(2021, 1, 19), datetime.date(2021, 1, 20))
    assert str(event["LOCATION"]) == "Online (Videokonferenz)"
    assert b"DTSTART;VALUE=DATE:20210119" in response.content


def test_meeting_with_unknown_day_has_no_calendar_file(client):
    make_meeting(25, date=datetime.date(2019, 2, 1), date_is_approximate=True, date_note="Anfang 2019")
    assert client.get("/kompetenzteam/sitzungen/25.ics").status_code == 404


def test_empty_feed_still_parses(client):
    calendar = parse(client.get("/kompetenzteam/sitzungen.ics"))
    assert (events(calendar), str(calendar["X-WR-TIMEZONE"])) == ([], "Europe/Berlin")


def test_calendar_escapes_commas_and_semicolons_and_stamps_in_utc(client):
    make_meeting(
        29,
        date=datetime.date(2022, 5, 24),
        title="Flucht, Arbeit; Wohnen",
        place_name="Rathaus, Raum 1; EG",
        place_address="Berliner Straße 100, 63065 Offenbach am Main",
    )
    response = client.get("/kompetenzteam/sitzungen/29.ics")
    lines = response.content.replace(b"\r\n ", b"").decode().split("\r\n")
    assert "SUMMARY:Kompetenzteam Integration: 29. Sitzung\u00a0– Flucht\\, Arbeit\\; Wohnen" in lines
    assert "LOCATION:Rathaus\\, Raum 1\\; EG\\, Berliner Straße 100\\, 63065 Offenbach am Main" in lines
    [stamp] = [line for line in lines if line.startswith("DTSTAMP")]
    assert re.fullmatch(r"DTSTAMP:\d{8}T\d{6}Z", stamp)
    [event] = events(parse(response))
    assert (str(event["SUMMARY"]), event["DTSTAMP"].dt.utcoffset()) == (
        "Kompetenzteam Integration: 29. Sitzung\u00a0– Flucht, Arbeit; Wohnen",
        datetime.timedelta(0),
    )
