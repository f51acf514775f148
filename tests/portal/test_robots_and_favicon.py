import pytest
from django.templatetags.static import static


@pytest.mark.django_db
def test_robots_excludes_private_paths_in_every_language(client):
    lines = client.get("/robots.txt").content.decode().splitlines()
    disallowed = [line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow: ")]
    assert disallowed == [
        "/admin/",
        "/konto/",
        "/en/konto/",
        "/uk/konto/",
        "/ru/konto/",
        "/mein-verein/",
        "/en/mein-verein/",
        "/uk/mein-verein/",
        "/ru/mein-verein/",
        "/suche/",
        "/en/suche/",
        "/uk/suche/",
        "/ru/suche/",
    ]


@pytest.mark.django_db
def test_favicon_ico_leads_to_our_own_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == static("img/favicon.svg")
    assert response["Location"].startswith("/static/img/favicon.")
    assert client.get("/en/favicon.ico").status_code == 404
