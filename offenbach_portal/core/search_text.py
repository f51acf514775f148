"""Text analysis for the site search, the same on PostgreSQL and SQLite:
words, stems per language, the parsed query (phrases, -minus, OR) and the
snippet around a hit.

Stems: the snowball stemmers (`snowballstemmer`, the algorithms PostgreSQL's
german, english and russian configurations use) and, for Ukrainian, which has
no snowball stemmer, `stem_ukrainian`: it strips the common inflection endings,
so that „Україна“ and „України“ share the stem „україн“."""

import re
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer
from django.utils.html import escape

from .stopwords import BY_LANGUAGE as STOP_WORDS

# A word: letters and digits (not "_", which `\w` includes). Apostrophes inside
# a word (Ukrainian „сімʼя“, „сім’я“, „сім'я“, English "don't") are removed
# before splitting, in the indexed text and in the query alike, so that the
# plain, the typographic and the modifier-letter apostrophe (' ’ ʼ) find each
# other. ʼ (U+02BC) is a letter to Python: `WORD` alone would keep it inside.
WORD = re.compile(r"[^\W_]+")
APOSTROPHE_CHARACTERS = "'’ʼ`"
APOSTROPHE = re.compile(rf"(?<=[^\W_])[{APOSTROPHE_CHARACTERS}](?=[^\W_])")
# A word as the snippet shows it: apostrophes inside it belong to it.
SHOWN_WORD = re.compile(rf"[^\W_{APOSTROPHE_CHARACTERS}]+(?:[{APOSTROPHE_CHARACTERS}][^\W_{APOSTROPHE_CHARACTERS}]+)*")
MIN_WORD_LENGTH = 2

SNOWBALL = {"de": "german", "en": "english", "ru": "russian"}
# The PostgreSQL text search configuration per content language. Ukrainian has
# none: its rows hold our stems, searched with "simple" (no further change).
PG_CONFIG = {"de": "german", "en": "english", "ru": "russian", "uk": "simple"}

UK_ENDINGS = sorted(
    """
    ськими ськими ського ському ській ськім ських ська ське ські ську ський
    ування ування ення ання іями ями ами ові еві ого ому ими іми ій їй ої ою єю ею ах ях ів їв ам ям ом ем
    ти ать ять ити іти ала али ало ила или ило ує ують ють уть ати
    ий ій ая яя ее ие ые ое ої а я о е и і ї у ю ь є
    """.split(),
    key=len,
    reverse=True,
)
UK_MIN_STEM = 3


def stem_ukrainian(word):
    """A light Ukrainian stemmer: the longest known ending goes, the stem keeps
    at least three letters. Not a dictionary, but enough for the cases of a
    noun („Україна“, „України“, „Україні“) and most adjectives and verbs."""
    for ending in UK_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= UK_MIN_STEM:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=8)
def _snowball(language):
    return snowballstemmer.stemmer(SNOWBALL[language])


@lru_cache(maxsize=50_000)
def stem(word, language):
    """The stem of one lower-case word in a content language."""
    if language == "uk":
        return stem_ukrainian(word)
    if language in SNOWBALL:
        return _snowball(language).stemWord(word)
    return word


def words(text):
    """The words of a text, lower case."""
    return WORD.findall(APOSTROPHE.sub("", text or "").lower())


def stems(text, language):
    """The text reduced to its stems, separated by spaces (the SQLite index and
    the Ukrainian PostgreSQL vector hold this)."""
    return " ".join(stem(word, language) for word in words(text))


def is_stop_word(word, language):
    return word in STOP_WORDS.get(language, ()) or word in STOP_WORDS["de"]


@dataclass
class ParsedQuery:
    """A query as the visitor typed it, parsed: `groups` are joined with AND,
    each group is a list of alternatives joined with OR, each alternative a
    tuple of words (more than one word: a phrase in quotes). `excluded` are the
    alternatives after a minus. Words are lower case, never stemmed here."""

    groups: list = field(default_factory=list)
    excluded: list = field(default_factory=list)
    # Why nothing is searched, when nothing is: "short" (1 character words
    # only), "stop" (stop words only), "words" (no word at all, e.g. only operators).
    problem: str = ""

    @property
    def words(self):
        return [word for group in self.groups for alternative in group for word in alternative]


TOKEN = re.compile(r'(?P<minus>-?)(?:"(?P<phrase>[^"]*)"|(?P<word>[^\s"]+))')


