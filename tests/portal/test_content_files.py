"""The editorial page texts in `offenbach_portal/pages/content/`: rules every
file keeps (all four languages, HTML the sanitiser keeps, no foreign assets,
demo placeholders marked, links in the page's language), the loader's errors,
and how `load_demo` treats pages that already exist."""

import io
import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import Resolver404, resolve
from django.utils import translation
from reversion.models import Version

from offenbach_portal.core.richtext import sanitise_html
from offenbach_portal.pages.content_files import CONTENT_DIR, ContentFileError, read_content
from offenbach_portal.pages.models import Page

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PAGES = read_content()
TEXTS = [(page["slug"], language, page) for page in PAGES for language in LANGUAGES]
FIELDS = ["title", "lead", "body"]

# What only the city can supply is a placeholder, marked as demo in the
# language of the text: either in the same paragraph, list item or address,
# or by a note paragraph that opens with the marker.
PLACEHOLDERS = ["Musterstraße", "example.org", "0000-0000", "DE000000000"]
MARKERS = {"de": "Demo-Angabe", "en": "Demo information", "uk": "Демонстраційні дані", "ru": "Демонстрационные данные"}
BLOCK_END = re.compile(r"</(?:p|li|address|td|th|dd|h[2-4])>")

# German names in the other languages are marked up with lang="de".
GERMAN_NAMES = ["Stadt Offenbach am Main", "Musterstraße", "Amt für", "Ausländerbeirat", "Regierungspräsidium", "Vielfaltszentrum"]

FOREIGN_TAGS = re.compile(r"<(script|style|iframe|img|link|object|embed|video|audio|source|picture|svg|frame|base)\b", re.IGNORECASE)
LOADING_ATTRIBUTES = re.compile(r"\b(src|srcset|data|poster|background|style)\s*=", re.IGNORECASE)
REMOTE_CSS = re.compile(r"@import|@font-face|url\(", re.IGNORECASE)


def unmarked_placeholders(text, language):
    """The placeholders in `text` that no demo marker covers."""
    marker = MARKERS[language]
    if f"<p><strong>{marker}:</strong> " in text:
        return []
    return [
        placeholder
        for block in BLOCK_END.split(text)
        for placeholder in PLACEHOLDERS
        if placeholder in block and marker.lower() not in block.lower()
    ]


def foreign_assets(text):
    """Everything in `text` that would load or run something: tags, loading attributes, CSS."""
    return FOREIGN_TAGS.findall(text) + LOADING_ATTRIBUTES.findall(text) + REMOTE_CSS.findall(text)


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def write(directory, name, text):
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


# --- Rules over all content files -----------------------------------------------


def test_every_file_is_named_after_a_page_and_a_language():
    names = sorted(path.name for path in CONTENT_DIR.iterdir())
    assert names == sorted(f"{page['slug']}.{language}.html" for page in PAGES for language in LANGUAGES)
    assert len(PAGES) == 11


def test_every_page_has_title_lead_and_body_in_all_four_languages():
    gaps = [(slug, language, field) for slug, language, page in TEXTS for field in FIELDS if not page.get(f"{field}_{language}")]
    assert gaps == []
    multiline = [(slug, language) for slug, language, page in TEXTS if "\n" in page[f"title_{language}"] + page[f"lead_{language}"]]
    assert multiline == []
    stubs = [(slug, language) for slug, language, page in TEXTS if "Demo." in page[f"body_{language}"]]
    assert stubs == []


def test_every_body_survives_sanitising_unchanged():
    """Only HTML the sanitiser keeps: saving adds `rel` to links, nothing else."""
    changed = [
        (slug, language)
        for slug, language, page in TEXTS
        if sanitise_html(page[f"body_{language}"]).replace(' rel="noopener noreferrer"', "") != page[f"body_{language}"]
    ]
    assert changed == []


def test_no_text_loads_anything():
    found = [(slug, language, field, foreign_assets(page[f"{field}_{language}"])) for slug, language, page in TEXTS for field in FIELDS]
    assert [entry for entry in found if entry[3]] == []


def test_foreign_assets_are_found():
    text = '<p style="x">A <img src="https://cdn.example.com/a.png"><script src="/x.js"></script></p><style>@import url(//x)</style>'
    assert foreign_assets(text) == ["img", "script", "style", "style", "src", "src", "@import", "url("]


def test_links_to_other_hosts_are_plain_links():
    """Links may lead elsewhere (they load nothing); every other URL is a page link of the portal."""
    urls = [(slug, language, url) for slug, language, page in TEXTS for url in re.findall(r'href="([^"]*)"', page[f"body_{language}"])]
    assert urls
    odd = [entry for entry in urls if not entry[2].startswith(("/", "https://", "mailto:", "tel:")) or entry[2].startswith("//")]
    assert odd == []


