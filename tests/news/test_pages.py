import datetime

import pytest
import time_machine
from django.utils import timezone

from news.models import Article
from offenbach_portal.core.publication import Status
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db


def titles(response):
    return [article.title for article in response.context["articles"]]


def test_list_shows_published_articles_newest_first(client):
    now = timezone.now()
    make_article("Älter", published_at=now - datetime.timedelta(days=3))
    make_article("Neuer", published_at=now - datetime.timedelta(days=1))
    response = client.get("/aktuelles/")
    assert response.status_code == 200
    assert titles(response) == ["Neuer", "Älter"]


def test_list_has_20_articles_a_page(client):
    for _ in range(21):
        make_article()
    first = client.get("/aktuelles/")
    second = client.get("/aktuelles/?page=2")
    assert len(first.context["articles"]) == 20
    assert len(second.context["articles"]) == 1


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999999999999999999", ""])
def test_odd_page_number_shows_a_page_never_an_error(client, page):
    make_article("Einzige")
    response = client.get("/aktuelles/", {"page": page})
    assert response.status_code == 200
    assert titles(response) == ["Einzige"]


def test_list_filters_by_category_and_year(client):
    make_article("Presse 2022", published_at=datetime.datetime(2022, 6, 1, 10, tzinfo=datetime.UTC))
    make_article("Meldung 2022", category=Article.Category.NEWS, published_at=datetime.datetime(2022, 5, 12, 10, tzinfo=datetime.UTC))
    make_article("Presse 2024", published_at=datetime.datetime(2024, 5, 7, 10, tzinfo=datetime.UTC))
    assert titles(client.get("/aktuelles/?kategorie=pressemitteilung")) == ["Presse 2024", "Presse 2022"]
    assert titles(client.get("/aktuelles/?jahr=2022")) == ["Presse 2022", "Meldung 2022"]
    assert titles(client.get("/aktuelles/?kategorie=meldung&jahr=2022")) == ["Meldung 2022"]


def test_year_is_the_year_in_berlin(client):
    # 23:30 UTC on New Year's Eve is already the new year in Offenbach.
    make_article("Silvester", published_at=datetime.datetime(2023, 12, 31, 23, 30, tzinfo=datetime.UTC))
    assert titles(client.get("/aktuelles/?jahr=2024")) == ["Silvester"]


@pytest.mark.parametrize("query", ["kategorie=gibtsnicht", "jahr=1850", "jahr=abc", "kategorie=<script>&jahr=20x"])
def test_unknown_filter_is_ignored_with_a_note(client, query):
    make_article("Einzige", published_at=datetime.datetime(2024, 5, 7, 10, tzinfo=datetime.UTC))
    response = client.get(f"/aktuelles/?{query}")
    assert response.status_code == 200
    assert titles(response) == ["Einzige"]
    assert "Unbekannter Filterwert ignoriert" in response.content.decode()


def test_detail_shows_date_category_body_and_byline(client):
    article = make_article(
        "Das 29. Treffen",
        published_at=datetime.datetime(2022, 6, 1, 10, tzinfo=datetime.UTC),
        body="<p>Text <script>alert(1)</script>zum Treffen.</p>",
        updated_note="Ort korrigiert.",
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<time datetime="2022-06-01T12:00:00+02:00">1. Juni 2022</time> · Pressemitteilung' in html
    assert "<p>Text zum Treffen.</p>" in html
    assert "<script>alert" not in html
    assert "Ort korrigiert." in html
    assert "Amt für Arbeitsförderung, Statistik und Integration" in html


def test_unknown_slug_is_404(client):
    assert client.get("/aktuelles/gibt-es-nicht/").status_code == 404


def test_past_event_stays_readable_and_is_marked_past(client):
    with time_machine.travel(datetime.datetime(2024, 12, 1, 12, tzinfo=datetime.UTC), tick=False):
        article = make_article(
            "Fachtag",
            category=Article.Category.EVENT,
            event_date=datetime.date(2024, 12, 9),
            published_at=datetime.datetime(2024, 11, 20, 9, tzinfo=datetime.UTC),
        )
        before = client.get(article.get_absolute_url()).content.decode()
    with time_machine.travel(datetime.datetime(2024, 12, 10, 12, tzinfo=datetime.UTC), tick=False):
        response = client.get(article.get_absolute_url())
        listing = client.get("/aktuelles/").content.decode()
    assert "Die Veranstaltung findet am 9. Dezember 2024 statt." in before
    assert "Veranstaltung vorbei" not in before
    assert response.status_code == 200
    assert "Diese Veranstaltung hat am 9. Dezember 2024 stattgefunden." in response.content.decode()
    assert "Veranstaltung vorbei" in listing


def test_german_fallback_is_marked_on_ukrainian_page(client):
    article = make_article("Nur Deutsch", teaser="Nur deutscher Anreißer.")
    article.title_uk = "Українською"
    article.save()
    html = client.get(f"/uk{article.get_absolute_url()}").content.decode()
    assert '<h1 class="kern-heading-x-large">Українською</h1>' in html
    assert '<p class="kern-body kern-body--large news-teaser"><span lang="de">Nur deutscher Anreißer.</span></p>' in html


def test_related_items_list_published_meetings_and_organisations_only(client):
    from tests.factories import make_meeting, make_organisation

    shown = make_meeting(29, title="Geflüchtete aus der Ukraine")
    hidden = make_meeting(30, status=Status.DRAFT)
    organisation = make_organisation("Sozialamt", kind="amt")
    draft_org = make_organisation("Entwurfsverein", status=Status.DRAFT)
    article = make_article(meetings=[shown, hidden], organisations=[organisation, draft_org])
    response = client.get(article.get_absolute_url())
    related = {str(heading): [str(item) for item in items] for heading, items in response.context["related"]}
    assert related == {"Sitzungen des Kompetenzteams": ["29. Sitzung\u00a0– Geflüchtete aus der Ukraine"], "Organisationen": ["Sozialamt"]}


def test_list_and_detail_announce_both_feeds(client):
    article = make_article()
    for path in ["/aktuelles/", article.get_absolute_url()]:
        html = client.get(path).content.decode()
        assert '<link rel="alternate" type="application/rss+xml" title="Aktuelles (RSS)" href="/aktuelles/feed/">' in html
        assert '<link rel="alternate" type="application/atom+xml" title="Aktuelles (Atom)" href="/aktuelles/atom/">' in html
