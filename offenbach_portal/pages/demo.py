"""Demo content of the editorial pages."""

import reversion

from .demo_pages import PAGES
from offenbach_portal.core.publication import Status

from .models import Page

def load(stdout):
    created = 0
    for data in PAGES:
        if Page.objects.filter(slug=data["slug"]).exists():
            continue
        with reversion.create_revision():
            reversion.set_comment("Demo-Inhalt angelegt")
            Page.objects.create(**data, status=Status.PUBLISHED)
        created += 1
    stdout.write(f"Seiten: {created} neu, {len(PAGES) - created} vorhanden")
