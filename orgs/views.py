import json

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from offenbach_portal.core.permissions import get_object_or_404_for

from .extensions import profile_section_registry
from .filters import DirectoryFilterSet
from .models import Organisation
from .resources import OrganisationResource, SpreadsheetSafeCSV
from .selectors import (
    directory_cards,
    export_queryset,
    organisation_as_dict,
    profile_queryset,
    sorted_languages,
)

PAGE_SIZE = 12


@require_safe
def directory(request):
    """The directory: filters, search, sorting and pages, all in the query
    string, so that every state is a link and works without JavaScript."""
    state = DirectoryFilterSet(request.GET, queryset=Organisation.objects.all())
    page = Paginator(state.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "orgs/directory.html",
        {
            "state": state,
            "page_obj": page,
            "organisations": directory_cards(page.object_list),
            "page_range": page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
            "page_query": state.querydict(),
        },
    )


@require_safe
def detail(request, slug):
    """An organisation's profile. One that is not published is a 404, except
    as a preview for staff who may change organisations."""
    organisation = get_object_or_404_for(request.user, "orgs.view_organisation", profile_queryset(), slug=slug)
    sections = profile_section_registry.render(request, organisation)
    return render(
        request,
        "orgs/detail.html",
        {
            "organisation": organisation,
            "languages": sorted_languages(organisation.languages.all()),
            "offers": [(offer, sorted_languages(offer.languages.all())) for offer in organisation.offers.all()],
            "sections": sections,
        },
    )


def _base_url(request):
    return request.build_absolute_uri("/").rstrip("/")


def _open_data_headers(response, filename):
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def export_csv(request):
    """Open data: the published directory organisations as CSV (UTF-8 with BOM,
    comma-separated; the same columns the admin import reads; cells that would
    start a spreadsheet formula begin with an apostrophe)."""
    dataset = OrganisationResource(base_url=_base_url(request)).export(queryset=export_queryset())
    response = HttpResponse("\ufeff" + SpreadsheetSafeCSV().export_data(dataset), content_type="text/csv; charset=utf-8")
    return _open_data_headers(response, "vereine-offenbach.csv")


@require_safe
def export_json(request):
    """Open data: the published directory organisations as JSON, with offers."""
    base_url = _base_url(request)
    organisations = [organisation_as_dict(organisation, base_url) for organisation in export_queryset()]
    payload = {
        "source": base_url + reverse("orgs:index"),
        "generated_at": timezone.now().isoformat(),
        "count": len(organisations),
        "organisations": organisations,
    }
    response = HttpResponse(json.dumps(payload, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8")
    return _open_data_headers(response, "vereine-offenbach.json")
