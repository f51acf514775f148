from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def name_relation_rows():
    """The rows Django keeps for a many-to-many field (Organisation.languages)
    show in the back office's history and delete pages; instead of
    "Organisation_languages object (28)" they read "Griechische Gemeinde – Griechisch"."""
    from django.apps import apps

    def relation_str(row):
        ends = [field for field in row._meta.fields if field.is_relation]
        return " – ".join(str(getattr(row, field.name)) for field in ends)

    for model in apps.get_models(include_auto_created=True):
        if model._meta.auto_created and "__str__" not in model.__dict__:
            model.__str__ = relation_str


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
        from . import checks, maintenance
        from .admin_actions import check_action_selections
        from .groups import sync_group_permissions
        from .history import include_translated_fields
        from .orphaned_uploads import purge_orphaned_uploads
        from .pagecache import connect_signals
        from .sitemaps import OpenDataSitemap, register

        include_translated_fields()
        check_action_selections()
        checks.register_checks()
        maintenance.register("sessions", maintenance.clear_expired_sessions, order=90)
        maintenance.register("orphaned-uploads", purge_orphaned_uploads, order=95)
        name_relation_rows()
        connect_signals()
        register("open-data", OpenDataSitemap)
        post_migrate.connect(sync_group_permissions, dispatch_uid="portal-sync-group-permissions")
