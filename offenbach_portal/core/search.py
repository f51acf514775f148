"""Site search: one index (`SearchEntry`) over everything the public may find.

Each app registers, from its `AppConfig.ready()`, an *indexer* per model with
`register_index`: a function that returns the `Entry`s of one object (one per
content language with own text, German always) or none when the public may
not see it. Saving or deleting the object (or something it depends on, see
`register_dependency`) rewrites its entries at once, in the same transaction.
`manage.py rebuild_search_index` writes the whole index anew.

The query (`search()`) runs on PostgreSQL as full-text search with the
language's configuration, on SQLite through FTS5 over stems computed in
Python; see docs/search.md."""

import datetime
import difflib
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from html import unescape

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, TrigramSimilarity
from django.db import connection
from django.db.models import Case, Exists, F, IntegerField, OuterRef, Q, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Replace
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, override

from . import search_text
from .text import DEFAULT_MAX_QUERY_LENGTH, clean_query, collapse_spaces, truncate_words

LANGUAGES = ("de", "en", "uk", "ru")
SOURCE_LANGUAGE = "de"
# Each content language named in itself (shown, with lang, beside a result in another language).
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English", "uk": "Українська", "ru": "Русский"}
FTS_TABLE = "portal_searchentry_fts"
PER_PAGE = 10
REBUILD_BATCH = 500
SUGGESTION_MIN_SIMILARITY = 0.3


@dataclass
class Entry:
    """What an indexer returns for one object in one language."""

    language: str
    title: str
    body: str
    url: str
    date: datetime.date | None = None
    published_at: datetime.datetime | None = None


@dataclass
class Source:
    kind: str
    label: object
    model: type
    indexer: object
    queryset: object
    order: int = 100


_sources = {}  # kind → Source
_by_model = {}  # model → [Source]
_dependencies = {}  # model → [function(instance) → objects to index again]


def register_index(kind, label, model, indexer, queryset=None, order=100):
    """Make `model` findable as `kind` (a key, e.g. "article"; `label` is what
    the results page calls it). `indexer(obj)` returns a list of `Entry`;
    `queryset()` the objects a rebuild goes through (default: all)."""
    source = Source(kind, label, model, indexer, queryset or model._default_manager.all, order)
    _sources[kind] = source
    _by_model.setdefault(model, [])
    if all(existing.kind != kind for existing in _by_model[model]):
        _by_model[model].append(source)
    uid = f"portal-search-{model._meta.label_lower}"
    post_save.connect(_saved, sender=model, dispatch_uid=f"{uid}-save")
    post_delete.connect(_deleted, sender=model, dispatch_uid=f"{uid}-delete")
    return source


def register_dependency(model, related, m2m=()):
    """When an object of `model` is saved or deleted (or one of its `m2m`
    fields changes), index the objects `related(instance)` returns again: the
    agenda items of a meeting, the offers of an organisation."""
    _dependencies.setdefault(model, []).append(related)
    uid = f"portal-search-dep-{model._meta.label_lower}"
    post_save.connect(_dependency_changed, sender=model, dispatch_uid=f"{uid}-save")
    post_delete.connect(_dependency_changed, sender=model, dispatch_uid=f"{uid}-delete")
    for field_name in m2m:
        through = getattr(model, field_name).through
        m2m_changed.connect(_m2m_changed, sender=through, dispatch_uid=f"{uid}-{field_name}")


def sources():
    return sorted(_sources.values(), key=lambda source: (source.order, source.kind))


def kind_label(kind):
    source = _sources.get(kind)
    return str(source.label) if source else kind


# Helpers for indexers.


def plain(html):
    """Rich text as the index holds it: without markup, whitespace collapsed."""
    return collapse_spaces(unescape(strip_tags(html or "")))


def translated_entries(obj, title, body_fields, url, *, date=None, published_at=None, title_text=None):
    """The entries of a modeltranslation model: German, and every other portal
    language in which the title or one of `body_fields` has own text (the
    German title stands in for a missing translated one). `title_text(language)`
    builds a title that is not simply a field (e.g. "29. Sitzung – …")."""
    entries = []
    for language in LANGUAGES:
        own = [getattr(obj, f"{name}_{language}", "") or "" for name in (title, *body_fields) if name]
        if language != SOURCE_LANGUAGE and not any(own):
            continue
        with override(language):
            if title_text:
                heading = title_text(language)
            else:
                heading = getattr(obj, f"{title}_{language}", "") or getattr(obj, f"{title}_{SOURCE_LANGUAGE}", "") or ""
            body = " ".join(plain(getattr(obj, f"{name}_{language}", "")) for name in body_fields)
            entries.append(Entry(language, heading, collapse_spaces(body), url, date=date, published_at=published_at))
    return entries


