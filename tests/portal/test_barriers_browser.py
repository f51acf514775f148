"""Barriers found by trying the portal as visitors do (issue 16): what no
automated checker reports, checked in headless Chromium."""

import pytest

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
