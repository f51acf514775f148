"""The shared text helpers (offenbach_portal/core/text.py): apostrophes, slugs, spaces and word cuts."""

import pytest

from offenbach_portal.core.text import collapse_spaces, normalise_apostrophes, slug_from, truncate_words


@pytest.mark.parametrize("typed", ["об'єднання", "об’єднання", "обʼєднання"])
def test_every_apostrophe_becomes_the_modifier_letter(typed):
    assert normalise_apostrophes(typed) == "об\u02bcєднання"


def test_normalising_leaves_other_text_alone():
    assert normalise_apostrophes("„Offenbach hilft“ – 20\u00a0МБ") == "„Offenbach hilft“ – 20\u00a0МБ"
    assert normalise_apostrophes(None) == ""


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Обʼєднання українців", "obiednannia-ukraintsiv"),
        ("Об'єднання українців", "obiednannia-ukraintsiv"),
        ("Об’єднання українців", "obiednannia-ukraintsiv"),
        ("Сімʼя та діти", "simia-ta-dity"),
        ("Русская община «Щит»", "russkaia-obshchyna-shchyt"),
        ("Griechische Gemeinde Offenbach", "griechische-gemeinde-offenbach"),
        ("Rock'n'Roll-Club", "rocknroll-club"),
        ("Rock’n’Roll-Club", "rocknroll-club"),
    ],
)
def test_slug_treats_the_apostrophes_alike_and_writes_cyrillic_in_latin(name, slug):
    assert slug_from(name) == slug


def test_collapsing_spaces_keeps_the_non_breaking_ones():
    assert collapse_spaces("  höchstens 20\u00a0MB,\r\n\tnicht   mehr ") == "höchstens 20\u00a0MB, nicht mehr"


@pytest.mark.parametrize(
    ("text", "count", "expected"),
    [
        ("Seit 2007\u00a0року діє  команда", 3, "Seit 2007\u00a0року діє…"),
        ("Seit 2007 року діє команда", 3, "Seit 2007 року…"),
        ("Drei kurze Wörter", 3, "Drei kurze Wörter"),
        ("", 5, ""),
    ],
)
def test_truncating_words_does_not_end_a_word_at_a_non_breaking_space(text, count, expected):
    assert truncate_words(text, count) == expected
