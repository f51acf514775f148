"""What each OParl type serves.

A `Source` is one model behind one OParl type (an OParl type may have two:
organizations are the Kompetenzteam and its member organisations; memberships
are its chairs and the organisations' seats). Each source knows

- `candidates()`: every row that is or was part of the interface, annotated
  with `oparl_created`, `oparl_modified` and `oparl_public`. Rows that exist
  but are not public (a draft meeting, a members-only document, a document of
  an unpublished meeting) are served as `deleted: true` in a `modified_since`
  sync and never with their content;
- `load(pks)`: the public rows of one page, with everything they embed, in a
  fixed number of queries;
- `serialise(obj, api)`: the OParl object.

Object ids are `<prefix><pk>`, e.g. `/oparl/v1/organization/k1` for the
Kompetenzteam and `/oparl/v1/organization/o7` for a member organisation."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import BooleanField, CharField, DateTimeField, ExpressionWrapper, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Cast, Coalesce, Greatest
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from reversion.models import Version

from offenbach_portal.core.publication import published_q
from offenbach_portal.core.uploads import content_type_for
from orgs.models import Organisation, Person

from ..models import PORTAL_COMMITTEE_SLUG, AgendaItem, Chair, Committee, Meeting, MeetingDocument, Membership, TopicArea

OPARL = "https://schema.oparl.org/1.1/"


def oparl_type(name):
    return OPARL + name


def oparl_since():
    """When the interface started: the fallback `created` of rows older than their timestamps."""
    value = settings.OPARL_SINCE
    return datetime.datetime.fromisoformat(value) if isinstance(value, str) else value


def iso(value):
    return value.isoformat(timespec="seconds") if value else None


def plain_text(html):
    text = strip_tags(normalize_newlines(html or "")).replace("\xa0", " ")
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def public(condition):
    return ExpressionWrapper(condition, output_field=BooleanField())


def _clean(data):
    return {key: value for key, value in data.items() if value not in (None, "", [])}


@dataclass
class Source:
    oparl: str  # OParl type name, e.g. "Meeting"
    path: str  # URL segment, e.g. "meeting"
    prefix: str  # id prefix of this source within its type
    model: type

    # Whether tombstones of `model` are deleted objects of this list.
    tombstones = True

    def object_id(self, pk):
        return f"{self.prefix}{pk}"

    # Overridden per source
    def candidates(self):
        raise NotImplementedError

    def load(self, pks):
        raise NotImplementedError

    def serialise(self, obj, api):
        raise NotImplementedError


def _portal_meeting_public(prefix=""):
    return published_q(prefix) & published_q(f"{prefix}committee__") & Q(**{f"{prefix}committee__slug": PORTAL_COMMITTEE_SLUG})


# --- Organization -----------------------------------------------------------


class CommitteeSource(Source):
    def candidates(self):
        return Committee.objects.filter(slug=PORTAL_COMMITTEE_SLUG).annotate(
            oparl_created=Cast("created_at", DateTimeField()),
            oparl_modified=Cast("updated_at", DateTimeField()),
            oparl_public=public(published_q()),
        )

    def load(self, pks):
        chairs = Chair.objects.only("pk", "committee_id")
        memberships = Membership.objects.filter(published_q("organisation__")).only("pk", "committee_id")
        return Committee.objects.filter(pk__in=pks).prefetch_related(
            Prefetch("chairs", queryset=chairs), Prefetch("memberships", queryset=memberships)
        )

    def serialise(self, committee, api):
        membership_urls = [api.url("membership", f"c{chair.pk}") for chair in committee.chairs.all()]
        membership_urls += [api.url("membership", f"m{membership.pk}") for membership in committee.memberships.all()]
        return _clean(
            {
                "id": api.url("organization", self.object_id(committee.pk)),
                "type": oparl_type("Organization"),
                "body": api.body_url,
                "name": committee.name,
                "shortName": "Kompetenzteam",
                "organizationType": "Gremium",
                "classification": "Beirat",
                "membership": membership_urls,
                "startDate": f"{committee.founded}-01-01" if committee.founded else None,
                "created": iso(committee.created_at),
                "modified": iso(committee.updated_at),
                "web": api.web(committee.get_absolute_url()),
                "deleted": False,
            }
        )


ORGANISATION_TYPES = {
    Organisation.Kind.CITY_OFFICE: "Verwaltungsbereich",
    Organisation.Kind.INSTITUTION: "Institution",
}


class OrganisationSource(Source):
    def candidates(self):
        members = Membership.objects.filter(committee__slug=PORTAL_COMMITTEE_SLUG).values("organisation")
        return Organisation.objects.filter(pk__in=members).annotate(
            oparl_created=Cast("created_at", DateTimeField()),
            oparl_modified=Cast("updated_at", DateTimeField()),
            oparl_public=public(published_q()),
        )

    def load(self, pks):
        seats = Membership.objects.filter(committee__slug=PORTAL_COMMITTEE_SLUG).only("pk", "organisation_id")
        return Organisation.objects.filter(pk__in=pks).prefetch_related(Prefetch("committee_memberships", queryset=seats))

    def serialise(self, organisation, api):
        return _clean(
            {
                "id": api.url("organization", self.object_id(organisation.pk)),
                "type": oparl_type("Organization"),
                "body": api.body_url,
                "name": organisation.name,
                "shortName": organisation.short_name,
                "organizationType": ORGANISATION_TYPES.get(organisation.kind, "Sonstiges"),
                "classification": str(Organisation.Kind(organisation.kind).label),
                "membership": [api.url("membership", f"m{seat.pk}") for seat in organisation.committee_memberships.all()],
                "website": organisation.website,
                "created": iso(organisation.created_at),
                "modified": iso(organisation.updated_at),
                "web": api.web(organisation.get_absolute_url()),
                "deleted": False,
            }
        )


# --- Person -----------------------------------------------------------------


def _latest(queryset, field):
    return Subquery(queryset.values(field).order_by(f"-{field}")[:1], output_field=DateTimeField())


class PersonSource(Source):
    """Chairs of the Kompetenzteam and presenters of agenda items, in their
    public role: name and function only."""

    def candidates(self):
        epoch = Value(oparl_since(), output_field=DateTimeField())
        chairs = Chair.objects.filter(committee__slug=PORTAL_COMMITTEE_SLUG)
        items = AgendaItem.objects.filter(meeting__committee__slug=PORTAL_COMMITTEE_SLUG)
        public_chairs = chairs.filter(published_q("committee__")).values("person")
        public_items = items.filter(_portal_meeting_public("meeting__")).values("presenters")
        # Joined, not looked up: the query count stays the same with a cold ContentType cache.
        versions = Version.objects.filter(
            content_type__app_label="orgs", content_type__model="person", object_id=Cast(OuterRef("pk"), CharField())
        )
        own_chairs = chairs.filter(person=OuterRef("pk"))
        own_items = items.filter(presenters=OuterRef("pk"))
        first_version = Subquery(
            versions.values("revision__date_created").order_by("revision__date_created")[:1], output_field=DateTimeField()
        )
        return Person.objects.filter(Q(pk__in=chairs.values("person")) | Q(pk__in=items.values("presenters"))).annotate(
            oparl_created=Coalesce(first_version, epoch),
            oparl_modified=Greatest(
                Coalesce(_latest(versions, "revision__date_created"), epoch),
                Coalesce(_latest(own_chairs, "updated_at"), epoch),
                Coalesce(_latest(own_items, "updated_at"), epoch),
                Coalesce(_latest(own_items, "meeting__updated_at"), epoch),
            ),
            oparl_public=public(Q(pk__in=public_chairs) | Q(pk__in=public_items)),
        )

    def load(self, pks):
        return self.candidates().filter(pk__in=pks)

    def serialise(self, person, api):
        return _clean(
            {
                "id": api.url("person", self.object_id(person.pk)),
                "type": oparl_type("Person"),
                "body": api.body_url,
                "name": person.name,
                "status": [person.role] if (person.role) else None,
                "created": iso(person.oparl_created),
                "modified": iso(person.oparl_modified),
                "deleted": False,
            }
        )


# --- Membership -------------------------------------------------------------


def _year_dates(period):
    return (
        f"{period.since}-01-01" if period.since else None,
        f"{period.until}-12-31" if period.until else None,
    )


class ChairSource(Source):
    def candidates(self):
        return Chair.objects.filter(committee__slug=PORTAL_COMMITTEE_SLUG).annotate(
            oparl_created=Cast("created_at", DateTimeField()),
            oparl_modified=Greatest("updated_at", "committee__updated_at"),
            oparl_public=public(published_q("committee__")),
        )

    def load(self, pks):
        return Chair.objects.filter(pk__in=pks).select_related("committee")

    def serialise(self, chair, api):
        start, end = _year_dates(chair)
        return _clean(
            {
                "id": api.url("membership", self.object_id(chair.pk)),
                "type": oparl_type("Membership"),
                "person": api.url("person", f"p{chair.person_id}"),
                "organization": api.url("organization", f"k{chair.committee_id}"),
                "role": chair.role,
                "votingRight": True,
                "startDate": start,
                "endDate": end,
                "created": iso(chair.created_at),
                "modified": iso(max(chair.updated_at, chair.committee.updated_at)),
                "web": api.web(chair.committee.get_absolute_url()),
                "deleted": False,
            }
        )


class SeatSource(Source):
    """An organisation's seat: a membership without a person, on behalf of the organisation."""

    def candidates(self):
        return Membership.objects.filter(committee__slug=PORTAL_COMMITTEE_SLUG).annotate(
            oparl_created=Cast("created_at", DateTimeField()),
            oparl_modified=Greatest("updated_at", "committee__updated_at", "organisation__updated_at"),
            oparl_public=public(published_q("committee__") & published_q("organisation__")),
        )

    def load(self, pks):
        return Membership.objects.filter(pk__in=pks).select_related("committee", "organisation")

    def serialise(self, seat, api):
        start, end = _year_dates(seat)
        return _clean(
            {
                "id": api.url("membership", self.object_id(seat.pk)),
                "type": oparl_type("Membership"),
                "organization": api.url("organization", f"k{seat.committee_id}"),
                "onBehalfOf": api.url("organization", f"o{seat.organisation_id}"),
                "role": "Mitgliedsorganisation",
                "votingRight": True,
                "startDate": start,
                "endDate": end,
                "created": iso(seat.created_at),
                "modified": iso(max(seat.updated_at, seat.committee.updated_at, seat.organisation.updated_at)),
                "web": api.web(seat.organisation.get_absolute_url()),
                "deleted": False,
            }
        )


