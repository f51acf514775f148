"""The accessibility statement in a real browser: axe-core finds nothing in
any language, and it reflows at 320 px without sideways scrolling."""

import pytest

from tests.browser import run_axe

pytestmark = [pytest.mark.browser]


@pytest.mark.parametrize("path", ["/barrierefreiheit/", "/en/barrierefreiheit/", "/uk/barrierefreiheit/", "/ru/barrierefreiheit/"])
def test_statement_has_no_axe_violations(page, demo_site, path):
    page.goto(demo_site + path)
    assert page.locator(".portal-barriers li").count() == 3
    assert run_axe(page) == []


def test_statement_reflows_at_320_pixels(page, demo_site):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(demo_site + "/barrierefreiheit/")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
