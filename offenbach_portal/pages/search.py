"""The pages' part of the site search index."""

import re

from offenbach_portal.core.publication import Status
from offenbach_portal.core.search import translated_entries
from offenbach_portal.core.text import collapse_spaces

# A data block's marker (see blocks.py) as it is left in the plain text.
BLOCK_MARKER = re.compile(r"\[\[[a-z0-9-]+\]\]")


def page_entries(page):
    # Scheduled pages are indexed with their date; the search hides them until then.
    if page.status != Status.PUBLISHED:
        return []
    # A section introduction has no address of its own; the section's app indexes the section.
    if page.section_url() is not None:
        return []
    entries = translated_entries(page, "title", ("lead", "body"), page.get_absolute_url(), published_at=page.published_at)
    for entry in entries:
        entry.body = collapse_spaces(BLOCK_MARKER.sub(" ", entry.body))
    return entries
