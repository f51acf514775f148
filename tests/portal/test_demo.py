"""The demo loader and the demo content of the editorial pages."""

import io
import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import Resolver404, resolve
from django.utils import translation
from reversion.models import Revision, Version

from offenbach_portal.accounts.demo import DEMO_USERS
from offenbach_portal.pages.demo_pages import PAGES
from offenbach_portal.pages.models import Page
from offenbach_portal.core.richtext import sanitise_html

LANGUAGES = ["de", "en", "uk", "ru"]
TEXTS = [(data["slug"], language) for data in PAGES for language in LANGUAGES]
DEMO = {data["slug"]: data for data in PAGES}


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
    assert f"Seiten: 0 neu, {len(PAGES)} vorhanden" in output


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
        assert client.login(username=username, password=password) is True
        assert client.get("/admin/").status_code == 200
        client.logout()


@pytest.mark.parametrize(("slug", "language"), TEXTS)
def test_demo_page_has_title_lead_and_body(slug, language):
    data = DEMO[slug]
    assert data[f"title_{language}"] and data[f"lead_{language}"] and data[f"body_{language}"]
    assert "Demo." not in data[f"body_{language}"]
    assert "\n" not in data[f"title_{language}"] + data[f"lead_{language}"]


@pytest.mark.parametrize(("slug", "language"), TEXTS)
def test_demo_body_survives_sanitising_unchanged(slug, language):
    """Only HTML the sanitiser keeps: saving adds `rel` to links, nothing else."""
    body = DEMO[slug][f"body_{language}"]
    assert sanitise_html(body).replace(' rel="noopener noreferrer"', "") == body


@pytest.mark.parametrize(("slug", "language"), TEXTS)
def test_demo_links_lead_to_pages_in_the_same_language(slug, language):
    """Internal links resolve and stay in the page's language; only links
    marked hreflang="de" (the binding German legal texts) lead to German."""
    for href, hreflang in re.findall(r'<a href="(/[^"]*)"(?: hreflang="([a-z]+)")?', DEMO[slug][f"body_{language}"]):
        target = hreflang or language
        if target == "de":
            assert not href.startswith(("/en/", "/uk/", "/ru/")), href
        else:
            assert href.startswith(f"/{target}/"), href
        with translation.override(target):
            try:
                resolve(href)
            except Resolver404:
                pytest.fail(f"{slug} [{language}] links to {href}, which does not exist")


# German names in the other languages are marked up, foreign script in German too.
GERMAN_NAMES = ["Stadt Offenbach am Main", "Musterstraße", "Amt für", "Ausländerbeirat", "Regierungspräsidium", "Vielfaltszentrum"]


@pytest.mark.parametrize(("slug", "language"), [(slug, language) for slug, language in TEXTS if language != "de"])
def test_german_names_in_other_languages_are_marked_as_german(slug, language):
    unmarked = re.sub(r'<span lang="de">.*?</span>', "", DEMO[slug][f"body_{language}"], flags=re.S)
    assert [name for name in GERMAN_NAMES if name in unmarked] == []


@pytest.mark.parametrize("slug", sorted(DEMO))
def test_foreign_script_in_german_text_is_marked(slug):
    unmarked = re.sub(r'<span lang="(uk|ru)">.*?</span>', "", DEMO[slug]["body_de"], flags=re.S)
    assert re.findall(r"[\u0400-\u04ff]+", unmarked + DEMO[slug]["lead_de"]) == []


@pytest.mark.parametrize("slug", ["impressum", "datenschutz", "barrierefreiheit"])
def test_legal_pages_mark_what_only_the_city_can_supply_as_demo(slug):
    assert "<p><strong>Demo-Angabe:</strong> " in DEMO[slug]["body_de"]
    for language, marker in [("en", "Demo information:"), ("uk", "Демонстраційні дані:"), ("ru", "Демонстрационные данные:")]:
        assert f"<p><strong>{marker}</strong> " in DEMO[slug][f"body_{language}"]


def test_impressum_names_provider_representative_office_and_editor():
    body = DEMO["impressum"]["body_de"]
    for text in [
        "Körperschaft des öffentlichen Rechts",
        "vertreten durch den Oberbürgermeister",
        "Musterstraße 1",
        "Amt für Arbeitsförderung, Statistik und Integration",
        "<h2>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV</h2>",
        "<h2>Haftung für Links</h2>",
        "DE000000000 (Demo-Angabe)",
    ]:
        assert text in body, text


@pytest.mark.parametrize("language", LANGUAGES)
def test_privacy_notice_names_every_cookie_the_portal_sets(language):
    body = DEMO["datenschutz"][f"body_{language}"]
    for cookie in [settings.LANGUAGE_COOKIE_NAME, settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME]:
        assert f"<strong>{cookie}</strong>" in body
    for text in ["Art. 6 Abs. 1 Buchst. e DSGVO" if language == "de" else "6(1)(e)", "HDSIG", "TDDDG", "Postfach 3163", "65021"]:
        assert text in body, text


def test_privacy_notice_states_the_cookie_lifetimes_configured():
    text = " ".join(DEMO["datenschutz"]["body_de"].split())
    assert settings.LANGUAGE_COOKIE_AGE == 365 * 24 * 60 * 60
    assert "nur gesetzt, wenn Sie selbst eine Sprache wählen, und gilt ein Jahr." in text
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert "Es entsteht erst bei der Anmeldung und gilt höchstens acht Stunden" in text
    assert round(settings.CSRF_COOKIE_AGE / (24 * 60 * 60)) in (364, 365)
    assert "wenn Sie ein solches Formular öffnen, und gilt ein Jahr." in text


@pytest.mark.parametrize(("language", "date", "form"), [
    ("de", "21. November 2026", "/barriere-melden/"),
    ("en", "21 November 2026", "/en/barriere-melden/"),
    ("uk", "21 листопада 2026", "/uk/barriere-melden/"),
    ("ru", "21 ноября 2026", "/ru/barriere-melden/"),
])
def test_accessibility_statement_is_dated_and_links_the_barrier_form(language, date, form):
    body = DEMO["barrierefreiheit"][f"body_{language}"]
    assert date in body
    assert f'<a href="{form}">' in body
    assert 'href="https://lbit.hessen.de/"' in body
