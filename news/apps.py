from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.groups import ALL_MODELS, EDITORS, OFFICE


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("Aktuelles und Offenbach hilft")
    staff_permissions = {OFFICE: ALL_MODELS, EDITORS: ALL_MODELS}

    def ready(self):
        from offenbach_portal.core import navigation, search, sitemaps

        navigation.register("news:index", _("Aktuelles"), order=10)
        navigation.register("news:guide", _("Offenbach hilft"), order=20)

        # The guide (news/guide/): its permissions, search and sitemap sections.
        from .guide import rules as guide_rules  # noqa: F401
        from .guide.search import search_guide
        from .guide.sitemaps import SITEMAPS as GUIDE_SITEMAPS

        search.register(search_guide)
        for name, sitemap in GUIDE_SITEMAPS.items():
            sitemaps.register(name, sitemap)
