"""A draft or a scheduled article appears nowhere; at its publication time a
scheduled one appears everywhere by itself (no cron job)."""

import datetime

import pytest
import time_machine

from offenbach_portal.core.publication import Status
from tests.factories import make_meeting, make_organisation
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
PLANNED = datetime.datetime(2026, 3, 3, 8, 0, tzinfo=datetime.UTC)  # 9:00 in Offenbach
TITLE = "Kompetenzteam trifft sich zum 33. Mal"


@pytest.fixture
def meeting():
    return make_meeting(33, title="Sprachkurse", date=datetime.date(2026, 2, 24))


@pytest.fixture
def organisation():
    return make_organisation("Griechische Gemeinde", slug="griechische-gemeinde")


def places(client, article, meeting, organisation):
    """Where the article shows up for an anonymous visitor: each place → found?"""
    return {
        "list": TITLE in client.get("/aktuelles/").content.decode(),
        "detail": client.get(f"/aktuelles/{article.slug}/").status_code == 200,
        "rss": TITLE in client.get("/aktuelles/feed/").content.decode(),
        "atom": TITLE in client.get("/aktuelles/atom/").content.decode(),
        "category feed": TITLE in client.get("/aktuelles/feed/pressemitteilung/").content.decode(),
        "search": TITLE in client.get("/suche/", {"q": "33. Mal"}).content.decode(),
        "sitemap": f"/aktuelles/{article.slug}/" in client.get("/sitemap-articles.xml").content.decode(),
        "home": TITLE in client.get("/").content.decode(),
        "meeting": TITLE in client.get(meeting.get_absolute_url()).content.decode(),
        "organisation": TITLE in client.get(organisation.get_absolute_url()).content.decode(),
    }


EVERYWHERE = {"list", "detail", "rss", "atom", "category feed", "search", "sitemap", "home", "meeting", "organisation"}


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.ARCHIVED])
def test_article_that_is_not_published_appears_nowhere(client, meeting, organisation, status):
    article = make_article(TITLE, slug="treffen-33", status=status, meetings=[meeting], organisations=[organisation])
    found = places(client, article, meeting, organisation)
    assert {place for place, seen in found.items() if seen} == set()
    assert set(found) == EVERYWHERE


def test_scheduled_article_appears_everywhere_at_its_time_and_not_before(client, meeting, organisation):
    with time_machine.travel(NOW, tick=False):
        article = make_article(TITLE, slug="treffen-33", published_at=PLANNED, meetings=[meeting], organisations=[organisation])
        assert article.is_scheduled
        before = places(client, article, meeting, organisation)
    with time_machine.travel(PLANNED - datetime.timedelta(seconds=1), tick=False):
        just_before = places(client, article, meeting, organisation)
    with time_machine.travel(PLANNED, tick=False):
        at_time = places(client, article, meeting, organisation)
    assert {place for place, seen in before.items() if seen} == set()
    assert {place for place, seen in just_before.items() if seen} == set()
    assert {place for place, seen in at_time.items() if seen} == EVERYWHERE


def test_staff_who_may_change_articles_preview_a_draft(client, django_user_model):
    from django.contrib.auth.models import Group

    from offenbach_portal.core.groups import EDITORS

    article = make_article(TITLE, slug="entwurf", status=Status.DRAFT)
    editor = django_user_model.objects.create_user("red", password="x", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Vorschau\u00a0– nicht veröffentlicht" in response.content.decode()
    assert TITLE not in client.get("/aktuelles/").content.decode()


def test_staff_without_the_change_permission_get_404_for_a_draft(client, django_user_model):
    article = make_article(TITLE, slug="entwurf", status=Status.DRAFT)
    client.force_login(django_user_model.objects.create_user("staff", password="x", is_staff=True))
    assert client.get(article.get_absolute_url()).status_code == 404


def test_anonymous_visitor_gets_404_for_scheduled_article(client):
    article = make_article(TITLE, slug="geplant", published_at=datetime.datetime(2999, 1, 1, tzinfo=datetime.UTC))
    assert client.get(article.get_absolute_url()).status_code == 404
    assert client.get(f"/uk{article.get_absolute_url()}").status_code == 404
