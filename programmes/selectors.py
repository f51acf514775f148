"""Reads that the programme pages, the exports and the organisation profiles
share. Each costs a fixed number of queries, whatever the number of rows."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Prefetch, Q, Sum

from orgs.models import Organisation

from .models import FieldOfAction, FundingCall, Programme, Project, Publication, today_in_berlin


def published_programmes():
    return Programme.objects.published()


def published_projects():
    return Project.objects.published()


def published_publications():
    return Publication.objects.published()


def timeline():
    """The published programmes in order of their start, each with its
    predecessor and successor when those are published too."""
    programmes = list(published_programmes().order_by("start", "name"))
    visible = {programme.pk: programme for programme in programmes}
    for programme in programmes:
        programme.visible_predecessor = visible.get(programme.predecessor_id)
    for programme in programmes:
        programme.visible_successor = next((p for p in programmes if p.predecessor_id == programme.pk), None)
    return programmes


def programme_page_queryset():
    """Programmes with what their page shows, published or not (the view checks who may see one)."""
    return Programme.objects.select_related("coordinator__organisation", "predecessor").prefetch_related(
        Prefetch("fields", queryset=FieldOfAction.objects.order_by("number")), "events"
    )


def successor_of(programme):
    return published_programmes().filter(predecessor=programme).first()


def project_cards(queryset):
    """Projects with what a card or a table row shows (programme, sponsor, fields)."""
    return (
        queryset.select_related("programme", "sponsor")
        .prefetch_related(Prefetch("fields_of_action", queryset=FieldOfAction.objects.select_related("programme").order_by("number")))
        .defer("description", "results")
    )


def projects_by_field(programme):
    """[(field, [projects])] for every field of the programme, and the
    programme's projects without a field. A project in two fields is listed in both."""
    projects = list(project_cards(published_projects().filter(programme=programme)).order_by("title"))
    fields = list(programme.fields.all())
    grouped = [(field, [p for p in projects if field in p.fields_of_action.all()]) for field in fields]
    without = [p for p in projects if not p.fields_of_action.all()]
    return grouped, without


@dataclass
class FieldFigures:
    field: FieldOfAction | None
    projects: int
    amount: Decimal
    without_amount: int


def key_figures(programme):
    """Per field of action: the number of published projects, the sum of their
    known funding amounts and how many have no amount. One query for all fields,
    one for the totals (a project in two fields counts once there)."""
    in_published = Q(projects__in=published_projects())
    fields = programme.fields.order_by("number").annotate(
        project_count=Count("projects", filter=in_published, distinct=True),
        amount_sum=Sum("projects__funding_amount", filter=in_published),
        without_amount=Count("projects", filter=in_published & Q(projects__funding_amount__isnull=True), distinct=True),
    )
    rows = [FieldFigures(field, field.project_count, field.amount_sum or Decimal("0"), field.without_amount) for field in fields]
    totals = (
        published_projects()
        .filter(programme=programme)
        .aggregate(projects=Count("pk"), amount=Sum("funding_amount"), without_amount=Count("pk", filter=Q(funding_amount__isnull=True)))
    )
    total = FieldFigures(None, totals["projects"], totals["amount"] or Decimal("0"), totals["without_amount"])
    return rows, total


def open_calls(today=None, programme=None):
    """Published calls open today (Europe/Berlin), nearest deadline first."""
    calls = FundingCall.objects.published().open_on(today or today_in_berlin())
    if programme is not None:
        calls = calls.filter(programme=programme)
    return calls.select_related("programme", "contact__organisation").order_by("deadline", "title")


def programme_publications(programme):
    return publication_list(published_publications().filter(programme=programme))


def publication_list(queryset=None):
    queryset = published_publications() if queryset is None else queryset
    return queryset.select_related("programme").prefetch_related(
        Prefetch("portrayed", queryset=Organisation.objects.published().order_by("name"))
    )


def project_page_queryset():
    return Project.objects.select_related("programme", "sponsor", "contact__organisation").prefetch_related(
        Prefetch("fields_of_action", queryset=FieldOfAction.objects.order_by("number")),
        Prefetch("partners", queryset=Organisation.objects.order_by("name")),
    )


def projects_of(organisation):
    """Published projects the organisation sponsors or is a partner in."""
    return project_cards(published_projects().filter(Q(sponsor=organisation) | Q(partners=organisation)).distinct()).order_by(
        "-start_year", "title"
    )


def publications_portraying(organisation):
    return published_publications().filter(portrayed=organisation).order_by("-year", "title")


def export_queryset():
    """What the open-data exports contain: the published projects."""
    return (
        published_projects()
        .select_related("programme", "sponsor", "contact")
        .prefetch_related(
            Prefetch("fields_of_action", queryset=FieldOfAction.objects.select_related("programme").order_by("number")),
            Prefetch("partners", queryset=Organisation.objects.order_by("slug")),
        )
        .order_by("slug")
    )


def project_as_dict(project, base_url=""):
    """The public fields of a project for the JSON export."""
    from django.conf import settings

    codes = [code for code, _label in settings.LANGUAGES]

    def per_language(name):
        return {code: getattr(project, f"{name}_{code}") or "" for code in codes}

    return {
        "slug": project.slug,
        "title": per_language("title"),
        "programme": {"slug": project.programme.slug, "short_name": project.programme.short_name},
        "fields_of_action": [field.number for field in project.fields_of_action.all()],
        "sponsor": {"slug": project.sponsor.slug, "name": project.sponsor.name},
        "sponsor_type": project.sponsor_type,
        "partners": [{"slug": partner.slug, "name": partner.name} for partner in project.partners.all()],
        "start_year": project.start_year,
        "end_year": project.end_year,
        "period_note": per_language("period_note"),
        "funding_amount": str(project.funding_amount) if project.funding_amount is not None else None,
        "state": project.state,
        "is_sample": project.is_sample,
        "target_groups": per_language("target_groups"),
        "description": per_language("description"),
        "results": per_language("results"),
        "url": base_url + project.get_absolute_url(),
    }
