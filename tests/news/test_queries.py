"""N+1 guards: list, article, feeds and home cost the same for 1 and 30 articles."""

import datetime

import pytest

from tests.factories import make_meeting, make_organisation
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db

COUNTS = [1, 30]


@pytest.fixture
def make_articles():
    def make(count):
        meeting = make_meeting(29)
        organisation = make_organisation()
        return [make_article(meetings=[meeting], organisations=[organisation]) for _ in range(count)]

    return make


@pytest.mark.parametrize("count", COUNTS)
def test_list_query_count_does_not_grow_with_articles(client, django_assert_num_queries, make_articles, count):
    make_articles(count)
    # years for the filter, count, the page's articles
    with django_assert_num_queries(3):
        response = client.get("/aktuelles/")
    assert len(response.context["articles"]) == min(count, 20)


@pytest.mark.parametrize("count", COUNTS)
def test_article_query_count_does_not_grow_with_related_items(client, django_assert_num_queries, count):
    meetings = [make_meeting(number) for number in range(1, count + 1)]
    organisations = [make_organisation() for _ in range(count)]
    article = make_article(meetings=meetings, organisations=organisations)
    # article, its published meetings, organisations, programmes and projects (one query each)
    with django_assert_num_queries(5):
        response = client.get(article.get_absolute_url())
    assert [len(items) for _heading, items in response.context["related"]] == [count, count]


@pytest.mark.parametrize("path", ["/aktuelles/feed/", "/aktuelles/atom/", "/uk/aktuelles/feed/pressemitteilung/"])
@pytest.mark.parametrize("count", COUNTS)
def test_feed_query_count_does_not_grow_with_articles(client, django_assert_num_queries, make_articles, path, count):
    make_articles(count)
    with django_assert_num_queries(1):
        response = client.get(path)
    assert response.status_code == 200


@pytest.mark.parametrize("count", COUNTS)
def test_home_query_count_does_not_grow_with_articles(client, django_assert_num_queries, make_articles, count):
    make_articles(count)
    make_meeting(99, date=datetime.date(2999, 1, 1), state="geplant")
    # intro page, latest articles, next meeting, open funding calls
    with django_assert_num_queries(4):
        response = client.get("/")
    assert response.content.decode().count('class="news-item"') == min(count, 3)


@pytest.mark.parametrize("count", COUNTS)
def test_meeting_and_profile_sections_do_not_grow_with_articles(client, django_assert_num_queries, count):
    meeting = make_meeting(29)
    organisation = make_organisation(slug="verein")
    for number in range(count):
        # event notices too: whether one is past is read from the row, not fetched again
        category = "veranstaltungshinweis" if number % 2 else "pressemitteilung"
        make_article(meetings=[meeting], organisations=[organisation], category=category, event_date=datetime.date(2024, 1, 1))
    # the meeting page's own 6 queries, then the articles about it
    with django_assert_num_queries(7):
        html = client.get(meeting.get_absolute_url()).content.decode()
    assert html.count('href="/aktuelles/meldung-') == count
    # the profile's own 6 queries (with the Kompetenzteam's section), the programmes' section
    # (projects, portraying publications), then the articles about it
    with django_assert_num_queries(9):
        html = client.get(organisation.get_absolute_url()).content.decode()
    assert html.count('href="/aktuelles/meldung-') == count


def test_postgresql_reads_the_newest_articles_from_an_index():
    """At 20,000 articles sorting them all took 20 ms of every list; on
    PostgreSQL the lists' order has its own index (migration 0005), which
    SQLite cannot build (NULLS LAST) and, holding a few articles, needs not."""
    from django.db import connection

    from news.models import Article
    from news.selectors import latest_articles

    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, Article._meta.db_table)
    assert ("news_article_newest_idx" in indexes) == (connection.vendor == "postgresql")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # A handful of test rows: with a scan of the whole table or a sort ruled out,
            # the plan shows whether an index gives the lists' order.
            cursor.execute("SET enable_seqscan = off")
            cursor.execute("SET enable_sort = off")
            sql, params = latest_articles().query.sql_with_params()
            cursor.execute(f"EXPLAIN {sql}", params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            cursor.execute("RESET enable_seqscan")
            cursor.execute("RESET enable_sort")
        assert "news_article_newest_idx" in plan, plan
        assert "Sort" not in plan.split("Index")[0], plan


@pytest.mark.parametrize("count", COUNTS)
def test_the_years_of_the_list_are_kept_with_the_pages(client, django_assert_num_queries, make_articles, settings, count):
    """Reading the years goes through every published article; with the page
    cache on (production) they are kept until content changes."""
    settings.PAGE_CACHE_SECONDS = 300
    make_articles(count)
    first = client.get("/aktuelles/")
    # Another address, so not the kept page: count and the page's articles.
    with django_assert_num_queries(2):
        response = client.get("/aktuelles/?page=1")
    assert response["X-Page-Cache"] == "miss"
    years = response.context["form"].fields["jahr"].choices
    assert years == first.context["form"].fields["jahr"].choices and len(years) > 1
    # A new article in another year: the list's years follow at once.
    make_article(published_at=datetime.datetime(2019, 6, 1, 12, tzinfo=datetime.UTC))
    assert ("2019", "2019") in client.get("/aktuelles/?page=1").context["form"].fields["jahr"].choices
