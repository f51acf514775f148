from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.groups import ALL_MODELS, OFFICE


class ProgrammesConfig(AppConfig):
    name = "programmes"
    verbose_name = _("Förderprogramme")
    staff_permissions = {OFFICE: ALL_MODELS}

    def ready(self):
        from offenbach_portal.core import navigation

        navigation.register("programmes:index", _("Programme"), order=40)