def test_every_placeholder_is_marked_as_demo_in_the_text_language():
    unmarked = [
        (slug, language, field, unmarked_placeholders(page[f"{field}_{language}"], language))
        for slug, language, page in TEXTS
        for field in FIELDS
    ]
    assert [entry for entry in unmarked if entry[3]] == []
    with_placeholders = sorted(
        {slug for slug, language, page in TEXTS if any(placeholder in page[f"body_{language}"] for placeholder in PLACEHOLDERS)}
    )
    # The statement's contact details are data now (pages/demo_data/accessibility.yaml).
    assert with_placeholders == ["datenschutz", "gebaerdensprache", "impressum"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("<p>Musterstraße 1</p>", "de", ["Musterstraße"]),
        ("<p>Musterstraße 1 (Demo-Angabe)</p><p>Tel. 0000-0000</p>", "de", ["0000-0000"]),
        ("<p><strong>Demo-Angabe:</strong> Platzhalter.</p><address>Musterstraße 1</address>", "de", []),
        ("<li>integration@example.org (demo information)</li>", "en", []),
        ("<li>integration@example.org (Demo-Angabe)</li>", "en", ["example.org"]),
    ],
)
def test_placeholder_rule(text, language, expected):
    assert unmarked_placeholders(text, language) == expected


def test_internal_links_lead_to_pages_in_the_same_language():
    """Internal links resolve and stay in the page's language; only links
    marked hreflang="de" (the binding German legal texts) lead to German."""
    wrong = []
    for slug, language, page in TEXTS:
        for href, hreflang in re.findall(r'<a href="(/[^"]*)"(?: hreflang="([a-z]+)")?', page[f"body_{language}"]):
            target = hreflang or language
            prefix_ok = not href.startswith(("/en/", "/uk/", "/ru/")) if target == "de" else href.startswith(f"/{target}/")
            with translation.override(target):
                try:
                    resolve(href)
                    resolves = True
                except Resolver404:
                    resolves = False
            if not (prefix_ok and resolves):
                wrong.append((slug, language, href))
    assert wrong == []


def test_german_names_in_other_languages_are_marked_as_german():
    unmarked = [
        (slug, language, name)
        for slug, language, page in TEXTS
        if language != "de"
        for name in GERMAN_NAMES
        if name in re.sub(r'<span lang="de">.*?</span>', "", page[f"body_{language}"], flags=re.DOTALL)
    ]
    assert unmarked == []


def test_foreign_script_in_german_text_is_marked():
    unmarked = [
        (page["slug"], word)
        for page in PAGES
        for word in re.findall(
            r"[\u0400-\u04ff]+", re.sub(r'<span lang="(uk|ru)">.*?</span>', "", page["body_de"], flags=re.DOTALL) + page["lead_de"]
        )
    ]
    assert unmarked == []


def test_privacy_notice_places_the_data_blocks_in_every_language():
    # The cookie list, the rate limit and the retention periods come from data
    # (tests/portal/test_cookies.py); the text only places them.
    datenschutz = next(page for page in PAGES if page["slug"] == "datenschutz")
    for language in LANGUAGES:
        body = datenschutz[f"body_{language}"]
        assert [body.count(f"<p>[[{name}]]</p>") for name in ("cookies", "rate-limit", "retention")] == [1, 1, 1], language


def test_accessibility_statement_links_the_barrier_form_in_its_language():
    barrierefreiheit = next(page for page in PAGES if page["slug"] == "barrierefreiheit")
    forms = {language: re.findall(r'<a href="([^"]*barriere-melden/)">', barrierefreiheit[f"body_{language}"]) for language in LANGUAGES}
    assert forms == {
        "de": ["/barriere-melden/"],
        "en": ["/en/barriere-melden/"],
        "uk": ["/uk/barriere-melden/"],
        "ru": ["/ru/barriere-melden/"],
    }


# --- The loader ------------------------------------------------------------------

HEADER = "---\nslug: probe\ntitle: Probe\nlead: >-\n  Ein Vorspann\n  über zwei Zeilen.\n---\n"


