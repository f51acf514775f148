"""The back office is a workplace too (issue 16): axe-core finds nothing on
the admin index, a changelist and the change page of every model in the
admin (its add page, or its list where nothing can be added, for the
log-in records of axes, of which the demo has none), in
headless Chromium as staff see it: in German, logged in as the demo's
superuser. One test per page, so that each is quick and fails on its own."""

import io

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client, RequestFactory
from django.urls import reverse

from news.guide.models import OfficeDetails
from news.models import Article
from offenbach_portal.accounts.models import Invitation
from offenbach_portal.pages.models import Page
from orgs.models import Organisation
from tests.browser import run_axe
from tests.factories.contact import ContactMessageFactory

pytestmark = [pytest.mark.browser]

MODELS = sorted(admin.site._registry, key=lambda model: model._meta.label)

# Made once with the data set: the logged-in superuser's session cookie and
# the page of each model.
_DATA = {}


@pytest.fixture
def admin_site(browser, browser_db, live_url):
    """The live server with the demo and a logged-in superuser's session:
    made while the data set is built, so that visiting the pages changes no
    row (and the next test needs no fresh copy of the database).

    `browser` comes first: the database connection that the main thread
    opens before Playwright's event loop runs is not the one it closes
    afterwards, and on PostgreSQL the test database could not be dropped."""

    def load():
        if "demo" in browser_db.datasets:
            browser_db.restore(browser_db.datasets["demo"])
        else:
            call_command("load_demo", stdout=io.StringIO())
        superuser = get_user_model().objects.get(username="admin")
        # What the demo has none of: a message sent through the contact form
        # and an invitation (made directly: invite() would send the mail).
        ContactMessageFactory(name="Erika Muster", email="erika@example.org")
        Invitation.objects.create(target=Organisation.objects.order_by("pk").first(), email="ehrenamt@example.org", created_by=superuser)
        client = Client()
        client.force_login(superuser, backend="django.contrib.auth.backends.ModelBackend")
        _DATA["session"] = client.cookies[settings.SESSION_COOKIE_NAME].value
        _DATA["pages"] = {model._meta.label: model_page(model, superuser) for model in MODELS}

    browser_db.use("demo_admin", load)
    return live_url


@pytest.fixture
def admin_page(admin_site, page):
    """A browser tab of the logged-in superuser."""
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": _DATA["session"], "url": admin_site}])
    return page


def model_page(model, user):
    """The change page of the model's first object; its add page, or its
    list where nothing can be added, when there is none."""
    opts, model_admin = model._meta, admin.site._registry[model]
    obj = model._default_manager.order_by("pk").first()
    if obj is not None:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    request = RequestFactory().get("/admin/")
    request.user = user
    if model_admin.has_add_permission(request):
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")


def change_page(model):
    """The change page of the model's first object in the data set (its primary
    key is not 1 on PostgreSQL, whose sequences other tests have moved on)."""
    url = _DATA["pages"][model._meta.label]
    assert url.endswith("/change/"), url
    return url


def assert_no_axe_violations(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    assert page.locator("#user-tools").count() == 1, f"not logged in on {url}"
    violations = run_axe(page)
    assert violations == [], "\n".join(f"{url}: {v['id']} {v['nodes']}" for v in violations)


@pytest.mark.parametrize("path", ["/admin/", "/admin/news/article/"])
def test_admin_index_and_a_list_have_no_axe_violations(admin_site, admin_page, path):
    assert_no_axe_violations(admin_page, admin_site + path)


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model._meta.label)
def test_admin_change_page_has_no_axe_violations(admin_site, admin_page, model):
    assert_no_axe_violations(admin_page, admin_site + _DATA["pages"][model._meta.label])


def test_language_tabs_work_by_mouse_and_keyboard_and_the_switch_is_labelled(admin_site, admin_page):
    admin_page.goto(admin_site + change_page(Page))
    tabs = admin_page.locator('li[role=tab][aria-controls^="tab_id_title_"]')
    assert tabs.count() == 4
    assert admin_page.locator("li[role=tab] a[href]").count() == 0  # no link nested in a tab
    # A click on the tab's text shows its panel (the page's own, nothing fetched).
    tabs.nth(1).locator("a").click()
    assert tabs.nth(1).get_attribute("aria-selected") == "true"
    assert admin_page.locator("#tab_id_title_en").is_visible()
    assert admin_page.locator("#tab_id_title_en #id_title_en").count() == 1
    # The arrow keys move between the tabs, which take the focus themselves.
    tabs.nth(1).focus()
    admin_page.keyboard.press("ArrowRight")
    assert admin_page.evaluate("document.activeElement.getAttribute('aria-controls')") == "tab_id_title_uk"
    admin_page.wait_for_function(
        "() => document.querySelector('li[aria-controls=tab_id_title_uk]').getAttribute('aria-selected') === 'true'"
    )
    # The language switch has a visible label, below the heading, and switches every tab.
    assert admin_page.locator('label[for="modeltranslation-main-switch"]').inner_text() == "Sprache der Übersetzungsfelder"
    assert admin_page.locator("h1 #modeltranslation-main-switch").count() == 0
    admin_page.select_option("#modeltranslation-main-switch", "3")
    assert admin_page.locator('li[aria-controls="tab_id_lead_ru"]').get_attribute("aria-selected") == "true"


def test_split_date_time_and_filter_boxes_are_named(admin_site, admin_page):
    admin_page.goto(admin_site + change_page(Article))
    assert admin_page.get_by_label("Datum:").first.get_attribute("id") == "id_published_at_0"
    assert admin_page.get_by_label("Zeit:").first.get_attribute("id") == "id_published_at_1"
    # filter_horizontal's filter box keeps the name its icon gave it.
    name = "Durch Eingabe in diesem Feld lässt sich die Liste der verfügbaren Sitzungen eingrenzen."
    assert admin_page.get_by_role("textbox", name=name, exact=True).get_attribute("id") == "id_meetings_input"


def test_inputs_in_table_rows_are_named_by_their_column(admin_site, admin_page):
    admin_page.goto(admin_site + change_page(OfficeDetails))
    assert admin_page.locator('label[for="id_hours-0-weekday"]').inner_text() == "Wochentag"
    assert admin_page.locator('label[for="id_hours-0-DELETE"]').inner_text() == "Löschen?"
    # Visually hidden: the column heading shows the name.
    assert admin_page.locator('label[for="id_hours-0-weekday"]').bounding_box()["width"] <= 1


def test_the_fixes_run_under_the_content_security_policy(admin_site, csp_page):
    errors = []
    csp_page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    csp_page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": _DATA["session"], "url": admin_site}])
    csp_page.goto(admin_site + change_page(Article))
    assert csp_page.locator('label[for="modeltranslation-main-switch"]').count() == 1
    assert csp_page.locator("li[role=tab] a[href]").count() == 0
    assert csp_page.locator("span.help-tooltip[aria-label]").count() == 0
    assert errors == []
