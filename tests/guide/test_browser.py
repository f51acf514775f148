import pytest

from tests.browser import run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_site(transactional_db, live_url):
    """The directory's and the guide's demo content (the guide's contact points are organisations)."""
    import io

    from news.guide import demo
    from orgs import demo as orgs_demo
    from orgs.reference_data import ensure_reference_data

    ensure_reference_data()
    from news.guide.models import GuideLanguage

    for code, name, order in [("de", "Deutsch", 0), ("uk", "Українська", 1), ("ru", "Русский", 2), ("en", "English", 3)]:
        GuideLanguage.objects.get_or_create(code=code, defaults={"name": name, "name_de": name, "order": order})
    orgs_demo.load(io.StringIO())
    demo.load(io.StringIO())
    return live_url


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
