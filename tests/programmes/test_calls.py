"""An open call is shown until its deadline day ends in Europe/Berlin, then disappears."""

import datetime

import pytest
import time_machine

from offenbach_portal.core.publication import Status
from programmes.selectors import open_calls
from tests.factories.programmes import make_call, make_person, make_programme

pytestmark = pytest.mark.django_db

BERLIN = datetime.timezone(datetime.timedelta(hours=2))  # 30 June: summer time in Berlin


@pytest.fixture
def call():
    wir = make_programme("wir", name="WIR", short_name="WIR", end=None, fields=0)
    return make_call(
        wir,
        title="Kleinprojekte 2026",
        opens=datetime.date(2026, 6, 1),
        deadline=datetime.date(2026, 6, 30),
        contact=make_person("Simone Lechner"),
    )


def shown(client):
    """On the programme page and on the home page, or on neither."""
    on_programme = "Kleinprojekte 2026" in client.get("/programme/wir/").content.decode()
    on_home = "Kleinprojekte 2026" in client.get("/").content.decode()
    assert on_programme is on_home
    return on_programme


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime.datetime(2026, 5, 31, 23, 59, tzinfo=BERLIN), False),  # not yet open
        (datetime.datetime(2026, 6, 1, 0, 0, tzinfo=BERLIN), True),
        (datetime.datetime(2026, 6, 30, 12, 0, tzinfo=BERLIN), True),
        (datetime.datetime(2026, 6, 30, 23, 59, 59, tzinfo=BERLIN), True),  # 21:59 UTC: still the deadline day
        (datetime.datetime(2026, 7, 1, 0, 0, tzinfo=BERLIN), False),  # 22:00 UTC on 30 June: over in Offenbach
        (datetime.datetime(2026, 7, 2, 9, 0, tzinfo=BERLIN), False),
    ],
)
def test_call_is_shown_until_its_deadline_day_ends_in_berlin(client, call, moment, expected):
    with time_machine.travel(moment, tick=False):
        assert shown(client) is expected
        assert (call in list(open_calls())) is expected


def test_call_shows_deadline_and_contact(client, call):
    with time_machine.travel(datetime.datetime(2026, 6, 15, 10, 0, tzinfo=BERLIN), tick=False):
        html = client.get("/programme/wir/").content.decode()
    assert "Anträge bis 30. Juni 2026" in html
    assert "Beratung: Simone Lechner" in html
    assert f'id="aufruf-{call.pk}"' in html


def test_unpublished_call_is_never_shown(client, call):
    call.status = Status.DRAFT
    call.save()
    with time_machine.travel(datetime.datetime(2026, 6, 15, 10, 0, tzinfo=BERLIN), tick=False):
        assert not shown(client)
        assert list(open_calls()) == []


def test_home_page_shows_the_open_call_with_a_link_to_its_programme(client, call):
    with time_machine.travel(datetime.datetime(2026, 6, 15, 10, 0, tzinfo=BERLIN), tick=False):
        html = client.get("/").content.decode()
    assert '<h2 class="kern-heading-medium" id="home-open-calls">Offene Förderaufrufe</h2>' in html
    assert '<h3 class="kern-title">Kleinprojekte 2026</h3>' in html
    assert 'href="/programme/wir/"' in html


def test_guideline_download_only_while_the_call_is_visible(client, call):
    from django.core.files.base import ContentFile

    call.guideline.save("richtlinie.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
    response = client.get(call.get_guideline_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    call.status = Status.DRAFT
    call.save()
    assert client.get(call.get_guideline_url()).status_code == 404
