"""Site search. Each app registers a provider from its `AppConfig.ready()`:
a function that takes the cleaned query and returns `SearchResult`s.
`/suche/` shows them grouped by kind."""

from dataclasses import dataclass

from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language

_providers = []


@dataclass
class SearchResult:
    kind: str
    title: str
    url: str
    excerpt: str = ""
    # The language of title and excerpt when they are a German fallback
    # (`core.languages.fallback_language`); None when in the visitor's language.
    title_lang: str | None = None
    excerpt_lang: str | None = None


def register(provider):
    if provider not in _providers:
        _providers.append(provider)
    return provider


def run_search(query):
    results = []
    for provider in _providers:
        results.extend(provider(query))
    return results


def matches(query, *fields):
    """A condition: one of the translated `fields` contains `query`, in the
    visitor's language or in German (the language every text starts in)."""
    languages = {"de", (get_language() or "de").split("-")[0]}
    condition = Q()
    for field in fields:
        for language in languages:
            condition |= Q(**{f"{field}_{language}__icontains": query})
    return condition


def excerpt(html, words=30):
    """The first `words` words of a (rich) text, without markup."""
    return Truncator(strip_tags(html or "")).words(words)
