"""One address per page: <link rel="canonical"> everywhere, section and fixed
pages only at their own address in the sitemap, the search and the browser."""

import re

import pytest

from offenbach_portal.core import search

CANONICAL = re.compile(r'<link rel="canonical" href="([^"]*)">')


def canonical_links(response):
    return CANONICAL.findall(response.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "canonical"),
    [
        ("/", "http://testserver/"),
        ("/uk/", "http://testserver/uk/"),
        ("/impressum/", "http://testserver/impressum/"),
        ("/en/datenschutz/", "http://testserver/en/datenschutz/"),
        ("/vereine/?sprache=ar&utm_source=x", "http://testserver/vereine/"),
        ("/vereine/?page=2&sprache=tr", "http://testserver/vereine/?page=2"),
        ("/vereine/?page=1", "http://testserver/vereine/"),
        ("/vereine/?page=x", "http://testserver/vereine/"),
        ("/ru/aktuelles/?page=2", "http://testserver/ru/aktuelles/?page=2"),
        ("/kompetenzteam/sitzungen/?thema=gefluechtete&jahr=2022", "http://testserver/kompetenzteam/sitzungen/"),
        ("/kompetenzteam/sitzungen/29/", "http://testserver/kompetenzteam/sitzungen/29/"),
        ("/offenbach-hilft/", "http://testserver/offenbach-hilft/"),
        ("/programme/", "http://testserver/programme/"),
        ("/suche/?q=Verein", "http://testserver/suche/"),
        ("/kontakt/", "http://testserver/kontakt/"),
    ],
)
def test_every_page_names_its_canonical_address(client, shared_demo, path, canonical):
    response = client.get(path)
    assert response.status_code == 200
    assert canonical_links(response) == [canonical]


@pytest.mark.django_db
def test_error_page_names_no_canonical_address(client, shared_demo):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert canonical_links(response) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "address"),
    [
        ("/seite/vereine/", "/vereine/"),
        ("/en/seite/kompetenzteam/", "/en/kompetenzteam/"),
        ("/uk/seite/aktuelles/", "/uk/aktuelles/"),
        ("/seite/offenbach-hilft/", "/offenbach-hilft/"),
        ("/ru/seite/programme/", "/ru/programme/"),
        ("/seite/impressum/", "/impressum/"),
        ("/seite/startseite/", "/"),
    ],
)
def test_a_second_address_leads_to_the_pages_one_address(client, shared_demo, path, address):
    response = client.get(path)
    assert response.status_code == 301
    assert response["Location"] == address


@pytest.mark.django_db
def test_sitemap_lists_each_address_once_and_no_redirects(client, shared_demo):
    sitemap = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>http://testserver([^<]*)</loc>", sitemap)
    assert len(locations) == len(set(locations))
    assert [location for location in locations if "/seite/" in location] == []
    for location in locations:
        # The German addresses; the other languages' are the same paths with a prefix.
        if location.endswith("/") and not location.startswith(("/en/", "/uk/", "/ru/")):
            assert client.get(location).status_code == 200, location


@pytest.mark.django_db
def test_search_finds_a_section_at_its_own_address_only(client, shared_demo):
    outcome = search.search("Kompetenzteam Integration", per_page=100)
    urls = [result.url for result in outcome.results]
    assert len(urls) == len(set(urls))
    assert [url for url in urls if url.startswith("/seite/")] == []