# Writing the index.


def index_object(obj):
    """Write the entries of `obj` anew (none when it is not public)."""
    for source in _by_model.get(type(obj), ()):
        _write(source, obj, source.indexer(obj))


def remove_object(obj):
    for source in _by_model.get(type(obj), ()):
        _write(source, obj, [])


def _entry_model():
    from .models import SearchEntry

    return SearchEntry


def _write(source, obj, entries):
    """Replace the entries of one object (in the transaction of its save)."""
    SearchEntry = _entry_model()
    content_type = ContentType.objects.get_for_model(type(obj))
    # On SQLite, triggers keep the FTS5 table in step (migration 0007).
    SearchEntry.objects.filter(content_type=content_type, object_id=obj.pk, kind=source.kind).delete()
    _insert(source, content_type, [(obj, entries)])


def _insert(source, content_type, pairs):
    """Store the entries of (object, entries) pairs: rows, vectors, suggestion words."""
    from .models import SearchWord

    SearchEntry = _entry_model()
    rows = [
        SearchEntry(
            content_type=content_type,
            object_id=obj.pk,
            language=entry.language,
            kind=source.kind,
            title=entry.title[:500],
            body=entry.body,
            url=entry.url,
            date=entry.date,
            published_at=entry.published_at,
            title_stems=search_text.stems(entry.title, entry.language),
            body_stems=search_text.stems(entry.body, entry.language),
        )
        for obj, entries in pairs
        for entry in entries
    ]
    if not rows:
        return
    created = SearchEntry.objects.bulk_create(rows, batch_size=500)
    _fill_vectors(created)
    words = {}
    for row in created:
        for word in search_text.WORD.findall(search_text.APOSTROPHE.sub("", row.title)):
            if len(word) >= 4 and not word.isdigit():
                words.setdefault(word[:100], row.language)
    if words:
        SearchWord.objects.bulk_create(
            [SearchWord(word=word, language=lang) for word, lang in words.items()], ignore_conflicts=True, batch_size=500
        )


def _fill_vectors(rows):
    SearchEntry = _entry_model()
    if connection.vendor == "postgresql":
        by_language = {}
        for row in rows:
            by_language.setdefault(row.language, []).append(row.pk)
        for language, pks in by_language.items():
            config = search_text.PG_CONFIG.get(language, "simple")
            title, body = ("title_stems", "body_stems") if language == "uk" else ("title", "body")
            SearchEntry.objects.filter(pk__in=pks).update(
                vector=SearchVector(_without_brackets(title), weight="A", config=config)
                + SearchVector(_without_brackets(body), weight="B", config=config)
            )


def _without_brackets(column):
    """PostgreSQL's parser reads "<…" in plain text as the start of an HTML tag
    and skips what follows: index the text with angle brackets as spaces. It
    also splits words at a plain apostrophe but not at ʼ (U+02BC): index the
    text without apostrophes, as the query is parsed (search_text.APOSTROPHE),
    so that „об'єднання“, „об’єднання“ and „обʼєднання“ find each other."""
    text = TextField()
    expression = F(column)
    for old, new in [("<", " "), (">", " "), *((char, "") for char in search_text.APOSTROPHE_CHARACTERS)]:
        expression = Replace(expression, Value(old), Value(new), output_field=text)
    return expression


# True while a bulk load that rebuilds the whole index afterwards runs.
_suspended = ContextVar("search_indexing_suspended", default=False)


@contextmanager
def indexing_suspended():
    """Saves and deletes inside leave the index alone: for a bulk load that
    calls `rebuild()` when it is done (load_demo), so that no object is
    indexed once per save on the way."""
    token = _suspended.set(True)
    try:
        yield
    finally:
        _suspended.reset(token)


def _saved(sender, instance, raw=False, **kwargs):
    if not raw and not _suspended.get():
        index_object(instance)


def _deleted(sender, instance, **kwargs):
    if not _suspended.get():
        remove_object(instance)


def _dependency_changed(sender, instance, raw=False, **kwargs):
    if raw or _suspended.get():
        return
    for related in _dependencies.get(sender, ()):
        for obj in related(instance):
            index_object(obj)


def _m2m_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        _dependency_changed(type(instance), instance)


