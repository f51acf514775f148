"""Demo content of the editorial pages. The texts are files in
`offenbach_portal/pages/content/` (one per page and language); a page whose
slug exists is left alone, so edits made in the back office survive. The
accessibility statement's facts and its known barriers come from
`demo_data/accessibility.yaml`, loaded the same way."""

from pathlib import Path

import reversion
import yaml

from offenbach_portal.core.publication import Status

from .content_files import read_content
from .models import AccessibilityStatement, KnownBarrier, Page
from .services import accessibility_statement_create, known_barrier_create

ACCESSIBILITY_FILE = Path(__file__).resolve().parent / "demo_data" / "accessibility.yaml"


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
    load_accessibility(stdout)


def load_accessibility(stdout, path=ACCESSIBILITY_FILE):
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if not AccessibilityStatement.objects.exists():
        accessibility_statement_create(comment="Demo-Inhalt angelegt", **data["statement"])
    created = 0
    for barrier in data["barriers"]:
        if KnownBarrier.objects.filter(title_de=barrier["title_de"]).exists():
            continue
        known_barrier_create(comment="Demo-Inhalt angelegt", **barrier)
        created += 1
    stdout.write(f"Bekannte Barrieren: {created} neu, {len(data['barriers']) - created} vorhanden")
