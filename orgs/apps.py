from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.groups import ALL_MODELS, OFFICE


class OrgsConfig(AppConfig):
    name = "orgs"
    verbose_name = _("Organisationen")
    staff_permissions = {OFFICE: ALL_MODELS}

    def ready(self):
        from offenbach_portal.accounts import member_area
        from offenbach_portal.accounts.signals import invitation_accepted
        from offenbach_portal.core import admin_notices, maintenance, navigation, opendata, search, sitemaps

        from .admin import pending_changes_notice
        from .held_logos import held_logos_task
        from .invitations import on_invitation_accepted
        from .member_area import my_organisations_section
        from .models import Offer, Organisation
        from .opendata import DATASETS
        from .search import offer_entries, organisation_entries, organisation_offers
        from .sitemaps import SITEMAPS

        search.register_index("organisation", _("Organisation"), Organisation, organisation_entries, order=40)
        search.register_index(
            "offer", _("Angebot"), Offer, offer_entries, queryset=Offer.objects.select_related("organisation").all, order=45
        )
        search.register_dependency(Organisation, organisation_offers)
        for name, sitemap in SITEMAPS.items():
            sitemaps.register(name, sitemap)
        navigation.register("orgs:index", _("Vereine"), order=50)
        invitation_accepted.connect(on_invitation_accepted, dispatch_uid="orgs.invitation_accepted")
        member_area.register(my_organisations_section)
        admin_notices.register(pending_changes_notice)
        maintenance.register("held-logos", held_logos_task, order=50)
        for dataset in DATASETS:
            opendata.register(dataset)