def rebuild(progress=None):
    """Write the whole index anew; `progress(done, total, kind)` is told each step."""
    from .models import SearchEntry, SearchWord

    SearchEntry.objects.all().delete()
    SearchWord.objects.all().delete()
    todo = [(source, source.queryset()) for source in sources()]
    total = sum(queryset.count() for _source, queryset in todo)
    done = 0
    for source, queryset in todo:
        content_type = ContentType.objects.get_for_model(source.model)
        batch = []
        for obj in queryset.iterator(chunk_size=REBUILD_BATCH):
            batch.append((obj, source.indexer(obj)))
            if len(batch) == REBUILD_BATCH:
                _insert(source, content_type, batch)
                done += len(batch)
                batch = []
                if progress:
                    progress(done, total, source.kind)
        _insert(source, content_type, batch)
        done += len(batch)
        if progress:
            progress(done, total, source.kind)
    return done


# Searching.


@dataclass
class SearchResult:
    kind: str
    label: str
    title: str
    url: str
    snippet: str = ""
    date: datetime.date | None = None
    # The language of title and snippet when it is not the visitor's.
    lang: str | None = None
    lang_name: str = ""


@dataclass
class Outcome:
    query: str = ""
    parsed: object = None
    truncated: bool = False
    # "empty", "short", "stop", "words" (see search_text.parse) or "".
    problem: str = ""
    kind: str = ""
    kinds: list = field(default_factory=list)  # [(kind, label, count)] with hits
    total: int = 0
    results: list = field(default_factory=list)
    page: int = 1
    pages: int = 1
    suggestion: str = ""  # the corrected query whose results are shown, if any
    suggestion_lang: str | None = None  # its language, when not the visitor's


def visible_q(now=None):
    now = now or timezone.now()
    return Q(published_at__isnull=True) | Q(published_at__lte=now)


def _fts_match(parsed, language):
    return RawSQL(
        f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",
        (search_text.fts5_query(parsed, language),),
    )


def _fts_rank(parsed, language):
    return RawSQL(
        f"(SELECT -bm25({FTS_TABLE}, 10.0, 1.0) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s AND rowid = portal_searchentry.id)",
        (search_text.fts5_query(parsed, language),),
    )


def _condition(parsed, language):
    """Entries in `language` that match."""
    if connection.vendor == "postgresql":
        query = SearchQuery(search_text.tsquery(parsed, language), config=search_text.PG_CONFIG[language], search_type="raw")
        return Q(language=language, vector=query), SearchRank(F("vector"), query)
    return Q(language=language, pk__in=_fts_match(parsed, language)), _fts_rank(parsed, language)


def matching_entries(parsed, language, now=None):
    """The matching entries, one per object: in the visitor's `language`, or
    the German one where the object has no matching entry in that language.
    Annotated with `rank` and `first` (0: the visitor's language)."""
    SearchEntry = _entry_model()
    own, own_rank = _condition(parsed, language)
    if language == SOURCE_LANGUAGE:
        condition, rank, first = own, own_rank, Value(0)
    else:
        german, german_rank = _condition(parsed, SOURCE_LANGUAGE)
        translated_hit = SearchEntry.objects.filter(own, content_type=OuterRef("content_type"), object_id=OuterRef("object_id"))
        condition = own | (german & ~Exists(translated_hit))
        rank = Case(When(language=language, then=own_rank), default=german_rank)
        first = Case(When(language=language, then=Value(0)), default=Value(1), output_field=IntegerField())
    return SearchEntry.objects.filter(condition, visible_q(now)).annotate(rank=rank, first=first)


def search(raw_query, *, kind="", page=1, language=None, per_page=PER_PAGE):
    """Everything the results page shows for `raw_query`."""
    language = (language or get_language() or SOURCE_LANGUAGE).split("-")[0]
    if language not in LANGUAGES:
        language = SOURCE_LANGUAGE
    outcome = Outcome(query=clean_query(raw_query), kind=kind if kind in _sources else "")
    outcome.truncated = len(clean_query(raw_query, max_length=10**6)) > DEFAULT_MAX_QUERY_LENGTH
    if not outcome.query:
        outcome.problem = "empty"
        return outcome
    parsed = search_text.parse(outcome.query, language)
    outcome.parsed = parsed
    if parsed.problem:
        outcome.problem = parsed.problem
        return outcome
    _run(outcome, parsed, language, page, per_page)
    if not outcome.total and not outcome.kind:
        corrected, corrected_lang = suggest(parsed, outcome.query, language)
        if corrected:
            outcome.suggestion = corrected
            outcome.suggestion_lang = corrected_lang if corrected_lang != language else None
            outcome.parsed = search_text.parse(corrected, language)
            _run(outcome, outcome.parsed, language, 1, per_page)
    return outcome


