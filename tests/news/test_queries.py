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
