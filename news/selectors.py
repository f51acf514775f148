"""Reads that the news pages, feeds and the other apps' sections share. Each
costs a fixed number of queries, whatever the number of articles."""

from django.db.models import Prefetch

from offenbach_portal.core.pagecache import cached_data

from .models import Article

LIST_FIELDS = ("body", "body_de", "body_en", "body_uk", "body_ru")


def published_articles():
    """What the public sees, newest first."""
    return Article.objects.published().newest_first()


def for_lists(articles):
    """Articles for lists and feeds: without their long texts."""
    return articles.defer(*LIST_FIELDS)


def filter_articles(articles, *, category=None, year=None):
    if category:
        articles = articles.filter(category=category)
    if year:
        articles = articles.filter(published_at__year=year)
    return articles


def article_years():
    """The years (Europe/Berlin) in which articles were published, newest
    first; kept with the pages (the query reads every published article)."""
    return cached_data("news:article-years", _article_years)


def _article_years():
    return [day.year for day in Article.objects.published().dates("published_at", "year", order="DESC")]


def latest_articles(limit=3):
    return for_lists(published_articles())[:limit]


def article_page_queryset():
    """Articles, published or not (the page checks who may see one), each with
    the published entries it is about (one query per kind of link)."""
    prefetches = []
    for field, _heading in Article.RELATED:
        related_model = Article._meta.get_field(field).related_model
        prefetches.append(Prefetch(field, queryset=related_model.objects.published(), to_attr=f"published_{field}"))
    return Article.objects.prefetch_related(*prefetches)


def related_items(article):
    """[(heading, [entries])] for an article from `article_page_queryset()`, without empty groups."""
    groups = [(heading, getattr(article, f"published_{field}")) for field, heading in Article.RELATED]
    return [(heading, items) for heading, items in groups if items]


def articles_about(**relation):
    """Published articles about one meeting, organisation …: `articles_about(meetings=meeting)`."""
    return for_lists(published_articles().filter(**relation))
