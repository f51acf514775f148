from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "offenbach_portal"
    label = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from .groups import sync_group_permissions
        from .history import include_translated_fields

        include_translated_fields()

        post_migrate.connect(sync_group_permissions, dispatch_uid="portal-sync-group-permissions")
