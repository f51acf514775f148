"""Demo content of the editorial pages. The texts are files in
`offenbach_portal/pages/content/` (one per page and language); a page whose
slug exists is left alone, so edits made in the back office survive."""

import reversion

from offenbach_portal.core.publication import Status

from .content_files import read_content
from .models import Page


def load(stdout):
    pages = read_content()
    created = 0
    for data in pages:
        if Page.objects.filter(slug=data["slug"]).exists():
            continue
        with reversion.create_revision():
            reversion.set_comment("Demo-Inhalt angelegt")
            Page.objects.create(**data, status=Status.PUBLISHED)
        created += 1
    stdout.write(f"Seiten: {created} neu, {len(pages) - created} vorhanden")
