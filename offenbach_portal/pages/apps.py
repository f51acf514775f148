from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.groups import ALL_MODELS, EDITORS, OFFICE


class PagesConfig(AppConfig):
    """Editorial pages: the legal pages, Leichte Sprache, Gebärdensprache, the
    home page's introduction and the section introductions."""

    name = "offenbach_portal.pages"
    label = "pages"
    verbose_name = _("Seiten")
    staff_permissions = {OFFICE: ALL_MODELS, EDITORS: ["page"]}

    def ready(self):
        from offenbach_portal.core import admin_notices, search, sitemaps

        from . import blocks
        from .admin import missing_sign_language_video_notice
        from .legal_blocks import BLOCKS
        from .models import Page
        from .search import page_entries
        from .sitemaps import HomeSitemap, PageSitemap

        search.register_index("page", _("Seite"), Page, page_entries, order=10)
        sitemaps.register("home", HomeSitemap)
        sitemaps.register("search", sitemaps.SearchSitemap)
        sitemaps.register("pages", PageSitemap)
        admin_notices.register(missing_sign_language_video_notice)
        for name, func in BLOCKS.items():
            blocks.register(name, func)
