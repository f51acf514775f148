import pytest

from tests.browser import run_axe

# `demo_site` (tests/conftest.py): the demo, loaded once for all browser tests that use it.
pytestmark = [pytest.mark.browser]


@pytest.mark.parametrize(
    "path",
    [
        "/kompetenzteam/",
        "/kompetenzteam/sitzungen/",
        "/kompetenzteam/sitzungen/?thema=gefluechtete&jahr=2022",
        "/kompetenzteam/sitzungen/29/",
        "/kompetenzteam/sitzungen/32/",
        "/kompetenzteam/themen/foerderung/",
        "/uk/kompetenzteam/sitzungen/29/",
    ],
)
def test_committee_pages_have_no_axe_violations(page, demo_site, path):
    response = page.goto(demo_site + path)
    assert response.status == 200
    assert run_axe(page) == []


def test_committee_page_former_chairs_open_by_keyboard(page, demo_site):
    page.goto(demo_site + "/kompetenzteam/")
    former = page.get_by_text("Sabine Groß, Integrationsdezernentin der Stadt (2019–2021)")
    assert not former.is_visible()
    page.locator("summary", has_text="Frühere Vorsitzende").focus()
    page.keyboard.press("Enter")
    assert former.is_visible()
    assert run_axe(page) == []


def test_archive_filter_works_without_javascript(browser, demo_site):
    context = browser.new_context(locale="de-DE", java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site + "/kompetenzteam/sitzungen/")
    page.select_option("#filter-thema", "gefluechtete")
    page.get_by_role("button", name="Anzeigen").click()
    assert page.url.endswith("/kompetenzteam/sitzungen/?thema=gefluechtete&jahr=")
    rows = page.locator("#archiv ~ * table tbody tr, section[aria-labelledby=archiv] tbody tr")
    assert rows.count() == 1
    context.close()
