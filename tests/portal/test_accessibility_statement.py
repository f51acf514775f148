"""The accessibility statement on the EU model: every mandatory part comes
from data (the statement record and the known barriers), in every language,
and staff keep it current in the back office."""

import datetime
import io
import re
from html import unescape

import pytest
from django.utils import translation
from django.utils.formats import date_format
from reversion.models import Version

from offenbach_portal.core.text import collapse_spaces
from offenbach_portal.core.uploads import DOCUMENT_EXTENSIONS
from offenbach_portal.pages.content_files import read_content
from offenbach_portal.pages.demo import load_accessibility
from offenbach_portal.pages.models import AccessibilityStatement, KnownBarrier
from offenbach_portal.pages.services import known_barrier_create
from tests.factories import PageFactory

pytestmark = pytest.mark.django_db

DEMO = {data["slug"]: data for data in read_content()}
LANGUAGES = ["de", "en", "uk", "ru"]


def localised(path, language):
    return path if language == "de" else f"/{language}{path}"


@pytest.fixture
def statement_page():
    PageFactory(**DEMO["barrierefreiheit"])
    load_accessibility(io.StringIO())
    return AccessibilityStatement.current()


def text_of(response):
    html = response.content.decode()
    main = re.search(r"<main[^>]*>(.*)</main>", html, re.S).group(1)
    return collapse_spaces(unescape(re.sub(r"<[^>]+>", " ", main)))


COMPLIANCE = {
    "de": "Dieses Portal ist teilweise barrierefrei .",
    "en": "This portal is partially compliant .",
    "uk": "Цей портал частково відповідає вимогам доступності .",
    "ru": "Этот портал частично соответствует требованиям доступности .",
}


def formatted(date, language):
    with translation.override(language):
        return date_format(date, "DATE_FORMAT")


@pytest.mark.parametrize("language", LANGUAGES)
def test_statement_shows_every_mandatory_part_from_data(client, statement_page, language):
    response = client.get(localised("/barrierefreiheit/", language))
    assert response.status_code == 200
    text = text_of(response)
    html = response.content.decode()
    assert COMPLIANCE[language] in text
    assert 'href="https://integration.offenbach.de/"' in html
    for barrier in KnownBarrier.objects.all():
        assert getattr(barrier, f"title_{language}") in text
        assert getattr(barrier, f"reason_{language}") in text
    assert formatted(datetime.date(2026, 11, 20), language) in text
    assert '<time datetime="2026-11-20">' in html
    assert getattr(statement_page, f"unit_{language}") in text
    assert "Musterstraße 1 (Demo-Angabe)" in text
    assert "+49 69 0000-0000 (Demo-Angabe)" in text
    assert 'href="mailto:barrierefreiheit@example.org"' in html
    assert f'href="{localised("/barriere-melden/", language)}"' in html
    assert 'href="https://lbit.hessen.de/"' in html
    assert "Durchsetzungs- und Überwachungsstelle für barrierefreie Informationstechnik des Landes Hessen" in text
    assert "[[" not in html


def test_statement_follows_its_data(client, statement_page):
    statement_page.assessed_on = datetime.date(2027, 2, 3)
    statement_page.compliance = AccessibilityStatement.Compliance.FULL
    statement_page.enforcement_url = "https://example.org/antrag"
    statement_page.phone = "+49 69 1234-5"
    statement_page.save()
    text = text_of(client.get("/barrierefreiheit/"))
    html = client.get("/barrierefreiheit/").content.decode()
    assert "3. Februar 2027" in text
    assert "Dieses Portal ist vollständig barrierefrei ." in text
    assert 'href="https://example.org/antrag"' in html
    assert "+49 69 1234-5" in text


