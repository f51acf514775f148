"""RSS 2.0 and Atom feeds of the published articles, in every language (the
URL prefix decides: /uk/aktuelles/feed/ is Ukrainian, with German text where an
article has no Ukrainian translation), and one pair per category.

Links are absolute (the request's host), dates are Europe/Berlin."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from committees.models import BERLIN

from . import selectors
from .models import Article

FEED_SIZE = 20


class ArticleRssFeed(Feed):
    url_name = "news:feed"
    category_url_name = "news:category-feed"

    def get_object(self, request, category=None):
        if category is None:
            return None
        if category not in Article.Category.values:
            raise Http404
        return Article.Category(category)

    def title(self, category):
        if category is None:
            return _("Aktuelles – Integrationsportal Offenbach")
        return _("%(category)s – Integrationsportal Offenbach") % {"category": category.label}

    def description(self, category):
        return _("Meldungen und Pressemitteilungen aus der Integrationsarbeit der Stadt Offenbach am Main.")

    def link(self, category):
        return reverse("news:index") + (f"?kategorie={category.value}" if category else "")

    def feed_url(self, category):
        return reverse(self.category_url_name, kwargs={"category": category.value}) if category else reverse(self.url_name)

    def items(self, category):
        articles = selectors.published_articles()
        if category is not None:
            articles = articles.filter(category=category)
        return selectors.for_lists(articles)[:FEED_SIZE]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.teaser

    def item_link(self, article):
        return article.get_absolute_url()

    def item_guid(self, article):
        # A tag URI (RFC 4151): stays the same when the title or the address changes.
        return f"tag:integration.offenbach.de,2026:article-{article.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, article):
        return timezone.localtime(article.published_at, BERLIN)

    def item_updateddate(self, article):
        return timezone.localtime(max(article.updated_at, article.published_at), BERLIN)

    def item_author_name(self, article):
        return article.byline

    def item_categories(self, article):
        return [article.get_category_display()]


class ArticleAtomFeed(ArticleRssFeed):
    feed_type = Atom1Feed
    url_name = "news:atom"
    category_url_name = "news:category-atom"

    def subtitle(self, category):
        return self.description(category)
