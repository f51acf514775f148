"""The Nu HTML checker (npm `vnu-jar`, run with Java) reports no error on any
page type in any of the four languages, for visitors and for a logged-in
member. All pages go to one checker run: Java starts once."""

import json
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from orgs.models import OrganisationEditor
from tests.page_types import in_language, member_paths, public_paths

pytestmark = pytest.mark.django_db

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# A page the checker must object to: proof that it ran and read the files.
INVALID = '<!DOCTYPE html><html lang="de"><title>x</title><time datetime="2024-11-05T18:30:00.123456+01:00">5.11.</time></html>'


def nu_errors(documents, folder):
    """Check {name: html} with the Nu checker; {name: [error messages]}."""
    names = {}
    for number, (name, html) in enumerate(documents.items()):
        path = folder / f"page-{number}.html"
        path.write_text(html, encoding="utf-8")
        names[path.resolve().as_uri()] = name
    run = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *sorted(str(folder / p) for p in folder.iterdir())],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(run.stderr)
    errors = {name: [] for name in documents}
    for message in report["messages"]:
        uri = Path(message["url"].removeprefix("file:")).resolve().as_uri()
        errors[names[uri]].append(f"line {message.get('lastLine')}: {message['message']}")
    return errors


def test_every_page_type_is_valid_html_in_every_language(client, shared_demo, tmp_path):
    documents = {}
    for language in ("de", "en", "uk", "ru"):
        for path in public_paths():
            address = in_language(path, language)
            response = client.get(address)
            assert response.status_code == (404 if "gibt-es-nicht" in path else 200), address
            documents[address] = response.content.decode()
    editor = OrganisationEditor.objects.order_by("pk").first().user
    client.force_login(editor)
    for language in ("de", "en", "uk", "ru"):
        for path in member_paths(editor):
            address = in_language(path, language)
            response = client.get(address)
            assert response.status_code == 200, address
            documents[address] = response.content.decode()
    documents["invalid sample"] = INVALID

    errors = nu_errors(documents, tmp_path)

    assert errors.pop("invalid sample") == [
        "line 1: Bad value “2024-11-05T18:30:00.123456+01:00” for attribute “datetime” on element “time”: "
        "A fraction of a second must be one, two, or three digits."
    ]
    assert {address: found for address, found in errors.items() if found} == {}