def _run(outcome, parsed, language, page, per_page):
    counts, ids = _counts_and_page(parsed, language, outcome.kind, max(1, page), per_page)
    outcome.kinds = [(source.kind, str(source.label), counts[source.kind]) for source in sources() if counts.get(source.kind)]
    outcome.total = sum(counts.values())
    selected = counts.get(outcome.kind, 0) if outcome.kind else outcome.total
    outcome.pages = max(1, -(-selected // per_page))
    outcome.page = min(max(1, page), outcome.pages)
    if outcome.page != max(1, page):  # asked for a page after the last one: show the last
        _counts, ids = _counts_and_page(parsed, language, outcome.kind, outcome.page, per_page)
    by_pk = _entry_model().objects.filter(pk__in=ids).only("kind", "title", "body", "url", "date", "language").in_bulk() if ids else {}
    rows = [by_pk[pk] for pk in ids if pk in by_pk]
    outcome.results = [
        SearchResult(
            kind=row.kind,
            label=kind_label(row.kind),
            title=row.title,
            url=row.url,
            # highlight() escapes the text and adds nothing but <mark>.
            snippet=mark_safe(search_text.highlight(row.body, parsed, row.language, whole=False)),
            date=row.date,
            lang=row.language if row.language != language else None,
            lang_name=LANGUAGE_NAMES.get(row.language, row.language) if row.language != language else "",
        )
        for row in rows
    ]


def SearchEntry_objects():
    return _entry_model().objects


def _counts_and_page(parsed, language, kind, page, per_page):
    """The hits per kind and the primary keys of one page, in one query: the
    matches (with their rank) are computed once, counted and sorted."""
    matches = matching_entries(parsed, language).values("id", "kind", "first", "rank", "date")
    inner, params = matches.query.sql_with_params()
    page_filter = "WHERE kind = %s " if kind else ""
    sql = (
        f"WITH hits AS MATERIALIZED ({inner}) "
        "SELECT kind, COUNT(*), CAST(NULL AS bigint) FROM hits GROUP BY kind "
        "UNION ALL "
        f"SELECT * FROM (SELECT CAST(NULL AS varchar(40)), CAST(NULL AS bigint), id FROM hits {page_filter}"
        "ORDER BY first, rank DESC NULLS LAST, date DESC NULLS LAST, id LIMIT %s OFFSET %s) AS page"
    )
    params = (*params, *([kind] if kind else []), per_page, (page - 1) * per_page)
    counts, ids = {}, []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for row_kind, count, pk in cursor.fetchall():
            if pk is None:
                counts[row_kind] = count
            else:
                ids.append(pk)
    return counts, ids


def suggest(parsed, query, language):
    """The query with each word replaced by the most similar title word in the
    index („Ofenbach“ → „Offenbach“), or "" when nothing would change; and the
    language of the replacements when they share one (else None)."""
    from .models import SearchWord

    replacements = {}
    candidates = [word for word in dict.fromkeys(parsed.words) if len(word) >= 3][:5]
    if not candidates:
        return "", None
    if connection.vendor == "postgresql":
        for word in candidates:
            best = (
                SearchWord.objects.annotate(similarity=TrigramSimilarity("word", word))
                .filter(similarity__gte=SUGGESTION_MIN_SIMILARITY)
                .order_by("-similarity", "word")
                .values_list("word", "language")
                .first()
            )
            if best and best[0].lower() != word:
                replacements[word] = best
    else:
        known = {}
        for word, word_language in SearchWord.objects.values_list("word", "language"):
            known.setdefault(word.lower(), (word, word_language))
        for word in candidates:
            if word in known:
                continue
            close = difflib.get_close_matches(word, known.keys(), n=1, cutoff=0.75)
            if close:
                replacements[word] = known[close[0]]
    if not replacements:
        return "", None
    corrected = " ".join(replacements[token.lower()][0] if token.lower() in replacements else token for token in query.split())
    if corrected.lower() == query.lower():
        return "", None
    languages = {word_language for _word, word_language in replacements.values()}
    return corrected, languages.pop() if len(languages) == 1 else None


def excerpt(html, words=30):
    """The first `words` words of a (rich) text, without markup."""
    return truncate_words(strip_tags(html or ""), words)
