"""The back office is a workplace too (issue 16): axe-core finds nothing on
the admin index, a changelist and the change page of every model in the
admin (its add page, or its list, where the demo has no object of it), in
headless Chromium as staff see it: in German, logged in as the demo's
superuser. One test per page, so that each is quick and fails on its own."""

import io

import pytest
from django.conf import settings
from django.contrib import admin
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from tests.browser import run_axe

pytestmark = [pytest.mark.browser]

MODELS = sorted(admin.site._registry, key=lambda model: model._meta.label)

# The session cookie of the logged-in superuser, made once with the data set.
_SESSION = {}


@pytest.fixture
def admin_site(browser_db, live_url, page):
    """The live server with the demo and a logged-in superuser's session in
    `page`: made while the data set is built, so that visiting the pages
    changes no row (and the next test needs no fresh copy of the database)."""

    def load():
        if "demo" in browser_db.datasets:
            browser_db.restore(browser_db.datasets["demo"])
        else:
            call_command("load_demo", stdout=io.StringIO())
        from django.contrib.auth import get_user_model

        client = Client()
        client.force_login(get_user_model().objects.get(username="admin"), backend="django.contrib.auth.backends.ModelBackend")
        _SESSION["key"] = client.cookies[settings.SESSION_COOKIE_NAME].value

    browser_db.use("demo_admin", load)
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": _SESSION["key"], "url": live_url}])
    return live_url


def model_page(model):
    """The change page of the model's first object; its add page, or its
    list where nothing can be added, when there is none."""
    opts, model_admin = model._meta, admin.site._registry[model]
    obj = model._default_manager.order_by("pk").first()
    if obj is not None:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    class Request:  # has_add_permission() only asks for the user
        user = type("User", (), {"is_active": True, "is_superuser": True, "has_perm": lambda *a, **k: True})()

    if model_admin.has_add_permission(Request()):
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")


def assert_no_axe_violations(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    assert page.locator("#user-tools").count() == 1, f"not logged in on {url}"
    violations = run_axe(page)
    assert violations == [], "\n".join(f"{url}: {v['id']} {v['nodes']}" for v in violations)


@pytest.mark.parametrize("path", ["/admin/", "/admin/news/article/"])
def test_admin_index_and_a_list_have_no_axe_violations(admin_site, page, path):
    assert_no_axe_violations(page, admin_site + path)


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model._meta.label)
def test_admin_change_page_has_no_axe_violations(admin_site, page, model):
    assert_no_axe_violations(page, admin_site + model_page(model))
