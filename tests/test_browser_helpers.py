"""The browser tests' own helpers (tests/browser.py) find what they look for."""

import pytest

from tests.browser import run_axe

pytestmark = pytest.mark.browser


def test_run_axe_reports_the_violations_of_a_broken_page(page):
    page.set_content('<html lang="de"><head><title>Kaputt</title></head><body><main><img src="a.png"><a href="#"></a></main></body></html>')
    assert [(v["id"], v["nodes"]) for v in run_axe(page)] == [("image-alt", [["img"]]), ("link-name", [["a"]])]
    assert [v["id"] for v in run_axe(page, rules=["link-name"])] == ["link-name"]
