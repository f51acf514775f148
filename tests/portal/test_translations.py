"""Every interface string exists in English, Ukrainian and Russian."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"


def catalog(language):
    with open(LOCALE / language / "LC_MESSAGES" / "django.po", "rb") as po:
        return read_po(po, locale=language)


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_every_string_is_translated(language):
    untranslated = []
    for message in catalog(language):
        if not message.id:
            continue  # the header
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            untranslated.append(message.id)
    assert untranslated == []


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_placeholders_survive_translation(language):
    import re

    placeholder = re.compile(r"%\(\w+\)[sd]|\{\{?\s*\w+\s*\}?\}|%[sd]")
    broken = []
    for message in catalog(language):
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        expected = sorted(set(placeholder.findall(ids[0])))
        for string in strings:
            if (
                string
                and sorted(set(placeholder.findall(string))) != expected
                and not (len(ids) > 1 and sorted(set(placeholder.findall(string))) == sorted(set(placeholder.findall(ids[-1]))))
            ):
                broken.append((ids[0], string))
    assert broken == []


def test_the_catalogues_hold_every_string_of_the_source(tmp_path):
    """makemessages over a copy of the source finds no string the catalogues
    lack: a string marked for translation but missing from the .po files
    would show in German on every English, Ukrainian and Russian page."""
    base = Path(settings.BASE_DIR)
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=base, capture_output=True, text=True, check=True)
    for name in listed.stdout.splitlines():
        if (
            name.endswith((".py", ".html", ".txt"))
            and not name.startswith(("tests/", "bench/", "locale/", "static/"))
            and (base / name).exists()
        ):
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(base / name, tmp_path / name)
    (tmp_path / "locale").mkdir()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "offenbach_portal.settings"}
    subprocess.run([sys.executable, "manage.py", "makemessages", "--locale", "uk", "--verbosity", "0"], cwd=tmp_path, env=env, check=True)
    with open(tmp_path / "locale" / "uk" / "LC_MESSAGES" / "django.po", "rb") as po:
        in_source = {message.id for message in read_po(po) if message.id}
    in_catalogue = {message.id for message in catalog("uk") if message.id}
    assert sorted(in_source - in_catalogue, key=str) == []
