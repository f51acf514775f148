from django.urls import reverse

from offenbach_portal.core.sitemaps import PortalSitemap

from .models import TopicArea
from .selectors import portal_committee, published_meetings


class CommitteePagesSitemap(PortalSitemap):
    def items(self):
        return ["committees:index", "committees:archive"] if portal_committee() else []

    def location(self, item):
        return reverse(item)


class MeetingSitemap(PortalSitemap):
    def items(self):
        return published_meetings().order_by("number")

    lastmod_field = "updated_at"

    def lastmod(self, meeting):
        return meeting.updated_at


class TopicAreaSitemap(PortalSitemap):
    def items(self):
        return TopicArea.objects.order_by("slug")


SITEMAPS = {"committee": CommitteePagesSitemap, "meetings": MeetingSitemap, "topic-areas": TopicAreaSitemap}
