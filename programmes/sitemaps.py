from django.urls import reverse

from offenbach_portal.core.sitemaps import PortalSitemap

from .models import FieldOfAction
from .selectors import published_programmes, published_projects


class ProgrammeListsSitemap(PortalSitemap):
    def items(self):
        return ["programmes:index", "programmes:projects", "programmes:publications"]

    def location(self, item):
        return reverse(item)


class ProgrammeSitemap(PortalSitemap):
    def items(self):
        return published_programmes().order_by("slug")

    lastmod_field = "updated_at"

    def lastmod(self, programme):
        return programme.updated_at


class FieldOfActionSitemap(PortalSitemap):
    def items(self):
        return (
            FieldOfAction.objects.filter(programme__in=published_programmes())
            .select_related("programme")
            .order_by("programme__slug", "number")
        )


class ProjectSitemap(PortalSitemap):
    def items(self):
        return published_projects().order_by("slug")

    lastmod_field = "updated_at"

    def lastmod(self, project):
        return project.updated_at


SITEMAPS = {
    "programme-pages": ProgrammeListsSitemap,
    "programmes": ProgrammeSitemap,
    "fields-of-action": FieldOfActionSitemap,
    "projects": ProjectSitemap,
}
