import datetime
import time

import feedparser
import pytest

from news.models import Article
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db

SUMMER = datetime.datetime(2022, 6, 1, 8, 30, tzinfo=datetime.UTC)  # 10:30 in Offenbach (CEST)
WINTER = datetime.datetime(2024, 11, 13, 15, 0, tzinfo=datetime.UTC)  # 16:00 in Offenbach (CET)


@pytest.fixture
def articles():
    summer = make_article("Kompetenzteam: 29. Treffen", slug="treffen-29", published_at=SUMMER)
    summer.title_uk = "Команда компетенцій: 29-та зустріч"
    summer.teaser_uk = "Біженці з України в Оффенбаху."
    summer.save()
    winter = make_article("Catcalling im Kompetenzteam", slug="treffen-31", published_at=WINTER, category=Article.Category.NEWS)
    return summer, winter


@pytest.mark.parametrize("path", ["/aktuelles/feed/", "/aktuelles/atom/"])
def test_feed_parses_without_errors_with_absolute_links_and_berlin_dates(client, articles, path):
    response = client.get(path)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert [entry.title for entry in feed.entries] == ["Catcalling im Kompetenzteam", "Kompetenzteam: 29. Treffen"]
    assert [entry.link for entry in feed.entries] == [
        "http://testserver/aktuelles/treffen-31/",
        "http://testserver/aktuelles/treffen-29/",
    ]
    assert feed.feed.link.startswith("http://testserver/aktuelles/")
    assert [time.strftime("%Y-%m-%d %H:%M", entry.published_parsed) for entry in feed.entries] == ["2024-11-13 15:00", "2022-06-01 08:30"]
    raw = response.content.decode()
    if "rss" in response["Content-Type"]:
        assert "<pubDate>Wed, 13 Nov 2024 16:00:00 +0100</pubDate>" in raw
        assert "<pubDate>Wed, 01 Jun 2022 10:30:00 +0200</pubDate>" in raw
    else:
        assert "<published>2024-11-13T16:00:00+01:00</published>" in raw
        assert "<published>2022-06-01T10:30:00+02:00</published>" in raw


@pytest.mark.parametrize("path", ["/uk/aktuelles/feed/", "/uk/aktuelles/atom/"])
def test_ukrainian_feed_uses_ukrainian_text_where_it_exists(client, articles, path):
    feed = feedparser.parse(client.get(path).content)
    assert feed.bozo == 0
    assert feed.feed.language == "uk"
    assert [entry.title for entry in feed.entries] == ["Catcalling im Kompetenzteam", "Команда компетенцій: 29-та зустріч"]
    assert feed.entries[1].link == "http://testserver/uk/aktuelles/treffen-29/"
    assert feed.entries[1].summary == "Біженці з України в Оффенбаху."


def test_category_feed_has_only_that_category(client, articles):
    feed = feedparser.parse(client.get("/aktuelles/atom/meldung/").content)
    assert feed.bozo == 0
    assert [entry.title for entry in feed.entries] == ["Catcalling im Kompetenzteam"]
    assert feed.feed.title == "Meldung\u00a0– Integrationsportal Offenbach"


@pytest.mark.parametrize("path", ["/aktuelles/feed/gibtsnicht/", "/aktuelles/atom/<b>/", "/aktuelles/feed/Meldung/"])
def test_unknown_category_feed_is_404(client, path):
    assert client.get(path).status_code == 404


def test_feed_ids_stay_when_the_slug_changes(client, articles):
    summer, _winter = articles
    before = feedparser.parse(client.get("/aktuelles/atom/").content).entries[1].id
    summer.slug = "neue-adresse"
    summer.save()
    after = feedparser.parse(client.get("/aktuelles/atom/").content).entries[1].id
    assert before == after == f"tag:integration.offenbach.de,2026:article-{summer.pk}"
