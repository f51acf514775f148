"""Every interface string exists in English, Ukrainian and Russian."""

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
