from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgsConfig(AppConfig):
    name = "orgs"
    verbose_name = _("Organisationen")

    def ready(self):
        from offenbach_portal import search

        from .selectors import search_organisations

        search.register(search_organisations)
