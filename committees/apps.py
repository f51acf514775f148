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
        from .models import AgendaItem, Committee, Meeting, TopicArea
        from .oparl import signals as oparl_signals
        from .opendata import DATASETS
        from .organisation_pages import kompetenzteam_filter, kompetenzteam_section
        from .search import agenda_item_entries, committee_meetings, meeting_entries, meeting_items, topic_area_entries
        from .sitemaps import SITEMAPS

        search.register_index(
            "meeting", _("Sitzung des Kompetenzteams"), Meeting, meeting_entries, Meeting.objects.select_related("committee").all, order=50
        )
        search.register_index(
            "agenda_item",
            _("Tagesordnungspunkt"),
            AgendaItem,
            agenda_item_entries,
            AgendaItem.objects.select_related("meeting__committee").all,
            order=55,
        )
        search.register_index("topic_area", _("Themenfeld des Kompetenzteams"), TopicArea, topic_area_entries, order=58)
        search.register_dependency(Committee, committee_meetings)
        search.register_dependency(Meeting, meeting_items)
        for name, sitemap in SITEMAPS.items():
            sitemaps.register(name, sitemap)
        # A German name in every language (docs/glossary.md): „Kompetenzteam Integration“.
        navigation.register("committees:index", _("Kompetenzteam"), order=30, lang="de")
        extensions.register_profile_section(kompetenzteam_section)
        extensions.register_directory_filter(kompetenzteam_filter)
        home.register(next_meeting_section)
        member_area.register(member_area_section)
        oparl_signals.connect()
        for dataset in DATASETS:
            opendata.register(dataset)
