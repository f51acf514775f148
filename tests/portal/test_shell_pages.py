import re

import pytest

SHELL_PATHS = [
    "/",
    "/aktuelles/",
    "/offenbach-hilft/",
    "/kompetenzteam/",
    "/programme/",
    "/vereine/",
    "/suche/",
    "/kontakt/",
    "/barriere-melden/",
    "/impressum/",
    "/datenschutz/",
    "/barrierefreiheit/",
    "/leichte-sprache/",
    "/gebaerdensprache/",
    "/konto/anmelden/",
]
NAV_LABELS = {
    "de": ["Aktuelles", "Offenbach hilft", "Kompetenzteam", "Programme", "Vereine"],
    "en": ["News", "Offenbach helps", "Kompetenzteam Integration", "Programmes", "Associations"],
    "uk": ["Новини", "Оффенбах допомагає", "Kompetenzteam Integration", "Програми", "Обʼєднання"],
    "ru": ["Новости", "Оффенбах помогает", "Kompetenzteam Integration", "Программы", "Объединения"],
}


def localised(path, language):
    return path if language == "de" else f"/{language}{path}"


@pytest.mark.parametrize("language", ["de", "en", "uk", "ru"])
@pytest.mark.parametrize("path", SHELL_PATHS)
def test_shell_page_answers_in_every_language(client, shared_demo, path, language):
    response = client.get(localised(path, language))
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'<html lang="([a-z-]+)"', html).group(1) == language
    nav = html.split('class="portal-nav"', 1)[1].split("</nav>", 1)[0]
    labels = re.findall(r'class="portal-nav__link[^"]*"[^>]*>([^<]+)</a>', nav)
    assert labels == NAV_LABELS[language]


ASSET_PATTERN = re.compile(
    r'<(?:script|link|img|iframe|source|video|audio|track|embed|object)\b[^>]*?\b(?:src|href|data|poster)="([^"]+)"', re.I
)


@pytest.mark.parametrize("path", SHELL_PATHS)
def test_shell_page_loads_nothing_from_other_hosts(client, shared_demo, path):
    html = client.get(path).content.decode()
    for tag in re.findall(r"<(?:script|link|img|iframe|source|video|audio|track|embed|object)\b[^>]*>", html, re.I):
        if tag.lower().startswith("<link") and ('rel="alternate"' in tag or 'rel="canonical"' in tag):
            continue  # hreflang alternates and the canonical address name pages, they load nothing
        for url in re.findall(r'\b(?:src|href|data|poster)="([^"]+)"', tag):
            assert url.startswith("/") and not url.startswith("//"), tag
    for url in re.findall(r"url\(([^)]+)\)", html):
        assert "//" not in url


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_menu_names_the_kompetenzteam_as_its_heading_does_and_marks_it_german(client, shared_demo, language):
    """docs/glossary.md: one name in menu and heading; a German name carries lang="de"."""
    html = client.get(f"/{language}/kompetenzteam/").content.decode()
    nav = html.split('class="portal-nav"', 1)[1].split("</nav>", 1)[0]
    link = re.search(r'<a class="portal-nav__link[^"]*" href="/' + language + r'/kompetenzteam/"([^>]*)>([^<]+)</a>', nav)
    heading = re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", html, re.DOTALL).group(1)).strip()
    assert (link.group(1), link.group(2), heading) == (
        ' aria-current="page" lang="de"',
        "Kompetenzteam Integration",
        "Kompetenzteam Integration",
    )


def test_menu_marks_no_german_name_on_german_pages(client, shared_demo):
    nav = client.get("/kompetenzteam/").content.decode().split('class="portal-nav"', 1)[1].split("</nav>", 1)[0]
    assert 'lang="de"' not in nav
