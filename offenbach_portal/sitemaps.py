import importlib

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Page


class PortalSitemap(Sitemap):
    """Sitemaps list every page once per language (i18n=True), with alternates."""

    i18n = True
    alternates = True
    x_default = True


class StaticSitemap(PortalSitemap):
    def items(self):
        return ["home", "search", "contact:contact"]

    def location(self, item):
        return reverse(item)


class PageSitemap(PortalSitemap):
    def items(self):
        return Page.objects.published().exclude(slug="startseite").order_by("slug")

    def lastmod(self, page):
        return page.updated_at


def _collect():
    """Our own sitemaps plus `SITEMAPS` from each app's `sitemaps` module."""
    sitemaps = {"static": StaticSitemap, "pages": PageSitemap}
    for app in ["orgs", "committees", "programmes", "news"]:
        try:
            module = importlib.import_module(f"{app}.sitemaps")
        except ModuleNotFoundError as exc:
            if exc.name != f"{app}.sitemaps":
                raise
            continue
        sitemaps.update(module.SITEMAPS)
    return sitemaps


SITEMAPS = _collect()
