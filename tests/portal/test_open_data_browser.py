import pytest

from tests.browser import run_axe

# `demo_site` (tests/conftest.py): the demo that `make run` loads, shared with
# the other browser tests; no django_db here.
pytestmark = [pytest.mark.browser]


@pytest.mark.parametrize("path", ["/offene-daten/", "/en/offene-daten/", "/ru/offene-daten/"])
def test_open_data_page_has_no_axe_violations(page, demo_site, path):
    response = page.goto(demo_site + path)
    assert response.status == 200
    assert page.locator("h2").count() == 5
    assert run_axe(page) == []


def test_open_data_page_is_linked_from_the_footer(page, demo_site):
    page.goto(demo_site + "/")
    page.get_by_role("contentinfo").get_by_role("link", name="Offene Daten").click()
    assert page.url == demo_site + "/offene-daten/"
    assert page.get_by_role("heading", level=1).inner_text() == "Offene Daten"
