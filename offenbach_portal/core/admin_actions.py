"""Admin actions with a selection that is not a list of ids.

Django's admin filters the list by the ids sent in `_selected_action`
without checking them: `abc` for a number raises a ValueError, a 500. Every
admin list (ours, django-axes', the user accounts') answers such a request as
Django answers an empty selection instead: back to the list with a message,
nothing changed. Installed once for every ModelAdmin by `CoreConfig.ready()`."""

from functools import wraps

from django.contrib import messages
from django.contrib.admin import ModelAdmin, helpers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def _checked(response_action):
    @wraps(response_action)
    def checked(self, request, queryset):
        try:
            for value in request.POST.getlist(helpers.ACTION_CHECKBOX_NAME):
                self.model._meta.pk.to_python(value)
        except ValidationError:
            self.message_user(request, _("Die Auswahl ist ungültig. Es wurden keine Einträge geändert."), messages.ERROR)
            return None
        return response_action(self, request, queryset)

    checked.checks_selection = True
    return checked


def check_action_selections():
    if not getattr(ModelAdmin.response_action, "checks_selection", False):
        ModelAdmin.response_action = _checked(ModelAdmin.response_action)
