from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.groups import ALL_MODELS, OFFICE


class OrgsConfig(AppConfig):
    name = "orgs"
    verbose_name = _("Organisationen")
    staff_permissions = {OFFICE: ALL_MODELS}

    def ready(self):
        from offenbach_portal.accounts.signals import invitation_accepted
        from offenbach_portal.core import navigation, search, sitemaps

        from .invitations import on_invitation_accepted
        from .selectors import search_organisations
        from .sitemaps import SITEMAPS

        search.register(search_organisations)
        for name, sitemap in SITEMAPS.items():
            sitemaps.register(name, sitemap)
        navigation.register("orgs:index", _("Vereine"), order=50)
        invitation_accepted.connect(on_invitation_accepted, dispatch_uid="orgs.invitation_accepted")
