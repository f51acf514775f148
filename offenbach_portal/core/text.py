"""Text helpers every app shares."""

import re

DEFAULT_MAX_QUERY_LENGTH = 200


def clean_query(value, max_length=DEFAULT_MAX_QUERY_LENGTH):
    """A search query as the portal uses it: without NUL bytes and other
    control characters (PostgreSQL refuses NUL in a query), every run of
    whitespace one space, trimmed and at most `max_length` characters long.
    None and other empty values become ""."""
    if not value:
        return ""
    value = "".join(char if char.isprintable() else " " if char.isspace() else "" for char in str(value))
    return " ".join(value.split())[:max_length].rstrip()


# Typography keeps some spaces unbreakable: U+00A0 in „20 MB“, „№ 29“,
# „2007 року“ and before a dash between words (docs/glossary.md). Collapsing or
# cutting a text by words leaves them alone: only ordinary white space
# separates words. (`str.split()` would turn them into plain spaces.)
ORDINARY_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def collapse_spaces(value):
    """`value` with every run of ordinary white space one space, trimmed;
    non-breaking spaces stay."""
    return ORDINARY_SPACE.sub(" ", value or "").strip()


def truncate_words(value, count):
    """The first `count` words of `value` and „…“ when there were more;
    a non-breaking space does not end a word."""
    text = collapse_spaces(value)
    words = text.split(" ")
    return text if len(words) <= count else " ".join(words[:count]) + "…"


# The Ukrainian apostrophe. The portal's texts use one character for it,
# U+02BC MODIFIER LETTER APOSTROPHE („обʼєднання“): a letter, so a word keeps
# together when it is broken, selected or searched. Visitors type the plain
# apostrophe (') or the typographic one (’); search, filters and slugs treat
# all three as the same letter.
APOSTROPHE = "\u02bc"
APOSTROPHE_VARIANTS = ("'", "\u2019", "\u02bc")


def normalise_apostrophes(value):
    """`value` with every apostrophe variant (' ’ ʼ) as the one the portal's texts use (ʼ)."""
    value = value or ""
    for variant in APOSTROPHE_VARIANTS:
        if variant != APOSTROPHE:
            value = value.replace(variant, APOSTROPHE)
    return value


# Ukrainian and Russian letters in Latin, after the Ukrainian national
# transliteration (2010) and its Russian counterpart, reduced to what a slug
# can hold. The apostrophe is left out, as that standard says.
CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "ё": "e", "ы": "y", "э": "e", "ъ": "",
}  # fmt: skip


def slug_from(value):
    """A slug (ASCII letters, digits, hyphens) from a name in any portal
    language: Django's `slugify` after the apostrophes (' ’ ʼ) are dropped and
    Cyrillic letters written in Latin, so that „Обʼєднання“, „Об'єднання“ and
    „Об’єднання“ give the same slug, „obiednannia“. German names give what
    `slugify` gives."""
    from django.utils.text import slugify

    text = "".join(char for char in str(value or "") if char not in APOSTROPHE_VARIANTS)
    text = "".join(CYRILLIC_TO_LATIN.get(char, CYRILLIC_TO_LATIN.get(char.lower(), char)) for char in text)
    return slugify(text)
