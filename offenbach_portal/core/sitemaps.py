"""`/sitemap.xml`: a sitemap index of the sections `/sitemap-<name>.xml`
(split into `?p=2`, `?p=3`, … at `SECTION_SIZE` addresses, each language
counting as one). Each app registers its sections from its `AppConfig.ready()`:

    sitemaps.register("organisations", OrganisationSitemap)

`registry` is the dict the sitemap views read; sections appear in the order
they were registered. A section's `items()` and `location()` cost a fixed
number of queries however many entries it has (select what `location()`
reads); anonymous answers are kept by the page cache until content changes."""

from collections.abc import Sequence
from functools import cached_property

from django.contrib.sitemaps import Sitemap
from django.db.models import Max, QuerySet
from django.urls import reverse

registry = {}
SECTION_SIZE = 5000


class InLanguages(Sequence):
    """The (entry, language) pairs of an i18n sitemap in Django's order (entry
    by entry, each in every language), without loading every entry: the index
    only counts them (one COUNT), a section loads its own slice. Django builds
    the whole list instead: 20,000 articles took four seconds for the index."""

    def __init__(self, items, languages):
        self.items, self.languages = items, list(languages)

    @cached_property
    def _count(self):
        return self.items.count() if isinstance(self.items, QuerySet) else len(self.items)

    def __len__(self):
        return self._count * len(self.languages)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0] if index >= 0 else self[len(self) + index]
        start, stop, _step = index.indices(len(self))
        size = len(self.languages)
        first, last = start // size, -(-stop // size)
        pairs = [(item, language) for item in self.items[first:last] for language in self.languages]
        return pairs[start - first * size : stop - first * size]


class PortalSitemap(Sitemap):
    """Sitemaps list every page once per language (i18n=True), with alternates."""

    i18n = True
    alternates = True
    x_default = True
    limit = SECTION_SIZE
    # The field `lastmod()` reads when `items()` is a query set: the index asks the
    # database for the newest date instead of loading every entry.
    lastmod_field = None

    def _items(self):
        if self.i18n and type(self).get_languages_for_item is Sitemap.get_languages_for_item:
            return InLanguages(self.items(), self._languages())
        return super()._items()

    def get_latest_lastmod(self):
        items = self.items()
        if self.lastmod_field and isinstance(items, QuerySet):
            return items.aggregate(latest=Max(self.lastmod_field))["latest"]
        return super().get_latest_lastmod()


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
