"""Barriers found by trying the portal as visitors do (issue 16): what no
automated checker reports, checked in headless Chromium."""

import pytest
from playwright.sync_api import expect

from tests.browser import run_axe, tab_to
from tests.page_types import in_language, public_paths

pytestmark = [pytest.mark.browser]


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_the_link_to_the_binding_german_legal_notice_reaches_it(browser, demo_site, language):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{demo_site}/{language}/")
    page.click(f'.portal-languages a[hreflang="{language}"]')
    page.goto(f"{demo_site}/{language}/impressum/")
    page.click('#inhalt a[href="/impressum/"][hreflang="de"]')
    # The click returns once the navigation has begun; the German page may not be there yet.
    page.wait_for_url(f"{demo_site}/impressum/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    context.close()


@pytest.mark.parametrize(
    "path", ["/", "/suche/?q=Verein", "/en/suche/?q=Verein", "/vereine/", "/kompetenzteam/sitzungen/", "/gibt-es-nicht/"]
)
def test_all_content_is_in_landmarks_with_distinct_names(page, demo_site, path):
    # The grey top bar belongs to the header; the portal-wide search and the
    # search page's own form are two search landmarks and need two names.
    page.goto(demo_site + path)
    assert run_axe(page, rules=["region", "landmark-unique"]) == []


@pytest.mark.parametrize("motion, behaviour", [("reduce", "auto"), ("no-preference", "smooth")])
def test_smooth_scrolling_only_without_a_wish_for_reduced_motion(browser, demo_site, motion, behaviour):
    context = browser.new_context(reduced_motion=motion)
    page = context.new_page()
    page.goto(demo_site + "/")
    assert page.evaluate("() => getComputedStyle(document.documentElement).scrollBehavior") == behaviour
    context.close()


def overflowing(page):
    """The page's width beyond the viewport and the elements that stick out."""
    return page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            const out = [...document.querySelectorAll('body *')]
                // Data tables may scroll inside their own box (WCAG 1.4.10 exempts them); what is
                // visually hidden (clipped to a pixel) is not on the screen at all.
                .filter((e) => !e.closest('.kern-table-responsive'))
                .filter((e) => { for (let a = e; a; a = a.parentElement) { if (getComputedStyle(a).clip !== 'auto') return false; } return true; })
                .filter((e) => e.getBoundingClientRect().right > width + 0.5 && e.getClientRects().length)
                .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : ''));
            return {scroll: document.documentElement.scrollWidth - width, elements: out.slice(0, 5)};
        }"""
    )


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_page_type_reflows_at_320_pixels(browser, demo_site, language):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    problems = {}
    for path in public_paths():
        page.goto(demo_site + in_language(path, language))
        found = overflowing(page)
        if found["scroll"] > 0 or found["elements"]:
            problems[in_language(path, language)] = found
    context.close()
    assert problems == {}, "\n".join(f"{address}: {found}" for address, found in problems.items())


def test_long_german_words_hyphenate_by_their_language(browser, demo_site):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(demo_site + "/datenschutz/")
    styles = page.evaluate("() => [document.documentElement.lang, getComputedStyle(document.querySelector('main h1')).hyphens]")
    assert styles == ["de", "auto"]
    assert overflowing(page) == {"scroll": 0, "elements": []}
    context.close()


def test_the_meeting_archive_shows_every_column_at_375_pixels(browser, demo_site):
    context = browser.new_context(viewport={"width": 375, "height": 700})
    page = context.new_page()
    page.goto(demo_site + "/kompetenzteam/sitzungen/")
    cells = page.evaluate(
        """() => [...document.querySelectorAll('.portal-committee-table td')].map((cell) => {
            const box = cell.getBoundingClientRect();
            return {label: getComputedStyle(cell, '::before').content, left: box.left >= 0, right: box.right <= 375, shown: box.width > 0};
        })"""
    )
    assert len(cells) > 8
    assert {cell["label"] for cell in cells} == {'"Nr.: "', '"Datum: "', '"Schwerpunkt: "', '"Themenfelder: "'}
    assert all(cell["left"] and cell["right"] and cell["shown"] for cell in cells)
    sideways = page.evaluate(
        "() => [...document.querySelectorAll('.kern-table-responsive')].filter((box) => box.scrollWidth > box.clientWidth).length"
    )
    assert sideways == 0
    context.close()


def test_the_directory_filters_fold_behind_a_disclosure_on_small_screens(browser, demo_site):
    context = browser.new_context(viewport={"width": 375, "height": 700}, bypass_csp=True)
    page = context.new_page()
    page.goto(demo_site + "/vereine/")
    assert page.is_visible("summary.orgs-filters-disclosure__summary")
    assert not page.is_visible("#orgs-q")
    tab_to(page, "summary.orgs-filters-disclosure__summary", limit=60)
    page.keyboard.press("Enter")
    assert page.is_visible("#orgs-q")
    assert run_axe(page) == []
    context.close()


def test_the_directory_filters_are_open_beside_the_results_on_large_screens(browser, demo_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(demo_site + "/vereine/")
    assert page.evaluate("() => document.querySelector('details.orgs-filters-disclosure').open") is True
    assert page.is_visible("#orgs-q")
    page.keyboard.press("Tab")
    tab_to(page, "#orgs-q", limit=60)  # the summary is no stop on the way
    assert page.evaluate("() => document.querySelector('details.orgs-filters-disclosure').open") is True
    context.close()
