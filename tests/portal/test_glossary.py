"""One vocabulary in every language (docs/glossary.md, docs/glossary.yaml):
the variants the glossary rules out appear in no catalogue, content file or
demo data file; the menu, headings and page titles use one name; the
Ukrainian apostrophe is one character (ʼ); typography keeps what belongs
together on one line (non-breaking spaces)."""

import re
from html import unescape
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po
from django.conf import settings

from offenbach_portal.pages.content_files import read_content
from orgs.models import OrganisationEditor
from tests.page_types import in_language, member_paths, public_paths

BASE = Path(settings.BASE_DIR)
GLOSSARY = yaml.safe_load((BASE / "docs" / "glossary.yaml").read_text(encoding="utf-8"))
LANGUAGES = ["de", "en", "uk", "ru"]
TRANSLATED = ["en", "uk", "ru"]

# Files another change rewrites at the same time; checked all the same.
CONTENT_FILES = sorted(path for path in BASE.glob("*/**/content/*.html") if ".venv" not in path.parts and "node_modules" not in path.parts)
DEMO_FILES = sorted(path for path in BASE.glob("*/**/demo_data/*.yaml") if ".venv" not in path.parts and "node_modules" not in path.parts)


def catalogue(language):
    with open(BASE / "locale" / language / "LC_MESSAGES" / "django.po", "rb") as po:
        return read_po(po, locale=language)


CATALOGUES = {language: catalogue(language) for language in TRANSLATED}


def _strings(message):
    return [string for string in (message.string if isinstance(message.string, tuple) else (message.string,)) if string]


def _msgid(message):
    return message.id[0] if isinstance(message.id, tuple) else message.id


def _script_language(text):
    """uk or ru for Cyrillic text by its letters, else None."""
    if re.search(r"[іїєґІЇЄҐ]", text):
        return "uk"
    if re.search(r"[ыэъёЫЭЪЁ]", text):
        return "ru"
    return None


