from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app shares: the base layout, rich text, uploads, middleware,
    template tags, history, and the registries through which each app plugs
    itself in (search, sitemap, navigation, staff groups, demo content).

    The label stays "portal": the app keeps the migrations that created the
    first tables and the staff groups, so existing databases migrate on."""

    name = "offenbach_portal.core"
    label = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from .groups import sync_group_permissions
        from .history import include_translated_fields
        from .pagecache import connect_signals
        from .sitemaps import OpenDataSitemap, register

        include_translated_fields()
        connect_signals()
        register("open-data", OpenDataSitemap)
        post_migrate.connect(sync_group_permissions, dispatch_uid="portal-sync-group-permissions")
