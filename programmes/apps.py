from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.groups import ALL_MODELS, OFFICE


class ProgrammesConfig(AppConfig):
    name = "programmes"
    verbose_name = _("Förderprogramme")
    staff_permissions = {OFFICE: ALL_MODELS}

    def ready(self):
        from offenbach_portal.core import home, navigation, opendata, search, sitemaps
        from orgs import extensions

        from .home import open_calls_section
        from .models import Programme, Project, Publication
        from .opendata import DATASETS
        from .organisation_pages import programmes_section
        from .search import programme_entries, programme_projects, project_entries, publication_entries
        from .sitemaps import SITEMAPS

        search.register_index("programme", _("Förderprogramm"), Programme, programme_entries, order=60)
        search.register_index(
            "project", _("Gefördertes Projekt"), Project, project_entries, Project.objects.select_related("programme").all, order=65
        )
        search.register_index("publication", _("Publikation"), Publication, publication_entries, order=70)
        search.register_dependency(Programme, programme_projects)
        for name, sitemap in SITEMAPS.items():
            sitemaps.register(name, sitemap)
        navigation.register("programmes:index", _("Programme"), order=40)
        extensions.register_profile_section(programmes_section)
        home.register(open_calls_section)
        for dataset in DATASETS:
            opendata.register(dataset)
