from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.http import require_http_methods

from offenbach_portal.core.downloads import private_file_response
from offenbach_portal.core.permissions import (
    get_object_or_404_for,
    permission_required_404,
)
from offenbach_portal.core.text import clean_query
from offenbach_portal.core.uploads import content_type_for
from orgs.models import Organisation

from . import selectors, services
from .extensions import meeting_section_registry
from .forms import ArchiveFilterForm, AttendanceForm, TopicProposalForm
from .models import AttendanceRegistration, Meeting, MeetingDocument, TopicArea, today_in_berlin

TOPIC_PAGE_SIZE = 20


def committee_detail(request):
    """The committee's page. Before the committee is published (or entered),
    the public sees only a placeholder; staff who may change it see a preview."""
    committee = selectors.portal_committee(include_drafts=True)
    if committee is not None and not request.user.has_perm("committees.view_committee", committee):
        committee = None
    context = {"committee": committee}
    if committee is not None:
        today = today_in_berlin()
        members = list(selectors.memberships(committee))
        chairs = list(committee.chairs.all())
        context.update(
            current_chairs=[c for c in chairs if c.is_current],
            former_chairs=[c for c in chairs if not c.is_current],
            current_members=[m for m in members if m.is_current],
            former_members=[m for m in members if not m.is_current],
            next_meeting=selectors.next_meeting(today),
            latest_results=list(selectors.latest_results(today=today)),
            topic_areas=list(selectors.topic_areas_with_counts()),
        )
    response = render(request, "committees/committee_detail.html", context)
    patch_vary_headers(response, ["Cookie"])
    return response


def meeting_archive(request):
    """The meetings a year at a time (`?jahr=2024`), with the list of years;
    without a year, the upcoming meetings and those of the latest year that
    has past ones. A topic (`?thema=`) narrows meetings and years; an unknown
    topic is ignored, a year without meetings answers 404."""
    topics = list(selectors.topic_areas_in_use())
    form = ArchiveFilterForm(request.GET, topics=topics)
    topic = form.selected_topic()
    today = today_in_berlin()
    meetings = selectors.filter_meetings(selectors.published_meetings(), topic=topic)
    years = selectors.archive_years(meetings, today)
    year = _archive_year(request, [y for y, _has_past in years])
    default_year = next((y for y, has_past in years if has_past), None)
    shown = selectors.archive_meetings(meetings, year=year, today=today, default_year=default_year)
    shown = list(selectors.with_topic_areas(shown).order_by("-date", "-number"))
    context = {
        "form": form,
        "topics": topics,
        "selected_topic": topic,
        "selected_year": year,
        "shown_year": year or default_year,
        "years": [y for y, _has_past in years],
        "upcoming": [m for m in reversed(shown) if m.date >= today],
        "past": [m for m in shown if m.date < today],
    }
    return render(request, "committees/meeting_archive.html", context)


def _archive_year(request, years):
    """The year asked for, None when none was; 404 for one without meetings or no year at all."""
    value = clean_query(request.GET.get("jahr"))
    if not value:
        return None
    if not value.isascii() or not value.isdigit() or len(value) != 4 or int(value) not in years:
        raise Http404
    return int(value)


def meeting_detail(request, number):
    """A meeting's page; a meeting that is not published is a 404, except as a
    preview for staff who may change meetings."""
    meeting = get_object_or_404_for(request.user, "committees.view_meeting", selectors.meeting_page_queryset(), number=number)
    documents, hidden_documents = selectors.visible_documents(meeting, request.user)
    previous, following = selectors.meeting_neighbours(meeting)
    context = {
        "meeting": meeting,
        "documents": documents,
        "hidden_documents": hidden_documents,
        "previous": previous,
        "following": following,
        "sections": meeting_section_registry.render(request, meeting),
    }
    response = render(request, "committees/meeting_detail.html", context)
    patch_vary_headers(response, ["Cookie"])
    return response


def topic_detail(request, slug):
    """A topic area and its agenda items, latest meeting first, TOPIC_PAGE_SIZE a page."""
    topic = get_object_or_404(TopicArea, slug=slug)
    page = Paginator(selectors.agenda_items_on_topic(topic), TOPIC_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "topic": topic,
        "page_obj": page,
        "items": page.object_list,
        "page_range": page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
        "meeting_count": selectors.meeting_count_on_topic(topic) if page.paginator.count else 0,
    }
    return render(request, "committees/topic_detail.html", context)


