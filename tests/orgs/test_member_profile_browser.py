"""The members' profile workflow in headless Chromium: axe-core on every
page of it, and the keyboard alone from the form through the preview to
sending; then the office reviews it in the admin."""

import pytest

from tests.browser import run_axe, tab_to

pytestmark = [pytest.mark.browser]

EDITOR, EDITOR_PASSWORD = "verein-editor", "demo-verein-2026"
FORM = "/mein-verein/griechischer-elternverein/profil/"


def log_in(page, site, username, password, path="/konto/anmelden/"):
    page.goto(site + path)
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_member_area_form_errors_and_preview_have_no_axe_violations(page, demo_site, browser_db):
    browser_db.mark_changed()
    log_in(page, demo_site, EDITOR, EDITOR_PASSWORD)
    page.wait_for_url(demo_site + "/mein-verein/")
    assert page.locator("text=Meine Organisationen").count() == 1
    assert run_axe(page) == []

    page.goto(demo_site + FORM)
    assert page.locator("text=Eine Änderung wartet schon auf Prüfung").count() == 1
    assert run_axe(page) == []

    page.fill("#id_description_de", "")
    page.fill("#id_email", "kein-mail")
    with page.expect_navigation():
        page.click("button[value=preview]")
    assert page.locator("#profile-error-summary").count() == 1
    assert page.evaluate("document.activeElement.id") == "profile-error-summary"
    assert run_axe(page) == []

    page.fill("#id_description_de", "Ein Verein griechischer Eltern.")
    page.fill("#id_email", "eltern@example.org")
    with page.expect_navigation():
        page.click("button[value=preview]")
    assert page.locator("text=Vorschau\u00a0– noch nicht veröffentlicht").count() == 1
    assert page.locator(".orgs-profile h1").inner_text() == "Griechischer Elternverein"
    assert run_axe(page) == []


def test_keyboard_alone_fills_the_form_previews_and_sends(page, demo_site, browser_db):
    browser_db.mark_changed()
    log_in(page, demo_site, EDITOR, EDITOR_PASSWORD)
    page.goto(demo_site + FORM)
    tab_to(page, "#id_description_de")
    page.keyboard.press("Control+A")
    page.keyboard.type("Per Tastatur geschrieben.")
    tab_to(page, "#id_phone")
    page.keyboard.press("Control+A")
    page.keyboard.type("069 555")
    tab_to(page, "#id_offers-2-title_de")  # the empty "Neues Angebot"
    page.keyboard.type("Griechischkurs")
    page.keyboard.press("Tab")
    page.keyboard.type("Deut")  # choose in the select by typing
    assert page.evaluate("document.activeElement.id") == "id_offers-2-category"
    page.keyboard.press("Tab")
    page.keyboard.type("samstags")
    tab_to(page, "button[value=preview]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("text=Per Tastatur geschrieben.").count() == 1
    assert page.locator(".orgs-offers h3", has_text="Griechischkurs").count() == 1

    tab_to(page, "button[value=send]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == demo_site + "/mein-verein/?gesendet=griechischer-elternverein"
    assert page.locator("text=wartet jetzt auf die Prüfung").count() == 1

    from orgs.models import ProfileChange

    change = ProfileChange.objects.get(organisation__slug="griechischer-elternverein")
    assert change.data["description_de"] == "Per Tastatur geschrieben."
    assert change.data["phone"] == "069 555"
    assert change.data["offers"][-1]["title_de"] == "Griechischkurs"
    assert change.data["offers"][-1]["category"] == "deutschkurs"


def test_office_reviews_the_change_in_the_admin(page, demo_site, browser_db):
    browser_db.mark_changed()
    log_in(page, demo_site, "buero", "demo-buero-2026", path="/admin/login/")
    page.goto(demo_site + "/admin/")
    assert page.locator("text=1 Profiländerung wartet auf Prüfung").count() == 1
    with page.expect_navigation():
        page.click("text=1 Profiländerung wartet auf Prüfung")
    assert run_axe(page) == []
    with page.expect_navigation():
        page.click("th.field-organisation a, td.field-organisation a")
    assert page.locator("text=Vergleich: jetzt öffentlich und vorgeschlagen").count() == 1
    assert run_axe(page) == []
    with page.expect_navigation():
        page.click("button[value=approve]")
    page.goto(demo_site + "/vereine/griechischer-elternverein/")
    assert page.locator(".orgs-offers h3", has_text="Elterncafé").count() == 1
