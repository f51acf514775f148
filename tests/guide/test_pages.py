"""The guide's pages: interface and content language, German fallback marked,
right to left, 404 for what does not exist or is not public, print, QR, short URL."""

import re

import pytest

from offenbach_portal.core.publication import Status
from tests.factories.guide import MARKER, add_contact, add_translation, language, make_office, make_topic
from tests.lang_check import unmarked

pytestmark = pytest.mark.django_db


def html_lang(html):
    return re.search(r'<html lang="([a-z-]+)"', html).group(1)


def test_hub_answers_without_any_topic(client):
    response = client.get("/offenbach-hilft/")
    assert response.status_code == 200
    html = response.content.decode()
    for number in ['href="tel:110"', 'href="tel:112"', 'href="tel:116117"']:
        assert number in html


def test_hub_lists_topics_by_audience(client):
    make_topic("anmeldung", audience="gefluechtete")
    make_topic("spenden", audience="helfende")
    make_topic("mitmachen", audience="beide")
    response = client.get("/offenbach-hilft/")
    assert [t.slug for t, _c in response.context["refugee_topics"]] == ["anmeldung", "mitmachen"]
    assert [t.slug for t, _c in response.context["helper_topics"]] == ["mitmachen", "spenden"]


def test_ukrainian_topic_is_ukrainian_with_every_german_fallback_marked(client):
    topic = make_topic("aufenthalt", languages=["de"])
    add_translation(topic, "uk", documents="", body="")  # documents and body only in German
    add_contact(topic, make_office("Sozialamt", hours=[(0, "08:00", "12:00")]), note="Leistungen")
    response = client.get("/uk/offenbach-hilft/aufenthalt/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html_lang(html) == "uk"
    assert "Titel uk" in html
    assert f"{MARKER} – Pass" in html  # the German documents …
    assert unmarked(html, MARKER) == []  # … marked lang="de"
    assert unmarked(html, "Leistungen") == []  # the contact point's note is German too
    assert "übersetzt, Prüfung ausstehend" not in html  # the review status speaks Ukrainian
    assert "Переклад: перекладено, очікує перевірки" in html


def test_topic_missing_in_the_reader_language_shows_german_with_a_note(client):
    make_topic("wohnen", languages=["de"])
    response = client.get("/uk/offenbach-hilft/wohnen/")
    html = response.content.decode()
    assert response.status_code == 200
    assert unmarked(html, MARKER) == []
    assert 'class="kern-body guide-fallback-note"' in html


def test_arabic_topic_renders_right_to_left(client):
    topic = make_topic("gesundheit", languages=["de"])
    add_translation(topic, "ar", title="الصحة", summary="نص عربي")
    response = client.get("/offenbach-hilft/gesundheit/?sprache=ar")
    assert response.status_code == 200
    html = response.content.decode()
    assert html_lang(html) == "de"  # the interface stays German
    assert re.search(r'<h1 class="kern-heading-x-large" lang="ar" dir="rtl">الصحة</h1>', html)
    assert '<p class="kern-body kern-body--large" lang="ar" dir="rtl">نص عربي</p>' in html


def test_language_added_by_staff_appears_without_code_change(client):
    topic = make_topic("anmeldung", languages=["de"])
    language("tr")
    add_translation(topic, "tr", title="Varış")
    html = client.get("/offenbach-hilft/anmeldung/").content.decode()
    assert '<a class="kern-link" href="/offenbach-hilft/anmeldung/?sprache=tr" lang="tr" dir="ltr" hreflang="tr">Türkçe</a>' in html


@pytest.mark.parametrize(
    "path",
    [
        "/offenbach-hilft/gibt-es-nicht/",
        "/offenbach-hilft/anmeldung/?sprache=xx",
        "/offenbach-hilft/?sprache=xx",
        "/offenbach-hilft/anmeldung/druck/?sprache=zz",
        "/offenbach-hilft/gibt-es-nicht/qr.svg",
        "/h/gibt-es-nicht/",
    ],
)
def test_unknown_topic_or_language_is_404(client, path):
    make_topic("anmeldung")
    assert client.get(path).status_code == 404


def test_inactive_language_is_404(client):
    make_topic("anmeldung")
    arabic = language("ar")
    arabic.active = False
    arabic.save()
    assert client.get("/offenbach-hilft/anmeldung/?sprache=ar").status_code == 404


def test_draft_topic_is_404_for_the_public_and_a_preview_for_staff(client, admin_client):
    make_topic("entwurf", status=Status.DRAFT)
    assert client.get("/offenbach-hilft/entwurf/").status_code == 404
    assert client.get("/offenbach-hilft/").context["refugee_topics"] == []
    response = admin_client.get("/offenbach-hilft/entwurf/")
    assert response.status_code == 200
    assert "portal-preview-note" in response.content.decode()


def test_topic_shows_reviewed_date_not_save_date(client):
    import datetime

    make_topic("anmeldung", reviewed_on=datetime.date(2026, 3, 4))
    html = client.get("/offenbach-hilft/anmeldung/").content.decode()
    assert 'Geprüft am <time datetime="2026-03-04">4. März 2026</time>' in html


def test_print_view_has_steps_contacts_and_the_address(client):
    topic = make_topic("anmeldung", short_code="anmelden")
    add_contact(topic, make_office("Bürgerbüro", hours=[(0, "08:00", "12:00")]))
    html = client.get("/offenbach-hilft/anmeldung/druck/").content.decode()
    assert f"{MARKER} – Schritt 2" in html
    assert "Bürgerbüro" in html
    assert '<strong class="guide-print__url">http://testserver/h/anmelden/</strong>' in html
    assert 'src="/offenbach-hilft/anmeldung/qr.svg"' in html


def test_qr_code_is_svg_made_here(client):
    make_topic("anmeldung", short_code="anmelden")
    response = client.get("/offenbach-hilft/anmeldung/qr.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.startswith(b"<svg")


def test_short_url_redirects_in_the_reader_language(client):
    make_topic("anmeldung", short_code="anmelden")
    response = client.get("/h/anmelden/")
    assert response.status_code == 302
    assert response["Location"] == "/offenbach-hilft/anmeldung/"
    response = client.get("/h/anmelden/", headers={"accept-language": "uk"})
    assert response["Location"] == "/uk/offenbach-hilft/anmeldung/"


def test_offer_category_lists_organisations_from_the_directory(client):
    from tests.factories import make_organisation

    make_topic("mitmachen", offer_category="begegnung")
    make_organisation("Begegnungsverein", offers=[("begegnung", "Offener Treff")])
    make_organisation("Sportverein", offers=[("sport", "Fußball")])
    html = client.get("/offenbach-hilft/mitmachen/").content.decode()
    assert "Begegnungsverein" in html and "Offener Treff" in html
    assert "Sportverein" not in html


def test_search_finds_topics(client):
    make_topic("anmeldung")
    response = client.get("/suche/", {"q": "Ausgangstext"})
    assert "/offenbach-hilft/anmeldung/" in response.content.decode()
