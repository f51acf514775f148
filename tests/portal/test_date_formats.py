"""Dates and times in each language: British English, Ukrainian and Russian
without a leading zero, 24-hour times everywhere."""

import datetime
import re

import pytest
from django.template import Context, Template
from django.utils import translation

from tests.factories.committees import make_meeting

DAY = datetime.date(2024, 11, 5)
MOMENT = datetime.datetime(2024, 11, 5, 17, 30)


def rendered(language, source, **context):
    with translation.override(language):
        return Template(source).render(Context(context))


@pytest.mark.parametrize(
    ("language", "date", "time", "date_time"),
    [
        ("de", "5. November 2024", "17:30", "5. November 2024 17:30"),
        ("en", "5 November 2024", "17:30", "5 November 2024, 17:30"),
        ("uk", "5 листопада 2024", "17:30", "5 листопада 2024, 17:30"),
        ("ru", "5 ноября 2024", "17:30", "5 ноября 2024, 17:30"),
    ],
)
def test_dates_and_times_in_each_language(language, date, time, date_time):
    assert rendered(language, '{{ day|date:"DATE_FORMAT" }}', day=DAY) == date
    assert rendered(language, '{{ moment|time:"TIME_FORMAT" }}', moment=MOMENT) == time
    assert rendered(language, '{{ moment|date:"DATETIME_FORMAT" }}', moment=MOMENT) == date_time
    assert rendered(language, "{{ day }}", day=DAY) == date


def test_early_morning_keeps_two_digit_hours_in_russian():
    assert rendered("ru", '{{ moment|time:"TIME_FORMAT" }}', moment=datetime.datetime(2024, 11, 5, 9, 5)) == "09:05"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "when"),
    [
        ("/kompetenzteam/sitzungen/31/", "5. November 2024</time>, 17:00 bis 19:00\u00a0Uhr"),
        ("/en/kompetenzteam/sitzungen/31/", "5 November 2024</time>, 17:00 to 19:00"),
        ("/uk/kompetenzteam/sitzungen/31/", "5 листопада 2024</time>, з 17:00 до 19:00"),
        ("/ru/kompetenzteam/sitzungen/31/", "5 ноября 2024</time>, с 17:00 до 19:00"),
    ],
)
def test_meeting_page_shows_the_date_in_the_visitors_style(client, path, when):
    make_meeting(31, date=DAY)
    html = client.get(path).content.decode()
    shown = re.search(r'<time datetime="2024-11-05">([^<]*</time>, [^<]*)', html).group(1)
    assert shown.strip() == when
