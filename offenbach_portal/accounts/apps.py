from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Login, logout and the member area (member self-service grows here)."""

    name = "offenbach_portal.accounts"
    label = "accounts"
    verbose_name = _("Zugänge")
