"""Barriers found by trying the portal as visitors do (issue 16): what no
automated checker reports, checked in headless Chromium."""

import pytest

from tests.browser import run_axe

pytestmark = [pytest.mark.browser]


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_the_link_to_the_binding_german_legal_notice_reaches_it(browser, demo_site, language):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{demo_site}/{language}/")
    page.click(f'.portal-languages a[hreflang="{language}"]')
    page.goto(f"{demo_site}/{language}/impressum/")
    page.click('#inhalt a[href="/impressum/"][hreflang="de"]')
    assert page.url == f"{demo_site}/impressum/"
    assert page.evaluate("() => document.documentElement.lang") == "de"
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
