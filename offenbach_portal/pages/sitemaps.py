from offenbach_portal.core.sitemaps import PortalSitemap, UrlNameSitemap

from .models import Page


class HomeSitemap(UrlNameSitemap):
    url_names = ("home",)


class PageSitemap(PortalSitemap):
    def items(self):
        # The home page's and a section's introduction have the home page's or
        # the section's address, listed by HomeSitemap or the app that serves it.
        pages = Page.objects.published().order_by("slug")
        return [page for page in pages if page.section_url() is None]

    lastmod_field = "updated_at"

    def lastmod(self, page):
        return page.updated_at
