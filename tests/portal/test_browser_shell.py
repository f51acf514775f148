import pytest

from tests.browser import run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_site(transactional_db, live_url):
    from django.core.management import call_command
    import io

    call_command("load_demo", stdout=io.StringIO())
    return live_url


@pytest.mark.parametrize("path", ["/", "/impressum/", "/en/datenschutz/", "/uk/", "/seite-gibt-es-nicht/"])
def test_page_has_no_axe_violations(page, demo_site, path):
    page.goto(demo_site + path)
    assert run_axe(page) == []


def test_first_tab_reaches_the_skip_link(page, demo_site):
    page.goto(demo_site + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.className, document.activeElement.getAttribute('href')]")
    assert focused == ["portal-skip-link", "#inhalt"]
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "inhalt"