def parse(query, language):
    """Parse web-search syntax: "exact phrase", -minus, OR. Unbalanced quotes,
    operators without words, SQL or LIKE characters (% _) are only separators:
    the result holds nothing but words of letters and digits."""
    text = APOSTROPHE.sub("", query or "")
    if text.count('"') % 2:  # an unbalanced quote counts as a space
        index = text.rfind('"')
        text = text[:index] + " " + text[index + 1 :]
    groups, excluded = [], []
    join_next = False
    seen_words, seen_short = False, False
    for match in TOKEN.finditer(text):
        raw = match.group("phrase") if match.group("phrase") is not None else match.group("word")
        if match.group("word") == "OR" and not match.group("minus"):
            join_next = bool(groups)
            continue
        found = WORD.findall(raw.lower())
        seen_words = seen_words or bool(found)
        kept = [word for word in found if len(word) >= MIN_WORD_LENGTH]
        seen_short = seen_short or len(kept) < len(found)
        if match.group("phrase") is None:
            # A word with inner punctuation ("E-Mail", "1=1") is a phrase of its parts.
            kept = [word for word in kept if not is_stop_word(word, language)] if len(kept) > 1 else kept
        if not kept:
            continue
        alternative = tuple(kept)
        if match.group("minus"):
            excluded.append(alternative)
            join_next = False
            continue
        if join_next and groups:
            groups[-1].append(alternative)
        else:
            groups.append([alternative])
        join_next = False
    # Stop words alone in a group say nothing: drop those groups.
    meaningful = [group for group in groups if any(not all(is_stop_word(w, language) for w in alt) for alt in group)]
    parsed = ParsedQuery(groups=meaningful, excluded=excluded if meaningful else [])
    if not meaningful:
        parsed.problem = "stop" if groups else "words" if not seen_words or excluded else "short" if seen_short else "stop"
    return parsed


# Query expressions. Every word is [^\W_]+ (letters and digits only), so quoting
# it cannot break out of the expression; the expression is passed as a parameter.


def tsquery(parsed, language):
    """A PostgreSQL `to_tsquery` expression for `parsed` in the configuration
    of `language`: words as prefixes ('sitzungen':* – PostgreSQL stems them,
    keeping the prefix), phrases with <->, alternatives with |, minus with !."""

    def term(alternative):
        if language == "uk":
            alternative = tuple(stem(word, "uk") for word in alternative)
        if len(alternative) == 1:
            return f"'{alternative[0]}':*"
        return "(" + " <-> ".join(f"'{word}'" for word in alternative) + ")"

    parts = ["(" + " | ".join(term(alt) for alt in group) + ")" for group in parsed.groups]
    parts += [f"!{term(alt)}" for alt in parsed.excluded]
    return " & ".join(parts)


def fts5_query(parsed, language):
    """An SQLite FTS5 expression for `parsed` over the stems of `language`:
    every stem in double quotes (so no input is ever FTS5 syntax), words as
    prefixes, phrases as quoted phrases, OR and NOT."""

    def term(alternative):
        stemmed = [stem(word, language) for word in alternative]
        if len(stemmed) == 1:
            return f'"{stemmed[0]}"*'
        return '"' + " ".join(stemmed) + '"'

    positive = " AND ".join("(" + " OR ".join(term(alt) for alt in group) + ")" for group in parsed.groups)
    if parsed.excluded:
        positive = f"({positive}) NOT (" + " OR ".join(term(alt) for alt in parsed.excluded) + ")"
    return positive


# Snippets.

SNIPPET_BEFORE = 12
SNIPPET_AFTER = 24
SCAN_LIMIT = 20_000  # characters of a body looked at for the first hit


def _hit_stems(parsed, language):
    return tuple({stem(word, language) for word in parsed.words} | {stem(word, "de") for word in parsed.words})


def highlight(text, parsed, language, whole=True):
    """`text` escaped, with every word that matches the query in <mark>. With
    `whole=False` only the part around the first hit (or the beginning), cut at
    word boundaries and marked with "…" where it is cut."""
    text = text or ""
    prefixes = _hit_stems(parsed, language) if parsed else ()

    def is_hit(word):
        return bool(prefixes) and stem(APOSTROPHE.sub("", word).lower(), language).startswith(prefixes)

    scanned = text if whole else text[:SCAN_LIMIT]
    spans = list(SHOWN_WORD.finditer(scanned))
    if not spans:
        return escape(text[:300])
    lo, hi, begin, finish = 0, len(spans), 0, len(text)
    if not whole:
        first = next((index for index, span in enumerate(spans) if is_hit(span.group())), None)
        lo = max(0, first - SNIPPET_BEFORE) if first is not None else 0
        hi = min(len(spans), lo + SNIPPET_BEFORE + SNIPPET_AFTER)
        begin = spans[lo].start() if lo else 0
        finish = spans[hi - 1].end() if hi < len(spans) else len(scanned)
    pieces, cursor = [], begin
    for span in spans[lo:hi]:
        if is_hit(span.group()):
            pieces.append(escape(text[cursor : span.start()]))
            pieces.append(f"<mark>{escape(span.group())}</mark>")
            cursor = span.end()
    pieces.append(escape(text[cursor:finish]))
    html = "".join(pieces).strip()
    if begin > 0:
        html = "… " + html
    if finish < len(text):
        html += " …"
    return html
