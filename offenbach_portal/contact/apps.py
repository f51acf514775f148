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
        from django.db.models.signals import post_delete

        from offenbach_portal.core import maintenance, sitemaps

        from .models import ContactMessage
        from .retention import delete_versions, purge_expired_messages
        from .sitemaps import ContactSitemap

        sitemaps.register("contact", ContactSitemap)
        post_delete.connect(delete_versions, sender=ContactMessage, dispatch_uid="contact.delete_versions")
        maintenance.register("contact-messages", purge_expired_messages, order=10)
