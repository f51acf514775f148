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
        from .opendata import DATASETS
        from .organisation_pages import programmes_section
        from .search import search_programmes
        from .sitemaps import SITEMAPS

        search.register(search_programmes)
        for name, sitemap in SITEMAPS.items():
            sitemaps.register(name, sitemap)
        navigation.register("programmes:index", _("Programme"), order=40)
        extensions.register_profile_section(programmes_section)
        home.register(open_calls_section)
        for dataset in DATASETS:
            opendata.register(dataset)
