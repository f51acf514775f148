"""Site search. Each app registers a function that takes the query and returns
`SearchResult`s; `/suche/` shows them grouped by kind."""

from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

_providers = []


@dataclass
class SearchResult:
    kind: str
    title: str
    url: str
    excerpt: str = ""


def register(provider):
    if provider not in _providers:
        _providers.append(provider)
    return provider


def run_search(query):
    results = []
    for provider in _providers:
        results.extend(provider(query))
    return results


@register
def search_pages(query):
    from .models import Page

    pages = Page.objects.published().filter(Q(title__icontains=query) | Q(lead__icontains=query) | Q(body__icontains=query))[:50]
    return [SearchResult(kind=str(_("Seite")), title=p.title, url=p.get_absolute_url(), excerpt=p.lead) for p in pages]
