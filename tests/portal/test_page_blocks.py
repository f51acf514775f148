"""Data blocks inside editorial pages (`pages.blocks`): a paragraph
`[[name]]` in a page's text shows what the registered block renders, so that
legal texts show values from settings and records instead of copies."""

import re

import pytest

from offenbach_portal.pages import blocks
from offenbach_portal.pages.content_files import read_content
from tests.factories import PageFactory

pytestmark = pytest.mark.django_db

DEMO = {data["slug"]: data for data in read_content()}
LICENCE_HEADINGS = {
    "de": "Offene Daten und ihre Lizenz",
    "en": "Open data and their licence",
    "uk": "Відкриті дані та їхня ліцензія",
    "ru": "Открытые данные и их лицензия",
}


LICENCE_SENTENCES = {
    "de": "stehen unter dieser Lizenz:",
    "en": "are published under this licence:",
    "uk": "опубліковано за такою ліцензією:",
    "ru": "опубликованы по следующей лицензии:",
}


def localised(path, language):
    return path if language == "de" else f"/{language}{path}"


def test_split_cuts_the_text_at_its_markers():
    html = "<p>Vorher</p>\n<p>[[cookies]]</p>\n<p>Nachher</p><p> [[open-data-licence]] </p>"
    assert blocks.split(html) == [
        ("html", "<p>Vorher</p>"),
        ("block", "cookies"),
        ("html", "<p>Nachher</p>"),
        ("block", "open-data-licence"),
    ]


def test_a_marker_inside_a_sentence_is_plain_text():
    assert blocks.split("<p>Siehe [[cookies]] unten</p>") == [("html", "<p>Siehe [[cookies]] unten</p>")]


def test_an_unknown_marker_shows_nothing_and_the_text_around_it_stays(client):
    PageFactory(slug="probe", title="Probe", body="<p>Vorher</p><p>[[gibt-es-nicht]]</p><p>Nachher</p>")
    html = client.get("/seite/probe/").content.decode()
    assert "[[" not in html
    assert '<div class="portal-richtext"><p>Vorher</p></div>\n<div class="portal-richtext"><p>Nachher</p></div>' in html


def test_text_around_a_block_keeps_its_german_fallback_mark(client):
    PageFactory(slug="probe", title="Probe", body="<p>Vorher</p><p>[[open-data-licence]]</p>")
    html = client.get("/en/seite/probe/").content.decode()
    assert '<div class="portal-richtext" lang="de"><p>Vorher</p></div>' in html
    assert 'href="https://www.govdata.de/dl-de/by-2-0"' in html


@pytest.mark.parametrize("language", ["de", "en", "uk", "ru"])
def test_impressum_shows_the_open_data_licence_from_settings(client, settings, language):
    settings.OPEN_DATA_LICENCE = {
        **settings.OPEN_DATA_LICENCE,
        "name": "Probelizenz 9.9",
        "id": "probe-9-9",
        "url": "https://example.org/probe",
    }
    PageFactory(**DEMO["impressum"])
    html = client.get(localised("/impressum/", language)).content.decode()
    assert f"<h2>{LICENCE_HEADINGS[language]}</h2>" in html
    assert LICENCE_SENTENCES[language] in html
    assert '<a class="kern-link" href="https://example.org/probe" lang="de">Probelizenz 9.9</a> (probe-9-9).' in html
    assert "[[" not in html


@pytest.mark.parametrize("excepted", [False, True])
def test_impressum_names_the_organisations_exception_only_when_the_setting_says_so(client, settings, excepted):
    settings.OPEN_DATA_EXCEPT_ORGANISATION_CONTENT = excepted
    PageFactory(**DEMO["impressum"])
    html = client.get("/impressum/").content.decode()
    assert ("Ausgenommen von der Lizenz sind Texte, Logos und Kontaktangaben" in html) is excepted


@pytest.mark.parametrize("language", ["de", "en", "uk", "ru"])
def test_impressum_names_the_magistrat_as_representative_for_the_legal_office_to_confirm(client, language):
    PageFactory(**DEMO["impressum"])
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", client.get(localised("/impressum/", language)).content.decode()))
    assert "Magistrat" in text
    assert "Oberbürgermeister" in text
    confirm = {
        "de": "Die Angaben zur Vertretung bestätigt das Rechtsamt der Stadt vor der Veröffentlichung.",
        "en": "the city's legal office confirms these details of representation before publication.",
        "uk": "юридичний відділ міста підтверджує ці відомості про представництво перед публікацією.",
        "ru": "юридический отдел города подтверждает эти сведения о представительстве перед публикацией.",
    }[language]
    assert confirm in text.replace("&#x27;", "'")
