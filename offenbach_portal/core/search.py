"""Site search. Each app registers a provider from its `AppConfig.ready()`:
a function that takes the cleaned query and returns `SearchResult`s.
`/suche/` shows them grouped by kind."""

from dataclasses import dataclass

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
