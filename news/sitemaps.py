from offenbach_portal.core.sitemaps import PortalSitemap, UrlNameSitemap

from .selectors import published_articles


class NewsPagesSitemap(UrlNameSitemap):
    url_names = ("news:index",)


class ArticleSitemap(PortalSitemap):
    def items(self):
        return published_articles()

    lastmod_field = "updated_at"

    def lastmod(self, article):
        return article.updated_at


SITEMAPS = {"news": NewsPagesSitemap, "articles": ArticleSitemap}
