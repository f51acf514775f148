"""The articles' part of the site search."""

from offenbach_portal.core.languages import fallback_language
from offenbach_portal.core.search import SearchResult, excerpt, matches

from .selectors import published_articles

LIMIT = 20


def search_articles(query):
    articles = published_articles().filter(matches(query, "title", "teaser", "body"))[:LIMIT]
    return [
        SearchResult(
            kind=article.get_category_display(),
            title=article.title,
            url=article.get_absolute_url(),
            excerpt=excerpt(article.teaser),
            title_lang=fallback_language(article, "title"),
            excerpt_lang=fallback_language(article, "teaser"),
        )
        for article in articles
    ]
