"""Every back-office list and form opens and loads nothing from another host."""

import re

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

MODELS = sorted(admin.site._registry, key=lambda model: model._meta.label)


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(username="chefin", superuser=True))
    return client


def external_assets(html):
    tags = re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html, re.I)
    return [tag for tag in tags if re.search(r'\b(?:src|href)="(?:https?:)?//', tag)]


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model._meta.label)
def test_admin_list_and_add_form_open_without_external_assets(superuser_client, model):
    opts = model._meta
    for view in ("changelist", "add"):
        response = superuser_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}"))
        if view == "add" and response.status_code == 403:
            continue  # models that are only created by the portal itself
        assert response.status_code == 200, (opts.label, view)
        assert external_assets(response.content.decode()) == [], (opts.label, view)


def test_admin_is_titled_as_the_back_office(superuser_client):
    html = superuser_client.get(reverse("admin:index")).content.decode()
    assert "<title>Verwaltung der Inhalte | Integrationsportal Backoffice</title>" in html
    assert 'lang="de"' in html
