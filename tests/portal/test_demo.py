"""The demo loader: pages and staff logins. The page texts themselves are
checked in test_content_files.py."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from reversion.models import Revision, Version

from offenbach_portal.accounts.demo import DEMO_USERS
from offenbach_portal.pages.content_files import read_content
from offenbach_portal.pages.models import Page

DEMO = {data["slug"]: data for data in read_content()}


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def snapshot():
    User = get_user_model()
    return {
        "pages": dict(Page.objects.values_list("slug", "updated_at")),
        "versions": Version.objects.count(),
        "revisions": Revision.objects.count(),
        "users": sorted(User.objects.values_list("username", "password", "is_staff", "is_superuser")),
        "memberships": sorted(User.groups.through.objects.values_list("user__username", "group__name")),
    }


@pytest.mark.django_db
def test_load_demo_twice_changes_nothing():
    load_demo()
    first = snapshot()
    output = load_demo()
    assert snapshot() == first
    assert f"Seiten: 0 neu, {len(DEMO)} vorhanden" in output


@pytest.mark.django_db
def test_load_demo_creates_every_page_with_one_version(demo):
    assert sorted(Page.objects.values_list("slug", flat=True)) == sorted(DEMO)
    for page in Page.objects.all():
        versions = Version.objects.get_for_object(page)
        assert versions.count() == 1
        assert versions.get().revision.get_comment() == "Demo-Inhalt angelegt"
        assert page.is_published is True


@pytest.mark.django_db
def test_load_demo_creates_the_staff_logins(client, demo):
    User = get_user_model()
    for username, password, first, last, superuser, group in DEMO_USERS:
        user = User.objects.get(username=username)
        assert (user.first_name, user.last_name, user.is_staff, user.is_superuser) == (first, last, True, superuser)
        assert list(user.groups.values_list("name", flat=True)) == ([group] if group else [])
        # Through the real login form: django-axes needs the request to count attempts.
        response = client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"})
        assert (response.status_code, response["Location"]) == (302, "/admin/")
        assert client.get("/admin/").status_code == 200
        client.logout()
