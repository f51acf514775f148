"""`/sitemap.xml`. Each app registers its sections from its `AppConfig.ready()`:

    sitemaps.register("organisations", OrganisationSitemap)

`registry` is the dict the sitemap view reads; sections appear in the order
they were registered."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

registry = {}


class PortalSitemap(Sitemap):
    """Sitemaps list every page once per language (i18n=True), with alternates."""

    i18n = True
    alternates = True
    x_default = True


class UrlNameSitemap(PortalSitemap):
    """Fixed pages, given by URL name (set `url_names`)."""

    url_names = ()

    def items(self):
        return list(self.url_names)

    def location(self, item):
        return reverse(item)


def register(name, sitemap):
    registry[name] = sitemap


class SearchSitemap(UrlNameSitemap):
    url_names = ("search",)


class OpenDataSitemap(UrlNameSitemap):
    url_names = ("open-data",)