def test_a_barrier_record_appears_in_all_four_languages(client, statement_page):
    known_barrier_create(
        title_de="Stadtplan als Bild",
        title_en="City map as an image",
        title_uk="План міста як зображення",
        title_ru="План города как изображение",
        reason_de="Der Plan hat keine Textalternative.",
        reason_en="The map has no text alternative.",
        reason_uk="План не має текстової альтернативи.",
        reason_ru="У плана нет текстовой альтернативы.",
        category=KnownBarrier.Category.DISPROPORTIONATE,
        order=99,
    )
    expected = {
        "de": ("Unverhältnismäßige Belastung", "Stadtplan als Bild: Der Plan hat keine Textalternative."),
        "en": ("Disproportionate burden", "City map as an image: The map has no text alternative."),
        "uk": ("Непропорційний тягар", "План міста як зображення: План не має текстової альтернативи."),
        "ru": ("Несоразмерная нагрузка", "План города как изображение: У плана нет текстовой альтернативы."),
    }
    for language, (category, line) in expected.items():
        html = client.get(localised("/barrierefreiheit/", language)).content.decode()
        assert f"<h3>{category}</h3>" in html
        assert line in text_of(client.get(localised("/barrierefreiheit/", language)))


def test_an_untranslated_barrier_is_marked_german(client, statement_page):
    known_barrier_create(title_de="Nur deutsch", reason_de="Noch ohne Übersetzung.")
    html = client.get("/en/barrierefreiheit/").content.decode()
    assert '<strong><span lang="de">Nur deutsch</span>:</strong> <span lang="de">Noch ohne Übersetzung.</span>' in html


def test_a_fixed_barrier_leaves_the_statement(client, statement_page):
    KnownBarrier.objects.filter(title_de="Video in Deutscher Gebärdensprache").update(is_current=False)
    assert "Video in Deutscher Gebärdensprache" not in text_of(client.get("/barrierefreiheit/"))


def test_document_barriers_name_every_accepted_document_format(client, statement_page):
    text = text_of(client.get("/barrierefreiheit/"))
    formats = ", ".join(extension.upper() for extension in DOCUMENT_EXTENSIONS)
    assert formats == "PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPG, JPEG, WEBP"
    assert text.count(f"Das betrifft alle Dokumentformate, die das Portal annimmt: {formats}.") == 2


@pytest.mark.parametrize("count", [1, 30])
def test_statement_query_count_does_not_grow_with_barriers(client, statement_page, django_assert_num_queries, count):
    KnownBarrier.objects.all().delete()
    for number in range(count):
        known_barrier_create(title_de=f"Barriere {number}", reason_de="Grund")
    with django_assert_num_queries(3):
        assert client.get("/barrierefreiheit/").status_code == 200


def test_loading_the_demo_twice_changes_nothing_and_keeps_edits(statement_page):
    statement_page.phone = "geändert"
    statement_page.save()
    out = io.StringIO()
    load_accessibility(out)
    assert out.getvalue().strip() == "Bekannte Barrieren: 0 neu, 3 vorhanden"
    assert AccessibilityStatement.objects.get().phone == "geändert"
    assert KnownBarrier.objects.count() == 3


def test_statement_and_barriers_keep_history(statement_page):
    barrier = KnownBarrier.objects.first()
    assert Version.objects.get_for_object(statement_page).count() == 1
    assert Version.objects.get_for_object(barrier).count() == 1


def test_admin_edits_the_one_statement_and_the_barriers(admin_client, statement_page):
    assert admin_client.get("/admin/pages/accessibilitystatement/1/change/").status_code == 200
    assert admin_client.get("/admin/pages/accessibilitystatement/add/").status_code == 403
    assert admin_client.get("/admin/pages/accessibilitystatement/1/delete/").status_code == 403
    html = admin_client.get("/admin/pages/knownbarrier/add/").content.decode()
    assert "Die Erklärung nennt dann alle Dokumentformate, die das Portal annimmt." in html
    assert admin_client.get("/admin/pages/knownbarrier/").status_code == 200


def test_without_a_statement_record_the_page_still_answers(client):
    PageFactory(**DEMO["barrierefreiheit"])
    response = client.get("/barrierefreiheit/")
    assert response.status_code == 200
    assert "[[" not in response.content.decode()
