"""The back office: its two staff groups and what they may do, its title and
its language."""

import importlib
import re

import pytest
from django.apps import apps
from django.contrib.auth.models import Group

from offenbach_portal.core.groups import EDITORS, OFFICE
from tests.factories import ContactMessageFactory, PageFactory, StaffUserFactory, UserFactory

pytestmark = pytest.mark.django_db

staff_groups_migration = importlib.import_module("offenbach_portal.core.migrations.0002_staff_groups")


def staff_user(username, group=None, superuser=False):
    if superuser:
        return UserFactory(username=username, superuser=True)
    return StaffUserFactory(username=username, groups=[group])


def test_migration_creates_both_staff_groups():
    assert sorted(Group.objects.filter(name__in=[OFFICE, EDITORS]).values_list("name", flat=True)) == ["Integrationsbüro", "Redaktion"]
    Group.objects.filter(name__in=[OFFICE, EDITORS]).delete()
    staff_groups_migration.create_groups(apps, None)
    assert Group.objects.filter(name__in=[OFFICE, EDITORS]).count() == 2
    staff_groups_migration.remove_groups(apps, None)
    assert Group.objects.filter(name__in=[OFFICE, EDITORS]).count() == 0


@pytest.mark.parametrize(("group", "messages"), [(EDITORS, False), (OFFICE, True)])
def test_both_groups_may_edit_pages_only_the_office_messages(group, messages):
    user = staff_user("mitarbeiterin", group)
    for action in ["view", "add", "change", "delete"]:
        assert user.has_perm(f"pages.{action}_page") is True
    for action in ["view", "change", "delete"]:
        assert user.has_perm(f"contact.{action}_contactmessage") is messages


@pytest.mark.parametrize(("group", "messages_status"), [(EDITORS, 403), (OFFICE, 200)])
def test_group_reaches_pages_but_only_office_reaches_messages(client, group, messages_status):
    client.force_login(staff_user("mitarbeiterin", group))
    page = PageFactory(slug="impressum", title="Impressum")
    message = ContactMessageFactory(message="Die Schrift ist zu klein.")
    assert client.get("/admin/pages/page/").status_code == 200
    assert client.get(f"/admin/pages/page/{page.pk}/change/").status_code == 200
    assert client.get("/admin/contact/contactmessage/").status_code == messages_status
    assert client.get(f"/admin/contact/contactmessage/{message.pk}/change/").status_code == messages_status


def test_editor_sees_pages_but_not_messages_on_the_admin_index(client):
    client.force_login(staff_user("redaktion", EDITORS))
    html = client.get("/admin/").content.decode()
    assert 'href="/admin/pages/page/"' in html
    assert 'href="/admin/contact/contactmessage/"' not in html


def test_staff_without_group_cannot_change_pages(client):
    user = StaffUserFactory(username="praktikant", groups=[])
    client.force_login(user)
    assert user.has_perm("pages.change_page") is False
    assert client.get("/admin/pages/page/").status_code == 403


@pytest.mark.parametrize("headers", [{}, {"HTTP_ACCEPT_LANGUAGE": "en"}, {"HTTP_ACCEPT_LANGUAGE": "ru,uk;q=0.8"}])
def test_admin_index_is_titled_and_in_german(client, headers):
    client.force_login(staff_user("admin", superuser=True))
    response = client.get("/admin/", **headers)
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'<html lang="([a-z-]+)"', html).group(1) == "de"
    assert "<title>Verwaltung der Inhalte | Integrationsportal Backoffice</title>" in html
    assert '<div id="site-name"><a href="/admin/">Integrationsportal Offenbach – Backoffice</a></div>' in html
    assert "<h1>Verwaltung der Inhalte</h1>" in html
    assert "Abmelden" in html


def test_admin_login_page_is_titled_and_in_german(client):
    html = client.get("/admin/login/").content.decode()
    assert '<div id="site-name"><a href="/admin/">Integrationsportal Offenbach – Backoffice</a></div>' in html
    assert "Anmelden" in html


def test_page_change_form_loads_nothing_from_other_hosts(client):
    client.force_login(staff_user("admin", superuser=True))
    page = PageFactory(slug="impressum", title="Impressum")
    html = client.get(f"/admin/pages/page/{page.pk}/change/").content.decode()
    urls = re.findall(r'<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)="([^"]+)"', html)
    assert urls
    assert [url for url in urls if not url.startswith("/") or url.startswith("//")] == []
