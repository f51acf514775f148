"""The search pages in the browser: no axe-core violations on results, no
results, the hint page and the suggestion, in German and Ukrainian; the
header search works without JavaScript."""

import pytest

from tests.browser import run_axe

pytestmark = [pytest.mark.browser]


@pytest.mark.parametrize(
    "path",
    [
        "/suche/?q=Sitzungen",
        "/suche/?q=Sitzung&art=meeting&page=2",
        "/suche/?q=zzqqxx",
        "/suche/?q=a",
        "/suche/",
        "/suche/?q=Ofenbach",
        "/uk/suche/?q=Україна",
        "/uk/suche/?q=zzqqxx",
        "/uk/suche/?q=a",
        "/uk/suche/?q=der+die+das",
    ],
)
def test_search_pages_have_no_axe_violations(page, demo_site, path):
    page.goto(demo_site + path)
    assert page.locator("h1").inner_text() in ("Suche", "Пошук")
    assert run_axe(page) == []


def test_header_search_works_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site + "/")
    page.fill("#portal-search-q", "Sitzungen")
    page.press("#portal-search-q", "Enter")
    page.wait_for_url("**/suche/?q=Sitzungen")
    assert page.locator(".portal-results mark").first.inner_text().lower().startswith("sitzung")
    context.close()
