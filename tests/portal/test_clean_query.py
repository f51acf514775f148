import pytest

from offenbach_portal.core.text import clean_query


@pytest.mark.parametrize(
    "value, expected",
    [
        (None, ""),
        ("", ""),
        ("   ", ""),
        ("\x00\x00", ""),
        ("Griech\x00ische", "Griechische"),
        ("  Verein  in\tNordend\n", "Verein in Nordend"),
        ("Verein\u00a0Nordend", "Verein Nordend"),
        ("Молодіжний клуб", "Молодіжний клуб"),
        ("x" * 5000, "x" * 200),
    ],
)
def test_clean_query(value, expected):
    assert clean_query(value) == expected


def test_clean_query_cuts_to_max_length_without_a_trailing_space():
    assert clean_query("ab cd", max_length=3) == "ab"
    assert clean_query("abcdef", max_length=4) == "abcd"