def _demo_strings(node, language, path):
    """(language, text) for every string in a demo data tree. A string's
    language is the nearest key that names one (`uk:` or `title_uk:`);
    Cyrillic text under no such key by its letters; the rest is German."""
    if isinstance(node, dict):
        for key, value in node.items():
            key = str(key)
            suffix = key.rsplit("_", 1)[-1]
            yield from _demo_strings(value, key if key in LANGUAGES else suffix if suffix in LANGUAGES else language, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _demo_strings(value, language, f"{path}[{index}]")
    elif isinstance(node, str):
        yield (language or _script_language(node) or "de"), node, path


def texts():
    """Every text of the portal's vocabulary: (language, where, msgid, text)."""
    found = []
    for language, messages in CATALOGUES.items():
        for message in messages:
            if message.id:
                found += [(language, f"{language}/django.po {_msgid(message)!r}", _msgid(message), string) for string in _strings(message)]
    for path in CONTENT_FILES:
        language = path.name.split(".")[-2]
        found.append((language, str(path.relative_to(BASE)), None, path.read_text(encoding="utf-8")))
    for path in DEMO_FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found += [(language, f"{path.relative_to(BASE)} {where}", None, text) for language, text, where in _demo_strings(data, None, "")]
    return found


TEXTS = texts()


def test_the_texts_cover_catalogues_content_and_demo_data():
    places = {where.split(" ")[0].split("/")[0] for _language, where, _msgid, _text in TEXTS}
    assert {"en", "uk", "ru", "offenbach_portal", "orgs", "committees", "news", "programmes"} <= places
    assert {language for language, *_rest in TEXTS} == set(LANGUAGES)


# --- Variants the glossary rules out ------------------------------------------------


def ruled_out(entries):
    found = []
    for term in GLOSSARY["terms"]:
        scope = term.get("only_where_msgid")
        for language, patterns in term.get("forbidden", {}).items():
            for pattern in patterns:
                for text_language, where, msgid, text in entries:
                    if text_language != language or (scope and not (msgid and re.search(scope, msgid))):
                        continue
                    found += [(where, match.group()) for match in re.finditer(pattern, text)]
    return found


def test_no_text_uses_a_variant_the_glossary_rules_out():
    assert ruled_out(TEXTS) == []


@pytest.mark.parametrize(
    ("text", "language", "msgid", "found"),
    [
        ("Die Команда компетенцій tagt.", "uk", None, ["Команда компетенцій"]),
        ("У команді компетенцій з інтеграції", "uk", None, []),
        ("the competence team meets", "en", None, ["competence team"]),
        ("the integration competence team", "en", None, []),
        ("Нова пропозиція", "uk", "Neues Angebot", ["пропозиція"]),
        ("Ваша пропозиція", "uk", "Ihr Vorschlag", []),
        ("порядок принудительного исполнения", "ru", None, ["принудительного исполнения"]),
        ("the Lord Mayor", "en", None, []),
        ("then deputy mayor", "en", None, ["mayor"]),
        ("тодішнього мера", "uk", None, ["мера"]),
        ("номера", "uk", None, []),
    ],
)
def test_ruled_out_variants_are_found(text, language, msgid, found):
    assert [match for _where, match in ruled_out([(language, "probe", msgid, text)])] == found


def test_every_term_has_a_form_in_every_language():
    missing = [(term["de"], language) for term in GLOSSARY["terms"] for language in TRANSLATED if not term.get(language)]
    assert missing == []
    unexplained = [term["de"] for term in GLOSSARY["terms"] if term["kind"] == "name" and set(term.get("explain", {})) != set(TRANSLATED)]
    assert unexplained == []


def test_the_glossary_page_shows_every_term_and_form():
    page = (BASE / "docs" / "glossary.md").read_text(encoding="utf-8")
    missing = [
        (term["de"], language, term[language])
        for term in GLOSSARY["terms"]
        for language in ["de", *TRANSLATED]
        if term[language] not in page
    ]
    assert missing == []


# --- One name for one thing: menu, heading, page title --------------------------------


def _text_of(reference, language):
    kind, key = reference.split(":", 1)
    if kind == "msgid":
        message = CATALOGUES[language].get(key)
        return message.string if message else None
    page = next(page for page in read_content() if page["slug"] == key)
    return page[f"title_{language}"]


@pytest.mark.parametrize("group", GLOSSARY["same"], ids=lambda group: group["texts"][0])
def test_menu_heading_and_title_use_the_glossary_name(group):
    found = {language: {reference: _text_of(reference, language) for reference in group["texts"]} for language in TRANSLATED}
    assert found == {language: dict.fromkeys(group["texts"], group["is"][language]) for language in TRANSLATED}


# --- The Ukrainian apostrophe --------------------------------------------------------

OTHER_APOSTROPHE = re.compile(r"[\u0400-\u04ff]['’`][\u0400-\u04ff]")


def test_every_ukrainian_apostrophe_is_the_modifier_letter():
    """„обʼєднання“ with U+02BC everywhere: the search, filters and slugs accept
    ' and ’ too (tests/core/test_search.py, tests/core/test_text.py)."""
    other = [(where, match.group()) for _language, where, _msgid, text in TEXTS for match in OTHER_APOSTROPHE.finditer(text)]
    assert other == []


# --- Non-breaking spaces -------------------------------------------------------------

NBSP_RULES = {
    # „№ 29“, „Nr. 29“, „§ 3“, „Art. 6 Abs. 1“: the sign and its number.
    "number sign": re.compile(r"№(?:[ \n](?=[\w%])|(?=\d))|(?:Nr\.|§|Abs\.|Art\.)(?:[ \n](?=\d)|(?=\d))"),
    # „20 МБ“, „200 MB“, „50 €“, „18 Uhr“, „25 %“: a number and its unit.
    "unit": re.compile(r"(?:\d|%\(\w+\)s)[ \n](?:(?:[KMG]B|[КМГ]Б|€|EUR|євро|евро|km|км|Min\.|хв\.|мин\.|Uhr)(?!\w)|%(?![(\w]))"),
    # „2007 року“, „2007 года“, „2007 р.“, „2007 г.“: a year and its word.
    # A placeholder counts as the number it stands for („%(time)s Uhr“).
    "year": re.compile(r"(?:\b\d{4}|%\(year\)s)[ \n](?:року|році|рік|роках|р\.|года|году|год|г\.)(?!\w)"),
    # „Text – Text“: a dash between words never starts a line. (A dash at the
    # start of a line of a plain-text e-mail is a list item, not this.)
    "dash": re.compile(r"(?<=\S) [—–](?=[ \n]\S)"),
}
BLOCK_TAG = re.compile(
    r"</?(?:p|li|ul|ol|h[1-6]|br|div|address|table|caption|tr|td|th|dl|dt|dd|section|article|aside|nav|header|footer|main|"
    r"details|summary|figure|figcaption|blockquote|pre|form|fieldset|legend|select|option|textarea|button)\b[^>]*>"
)
INLINE_TAG = re.compile(r"<[^>]*>")


def nbsp_gaps(text, html=False):
    """Where `text` breaks what belongs together. In HTML a line break is a
    space, a block tag a line break, an inline tag nothing."""
    if html:
        text = unescape(INLINE_TAG.sub("", BLOCK_TAG.sub("\n", text.replace("\n", " "))))
    return [(rule, match.group()) for rule, pattern in NBSP_RULES.items() for match in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("засідання № 29", [("number sign", "№ ")]),
        ("засідання №\u00a029", []),
        ("не більше 20 МБ.", [("unit", "0 МБ")]),
        ("не більше 20\u00a0МБ.", []),
        ("у 2007 році", [("year", "2007 році")]),
        ("у 2007\u00a0році", []),
        ("Дані — це", [("dash", " —")]),
        ("Дані\u00a0— це", []),
        ("10–12 Uhr", [("unit", "2 Uhr")]),
        ("10–12\u00a0Uhr", []),
        ("höchstens 20 MB", [("unit", "0 MB")]),
        ("Art. 6 Abs.\n1 DSGVO, § 3 HDSIG", [("number sign", "Art. "), ("number sign", "Abs.\n"), ("number sign", "§ ")]),
        ("Art.\u00a06 Abs.\u00a01, §\u00a03, Nr.\u00a02", []),
        ("Diese Art. Hilfe", []),
        ("zu 25 % gefördert", [("unit", "5 %")]),
        ("%(count)s Treffer, 1 %(name)s", []),
        ("ab %(start)s Uhr", [("unit", "%(start)s Uhr")]),
        ("з %(year)s року", [("year", "%(year)s року")]),
        ("Angaben:\n– Name", []),
        ("– bitte wählen –", []),
    ],
)
def test_nbsp_rules(text, expected):
    assert nbsp_gaps(text) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<p><a href="x">Text</a> – mehr</p>', [("dash", " –")]),
        ("<p>Text\n– mehr</p>", [("dash", " –")]),
        ("<ul><li>– Name</li></ul>", []),
        ("<p>Text</p>\n<p>– Name</p>", []),
        ("<p>Text&nbsp;– mehr, № 29</p>", [("number sign", "№ ")]),
        ("<tr>\n  <th>№</th>\n  <th>Дата</th>\n</tr>", []),
        ('<select><option value="">– bitte wählen –</option>\n<option>Beratung</option></select>', []),
    ],
)
def test_nbsp_rules_read_html_as_a_browser_breaks_it(html, expected):
    assert nbsp_gaps(html, html=True) == expected