# --- Meeting, AgendaItem, File, Location --------------------------------------


def _public_documents():
    return MeetingDocument.objects.filter(visibility=MeetingDocument.Visibility.PUBLIC).order_by("order", "pk")


class MeetingSource(Source):
    def candidates(self):
        return Meeting.objects.of_portal_committee().annotate(
            oparl_created=Cast("created_at", DateTimeField()),
            oparl_modified=Greatest("updated_at", "committee__updated_at"),
            oparl_public=public(_portal_meeting_public()),
        )

    def load(self, pks):
        topics = TopicArea.objects.only("pk", "name", "name_de")
        items = AgendaItem.objects.order_by("order", "pk").prefetch_related(Prefetch("topic_areas", queryset=topics))
        return (
            Meeting.objects.filter(pk__in=pks)
            .select_related("committee")
            .prefetch_related(Prefetch("agenda_items", queryset=items), Prefetch("documents", queryset=_public_documents()))
        )

    def serialise(self, meeting, api):
        documents = list(meeting.documents.all())
        invitation = next((d for d in documents if d.kind == MeetingDocument.Kind.INVITATION), None)
        minutes = next((d for d in documents if d.kind == MeetingDocument.Kind.MINUTES), None)
        others = [d for d in documents if d not in (invitation, minutes)]
        start, end = meeting_times(meeting)
        data = {
            "id": api.url("meeting", self.object_id(meeting.pk)),
            "type": oparl_type("Meeting"),
            "name": f"{meeting.number}. Sitzung – {meeting.title}",
            "meetingState": str(Meeting.State(meeting.state).label),
            "cancelled": meeting.is_cancelled,
            "start": iso(start),
            "end": iso(end),
            "organization": [api.url("organization", f"k{meeting.committee_id}")],
            "created": iso(meeting.created_at),
            "modified": iso(max(meeting.updated_at, meeting.committee.updated_at)),
            "web": api.web(meeting.get_absolute_url()),
            "deleted": False,
        }
        if not api.omit_internal:
            location = meeting_location(meeting, api)
            data.update(
                {
                    "location": location,
                    "invitation": FILES.serialise(invitation, api, meeting=meeting) if invitation else None,
                    "resultsProtocol": FILES.serialise(minutes, api, meeting=meeting) if minutes else None,
                    "auxiliaryFile": [FILES.serialise(d, api, meeting=meeting) for d in others],
                    "agendaItem": [AGENDA_ITEMS.serialise(item, api, meeting=meeting) for item in meeting.agenda_items.all()],
                }
            )
        return _clean(data)


