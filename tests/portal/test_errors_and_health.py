import json

import pytest
from django.test import RequestFactory

from offenbach_portal.core.views import server_error


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path, lang, title",
    [
        ("/gibt-es-nicht/", "de", "Seite nicht gefunden"),
        ("/en/does-not-exist/", "en", None),
        ("/seite/unbekannt/", "de", "Seite nicht gefunden"),
    ],
)
def test_unknown_address_shows_the_404_page_in_the_layout(client, path, lang, title):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert 'class="portal-nav"' in html
    if title:
        assert f'<h1 class="kern-heading-x-large">{title}' in html


def test_server_error_page_needs_no_database():
    # No `db` fixture: any query here would fail the test.
    request = RequestFactory().get("/", HTTP_COOKIE="sessionid=abc")
    response = server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert "Ein Fehler ist aufgetreten" in html
    assert 'href="#inhalt"' in html


@pytest.mark.django_db
def test_healthz_reports_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["status"] == "ok"
    assert data["database"] == "ok"


@pytest.mark.django_db
def test_healthz_reports_a_broken_database(client, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def broken(*args, **kwargs):
        from django.db import OperationalError

        raise OperationalError("down")

    monkeypatch.setattr(CursorWrapper, "execute", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "error", "database": "unavailable", "detail": "OperationalError"}


@pytest.mark.django_db
def test_robots_and_sitemap(client, demo):
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()
    assert "<loc>http://testserver/sitemap-pages.xml</loc>" in client.get("/sitemap.xml").content.decode()
    sitemap = client.get("/sitemap-pages.xml").content.decode()
    assert "<loc>http://testserver/impressum/</loc>" in sitemap
    assert "<loc>http://testserver/uk/impressum/</loc>" in sitemap


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["x" * 5000, "<script>"])
def test_search_survives_hostile_queries(client, query):
    response = client.get("/suche/", {"q": query})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split('id="inhalt"', 1)[1]


@pytest.mark.django_db
def test_search_finds_pages(client, demo):
    html = client.get("/suche/", {"q": "Impressum"}).content.decode()
    assert 'href="/impressum/"' in html


@pytest.mark.django_db
def test_forged_host_header_gets_the_400_page(client):
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    html = response.content.decode()
    assert '<h1 class="kern-heading-x-large">Ungültige Anfrage' in html
    assert "evil.example" not in html


@pytest.mark.django_db
def test_forbidden_page_is_in_the_layout(rf):
    from django.contrib.auth.models import AnonymousUser

    from offenbach_portal.core.views import permission_denied

    request = rf.get("/")
    request.user = AnonymousUser()
    response = permission_denied(request)
    assert response.status_code == 403
    assert "Zugriff verweigert" in response.content.decode()
