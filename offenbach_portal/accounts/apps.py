from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.groups import ALL_MODELS, OFFICE


class AccountsConfig(AppConfig):
    """Login, logout, password change and reset, invitations and the member
    area. Names no domain app: invitations point at their target through a
    generic relation, and the owning app receives `signals.invitation_accepted`."""

    name = "offenbach_portal.accounts"
    label = "accounts"
    verbose_name = _("Zugänge")
    staff_permissions = {OFFICE: ALL_MODELS}
