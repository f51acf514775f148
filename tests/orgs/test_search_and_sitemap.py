import pytest
from django.utils import translation

from offenbach_portal.core.publication import Status
from offenbach_portal.core.search import search
from orgs.models import Organisation
from tests.factories import make_organisation

pytestmark = pytest.mark.django_db


def test_site_search_finds_published_organisations_by_name_and_description():
    make_organisation("Griechische Gemeinde", slug="griechische-gemeinde", description_de="Tanz und Kultur am Main.")
    make_organisation("Griechischer Entwurf", slug="entwurf", status=Status.DRAFT)
    make_organisation("Sozialamt", slug="sozialamt", kind=Organisation.Kind.CITY_OFFICE, description_de="Soziale Leistungen")
    # A request to /uk/ earlier in the same thread leaves Ukrainian active; the kind label follows it.
    with translation.override("de"):
        results = [result for result in search("griech").results if result.kind == "organisation"]
        offices = [str(result.title) for result in search("Leistungen").results if result.kind == "organisation"]
    assert [(r.label, r.title, r.url, r.snippet) for r in results] == [
        ("Organisation", "Griechische Gemeinde", "/vereine/griechische-gemeinde/", "Tanz und Kultur am Main.")
    ]
    assert offices == ["Sozialamt"]


def test_site_search_page_lists_organisations(client):
    make_organisation("Griechische Gemeinde", slug="griechische-gemeinde")
    html = client.get("/suche/?q=Griechische").content.decode()
    assert '<a class="kern-link" href="/vereine/griechische-gemeinde/">Griechische Gemeinde</a>' in html


def test_sitemap_lists_directory_and_published_profiles(client):
    make_organisation("Griechische Gemeinde", slug="griechische-gemeinde")
    make_organisation("Entwurf", slug="entwurf", status=Status.DRAFT)
    xml = client.get("/sitemap-orgs.xml").content.decode()
    assert "<loc>http://testserver/vereine/</loc>" in xml
    assert "<loc>http://testserver/uk/vereine/griechische-gemeinde/</loc>" in xml
    assert "/vereine/entwurf/" not in xml
