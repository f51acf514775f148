"""Reads that the committee's pages share. Each returns a queryset or object
fetched with a fixed number of queries, whatever the number of rows."""

import datetime

from django.conf import settings
from django.db.models import Count, Max, Prefetch, Q
from django.db.models.functions import ExtractYear

from offenbach_portal.core.publication import published_q
from orgs.models import Organisation, Person

from .models import (
    PORTAL_COMMITTEE_SLUG,
    AgendaItem,
    AttendanceRegistration,
    Chair,
    Committee,
    Meeting,
    MeetingDocument,
    Membership,
    TopicArea,
    TopicProposal,
    today_in_berlin,
)


def portal_committee(include_drafts=False):
    """The published Kompetenzteam Integration (with `include_drafts`, also
    one not published yet, for a preview), or None before anyone has entered it."""
    committees = Committee.objects.all() if include_drafts else Committee.objects.published()
    return (
        committees.filter(slug=PORTAL_COMMITTEE_SLUG)
        .select_related("managing_office")
        .prefetch_related(Prefetch("chairs", queryset=Chair.objects.select_related("person__organisation")))
        .first()
    )


def published_meetings():
    return Meeting.objects.published()


def upcoming_meetings(today=None):
    """Meetings on or after today (Europe/Berlin), soonest first; cancelled ones included."""
    return published_meetings().upcoming(today or today_in_berlin())


def past_meetings(today=None):
    """Meetings before today (Europe/Berlin), latest first."""
    return published_meetings().past(today or today_in_berlin())


def next_meeting(today=None):
    return upcoming_meetings(today).exclude(state=Meeting.State.CANCELLED).first()


def with_topic_areas(meetings):
    """For lists: the meetings without their long texts, and the topic areas of
    each meeting's agenda (two more queries in all)."""
    topics = TopicArea.objects.only("slug", "name", "order")
    agenda = AgendaItem.objects.only("meeting", "order").prefetch_related(Prefetch("topic_areas", queryset=topics))
    return meetings.defer("summary", "results").prefetch_related(Prefetch("agenda_items", queryset=agenda.order_by("order", "pk")))


def filter_meetings(meetings, *, topic=None, year=None):
    if topic is not None:
        meetings = meetings.filter(agenda_items__topic_areas=topic).distinct()
    if year is not None:
        meetings = meetings.filter(date__year=year)
    return meetings


def archive_years(meetings, today):
    """The years these meetings fall in, newest first, each with whether it has
    a meeting before today: [(2025, False), (2024, True), …], in one query."""
    rows = (
        meetings.order_by()
        .annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(past=Count("pk", filter=Q(date__lt=today)))
        .order_by("-year")
    )
    return [(row["year"], row["past"] > 0) for row in rows]


def archive_meetings(meetings, *, year, today, default_year=None):
    """One page of the archive from `meetings` (already filtered by topic):
    the meetings of `year`; without a year, every upcoming meeting and the
    past ones of `default_year` (the latest year with a past meeting)."""
    if year is not None:
        return meetings.filter(date__year=year)
    if default_year is None:
        return meetings.filter(date__gte=today)
    return meetings.filter(Q(date__gte=today) | Q(date__lt=today, date__year=default_year))


def calendar_meetings(today=None):
    """The calendar feed's meetings: every upcoming one and the past ones of the
    current year and the COMMITTEE_CALENDAR_PAST_YEARS years before it."""
    today = today or today_in_berlin()
    since = datetime.date(today.year - settings.COMMITTEE_CALENDAR_PAST_YEARS, 1, 1)
    return published_meetings().filter(date__gte=since).defer("summary", "results").order_by("date", "number")


def topic_areas_with_counts():
    """Every topic area with the number of agenda items of published meetings on it."""
    published_items = Q(agenda_items__meeting__in=published_meetings())
    return TopicArea.objects.annotate(item_count=Count("agenda_items", filter=published_items, distinct=True))


def topic_areas_in_use():
    """Topic areas with at least one agenda item of a published meeting."""
    return topic_areas_with_counts().filter(item_count__gt=0)


def latest_results(limit=3, today=None):
    return past_meetings(today).filter(state=Meeting.State.HELD).exclude(results_de="")[:limit]  # German is the source of every translation


def memberships(committee):
    """Current and former memberships with organisations and delegates."""
    return (
        committee.memberships.select_related("organisation")
        .prefetch_related(Prefetch("delegates", queryset=Person.objects.order_by("name")))
        .order_by("organisation__name", "-since")
    )