def meeting_times(meeting):
    """Start and end as aware date-times in Europe/Berlin; a day not known has neither."""
    from ..models import BERLIN

    if meeting.date_is_approximate:
        return None, None
    start = datetime.datetime.combine(meeting.date, meeting.start_time or datetime.time(0), tzinfo=BERLIN)
    end = datetime.datetime.combine(meeting.date, meeting.end_time, tzinfo=BERLIN) if meeting.end_time else None
    if not meeting.start_time:
        start = None
    return start or None, end


class AgendaItemSource(Source):
    def candidates(self):
        return AgendaItem.objects.filter(meeting__committee__slug=PORTAL_COMMITTEE_SLUG).annotate(
            oparl_created=Cast("created_at", DateTimeField()),
            oparl_modified=Greatest("updated_at", "meeting__updated_at", "meeting__committee__updated_at"),
            oparl_public=public(_portal_meeting_public("meeting__")),
        )

    def load(self, pks):
        topics = TopicArea.objects.only("pk", "name", "name_de")
        return (
            AgendaItem.objects.filter(pk__in=pks)
            .select_related("meeting__committee")
            .prefetch_related(Prefetch("topic_areas", queryset=topics))
        )

    def serialise(self, item, api, meeting=None):
        meeting = meeting or item.meeting
        return _clean(
            {
                "id": api.url("agendaItem", self.object_id(item.pk)),
                "type": oparl_type("AgendaItem"),
                "meeting": api.url("meeting", f"{meeting.pk}"),
                "number": item.label or f"TOP {item.order}",
                "order": item.order,
                "name": item.title,
                "public": True,
                "result": plain_text(item.result),
                "keyword": [topic.name for topic in item.topic_areas.all()],
                "created": iso(item.created_at),
                "modified": iso(max(item.updated_at, meeting.updated_at, meeting.committee.updated_at)),
                "web": api.web(meeting.get_absolute_url()) + f"#top-{item.pk}",
                "deleted": False,
            }
        )


