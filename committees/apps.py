from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.groups import ALL_MODELS, OFFICE


class CommitteesConfig(AppConfig):
    name = "committees"
    verbose_name = _("Kompetenzteam Integration")
    staff_permissions = {OFFICE: ALL_MODELS}

    def ready(self):
        from offenbach_portal.accounts import member_area
        from offenbach_portal.core import home, navigation, opendata, search, sitemaps
        from orgs import extensions

        from .home import next_meeting_section
        from .member_area import member_area_section
        from .oparl import signals as oparl_signals
        from .organisation_pages import kompetenzteam_filter, kompetenzteam_section
        from .search import search_committee
        from .sitemaps import SITEMAPS

        search.register(search_committee)
        for name, sitemap in SITEMAPS.items():
            sitemaps.register(name, sitemap)
        navigation.register("committees:index", _("Kompetenzteam"), order=30)
        extensions.register_profile_section(kompetenzteam_section)
        extensions.register_directory_filter(kompetenzteam_filter)
        home.register(next_meeting_section)
        member_area.register(member_area_section)
        oparl_signals.connect()
        from .opendata import DATASETS

        for dataset in DATASETS:
            opendata.register(dataset)
