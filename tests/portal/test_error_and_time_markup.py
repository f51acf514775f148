"""The 404 page's language links and machine-readable times (issue 16, item 5)."""

import re

import pytest
from django.template import Context, Template

from tests.factories import PageFactory, make_organisation
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db

# A valid global date and time string: at most three digits after the seconds.
VALID_DATETIME = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d))?")


def switcher_targets(html):
    switcher = html.split('class="portal-languages"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'href="([^"]+)" lang="([a-z]+)"', switcher)


def test_the_404_page_offers_the_other_languages_home_pages(client):
    response = client.get("/uk/gibt-es-nicht/")
    assert response.status_code == 404
    html = response.content.decode()
    assert switcher_targets(html) == [
        ("/sprache/de/?next=%2F", "de"),
        ("/sprache/en/?next=%2Fen%2F", "en"),
        ("/sprache/uk/?next=%2Fuk%2Fgibt-es-nicht%2F", "uk"),
        ("/sprache/ru/?next=%2Fru%2F", "ru"),
    ]
    assert 'rel="alternate" hreflang' not in html


def test_a_missing_record_offers_the_same_address_in_the_other_languages(client):
    response = client.get("/en/vereine/gibt-es-nicht/")
    assert response.status_code == 404
    assert switcher_targets(response.content.decode())[0] == ("/sprache/de/?next=%2Fvereine%2Fgibt-es-nicht%2F", "de")


def test_machine_time_drops_the_microseconds():
    import datetime

    moment = datetime.datetime(2024, 11, 5, 17, 30, 12, 345678, tzinfo=datetime.UTC)
    html = Template("{% load portal %}{{ moment|machine_time }}|{{ day|machine_time }}").render(
        Context({"moment": moment, "day": datetime.date(2024, 11, 5)})
    )
    assert html == "2024-11-05T18:30:12+01:00|2024-11-05"


def test_every_time_element_carries_a_valid_datetime(client):
    PageFactory(slug="impressum", title="Impressum", body="<p>Text</p>")
    organisation = make_organisation("Verein Muster")
    article = make_article("Meldung")
    urls = ["/impressum/", organisation.get_absolute_url(), "/aktuelles/", article.get_absolute_url(), "/offene-daten/"]
    values = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        values[url] = re.findall(r'<time datetime="([^"]*)"', response.content.decode())
    assert all(values.values()), values  # every page shows a time at all
    invalid = {url: [v for v in found if not VALID_DATETIME.fullmatch(v)] for url, found in values.items()}
    assert invalid == {url: [] for url in urls}
