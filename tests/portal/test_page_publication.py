"""Editorial pages follow the one publication pattern: a draft or a page
scheduled for later is nowhere public, staff who may change pages preview it."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from offenbach_portal.core.groups import EDITORS, OFFICE
from offenbach_portal.core.publication import Status
from offenbach_portal.pages.models import Page

pytestmark = pytest.mark.django_db

BERLIN = datetime.timezone(datetime.timedelta(hours=1))


def make_page(slug="impressum", **fields):
    return Page.objects.create(**{"slug": slug, "title_de": "Impressum Entwurfstext", "body_de": "<p>Geheimer Entwurf</p>", **fields})


def staff(group=None):
    user = get_user_model().objects.create_user("mitarbeiterin", password="x-demo-passwort-2026", is_staff=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def public_places(client):
    return {
        "detail": client.get("/impressum/").status_code,
        "search": "Impressum Entwurfstext" in client.get("/suche/?q=Entwurfstext").content.decode(),
        "sitemap": "/impressum/" in client.get("/sitemap-pages.xml").content.decode(),
    }


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.ARCHIVED])
def test_page_that_is_not_published_is_nowhere_public(client, status):
    make_page(status=status)
    assert public_places(client) == {"detail": 404, "search": False, "sitemap": False}


def test_published_page_is_everywhere(client):
    make_page(status=Status.PUBLISHED)
    assert public_places(client) == {"detail": 200, "search": True, "sitemap": True}


def test_scheduled_page_appears_at_its_time_without_a_job(client):
    make_page(status=Status.PUBLISHED, published_at=datetime.datetime(2027, 3, 1, 9, 0, tzinfo=BERLIN))
    with time_machine.travel(datetime.datetime(2027, 3, 1, 8, 59, tzinfo=BERLIN), tick=False):
        assert public_places(client) == {"detail": 404, "search": False, "sitemap": False}
    with time_machine.travel(datetime.datetime(2027, 3, 1, 9, 0, tzinfo=BERLIN), tick=False):
        assert public_places(client) == {"detail": 200, "search": True, "sitemap": True}


@pytest.mark.parametrize(("group", "status_code"), [(OFFICE, 200), (EDITORS, 200), (None, 404)])
def test_draft_page_preview_needs_the_change_permission(client, group, status_code):
    make_page(status=Status.DRAFT)
    client.force_login(staff(group))
    response = client.get("/impressum/")
    assert response.status_code == status_code
    if status_code == 200:
        assert "Vorschau" in response.content.decode()


def test_published_page_shows_no_preview_note_to_staff(client):
    make_page(status=Status.PUBLISHED)
    client.force_login(staff(OFFICE))
    assert "Vorschau" not in client.get("/impressum/").content.decode()


def test_draft_start_page_leaves_the_home_page_without_its_introduction(client):
    Page.objects.create(slug="startseite", title_de="Geheimer Startentwurf", status=Status.DRAFT)
    assert "Geheimer Startentwurf" not in client.get("/").content.decode()
