"""The editorial pages: their fixed addresses in four languages, publication,
unknown slugs and the rich-text sanitising."""

import datetime
import re

import pytest
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.html import escape

from offenbach_portal.core.publication import Status
from offenbach_portal.pages.content_files import read_content
from offenbach_portal.pages.models import Page
from tests.factories import PageFactory

pytestmark = pytest.mark.django_db

DEMO = {data["slug"]: data for data in read_content()}
LANGUAGES = ["de", "en", "uk", "ru"]
# Where each page is read.
PAGE_PATHS = {
    "startseite": "/",
    "impressum": "/impressum/",
    "datenschutz": "/datenschutz/",
    "barrierefreiheit": "/barrierefreiheit/",
    "leichte-sprache": "/leichte-sprache/",
    "gebaerdensprache": "/gebaerdensprache/",
}
# The section introductions have their sections' addresses, which the apps
# serve: /seite/<slug>/ leads there (one address per page).
SECTION_PATHS = {
    "aktuelles": "/aktuelles/",
    "offenbach-hilft": "/offenbach-hilft/",
    "kompetenzteam": "/kompetenzteam/",
    "programme": "/programme/",
    "vereine": "/vereine/",
}


def localised(path, language):
    return path if language == "de" else f"/{language}{path}"


def make_page(slug, **changes):
    """A page with its demo content in all four languages."""
    return PageFactory(**{**DEMO[slug], **changes})


def heading(response):
    return re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S).group(1)).strip()


def test_every_demo_page_has_an_address():
    assert sorted({**PAGE_PATHS, **SECTION_PATHS}) == sorted(DEMO)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", sorted(SECTION_PATHS))
def test_section_introduction_leads_to_its_section(client, slug, language):
    page = make_page(slug)
    with translation.override(language):
        assert page.get_absolute_url() == localised(SECTION_PATHS[slug], language)
    response = client.get(localised(f"/seite/{slug}/", language))
    assert response.status_code == 301
    assert response["Location"] == localised(SECTION_PATHS[slug], language)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", sorted(PAGE_PATHS))
def test_page_answers_with_its_translated_title(client, slug, language):
    make_page(slug)
    response = client.get(localised(PAGE_PATHS[slug], language))
    assert response.status_code == 200
    assert heading(response) == escape(DEMO[slug][f"title_{language}"])
    html = response.content.decode()
    assert re.search(r'<html lang="([a-z-]+)"', html).group(1) == language
    assert escape(DEMO[slug][f"lead_{language}"]) in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_body_is_rendered_as_html_in_its_language(client, language):
    page = make_page("leichte-sprache")
    page.refresh_from_db()
    html = client.get(localised("/leichte-sprache/", language)).content.decode()
    assert f'<div class="portal-richtext">{getattr(page, f"body_{language}")}</div>' in html


def test_page_falls_back_to_german_without_translation(client):
    PageFactory(slug="impressum", title="Impressum", body="<p>Nur auf Deutsch.</p>")
    response = client.get("/uk/impressum/")
    assert response.status_code == 200
    assert heading(response) == "Impressum"
    assert "<p>Nur auf Deutsch.</p>" in response.content.decode()


@pytest.mark.parametrize("path", ["/impressum/", "/seite/impressum/", "/en/impressum/", "/ru/seite/impressum/"])
def test_unpublished_page_is_not_found(client, path):
    make_page("impressum", status=Status.DRAFT)
    assert client.get(path).status_code == 404


def test_unpublished_home_intro_is_not_shown(client):
    make_page("startseite", status=Status.DRAFT)
    html = client.get("/").content.decode()
    assert escape(DEMO["startseite"]["lead_de"]) not in html


@pytest.mark.parametrize("path", ["/seite/gibt-es-nicht/", "/en/seite/gibt-es-nicht/", "/seite/kein slug/"])
def test_unknown_page_is_not_found(client, path):
    make_page("impressum")
    assert client.get(path).status_code == 404