class FileSource(Source):
    def candidates(self):
        return MeetingDocument.objects.filter(meeting__committee__slug=PORTAL_COMMITTEE_SLUG).annotate(
            oparl_created=Cast("uploaded_at", DateTimeField()),
            oparl_modified=Greatest("updated_at", "meeting__updated_at", "meeting__committee__updated_at"),
            oparl_public=public(_portal_meeting_public("meeting__") & Q(visibility=MeetingDocument.Visibility.PUBLIC)),
        )

    def load(self, pks):
        return MeetingDocument.objects.filter(pk__in=pks).select_related("meeting__committee")

    def serialise(self, document, api, meeting=None):
        meeting = meeting or document.meeting
        document.meeting = meeting
        download = api.web(document.get_absolute_url())
        return _clean(
            {
                "id": api.url("file", self.object_id(document.pk)),
                "type": oparl_type("File"),
                "name": document.title,
                "fileName": document.download_name,
                "mimeType": content_type_for(document.extension),
                "date": document.uploaded_at.date().isoformat(),
                "size": document.size,
                "accessUrl": download,
                "downloadUrl": download,
                "meeting": [api.url("meeting", f"{meeting.pk}")],
                "created": iso(document.uploaded_at),
                "modified": iso(max(document.updated_at, meeting.updated_at, meeting.committee.updated_at)),
                "web": api.web(meeting.get_absolute_url()),
                "deleted": False,
            }
        )