def test_read_content_returns_the_page_fields(tmp_path):
    write(tmp_path, "probe.de.html", HEADER + "<p>Text</p>\n\n")
    write(tmp_path, "probe.en.html", "---\nslug: probe\ntitle: Probe EN\nlead: Lead\n---\n<p>Text EN</p>\n")
    write(tmp_path, "andere.de.html", "---\nslug: andere\ntitle: Andere\nlead: ''\n---\n<p>A</p>\n<p>B</p>\n")
    assert read_content(tmp_path) == [
        {"slug": "andere", "title_de": "Andere", "lead_de": "", "body_de": "<p>A</p>\n<p>B</p>"},
        {
            "slug": "probe",
            "title_de": "Probe",
            "lead_de": "Ein Vorspann über zwei Zeilen.",
            "body_de": "<p>Text</p>",
            "title_en": "Probe EN",
            "lead_en": "Lead",
            "body_en": "<p>Text EN</p>",
        },
    ]


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("probe.de.html", "<p>Kein Kopf</p>\n", "probe.de.html: die Datei beginnt nicht mit einem Kopf zwischen »---«-Zeilen."),
        (
            "probe.de.html",
            "---\nslug: probe\ntitle: Probe\nlead: x\n<p>Text</p>\n",
            "probe.de.html: der Kopf wird nicht mit einer »---«-Zeile geschlossen.",
        ),
        ("probe.de.html", "---\nslug: probe\ntitle: Probe\n---\n<p>Text</p>\n", "probe.de.html: im Kopf fehlt ['lead'], unbekannt ist –."),
        (
            "probe.de.html",
            "---\nslug: probe\ntitle: Probe\nlead: x\nautor: jemand\n---\n<p>Text</p>\n",
            "probe.de.html: im Kopf fehlt –, unbekannt ist ['autor'].",
        ),
        ("probe.de.html", "---\n- slug\n- title\n---\n<p>Text</p>\n", "probe.de.html: der Kopf muss slug, title und lead angeben."),
        ("probe.de.html", "---\nslug: probe\ntitle: [Probe\nlead: x\n---\n<p>Text</p>\n", None),
        ("probe.de.html", "---\nslug: probe\ntitle: 2026\nlead: x\n---\n<p>Text</p>\n", "probe.de.html: »title« im Kopf muss Text sein."),
        ("probe.fr.html", HEADER + "<p>Texte</p>\n", "probe.fr.html: unbekannte Sprache »fr«, erlaubt sind de, en, uk, ru."),
        ("anders.de.html", HEADER + "<p>Text</p>\n", "anders.de.html: der Kopf nennt den slug »probe«, der Dateiname »anders«."),
        ("probe.html", HEADER + "<p>Text</p>\n", "probe.html: erwartet wird ein Name der Form <slug>.<sprache>.html."),
        ("probe.de.md", HEADER + "Text\n", "probe.de.md: erwartet wird ein Name der Form <slug>.<sprache>.html."),
    ],
)
def test_malformed_file_is_refused_with_its_name(tmp_path, name, text, message):
    write(tmp_path, name, text)
    with pytest.raises(ContentFileError) as excinfo:
        read_content(tmp_path)
    if message is None:
        assert str(excinfo.value).startswith("probe.de.html: der Kopf ist kein gültiges YAML (")
    else:
        assert str(excinfo.value) == message


# --- load_demo and existing pages --------------------------------------------------


@pytest.mark.django_db
def test_load_demo_creates_every_page_from_the_files():
    output = load_demo()
    assert f"Seiten: {len(PAGES)} neu, 0 vorhanden" in output
    fields = ["slug", *[f"{field}_{language}" for field in FIELDS for language in LANGUAGES]]
    stored = [
        {key: value.replace(' rel="noopener noreferrer"', "") for key, value in page.items()}
        for page in Page.objects.order_by("slug").values(*fields)
    ]
    assert stored == PAGES


@pytest.mark.django_db
def test_load_demo_never_overwrites_an_edited_page_and_restores_a_deleted_one():
    load_demo()
    impressum = Page.objects.get(slug="impressum")
    impressum.title_de = "Impressum (geprüft)"
    impressum.body_en = "<p>Checked by the city.</p>"
    impressum.save()
    Page.objects.filter(slug="vereine").delete()
    untouched = dict(Page.objects.exclude(slug="impressum").values_list("slug", "updated_at"))

    output = load_demo()

    impressum.refresh_from_db()
    assert (impressum.title_de, impressum.body_en) == ("Impressum (geprüft)", "<p>Checked by the city.</p>")
    assert f"Seiten: 1 neu, {len(PAGES) - 1} vorhanden" in output
    assert dict(Page.objects.exclude(slug__in=["impressum", "vereine"]).values_list("slug", "updated_at")) == untouched
    vereine = Page.objects.get(slug="vereine")
    assert vereine.title_de == next(page["title_de"] for page in PAGES if page["slug"] == "vereine")
    assert Version.objects.get_for_object(vereine).get().revision.get_comment() == "Demo-Inhalt angelegt"
