from offenbach_portal.core.sitemaps import PortalSitemap, UrlNameSitemap

from .models import Page


class HomeSitemap(UrlNameSitemap):
    url_names = ("home",)


class PageSitemap(PortalSitemap):
    def items(self):
        return Page.objects.published().exclude(slug="startseite").order_by("slug")

    def lastmod(self, page):
        return page.updated_at
