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
    "en": ["News", "Offenbach helps", "Competence Team", "Programmes", "Associations"],
    "uk": ["Новини", "Оффенбах допомагає", "Команда компетенцій", "Програми", "Обʼєднання"],
    "ru": ["Новости", "Оффенбах помогает", "Команда компетенций", "Программы", "Объединения"],
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
        if tag.lower().startswith("<link") and 'rel="alternate"' in tag:
            continue  # hreflang alternates name pages, they load nothing
        for url in re.findall(r'\b(?:src|href|data|poster)="([^"]+)"', tag):
            assert url.startswith("/") and not url.startswith("//"), tag
    for url in re.findall(r"url\(([^)]+)\)", html):
        assert "//" not in url
