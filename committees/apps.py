from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommitteesConfig(AppConfig):
    name = "committees"
    verbose_name = _("Kompetenzteam Integration")

    def ready(self):
        from offenbach_portal import search

        from .search import search_committee

        search.register(search_committee)
