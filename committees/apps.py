from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommitteesConfig(AppConfig):
    name = "committees"
    verbose_name = _("Kompetenzteam Integration")

    def ready(self):
        from offenbach_portal import search
        from orgs import extensions

        from .organisation_pages import kompetenzteam_filter, kompetenzteam_section
        from .search import search_committee

        search.register(search_committee)
        extensions.register_profile_section(kompetenzteam_section)
        extensions.register_directory_filter(kompetenzteam_filter)