def _document_of_visible_meeting(request, number, pk):
    """The document, if the user may see its meeting (published, or as a preview)."""
    document = (
        MeetingDocument.objects.select_related("meeting__committee")
        .filter(meeting__in=Meeting.objects.of_portal_committee(), meeting__number=number, pk=pk)
        .first()
    )
    if document is None or not request.user.has_perm("committees.view_meeting", document.meeting):
        return None
    return document


@permission_required_404("committees.view_meetingdocument", _document_of_visible_meeting)
def document_download(request, number, pk, obj):
    """A meeting document as a download. Members-only documents answer 404 to
    everybody but the Integrationsbüro and the committee's members, exactly
    like a document that does not exist."""
    document = obj
    content_type = content_type_for(document.extension)
    response = private_file_response(document.file, filename=document.download_name, content_type=content_type)
    if document.is_public:
        patch_cache_control(response, public=True, max_age=3600)
    else:
        patch_cache_control(response, private=True, no_store=True)
        patch_vary_headers(response, ["Cookie"])
    return response


# Taking part from the member area (/mein-verein/kompetenzteam/…). Anonymous
# visitors go to the login; whoever may not act for the organisation or the
# meeting gets 404, exactly as if neither existed.


def _open_meeting(request, number):
    meeting = Meeting.objects.published().filter(number=number).select_related("committee").first()
    if meeting is None or not request.user.has_perm("committees.register_attendance", meeting):
        raise Http404
    return meeting


def _represented_organisation(request, slug):
    organisation = Organisation.objects.filter(slug=slug).first()
    if organisation is None or not request.user.has_perm("committees.represent_organisation", organisation):
        raise Http404
    return organisation


def _to_member_area():
    return HttpResponseRedirect(reverse("accounts:member-area") + "#kompetenzteam")


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def attendance_edit(request, number, organisation):
    """Say (or change) who of the organisation will attend an upcoming meeting."""
    meeting = _open_meeting(request, number)
    organisation = _represented_organisation(request, organisation)
    registration = AttendanceRegistration.objects.filter(meeting=meeting, organisation=organisation).first()
    status = 200
    if request.method == "POST":
        form = AttendanceForm(request.POST)
        if form.is_valid():
            services.attendance_register(meeting=meeting, organisation=organisation, user=request.user, **form.cleaned_data)
            return _to_member_area()
        status = 400
    else:
        initial = {"attendees": registration.attendees, "note": registration.note} if registration else {}
        form = AttendanceForm(initial=initial)
    context = {"meeting": meeting, "organisation": organisation, "registration": registration, "form": form}
    return render(request, "committees/member/attendance_form.html", context, status=status)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def attendance_cancel(request, number, organisation):
    """Withdraw a registration: a confirmation page, then the withdrawal."""
    meeting = _open_meeting(request, number)
    organisation = _represented_organisation(request, organisation)
    registration = AttendanceRegistration.objects.filter(meeting=meeting, organisation=organisation).first()
    if registration is None:
        raise Http404
    if request.method == "POST":
        services.attendance_cancel(meeting=meeting, organisation=organisation, user=request.user)
        return _to_member_area()
    context = {"meeting": meeting, "organisation": organisation, "registration": registration}
    return render(request, "committees/member/attendance_cancel.html", context)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def topic_propose(request):
    """Propose a topic for the next meeting, for one of the user's current member organisations."""
    organisations = selectors.member_organisations_of(request.user)
    choices = list(organisations)
    if not choices:
        raise Http404
    status = 200
    if request.method == "POST":
        chosen = request.POST.get("organisation", "")
        if chosen and chosen not in {organisation.slug for organisation in choices}:
            raise Http404  # another organisation's slug, put in by hand
        form = TopicProposalForm(request.POST, organisations=organisations)
        if form.is_valid():
            organisation = form.cleaned_data["organisation"]
            if not request.user.has_perm("committees.propose_topic", organisation):
                raise Http404
            services.topic_propose(
                organisation=organisation, title=form.cleaned_data["title"], description=form.cleaned_data["description"], user=request.user
            )
            return _to_member_area()
        status = 400
    else:
        form = TopicProposalForm(organisations=organisations)
    context = {"form": form, "organisations": choices, "next_meeting": selectors.next_meeting()}
    return render(request, "committees/member/topic_form.html", context, status=status)
