from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.groups import ALL_MODELS, OFFICE


class ContactConfig(AppConfig):
    """The contact form and "Barriere melden": messages, their mail to the
    office, the rate limit and the retention period."""

    name = "offenbach_portal.contact"
    label = "contact"
    verbose_name = _("Kontakt")
    staff_permissions = {OFFICE: ALL_MODELS}

    def ready(self):
        from offenbach_portal.core import sitemaps

        from .sitemaps import ContactSitemap

        sitemaps.register("contact", ContactSitemap)
