from django.urls import reverse

from offenbach_portal.core.sitemaps import PortalSitemap

from .models import Topic


class GuideHubSitemap(PortalSitemap):
    def items(self):
        return ["news:guide"]

    def location(self, item):
        return reverse(item)


class GuideTopicSitemap(PortalSitemap):
    def items(self):
        return Topic.objects.published().order_by("order", "slug")

    lastmod_field = "updated_at"

    def lastmod(self, topic):
        return topic.updated_at


SITEMAPS = {"guide": GuideHubSitemap, "guide-topics": GuideTopicSitemap}
