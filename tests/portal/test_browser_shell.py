import pytest

from tests.browser import run_axe

# `demo_site` (tests/conftest.py): the demo, loaded once for all browser tests that use it.
pytestmark = [pytest.mark.browser]


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/impressum/",
        "/en/datenschutz/",
        "/uk/",
        "/ru/leichte-sprache/",
        "/gebaerdensprache/",
        "/seite-gibt-es-nicht/",
        "/suche/?q=Verein",
        "/en/suche/?q=zzzz",
        "/konto/anmelden/",
        "/barriere-melden/",
        "/kontakt/danke/",
        "/seite/aktuelles/",
    ],
)
def test_page_has_no_axe_violations(page, demo_site, path):
    page.goto(demo_site + path)
    assert run_axe(page) == []


def test_first_tab_reaches_the_skip_link(page, demo_site):
    page.goto(demo_site + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.className, document.activeElement.getAttribute('href')]")
    assert focused == ["portal-skip-link", "#inhalt"]
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "inhalt"


@pytest.mark.parametrize("path", ["/", "/impressum/", "/kontakt/"])
def test_page_fits_a_320_pixel_screen(browser, demo_site, path):
    context = browser.new_context(viewport={"width": 320, "height": 640}, bypass_csp=True)
    page = context.new_page()
    page.goto(demo_site + path)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    context.close()


def test_pages_break_no_content_security_rule(csp_page, demo_site):
    refused = []
    csp_page.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None)
    for path in ["/", "/impressum/", "/kontakt/", "/suche/?q=Offenbach", "/en/vereine/"]:
        csp_page.goto(demo_site + path)
        csp_page.wait_for_load_state("networkidle")
    assert refused == []


def test_login_and_member_area_have_no_axe_violations(page, demo_site):
    page.goto(demo_site + "/konto/anmelden/")
    page.fill("#id_username", "redaktion")
    page.fill("#id_password", "falsch")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator(".kern-alert--danger").count() == 1
    assert run_axe(page) == []
    page.fill("#id_username", "redaktion")
    page.fill("#id_password", "demo-redaktion-2026")
    page.keyboard.press("Enter")
    page.wait_for_url(demo_site + "/mein-verein/")
    assert run_axe(page) == []
