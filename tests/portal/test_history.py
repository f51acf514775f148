"""History in the back office (django-reversion): every admin edit is a version
with its author and a comment, the history page lists it, an earlier version
can be restored and a deleted page recovered."""

import re

import pytest
import reversion
from django import forms
from django.urls import reverse
from modeltranslation.translator import translator
from reversion.models import Version

from offenbach_portal.core.groups import EDITORS, OFFICE
from offenbach_portal.core.publication import Status
from offenbach_portal.pages.content_files import read_content
from offenbach_portal.pages.models import Page
from tests.factories import StaffUserFactory, UserFactory

pytestmark = pytest.mark.django_db

IMPRESSUM = next(data for data in read_content() if data["slug"] == "impressum")


def staff_user(role):
    """The demo roles: superuser, Integrationsbüro, Redaktion."""
    if role == "admin":
        return UserFactory(username="admin", superuser=True)
    return StaffUserFactory(username=role, groups=[{"buero": OFFICE, "redaktion": EDITORS}[role]])


@pytest.fixture
def buero(client):
    user = staff_user("buero")
    client.force_login(user)
    return user


@pytest.fixture
def page():
    """The Impressum with its demo content, created the way `load_demo` does."""
    with reversion.create_revision():
        reversion.set_comment("Demo-Inhalt angelegt")
        return Page.objects.create(status=Status.PUBLISHED, **IMPRESSUM)


def form_data(response):
    """What a browser sends back from the admin form it was shown."""
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field, forms.FileField):
            continue
        if isinstance(field, forms.BooleanField):
            if value:
                data[name] = "on"
            continue
        data[name] = "" if value is None else value
    return data


def edit_title(client, page, title):
    url = reverse("admin:pages_page_change", args=[page.pk])
    data = {**form_data(client.get(url)), "title_de": title, "_save": "Sichern"}
    return client.post(url, data)


@pytest.mark.parametrize("role", ["admin", "buero", "redaktion"])
def test_admin_edit_creates_version_with_author_and_comment(client, page, role):
    user = staff_user(role)
    client.force_login(user)
    response = edit_title(client, page, "Impressum der Stadt")
    assert response.status_code == 302
    assert response.url == reverse("admin:pages_page_changelist")
    versions = Version.objects.get_for_object(page).order_by("pk")
    assert versions.count() == 2
    latest = versions.last()
    assert latest.revision.user == user
    assert latest.revision.get_comment() == "Titel [de] geändert."
    assert latest.field_dict["title_de"] == "Impressum der Stadt"
    assert latest.field_dict["body_uk"] == Page.objects.get(pk=page.pk).body_uk


def test_admin_edit_with_unsafe_html_stores_it_sanitised(client, buero, page):
    url = reverse("admin:pages_page_change", args=[page.pk])
    data = {**form_data(client.get(url)), "body_en": '<p onclick="x()">Hi<script>alert(1)</script></p>', "_save": "Sichern"}
    assert client.post(url, data).status_code == 302
    page.refresh_from_db()
    assert page.body_en == "<p>Hi</p>"
    assert Version.objects.get_for_object(page).first().field_dict["body_en"] == "<p>Hi</p>"


def test_history_page_lists_each_version_with_author_and_comment(client, buero, page):
    edit_title(client, page, "Impressum der Stadt")
    response = client.get(reverse("admin:pages_page_history", args=[page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    first, latest = Version.objects.get_for_object(page).order_by("pk")
    for version in (first, latest):
        assert f'href="{reverse("admin:pages_page_revision", args=[page.pk, version.pk])}"' in html
    rows = re.findall(r"<tr>\s*<th scope=\"row\">.*?</th>\s*<td>\s*(.*?)\s*</td>\s*<td>(.*?)</td>", html, re.S)
    assert rows == [("&mdash;", "Demo-Inhalt angelegt"), ("buero", "Titel [de] geändert.")]


def test_revision_view_shows_the_earlier_content(client, buero, page):
    edit_title(client, page, "Impressum der Stadt")
    first = Version.objects.get_for_object(page).order_by("pk").first()
    response = client.get(reverse("admin:pages_page_revision", args=[page.pk, first.pk]))
    assert response.status_code == 200
    assert form_data(response)["title_de"] == "Impressum"
    # Looking at an old version changes nothing.
    page.refresh_from_db()
    assert page.title_de == "Impressum der Stadt"


def test_reverting_restores_the_earlier_title(client, buero, page):
    edit_title(client, page, "Impressum der Stadt")
    first = Version.objects.get_for_object(page).order_by("pk").first()
    url = reverse("admin:pages_page_revision", args=[page.pk, first.pk])
    response = client.post(url, {**form_data(client.get(url)), "_save": "Sichern"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_de == "Impressum"
    assert page.body_de == first.field_dict["body_de"]
    versions = Version.objects.get_for_object(page).order_by("pk")
    assert versions.count() == 3
    assert versions.last().revision.user == buero
    assert versions.last().revision.get_comment().startswith("Zu vorheriger Version zurückgesetzt")


def test_deleted_page_is_recovered_with_its_content(client, buero):
    # The Impressum itself cannot be deleted (tests/portal/test_fixed_pages.py): a page with its content.
    with reversion.create_revision():
        page = Page.objects.create(status=Status.PUBLISHED, **{**IMPRESSUM, "slug": "sommerfest"})
    stored = {name: getattr(page, name) for name in IMPRESSUM}
    response = client.post(reverse("admin:pages_page_delete", args=[page.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Page.objects.filter(slug="sommerfest").exists()
    assert client.get("/seite/sommerfest/").status_code == 404

    recover_list = client.get(reverse("admin:pages_page_recoverlist"))
    assert recover_list.status_code == 200
    version = Version.objects.get_deleted(Page).get()
    recover_url = reverse("admin:pages_page_recover", args=[version.pk])
    assert f'href="{recover_url}"' in recover_list.content.decode()

    response = client.post(recover_url, {**form_data(client.get(recover_url)), "_save": "Sichern"})
    assert response.status_code == 302
    recovered = Page.objects.get(slug="sommerfest")
    assert {name: getattr(recovered, name) for name in IMPRESSUM} == stored
    assert client.get("/seite/sommerfest/").status_code == 200
    assert Version.objects.get_for_object(recovered).count() == 2


def test_version_keeps_every_field_in_every_language(page):
    """reversion fixes its field list before modeltranslation adds the
    per-language fields; offenbach_portal.history adds them afterwards."""
    translated = translator.get_options_for_model(Page).fields
    expected = {field.attname for field in Page._meta.concrete_fields if field.name not in translated}
    version = Version.objects.get_for_object(page).get()
    assert set(version.field_dict) == expected
    assert {"title_en", "lead_uk", "body_ru"} <= expected
    assert version.field_dict["title_ru"] == "Выходные данные"


@pytest.mark.parametrize(
    "model", sorted(set(reversion.get_registered_models()) & set(translator.get_registered_models()), key=str), ids=str
)
def test_every_translated_model_keeps_all_languages_in_its_history(model):
    from reversion.revisions import _get_options

    stored = set(_get_options(model).fields)
    for name in translator.get_options_for_model(model).get_field_names():
        assert {f"{name}_de", f"{name}_en", f"{name}_uk", f"{name}_ru"} <= stored, (model, name)
        assert name not in stored, (model, name)
