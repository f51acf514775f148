"""What the programmes show on the home page (`core.home`): the funding calls
open today, until their deadline day ends in Europe/Berlin."""

from . import selectors

HOME_SECTION_ORDER = 20


def open_calls_section(request):
    """The open calls; None when there is none. One query."""
    calls = list(selectors.open_calls())
    if not calls:
        return None
    return {"template": "programmes/home_section.html", "context": {"calls": calls}, "order": HOME_SECTION_ORDER}