def meeting_location(meeting, api):
    if not (meeting.place_name or meeting.place_address or meeting.is_online):
        return None
    description = meeting.place_name or ("online" if meeting.is_online else "")
    return _clean(
        {
            "id": api.url("location", f"m{meeting.pk}"),
            "type": oparl_type("Location"),
            "description": description,
            "streetAddress": meeting.place_address,
            "meetings": [api.url("meeting", f"{meeting.pk}")],
            "created": iso(meeting.created_at),
            "modified": iso(max(meeting.updated_at, meeting.committee.updated_at)),
            "web": api.web(meeting.get_absolute_url()),
            "deleted": False,
        }
    )


class MeetingLocationSource(MeetingSource):
    """The place of a meeting. A deleted meeting's place is reported deleted
    through the meeting, not as a location of its own."""

    tombstones = False

    def candidates(self):
        return super().candidates().filter(Q(is_online=True) | ~Q(place_name="") | ~Q(place_address=""))

    def load(self, pks):
        return Meeting.objects.filter(pk__in=pks).select_related("committee")

    def serialise(self, meeting, api):
        return meeting_location(meeting, api)


def body_location(api):
    body = settings.OPARL_BODY
    return _clean(
        {
            "id": api.url("location", "body"),
            "type": oparl_type("Location"),
            "description": body["location_description"],
            "streetAddress": body["street_address"],
            "postalCode": body["postal_code"],
            "locality": body["locality"],
            "bodies": [api.body_url],
            "created": iso(oparl_since()),
            "modified": iso(oparl_since()),
            "deleted": False,
        }
    )


ORGANIZATION_SOURCES = [
    CommitteeSource("Organization", "organization", "k", Committee),
    OrganisationSource("Organization", "organization", "o", Organisation),
]
PERSON_SOURCES = [PersonSource("Person", "person", "p", Person)]
MEMBERSHIP_SOURCES = [ChairSource("Membership", "membership", "c", Chair), SeatSource("Membership", "membership", "m", Membership)]
MEETING_SOURCES = [MeetingSource("Meeting", "meeting", "", Meeting)]
AGENDA_ITEMS = AgendaItemSource("AgendaItem", "agendaItem", "", AgendaItem)
FILES = FileSource("File", "file", "", MeetingDocument)
LOCATION_SOURCES = [MeetingLocationSource("Location", "location", "m", Meeting)]

# The lists, by URL segment.
LISTS = {
    "organization": ORGANIZATION_SOURCES,
    "person": PERSON_SOURCES,
    "membership": MEMBERSHIP_SOURCES,
    "meeting": MEETING_SOURCES,
    "agendaItem": [AGENDA_ITEMS],
    "file": [FILES],
    "location": LOCATION_SOURCES,
    "paper": [],
}

TYPE_NAMES = {
    "organization": "Organization",
    "person": "Person",
    "membership": "Membership",
    "meeting": "Meeting",
    "agendaItem": "AgendaItem",
    "file": "File",
    "location": "Location",
    "paper": "Paper",
}

# Rows whose deletion leaves a tombstone (see signals.py).
TRACKED_MODELS = [Committee, Organisation, Person, Chair, Membership, Meeting, AgendaItem, MeetingDocument]


def tombstone_sources(path):
    """(model label, source) pairs whose tombstones belong to the list `path`."""
    return [(source.model._meta.label_lower, source) for source in LISTS[path] if source.model in TRACKED_MODELS]


def source_for(path, object_id):
    """The source and primary key an object id belongs to, or (None, None)."""
    for source in sorted(LISTS.get(path, []), key=lambda s: -len(s.prefix)):
        if source.prefix and not object_id.startswith(source.prefix):
            continue
        rest = object_id[len(source.prefix) :]
        if rest.isdigit() and not rest.startswith("0") and len(rest) <= 18:
            return source, int(rest)
    return None, None
