"""/sitemap.xml is an index of the registered sections, each split at 5,000 addresses,
each built with a fixed number of queries."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from offenbach_portal.core import search, sitemaps
from offenbach_portal.core.sitemaps import SECTION_SIZE, PortalSitemap
from tests.factories import PageFactory, make_committee, make_meeting, make_organisation, make_topic
from tests.factories.guide import make_topic as make_guide_topic
from tests.factories.news import make_article
from tests.factories.programmes import make_programme, make_project
from tests.sitemaps import section_paths, whole_sitemap

pytestmark = pytest.mark.django_db


def test_index_lists_every_registered_section(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    xml = response.content.decode()
    assert "<sitemapindex" in xml
    assert section_paths(client) == [f"/sitemap-{name}.xml" for name in sitemaps.registry]
    assert "<url>" not in xml


def test_robots_points_at_the_index(client):
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_sections_hold_at_most_5000_addresses():
    assert SECTION_SIZE == 5000
    assert all(sitemap.limit == SECTION_SIZE for sitemap in sitemaps.registry.values() if issubclass(sitemap, PortalSitemap))


def test_a_long_section_is_split_into_pages_listed_in_the_index(client, monkeypatch):
    monkeypatch.setattr(PortalSitemap, "limit", 4)
    for number in range(3):
        make_organisation(f"Verein {number}")
    # The directory and three profiles, in four languages: 16 addresses, 4 pages of 4.
    paths = [path for path in section_paths(client) if path.startswith("/sitemap-orgs.xml")]
    assert paths == ["/sitemap-orgs.xml", "/sitemap-orgs.xml?p=2", "/sitemap-orgs.xml?p=3", "/sitemap-orgs.xml?p=4"]
    locations = []
    for path in paths:
        xml = client.get(path).content.decode()
        assert xml.count("<url>") == 4
        locations += re.findall(r"<url><loc>([^<]+)</loc>", xml.replace("\n", "").replace(" ", ""))
    assert len(set(locations)) == 16
    assert client.get("/sitemap-orgs.xml?p=5").status_code == 404


def test_unknown_section_is_404(client):
    assert client.get("/sitemap-gibt-es-nicht.xml").status_code == 404


def _content(numbers, committee, programme):
    """Entries of every kind; the search index, which no sitemap reads, is left alone."""
    with search.indexing_suspended():
        _entries(numbers, committee, programme)


def _entries(numbers, committee, programme):
    for number in numbers:
        make_organisation(f"Verein im Verzeichnis {number}", slug=f"im-verzeichnis-{number}")
        make_meeting(committee=committee)
        make_topic()
        make_article()
        make_guide_topic()
        make_project(programme, fields=[1])
        PageFactory()


def _queries_per_section(client):
    counts = {}
    for name in sitemaps.registry:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/sitemap-{name}.xml")
        assert response.status_code == 200
        counts[name] = len(queries)
    return counts


def test_every_section_keeps_its_query_count_for_1_and_30_entries(client, settings):
    settings.PAGE_CACHE_SECONDS = 0  # measure building the sections, not the page cache
    committee, programme = make_committee(), make_programme()
    _content(range(1), committee, programme)
    with_1 = _queries_per_section(client)
    _content(range(1, 30), committee, programme)
    with_30 = _queries_per_section(client)
    assert with_30 == with_1
    xml = whole_sitemap(client)
    # 30 of each, in four languages, are really listed.
    assert len(re.findall(r"<loc>http://testserver(/[a-z]{2})?/vereine/im-verzeichnis-", xml)) == 30 * 4
    assert len(re.findall(r"<loc>http://testserver(/[a-z]{2})?/aktuelles/meldung-", xml)) == 30 * 4


def test_a_query_set_section_split_mid_entry_lists_every_address_once(client, monkeypatch):
    """Pages of 3 addresses cut through an article's four languages: every
    address still appears once, in Django's order (article by article)."""
    monkeypatch.setattr(PortalSitemap, "limit", 3)
    for number in range(4):
        make_article(f"Meldung {number}")
    paths = [path for path in section_paths(client) if path.startswith("/sitemap-articles.xml")]
    assert len(paths) == -(-(4 * 4) // 3)
    locations = []
    for path in paths:
        locations += re.findall(r"<url><loc>([^<]+)</loc>", client.get(path).content.decode().replace("\n", "").replace(" ", ""))
    articles = [location for location in locations if "/aktuelles/meldung-" in location]
    assert len(articles) == len(set(articles)) == 16


def test_the_index_counts_the_entries_instead_of_loading_them(client, settings):
    """With 20,000 articles Django's own index loaded every one (four seconds)."""
    settings.PAGE_CACHE_SECONDS = 0
    for number in range(5):
        make_article(f"Meldung {number}")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/sitemap.xml").status_code == 200
    reading_articles = [query["sql"] for query in queries if 'FROM "news_article"' in query["sql"]]
    assert reading_articles
    assert [sql for sql in reading_articles if not re.match(r"SELECT (COUNT|MAX)\(", sql)] == []
