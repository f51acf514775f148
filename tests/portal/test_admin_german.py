"""The back office speaks German with formal "Sie", also in the add-ons' strings,
and names every object it lists."""

import json
import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from orgs.models import Organisation
from tests.factories import UserFactory, make_organisation

ADDON_STRINGS = [
    "Select all",
    "%(exc_name)s encountered while trying to read file. Ensure you have chosen the correct format for the file.",
    "No valid data to import. Ensure your file has the correct headers or data for import.",
    'Select at least 1 field for "%(resource_name)s" to export',
    "Below is a preview of data to be imported. If you are satisfied with the results, click 'Confirm import'",
    "Please correct these errors in your data where possible, then reupload it using the form above.",
    "Choose a date from the list below to recover a deleted version of an object.",
]
INFORMAL = re.compile(r"\b(du|dich|dir|dein\w*|klicke|korrigiere|wähle|lade|stelle)\b", re.I)


@pytest.mark.parametrize("message", ADDON_STRINGS)
def test_addon_strings_are_formal_german(message):
    with translation.override("de"):
        german = gettext(message)
    assert german != message
    assert INFORMAL.search(german) is None
    assert "Zeitpunk " not in german


@pytest.mark.django_db
def test_export_form_says_select_all_in_german(client):
    client.force_login(UserFactory(username="chefin", superuser=True))
    html = client.get(reverse("admin:orgs_organisation_export")).content.decode()
    assert "Alle auswählen" in html
    assert "Select all" not in html


@pytest.mark.django_db
def test_relation_rows_have_human_names():
    organisation = make_organisation("Griechische Gemeinde", languages=["el"])
    row = Organisation.languages.through.objects.get(organisation=organisation)
    assert str(row) == f"Griechische Gemeinde – {row.language}"
    assert "object (" not in str(row)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "expected", "english"),
    [
        ("orgs_organisation", "Kurzname (short_name)", "Short Name"),
        ("programmes_project", "Programm (programme)", "Programme"),
    ],
)
def test_export_form_names_fields_in_german(client, model, expected, english):
    client.force_login(UserFactory(username="chefin", superuser=True))
    html = client.get(reverse(f"admin:{model}_export")).content.decode()
    labels = re.findall(r'<label for="id_\w+resource_\w+"[^>]*>([^<]+)</label>', html)
    assert expected in labels
    assert english not in labels
    # Multi-word labels in English title case, as the add-on makes them from column names.
    assert [label for label in labels if re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+)+", label)] == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("english", "german"),
    [("Choose all %s", "Alle %s auswählen"), ("Remove selected %s", "Markierte %s entfernen"), ("Choose all", "Alle auswählen")],
)
def test_the_admin_javascript_speaks_german_too(client, english, german):
    """Django's German catalogue lacks the newer strings of the two-list
    selection (filter_horizontal); ours (locale/de/…/djangojs.po) adds them."""
    client.force_login(UserFactory(username="chefin", superuser=True))
    script = client.get(reverse("admin:jsi18n"), headers={"accept-language": "de"}).content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S).group(1))
    assert catalogue[english] == german
