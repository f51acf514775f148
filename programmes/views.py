import json

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from offenbach_portal.core import opendata
from offenbach_portal.core.downloads import private_file_response
from offenbach_portal.core.permissions import get_object_or_404_for
from offenbach_portal.core.uploads import content_type_for

from . import selectors
from .charts import key_figures_chart
from .extensions import programme_section_registry, project_section_registry
from .filters import ProjectFilterSet
from .models import FundingCall, Publication
from .resources import ProjectResource, SpreadsheetSafeCSV

PAGE_SIZE = 20


def _private(response):
    patch_vary_headers(response, ["Cookie"])
    return response


@require_safe
def programme_index(request):
    """Both programmes on a timeline, the earlier leading into the later."""
    return render(request, "programmes/index.html", {"programmes": selectors.timeline()})


def _visible_programme(request, slug):
    return get_object_or_404_for(request.user, "programmes.view_programme", selectors.programme_page_queryset(), slug=slug)


@require_safe
def programme_detail(request, slug):
    programme = _visible_programme(request, slug)
    by_field, without_field = selectors.projects_by_field(programme)
    rows, total = selectors.key_figures(programme)
    context = {
        "programme": programme,
        "fields": list(programme.fields.all()),
        "by_field": by_field,
        "without_field": without_field,
        "events": list(programme.events.all()),
        "publications": list(selectors.programme_publications(programme)),
        "calls": list(selectors.open_calls(programme=programme)),
        "successor": selectors.successor_of(programme),
        "figures": rows,
        "total": total,
        "chart": key_figures_chart(rows, _("Projekte je Handlungsfeld"), _("Fördersumme je Handlungsfeld")) if rows else None,
        "sections": programme_section_registry.render(request, programme),
    }
    return _private(render(request, "programmes/programme_detail.html", context))


@require_safe
def field_detail(request, slug, number):
    programme = _visible_programme(request, slug)
    field = next((f for f in programme.fields.all() if f.number == number), None)
    if field is None:
        raise Http404
    projects = list(selectors.project_cards(selectors.published_projects().filter(fields_of_action=field)).order_by("title"))
    fields = list(programme.fields.all())
    index = fields.index(field)
    context = {
        "programme": programme,
        "field": field,
        "projects": projects,
        "previous": fields[index - 1] if index > 0 else None,
        "following": fields[index + 1] if index + 1 < len(fields) else None,
    }
    return _private(render(request, "programmes/field_detail.html", context))


@require_safe
def project_list(request):
    """Projects with filters in the query string: every state is a link, without JavaScript."""
    state = ProjectFilterSet(request.GET, queryset=selectors.published_projects())
    projects = selectors.project_cards(state.qs).order_by("-start_year", "title", "pk")
    page = Paginator(projects, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "programmes/project_list.html",
        {
            "state": state,
            "page_obj": page,
            "projects": list(page.object_list),
            "page_range": page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
            "page_query": state.querydict(),
        },
    )


@require_safe
def project_detail(request, slug):
    project = get_object_or_404_for(request.user, "programmes.view_project", selectors.project_page_queryset(), slug=slug)
    context = {"project": project, "sections": project_section_registry.render(request, project)}
    return _private(render(request, "programmes/project_detail.html", context))


@require_safe
def publication_list(request):
    publications = list(selectors.publication_list().order_by("-year", "title"))
    return render(request, "programmes/publication_list.html", {"publications": publications})


def _download(fieldfile, name, extension):
    response = private_file_response(fieldfile, filename=name, content_type=content_type_for(extension))
    patch_cache_control(response, public=True, max_age=3600)
    return response


@require_safe
def publication_file(request, slug):
    publication = get_object_or_404_for(request.user, "programmes.view_publication", Publication.objects.all(), slug=slug)
    if not publication.file:
        raise Http404
    return _private(_download(publication.file, publication.download_name, "pdf"))


@require_safe
def call_guideline(request, pk):
    call = get_object_or_404_for(request.user, "programmes.view_fundingcall", FundingCall.objects.select_related("programme"), pk=pk)
    if not call.guideline:
        raise Http404
    extension = call.guideline_extension
    return _private(_download(call.guideline, f"foerderrichtlinie-{call.pk}.{extension}", extension))


@require_safe
def export_csv(request):
    """Open data: the published projects as CSV (UTF-8 with BOM; the columns the
    admin import reads; cells that would start a formula begin with an apostrophe)."""
    dataset = ProjectResource(base_url=opendata.base_url(request)).export(queryset=list(selectors.export_queryset()))
    response = HttpResponse("\ufeff" + SpreadsheetSafeCSV().export_data(dataset), content_type="text/csv; charset=utf-8")
    return opendata.open_data_headers(response, "projekte-offenbach.csv")


@require_safe
def export_json(request):
    base_url = opendata.base_url(request)
    projects = [selectors.project_as_dict(project, base_url) for project in selectors.export_queryset()]
    payload = {
        "source": base_url + reverse("programmes:projects"),
        "generated_at": timezone.now().isoformat(),
        "count": len(projects),
        "projects": projects,
    }
    response = HttpResponse(json.dumps(payload, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8")
    return opendata.open_data_headers(response, "projekte-offenbach.json")
