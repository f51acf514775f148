"""The articles' part of the site search index."""

from django.utils import timezone

from offenbach_portal.core.publication import Status
from offenbach_portal.core.search import translated_entries


def article_entries(article):
    if article.status != Status.PUBLISHED:
        return []
    published = timezone.localdate(article.published_at) if article.published_at else None
    return translated_entries(
        article,
        "title",
        ("teaser", "body"),
        article.get_absolute_url(),
        date=article.event_date or published,
        published_at=article.published_at,
    )
