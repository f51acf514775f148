"""`/sitemap.xml`: a sitemap index of the sections `/sitemap-<name>.xml`
(split into `?p=2`, `?p=3`, … at `SECTION_SIZE` addresses, each language
counting as one). Each app registers its sections from its `AppConfig.ready()`:

    sitemaps.register("organisations", OrganisationSitemap)

`registry` is the dict the sitemap views read; sections appear in the order
they were registered. A section's `items()` and `location()` cost a fixed
number of queries however many entries it has (select what `location()`
reads); anonymous answers are kept by the page cache until content changes."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

registry = {}
SECTION_SIZE = 5000


class PortalSitemap(Sitemap):
    """Sitemaps list every page once per language (i18n=True), with alternates."""

    i18n = True
    alternates = True
    x_default = True
    limit = SECTION_SIZE


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
