import pytest

from tests.browser import run_axe

# `demo_site` (tests/conftest.py): the demo that `make run` loads, shared with the
# other browser tests and loaded once.
pytestmark = [pytest.mark.browser]


@pytest.mark.parametrize(
    "path",
    [
        "/offenbach-hilft/",
        "/uk/offenbach-hilft/",
        "/offenbach-hilft/?sprache=ar",
        "/offenbach-hilft/ankommen-und-anmeldung/",
        "/uk/offenbach-hilft/ankommen-und-anmeldung/",
        "/uk/offenbach-hilft/aufenthalt/?sprache=ar",
        "/offenbach-hilft/gesundheit/?sprache=ar",
        "/offenbach-hilft/ankommen-und-anmeldung/druck/",
    ],
)
def test_guide_pages_have_no_axe_violations(page, demo_site, path):
    response = page.goto(demo_site + path)
    assert response.status == 200
    assert run_axe(page) == []


def test_arabic_topic_is_right_to_left(page, demo_site):
    page.goto(demo_site + "/offenbach-hilft/gesundheit/?sprache=ar")
    heading = page.locator("h1")
    assert heading.get_attribute("lang") == "ar"
    assert heading.get_attribute("dir") == "rtl"
    assert heading.evaluate("element => getComputedStyle(element).direction") == "rtl"


def test_print_view_keeps_csp_and_prints_the_address(csp_page, demo_site):
    errors = []
    csp_page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    csp_page.goto(demo_site + "/offenbach-hilft/ankommen-und-anmeldung/druck/")
    assert csp_page.locator(".guide-print__button").is_visible()
    csp_page.emulate_media(media="print")
    assert csp_page.locator(".guide-print__url").is_visible()
    assert not csp_page.locator(".guide-print__button").is_visible()
    assert errors == []
