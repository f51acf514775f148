"""What the Kompetenzteam shows on the home page (`core.home`): its next meeting."""

from . import selectors

HOME_SECTION_ORDER = 30


def next_meeting_section(request):
    """The next meeting that is not cancelled; None when none is planned. One query."""
    meeting = selectors.next_meeting()
    if meeting is None:
        return None
    return {"template": "committees/home_section.html", "context": {"meeting": meeting}, "order": HOME_SECTION_ORDER}
