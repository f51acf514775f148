"""The articles' part of the site search."""

from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language

from offenbach_portal.core.languages import fallback_language
from offenbach_portal.core.search import SearchResult

from .selectors import published_articles

LIMIT = 20


def _matches(query, *fields):
    """Match in the visitor's language and in German, the language every text starts in."""
    languages = {"de", (get_language() or "de").split("-")[0]}
    condition = Q()
    for field in fields:
        for language in languages:
            condition |= Q(**{f"{field}_{language}__icontains": query})
    return condition


def search_articles(query):
    articles = published_articles().filter(_matches(query, "title", "teaser", "body"))[:LIMIT]
    return [
        SearchResult(
            kind=article.get_category_display(),
            title=article.title,
            url=article.get_absolute_url(),
            excerpt=Truncator(strip_tags(article.teaser)).words(30),
            title_lang=fallback_language(article, "title"),
            excerpt_lang=fallback_language(article, "teaser"),
        )
        for article in articles
    ]
