"""django-import-export's export in the back office, safe against unknown
list parameters.

The export builds the admin list's ChangeList from the query string; an
unknown or malformed filter (`?resource=-1`, `?status__exact=…` on a field
that does not exist) raises IncorrectLookupParameters, which import-export
does not catch (a 500). Django's own changelist answers such a request with a
redirect to the list with `?e=1`; the export does the same."""

from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ERROR_FLAG
from django.http import HttpResponseRedirect
from django.urls import reverse


class SafeExportMixin:
    """Put it before ImportExportModelAdmin (or ExportMixin) in the bases."""

    def export_action(self, request):
        try:
            return super().export_action(request)
        except IncorrectLookupParameters:
            changelist = reverse(f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_changelist")
            return HttpResponseRedirect(f"{changelist}?{ERROR_FLAG}=1")