def test_german_source_texts_keep_together_what_belongs_together():
    """The German texts are the catalogues' msgids (and the German overrides)."""
    msgids = {
        text for message in CATALOGUES["en"] if message.id for text in (message.id if isinstance(message.id, tuple) else (message.id,))
    }
    gaps = [(msgid, gap) for msgid in sorted(msgids) for gap in nbsp_gaps(msgid)]
    gaps += [
        (_msgid(message), gap) for message in catalogue("de") if message.id for string in _strings(message) for gap in nbsp_gaps(string)
    ]
    assert gaps == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogues_keep_together_what_belongs_together(language):
    gaps = [
        (_msgid(message), gap)
        for message in CATALOGUES[language]
        if message.id
        for string in _strings(message)
        for gap in nbsp_gaps(string)
    ]
    assert gaps == []


def test_content_files_keep_together_what_belongs_together():
    gaps = [(path.name, gap) for path in CONTENT_FILES for gap in nbsp_gaps(path.read_text(encoding="utf-8").split("---", 2)[2], html=True)]
    assert gaps == []


def test_demo_data_keeps_together_what_belongs_together():
    gaps = [(where, gap) for _language, where, _msgid, text in TEXTS if ".yaml " in where for gap in nbsp_gaps(text)]
    assert gaps == []


HEAD_AND_SCRIPTS = re.compile(r"<head>.*?</head>|<script\b.*?</script>|<style\b.*?</style>", re.S)


@pytest.mark.django_db
def test_every_page_type_keeps_together_what_belongs_together(client, shared_demo):
    """What visitors and a logged-in member read, in all four languages: the
    catalogues, content and demo data above plus what templates put between
    them (a dash after a link, „Uhr“ after a time) and the page titles."""
    editor = OrganisationEditor.objects.order_by("pk").first().user
    gaps = []
    for user, paths in ((None, public_paths()), (editor, member_paths(editor))):
        if user:
            client.force_login(user)
        for language in LANGUAGES:
            for path in paths:
                address = in_language(path, language)
                html = client.get(address).content.decode()
                title = re.search(r"<title[^>]*>(.*?)</title>", html, re.S).group(1)
                gaps += [(address, gap) for text in (title, HEAD_AND_SCRIPTS.sub("", html)) for gap in nbsp_gaps(text, html=True)]
    assert gaps == []
