import pytest

from tests.browser import run_axe

# `demo_site` (tests/conftest.py): the demo, loaded once for all browser tests that use it.
pytestmark = [pytest.mark.browser]

# Every page type, and of the fields of action and projects (one template each)
# the demo's variants: a field with one real project and one with two sample
# projects; a project with results and a field, one without a field, and a sample.
PATHS = [
    "/programme/",
    "/programme/modellregion-integration/",
    "/programme/wir/",
    "/programme/modellregion-integration/handlungsfelder/1/",
    "/programme/modellregion-integration/handlungsfelder/5/",
    "/projekte/",
    "/projekte/?programm=modellregion-integration&traeger=frei",
    "/projekte/seminare-fuer-migrantenvereine/",
    "/projekte/kompetenzzentrum-vielfalt-hessen/",
    "/projekte/beispiel-lernpaten/",
    "/publikationen/",
]


@pytest.mark.parametrize("language", ["de", "uk"])
@pytest.mark.parametrize("path", PATHS)
def test_programme_pages_have_no_axe_violations(page, demo_site, path, language):
    prefix = "" if language == "de" else f"/{language}"
    response = page.goto(demo_site + prefix + path)
    assert response.status == 200
    assert run_axe(page) == []


def test_project_filter_works_without_javascript(browser, demo_site):
    context = browser.new_context(locale="de-DE", java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site + "/projekte/")
    page.select_option("#filter-traeger", "stadt")
    page.get_by_role("button", name="Ergebnisse anzeigen").click()
    assert "traeger=stadt" in page.url
    assert page.get_by_role("status").inner_text().endswith("gefunden")
    context.close()
