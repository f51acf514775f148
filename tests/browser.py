"""Helpers for the browser tests (fixtures are in conftest.py)."""

import os

AXE_JS = os.path.join(os.path.dirname(os.path.dirname(__file__)), "node_modules", "axe-core", "axe.min.js")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def run_axe(page, rules=None):
    """Run axe-core (WCAG 2.0/2.1 A and AA, or only the named `rules`) on the
    page and return its violations."""
    page.add_script_tag(path=AXE_JS)
    only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": WCAG_TAGS}
    # Only the violations are worked out in full and sent back: the passed and
    # inapplicable checks of a long admin page made a result of megabytes that
    # Playwright validated piece by piece (seconds per page).
    return page.evaluate(
        """async (only) => {
            const result = await axe.run(document, {runOnly: only, resultTypes: ["violations"]});
            return result.violations.map((v) => ({
                id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => n.target), help: v.help,
            }));
        }""",
        only,
    )


def focused(page):
    """What has the keyboard focus: its id, link target, name or tag (for messages)."""
    return page.evaluate(
        "() => { const e = document.activeElement; return e.id || e.getAttribute('href') || e.getAttribute('name') || e.tagName }"
    )


def tab_to(page, selector, limit=600):
    """Press Tab until the element matching `selector` has the focus; fail
    after `limit` presses (a small limit also says the element comes soon)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement && document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"{selector} never got the focus within {limit} Tab presses, last was {focused(page)}")
