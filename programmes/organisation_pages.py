"""What the programmes add to organisation profiles, through the extension
point of `orgs` (which never imports this app)."""

from . import selectors

PROFILE_SECTION_ORDER = 60


def programmes_section(request, organisation):
    """Projects the organisation sponsors or partners in, and publications that
    portray it; None when there are none. Three queries."""
    projects = list(selectors.projects_of(organisation))
    publications = list(selectors.publications_portraying(organisation))
    if not projects and not publications:
        return None
    return {
        "template": "programmes/organisation_section.html",
        "context": {"organisation": organisation, "projects": projects, "publications": publications},
        "order": PROFILE_SECTION_ORDER,
    }