def meeting_page_queryset():
    """The Kompetenzteam's meetings, published or not (the page checks who may
    see one), with agenda, presenters, attendance and documents."""
    agenda = AgendaItem.objects.order_by("order", "pk").prefetch_related(
        "topic_areas", Prefetch("presenters", queryset=Person.objects.select_related("organisation").order_by("name"))
    )
    return (
        Meeting.objects.of_portal_committee()
        .select_related("committee")
        .prefetch_related(
            Prefetch("agenda_items", queryset=agenda),
            Prefetch("attendees", queryset=Organisation.objects.order_by("name")),
            Prefetch("documents", queryset=MeetingDocument.objects.order_by("order", "pk")),
        )
    )


def visible_documents(meeting, user):
    """The documents of a prefetched meeting this user may download, and how many are hidden."""
    documents = list(meeting.documents.all())
    visible = [document for document in documents if user.has_perm("committees.view_meetingdocument", document)]
    return visible, len(documents) - len(visible)


def meeting_neighbours(meeting):
    """The published meetings before and after this one, by number."""
    meetings = published_meetings().filter(committee=meeting.committee)
    previous = meetings.filter(number__lt=meeting.number).order_by("-number").only("number", "title", "date").first()
    following = meetings.filter(number__gt=meeting.number).order_by("number").only("number", "title", "date").first()
    return previous, following


def meeting_count_on_topic(topic):
    return published_meetings().filter(agenda_items__topic_areas=topic).distinct().count()


def agenda_items_on_topic(topic):
    """Every agenda item on this topic across all published meetings, latest meeting first."""
    return (
        AgendaItem.objects.filter(topic_areas=topic, meeting__in=published_meetings())
        .select_related("meeting")
        .prefetch_related(Prefetch("presenters", queryset=Person.objects.select_related("organisation").order_by("name")))
        .order_by("-meeting__date", "-meeting__number", "order", "pk")
    )


def next_meeting_number(committee):
    """The number the next meeting of this committee would get: highest so far plus one."""
    highest = Meeting.objects.filter(committee=committee).aggregate(highest=Max("number"))["highest"]
    return (highest or 0) + 1


def memberships_of(organisation):
    return (
        Membership.objects.filter(published_q("committee__"), organisation=organisation, committee__slug=PORTAL_COMMITTEE_SLUG)
        .prefetch_related(Prefetch("delegates", queryset=Person.objects.order_by("name")))
        .order_by("-since")
    )


def meetings_attended_by(organisation):
    return published_meetings().filter(attendees=organisation).order_by("-date", "-number")


# The member area's Kompetenzteam section and pages.


def member_organisations_of(user):
    """The organisations this user edits that are current Kompetenzteam members, by name."""
    if not (user.is_authenticated and user.is_active):
        return Organisation.objects.none()
    current = Membership.objects.current().filter(committee__slug=PORTAL_COMMITTEE_SLUG)
    return (
        Organisation.objects.filter(editor_links__user=user, committee_memberships__in=current)
        .distinct()
        .only("pk", "name", "slug")
        .order_by("name")
    )


def meetings_open_for_registration(limit=3, today=None):
    """The next published meetings that are not cancelled, soonest first."""
    return upcoming_meetings(today).exclude(state=Meeting.State.CANCELLED).select_related("committee")[:limit]


def registrations_for(meetings, organisations):
    """{(meeting id, organisation id): registration} in one query."""
    registrations = AttendanceRegistration.objects.filter(meeting__in=meetings, organisation__in=organisations)
    return {(r.meeting_id, r.organisation_id): r for r in registrations}


def proposals_of(organisations, limit=20):
    """The latest topic proposals of these organisations, with their meeting."""
    return (
        TopicProposal.objects.filter(organisation__in=organisations)
        .select_related("organisation", "meeting")
        .order_by("-created_at", "-pk")[:limit]
    )


def members_only_documents(today=None, past_limit=3):
    """Members-only documents of the upcoming meetings and of the latest
    `past_limit` past ones (published meetings), latest meeting first."""
    today = today or today_in_berlin()
    upcoming = list(upcoming_meetings(today).values_list("pk", flat=True))
    recent = list(past_meetings(today).values_list("pk", flat=True)[:past_limit])
    return (
        MeetingDocument.objects.filter(meeting__in=upcoming + recent, visibility=MeetingDocument.Visibility.MEMBERS)
        .select_related("meeting")
        .order_by("-meeting__date", "-meeting__number", "order", "pk")
    )