def test_page_without_video_shows_no_player(client):
    make_page("gebaerdensprache")
    assert "<video" not in client.get("/gebaerdensprache/").content.decode()


def test_page_with_uploaded_video_shows_the_player_with_captions(client):
    make_page("gebaerdensprache", video="pages/video/dgs.mp4", video_captions="pages/video/dgs.vtt")
    html = client.get("/gebaerdensprache/").content.decode()
    assert '<video controls preload="metadata" src="/media/pages/video/dgs.mp4">' in html
    assert '<track kind="captions" src="/media/pages/video/dgs.vtt" srclang="de"' in html


@pytest.mark.parametrize(
    ("language", "facts", "symbol"),
    [
        ("de", "(MP4, {size}, Länge 4:05 Minuten)", "Symbol für Deutsche Gebärdensprache (DGS)"),
        ("en", "(MP4, {size}, length 4:05 min)", "Symbol for German Sign Language (DGS)"),
        ("uk", "(MP4, {size}, тривалість 4:05 хв)", "Символ німецької жестової мови (DGS)"),
        ("ru", "(MP4, {size}, длительность 4:05 мин)", "Символ немецкого жестового языка (DGS)"),
    ],
)
def test_sign_language_video_has_a_download_link_with_size_duration_and_the_dgs_symbol(client, settings, language, facts, symbol):
    video = settings.MEDIA_ROOT / "pages" / "video" / "dgs.mp4"
    video.parent.mkdir(parents=True, exist_ok=True)
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * (2_621_440 - 12))
    make_page("gebaerdensprache", video="pages/video/dgs.mp4", video_duration=datetime.timedelta(minutes=4, seconds=5))
    html = client.get(localised("/gebaerdensprache/", language)).content.decode()
    assert re.search(r'<a class="kern-link portal-video__download" href="/media/pages/video/dgs.mp4" download>[^<]+</a>', html)
    with translation.override(language):
        size = filesizeformat(2_621_440)  # Django's unit in that language, e.g. "2,5 MB"
    assert f'<span class="portal-video__facts">{facts.format(size=size)}</span>' in html
    assert re.search(rf'<img class="portal-video__symbol" src="/static/img/dgs[.a-z0-9]*svg" alt="{re.escape(symbol)}"', html)


def test_a_missing_video_file_does_not_break_the_page(client):
    make_page("gebaerdensprache", video="pages/video/fehlt.mp4")
    response = client.get("/gebaerdensprache/")
    assert response.status_code == 200
    assert '<span class="portal-video__facts">(MP4)</span>' in response.content.decode()


UNSAFE = (
    '<p onclick="steal()" style="color: red">Hallo <script>alert(1)</script>'
    '<a href="javascript:alert(1)">Link</a> <a href="https://example.org/" onmouseover="x()">Seite</a> '
    '<span lang="uk" class="x">Привіт</span></p><iframe src="https://example.org/"></iframe>'
)
SAFE = (
    '<p>Hallo <a rel="noopener noreferrer">Link</a> '
    '<a href="https://example.org/" rel="noopener noreferrer">Seite</a> <span lang="uk">Привіт</span></p>'
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_rich_text_is_sanitised_on_create(language):
    page = Page.objects.create(status=Status.PUBLISHED, slug="probe", title_de="Probe", **{f"body_{language}": UNSAFE})
    page.refresh_from_db()
    assert getattr(page, f"body_{language}") == SAFE


def test_rich_text_is_sanitised_on_update():
    page = PageFactory(body="<p>Harmlos</p>")
    page.body_de = UNSAFE
    page.save()
    page.refresh_from_db()
    assert page.body_de == SAFE


def test_untranslated_passages_are_marked_as_german(client):
    PageFactory(slug="impressum", title="Impressum", title_en="Legal notice", body="<p>Nur auf Deutsch.</p>")
    html = client.get("/en/impressum/").content.decode()
    assert '<h1 class="kern-heading-x-large">Legal notice</h1>' in html
    assert '<div class="portal-richtext" lang="de"><p>Nur auf Deutsch.</p></div>' in html
