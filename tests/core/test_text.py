"""The shared text helpers (offenbach_portal/core/text.py): apostrophes and slugs."""

import pytest

from offenbach_portal.core.text import normalise_apostrophes, slug_from


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
