"""Spacing and heading sizes on the Kompetenzteam pages, measured in Chromium."""

import pytest

pytestmark = [pytest.mark.browser]


@pytest.mark.parametrize("width", [320, 1280])
def test_calendar_subscription_line_keeps_its_distance_from_the_next_heading(page, demo_site, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(demo_site + "/kompetenzteam/sitzungen/")
    line = page.locator("p", has_text="Sitzungskalender abonnieren (.ics)").bounding_box()
    heading = page.locator("#archiv").bounding_box()
    gap = heading["y"] - (line["y"] + line["height"])
    assert gap >= 32


@pytest.mark.parametrize("width", [320, 1280])
def test_former_chairs_disclosure_is_no_larger_than_the_chair_heading(page, demo_site, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(demo_site + "/kompetenzteam/")
    sizes = page.evaluate(
        """() => {
          const size = (element) => parseFloat(getComputedStyle(element).fontSize);
          const titles = [...document.querySelectorAll('summary .kern-title')];
          return {
            section: size(document.getElementById('vorsitz')),
            disclosures: titles.map((title) => [title.textContent, size(title)]),
            subheading: size(document.querySelector('h3.kern-heading-small')),
          };
        }"""
    )
    assert sizes["disclosures"] == [["Frühere Vorsitzende", sizes["subheading"]]]
    assert sizes["subheading"] < sizes["section"]
