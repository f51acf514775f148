from django.urls import reverse

from offenbach_portal.core.sitemaps import PortalSitemap

from .models import Organisation


class OrganisationSitemap(PortalSitemap):
    """The directory and every published profile (offices and institutions
    have profiles too: meetings and projects link to them)."""

    def items(self):
        return ["directory", *Organisation.objects.published().order_by("slug")]

    def location(self, item):
        return reverse("orgs:index") if item == "directory" else item.get_absolute_url()

    def lastmod(self, item):
        return None if item == "directory" else item.updated_at


SITEMAPS = {"orgs": OrganisationSitemap}
