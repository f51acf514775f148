"""„Open now“ on Offenbach's clock (Europe/Berlin), including the days the clocks change."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from news.guide.selectors import opening_state
from tests.factories.guide import add_contact, make_office, make_topic

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
UTC = datetime.UTC


class Hours:
    def __init__(self, weekday, opens, closes):
        self.weekday, self.opens, self.closes = weekday, datetime.time.fromisoformat(opens), datetime.time.fromisoformat(closes)


# Monday 08:00–12:00 and 14:00–16:00, Sunday 09:00–12:00 (to test the DST Sundays).
HOURS = [Hours(0, "08:00", "12:00"), Hours(0, "14:00", "16:00"), Hours(6, "09:00", "12:00")]


@pytest.mark.parametrize(
    ("moment", "is_open", "closes", "opens", "today"),
    [
        # Monday 3 Nov 2025 (CET, UTC+1)
        (datetime.datetime(2025, 11, 3, 6, 59, tzinfo=UTC), False, None, "08:00", True),  # 07:59 local
        (datetime.datetime(2025, 11, 3, 7, 0, tzinfo=UTC), True, "12:00", None, False),  # 08:00 local
        (datetime.datetime(2025, 11, 3, 10, 59, tzinfo=UTC), True, "12:00", None, False),  # 11:59 local
        (datetime.datetime(2025, 11, 3, 11, 0, tzinfo=UTC), False, None, "14:00", True),  # 12:00 local: closed
        (datetime.datetime(2025, 11, 3, 15, 30, tzinfo=UTC), False, None, "09:00", False),  # 16:30 local: next is Sunday
        # Monday 7 July 2025 (CEST, UTC+2)
        (datetime.datetime(2025, 7, 7, 5, 59, tzinfo=UTC), False, None, "08:00", True),  # 07:59 local
        (datetime.datetime(2025, 7, 7, 6, 0, tzinfo=UTC), True, "12:00", None, False),  # 08:00 local
        # Sunday 30 March 2025: clocks go forward at 02:00 (UTC+1 → UTC+2)
        (datetime.datetime(2025, 3, 30, 6, 59, tzinfo=UTC), False, None, "09:00", True),  # 08:59 local
        (datetime.datetime(2025, 3, 30, 7, 0, tzinfo=UTC), True, "12:00", None, False),  # 09:00 local (UTC+1 would say 08:00)
        (datetime.datetime(2025, 3, 30, 10, 0, tzinfo=UTC), False, None, "08:00", False),  # 12:00 local: closed until Monday
        # Sunday 26 October 2025: clocks go back at 03:00 (UTC+2 → UTC+1)
        (datetime.datetime(2025, 10, 26, 7, 59, tzinfo=UTC), False, None, "09:00", True),  # 08:59 local (UTC+2 would say 09:59)
        (datetime.datetime(2025, 10, 26, 8, 0, tzinfo=UTC), True, "12:00", None, False),  # 09:00 local
        (datetime.datetime(2025, 10, 26, 10, 59, tzinfo=UTC), True, "12:00", None, False),  # 11:59 local
        (datetime.datetime(2025, 10, 26, 11, 0, tzinfo=UTC), False, None, "08:00", False),  # 12:00 local
    ],
)
def test_open_now_is_read_on_the_berlin_clock(moment, is_open, closes, opens, today):
    with time_machine.travel(moment, tick=False):
        state = opening_state(HOURS)
    assert state.is_open is is_open
    assert (state.closes_at.strftime("%H:%M") if state.closes_at else None) == closes
    assert (state.opens_at.strftime("%H:%M") if state.opens_at else None) == opens
    assert state.opens_today is today


def test_no_hours_means_no_state():
    assert opening_state([]) is None


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (
            datetime.datetime(2025, 3, 31, 5, 59, tzinfo=UTC),
            "Jetzt geschlossen</strong>\u00a0– öffnet heute um 08:00\u00a0Uhr",
        ),  # Monday 07:59 CEST
        (datetime.datetime(2025, 3, 31, 6, 0, tzinfo=UTC), "Jetzt geöffnet</strong>\u00a0– schließt um 12:00\u00a0Uhr"),
        (datetime.datetime(2025, 3, 31, 10, 0, tzinfo=UTC), "Jetzt geschlossen</strong>\u00a0– öffnet Dienstag um 08:00\u00a0Uhr"),
    ],
)
def test_topic_page_says_open_or_closed_in_words(client, moment, text):
    topic = make_topic("anmeldung")
    add_contact(topic, make_office("Bürgerbüro", hours=[(0, "08:00", "12:00"), (1, "08:00", "12:00")]))
    with time_machine.travel(moment, tick=False):
        html = client.get("/offenbach-hilft/anmeldung/").content.decode()
    assert text in html
