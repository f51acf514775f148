"""The Kompetenzteam in the member area, in headless Chromium with the
keyboard alone: the demo editor of a member organisation changes, withdraws
and makes an attendance registration and proposes a topic; axe-core finds
nothing on any page on the way, errors included."""

import pytest

from tests.browser import run_axe, tab_to

pytestmark = [pytest.mark.browser]

ATTENDANCE = "/mein-verein/kompetenzteam/sitzungen/32/teilnahme/griechischer-elternverein/"


def log_in(page, site):
    page.goto(site + "/konto/anmelden/?next=/mein-verein/")
    tab_to(page, "#id_username")
    page.keyboard.type("verein-editor")
    page.keyboard.press("Tab")
    page.keyboard.type("demo-verein-2026")
    page.keyboard.press("Enter")
    page.wait_for_url(site + "/mein-verein/")


def section(page):
    return page.locator("#kompetenzteam").inner_text()


def test_editor_changes_withdraws_and_registers_attendance_with_the_keyboard(page, demo_site, browser_db):
    browser_db.mark_changed()
    log_in(page, demo_site)
    assert run_axe(page) == []
    assert "Griechischer Elternverein: angemeldet (2 Personen (Demo))." in section(page)

    # Change: the form, an error, then the new names.
    tab_to(page, f"a[href='{ATTENDANCE}']")
    page.keyboard.press("Enter")
    page.wait_for_url(demo_site + ATTENDANCE)
    assert run_axe(page) == []
    tab_to(page, "#id_attendees")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-error-summary]")
    assert page.title().startswith("Fehler:")
    assert run_axe(page) == []
    tab_to(page, "#id_attendees")
    page.keyboard.type("Eleni Beispiel, Nikos Muster")
    page.keyboard.press("Enter")
    page.wait_for_url(demo_site + "/mein-verein/#kompetenzteam")
    assert "Griechischer Elternverein: angemeldet (Eleni Beispiel, Nikos Muster)." in section(page)

    # Withdraw, after a confirmation page.
    tab_to(page, f"a[href='{ATTENDANCE}abmelden/']")
    page.keyboard.press("Enter")
    page.wait_for_url(demo_site + ATTENDANCE + "abmelden/")
    assert run_axe(page) == []
    tab_to(page, "button[type=submit].kern-btn--primary")
    page.keyboard.press("Enter")
    page.wait_for_url(demo_site + "/mein-verein/#kompetenzteam")
    assert "Griechischer Elternverein: noch nicht angemeldet." in section(page)

    # Register anew.
    tab_to(page, f"a[href='{ATTENDANCE}']")
    page.keyboard.press("Enter")
    page.wait_for_url(demo_site + ATTENDANCE)
    tab_to(page, "#id_attendees")
    page.keyboard.type("2 Personen")
    page.keyboard.press("Tab")
    page.keyboard.type("Wir bringen Unterlagen mit.")
    tab_to(page, "button[type=submit].kern-btn--primary")
    page.keyboard.press("Enter")
    page.wait_for_url(demo_site + "/mein-verein/#kompetenzteam")
    assert "Griechischer Elternverein: angemeldet (2 Personen)." in section(page)


def test_editor_proposes_a_topic_with_the_keyboard(page, demo_site, browser_db):
    browser_db.mark_changed()
    log_in(page, demo_site)
    tab_to(page, "a[href='/mein-verein/kompetenzteam/themen/neu/']")
    page.keyboard.press("Enter")
    page.wait_for_url(demo_site + "/mein-verein/kompetenzteam/themen/neu/")
    assert run_axe(page) == []
    tab_to(page, "button[type=submit].kern-btn--primary")
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-error-summary]")
    assert run_axe(page) == []
    tab_to(page, "#id_title")
    page.keyboard.type("Sprachcafé für Eltern")
    page.keyboard.press("Tab")
    page.keyboard.type("Wie erreichen wir Eltern, die wenig Deutsch sprechen?")
    tab_to(page, "button[type=submit].kern-btn--primary")
    page.keyboard.press("Enter")
    page.wait_for_url(demo_site + "/mein-verein/#kompetenzteam")
    assert "Sprachcafé für Eltern (Griechischer Elternverein" in section(page)
    assert run_axe(page) == []
