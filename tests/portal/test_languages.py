import re

import pytest

pytestmark = pytest.mark.django_db

PUBLIC_PATHS = ["/", "/impressum/", "/kontakt/", "/suche/?q=Integration", "/vereine/", "/kompetenzteam/"]


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">', html))


def test_switcher_names_each_language_in_itself(client, shared_demo):
    html = client.get("/impressum/").content.decode()
    switcher = html.split('class="portal-languages"', 1)[1].split("</nav>", 1)[0]
    links = re.findall(r'href="([^"]+)" lang="([a-z]+)" hreflang="[a-z]+"[^>]*>([^<]+)</a>', switcher)
    assert [(lang, name) for _href, lang, name in links] == [
        ("de", "Deutsch"),
        ("en", "English"),
        ("uk", "Українська"),
        ("ru", "Русский"),
    ]
    assert [href for href, _lang, _name in links] == [
        "/sprache/de/?next=%2Fimpressum%2F",
        "/sprache/en/?next=%2Fen%2Fimpressum%2F",
        "/sprache/uk/?next=%2Fuk%2Fimpressum%2F",
        "/sprache/ru/?next=%2Fru%2Fimpressum%2F",
    ]


def test_hreflang_alternates_point_at_the_same_page(client, shared_demo):
    html = client.get("/en/impressum/").content.decode()
    assert hreflangs(html) == {
        "de": "http://testserver/impressum/",
        "en": "http://testserver/en/impressum/",
        "uk": "http://testserver/uk/impressum/",
        "ru": "http://testserver/ru/impressum/",
    }


def test_switching_keeps_the_page_and_sets_only_the_language_cookie(client, shared_demo):
    response = client.get("/sprache/uk/", {"next": "/en/impressum/"})
    assert response.status_code == 302
    assert response["Location"] == "/uk/impressum/"
    assert list(response.cookies) == ["portal_language"]
    cookie = response.cookies["portal_language"]
    assert cookie.value == "uk"
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


def test_remembered_language_redirects_german_addresses(client, shared_demo):
    client.get("/sprache/ru/", {"next": "/"})
    response = client.get("/datenschutz/")
    assert response.status_code == 302
    assert response["Location"] == "/ru/datenschutz/"
    client.get("/sprache/de/", {"next": "/ru/datenschutz/"})
    assert client.get("/datenschutz/").status_code == 200


def test_switch_refuses_foreign_targets_and_unknown_languages(client, shared_demo):
    response = client.get("/sprache/en/", {"next": "https://example.com/phish"})
    assert response["Location"] == "/en/"
    assert client.get("/sprache/fr/", {"next": "/"}).status_code == 404


@pytest.mark.parametrize("path", PUBLIC_PATHS)
@pytest.mark.parametrize("prefix", ["", "/en", "/uk", "/ru"])
def test_anonymous_visitors_get_no_cookie(client, shared_demo, prefix, path):
    response = client.get(prefix + path)
    assert response.status_code == 200
    assert dict(response.cookies) == {}


def test_content_security_policy_allows_only_our_origin(client, shared_demo):
    policy = client.get("/").headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"


@pytest.mark.parametrize("path", ["/impressum/", "/datenschutz/", "/barrierefreiheit/", "/leichte-sprache/"])
def test_a_link_to_the_german_page_reaches_it_despite_the_remembered_language(client, shared_demo, path):
    client.get("/sprache/uk/", {"next": "/uk/"})
    response = client.get(path, headers={"Referer": f"http://testserver/uk{path}"})
    assert response.status_code == 200
    assert '<html lang="de"' in response.content.decode()
    followed = client.get(path, headers={"Sec-Fetch-Site": "same-origin"})
    assert followed.status_code == 200


def test_a_link_from_another_site_still_gets_the_remembered_language(client, shared_demo):
    client.get("/sprache/uk/", {"next": "/uk/"})
    response = client.get(
        "/impressum/", headers={"Referer": "https://www.suchmaschine.example/?q=offenbach", "Sec-Fetch-Site": "cross-site"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/uk/impressum/"
