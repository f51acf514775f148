"""The web fonts: small subsets of Fira Sans that still cover every letter the
portal writes in German, English, Ukrainian and Russian."""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.templatetags.static import static
from fontTools.ttLib import TTFont

from offenbach_portal.core import webfonts

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
CONTENT_DIR = Path(settings.BASE_DIR) / "offenbach_portal" / "pages" / "content"


# The subsets are built once for the module: its tests stay on one pytest-xdist worker.
pytestmark = pytest.mark.xdist_group("webfonts")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    output = tmp_path_factory.mktemp("fonts")
    webfonts.build(source=webfonts.SOURCE_DIR, output=output)
    return output


def _catalogue_text():
    """Every msgid and msgstr of the translation catalogues, and every content file."""
    parts = []
    for po_path in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po")):
        with po_path.open("rb") as handle:
            catalogue = read_po(handle)
        for message in catalogue:
            for value in (message.id, message.string):
                parts.extend(value if isinstance(value, (list, tuple)) else [value])
    parts.extend(path.read_text(encoding="utf-8") for path in sorted(CONTENT_DIR.glob("*.html")))
    return "".join(part for part in parts if part)


def _subset_of(char):
    owners = [name for name in webfonts.SUBSETS if ord(char) in webfonts.codepoints(name)]
    assert len(owners) <= 1, (char, owners)
    return owners[0] if owners else None


# The blocks of the portal's four languages: Latin with its extensions,
# Cyrillic, general punctuation, currency signs and letterlike symbols (№).
# Text in other scripts (a language's own name in Arabic, say) is drawn by
# the visitor's system fonts, as Fira Sans has no glyphs for it at all.
PORTAL_SCRIPTS = [(0x0000, 0x052F), (0x1E00, 0x1EFF), (0x2000, 0x214F)]


def _in_portal_scripts(char):
    return any(start <= ord(char) <= end for start, end in PORTAL_SCRIPTS)


def test_every_character_of_the_catalogues_has_a_glyph_in_its_subset(built):
    text = _catalogue_text()
    characters = {char for char in text if _in_portal_scripts(char) and (not char.isspace() or char == "\u00a0")} - {"\ufeff"}
    assert len(characters) > 150  # Latin, Cyrillic, digits and punctuation
    assert {"ä", "ß", "„", "–", "ґ", "є", "ї", "ё", "ы"} <= characters
    cmaps = {
        (subset, weight): set(TTFont(built / webfonts.file_name(subset, weight)).getBestCmap())
        for subset in webfonts.SUBSETS
        for weight in webfonts.WEIGHTS
    }
    uncovered = {}
    for char in sorted(characters):
        subset = _subset_of(char)
        missing = [weight for weight in webfonts.WEIGHTS if subset is None or ord(char) not in cmaps[subset, weight]]
        if missing:
            uncovered[f"U+{ord(char):04X} {char}"] = (subset, missing)
    assert uncovered == {}


@pytest.mark.parametrize(
    ("language", "sample"), [("de", "Größe „Straße“ – 20 €"), ("uk", "Обʼєднання ґ є ї № 29"), ("ru", "Объединение ё № 5")]
)
def test_each_language_needs_only_its_own_subsets(language, sample):
    used = {_subset_of(char) for char in sample if not char.isspace()}
    expected = {"de": {"latin"}, "uk": {"cyrillic", "latin"}, "ru": {"cyrillic", "latin"}}[language]
    assert used == expected


def test_subsets_are_a_fraction_of_the_whole_face(built):
    whole = (webfonts.SOURCE_DIR / webfonts.WEIGHTS[400]).stat().st_size
    for subset in ("latin", "cyrillic"):
        size = (built / webfonts.file_name(subset, 400)).stat().st_size
        assert size < whole / 4, (subset, size, whole)


def test_stylesheet_swaps_and_declares_a_range_for_every_face(built):
    css = (built / webfonts.STYLESHEET).read_text(encoding="utf-8")
    faces = re.findall(r"@font-face \{(.*?)\}", css, flags=re.S)
    assert len(faces) == len(webfonts.SUBSETS) * len(webfonts.WEIGHTS) == 9
    for face in faces:
        assert "font-display: swap;" in face
        assert re.search(r"unicode-range: U\+[0-9A-F]{4}", face)
        file_name = re.search(r'url\("([^"]+)"\)', face).group(1)
        assert (built / file_name).is_file()
    weights = sorted({int(w) for w in re.findall(r"font-weight: (\d+);", css)})
    assert weights == [400, 500, 600]


def test_subset_ranges_do_not_overlap():
    seen = {}
    for name in webfonts.SUBSETS:
        for codepoint in webfonts.codepoints(name):
            assert codepoint not in seen, (hex(codepoint), name, seen.get(codepoint))
            seen[codepoint] = name


@pytest.mark.django_db
@pytest.mark.parametrize(("prefix", "subset"), [("", "latin"), ("/en", "latin"), ("/uk", "cyrillic"), ("/ru", "cyrillic")])
def test_pages_preload_the_first_screen_faces_of_their_script(client, prefix, subset):
    html = client.get(f"{prefix}/").content.decode()
    preloads = re.findall(r'<link rel="preload" href="([^"]+)" as="font" type="font/woff2" crossorigin>', html)
    assert preloads == [static(f"fonts/fira-sans-{subset}-400.woff2"), static(f"fonts/fira-sans-{subset}-600.woff2")]
    assert f'href="{static("fonts/fira-sans.css")}"' in html
    assert "kern/fonts/" not in html
