import pytest

from tests.browser import run_axe

# `demo_site` (tests/conftest.py): the demo that `make run` loads, shared with the
# other browser tests and loaded once.
pytestmark = [pytest.mark.browser]


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/uk/",
        "/aktuelles/",
        "/uk/aktuelles/",
        "/aktuelles/?kategorie=unbekannt",
        "/aktuelles/kompetenzteam-29-treffen-ukraine/",
        "/uk/aktuelles/kompetenzteam-29-treffen-ukraine/",
        "/aktuelles/fachtag-gesundheitsfoerderung-2024/",
        "/uk/aktuelles/mri-abschlusskonferenz-wiesbaden/",
    ],
)
def test_news_pages_have_no_axe_violations(page, demo_site, path):
    response = page.goto(demo_site + path)
    assert response.status == 200
    assert run_axe(page) == []


@pytest.mark.parametrize("width", [320, 375])
def test_offenbach_hilft_is_on_the_first_screen_of_a_phone(browser, demo_site, width):
    context = browser.new_context(viewport={"width": width, "height": 667}, locale="de-DE", bypass_csp=True)
    page = context.new_page()
    page.goto(demo_site + "/")
    entry = page.locator(".portal-home-help")
    assert entry.is_visible()
    box = entry.bounding_box()
    assert box["y"] + box["height"] <= 667
    assert not page.locator("#portal-nav-list").is_visible()  # folded behind the menu button
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    assert run_axe(page) == []
    context.close()


def test_menu_opens_and_closes_with_the_keyboard_alone(browser, demo_site):
    context = browser.new_context(viewport={"width": 375, "height": 667}, locale="de-DE", bypass_csp=True)
    page = context.new_page()
    page.goto(demo_site + "/")
    button = page.get_by_role("button", name="Menü")
    assert button.get_attribute("aria-expanded") == "false"
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('portal-nav__toggle')"):
            break
    else:
        pytest.fail("The menu button cannot be reached with Tab.")
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert page.get_by_role("link", name="Aktuelles", exact=True).first.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent.trim()") == "Aktuelles"
    assert run_axe(page) == []
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert page.evaluate("() => document.activeElement.classList.contains('portal-nav__toggle')")
    page.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(demo_site + "/aktuelles/")
    context.close()


def test_menu_is_an_open_list_without_javascript(browser, demo_site):
    context = browser.new_context(viewport={"width": 375, "height": 667}, java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site + "/")
    assert not page.locator(".portal-nav__toggle").is_visible()
    assert page.locator("#portal-nav-list").is_visible()
    context.close()


def test_news_pages_break_no_content_security_rule(csp_page, demo_site):
    refused = []
    csp_page.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None)
    for path in ["/", "/aktuelles/", "/aktuelles/kompetenzteam-29-treffen-ukraine/"]:
        csp_page.goto(demo_site + path)
        csp_page.wait_for_load_state("networkidle")
    assert refused == []
