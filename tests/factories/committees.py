import datetime

import factory
from django.utils.text import slugify

from committees.models import (
    PORTAL_COMMITTEE_SLUG,
    AgendaItem,
    Chair,
    Committee,
    Meeting,
    MeetingDocument,
    Membership,
    TopicArea,
)
from offenbach_portal.core.publication import Status

from .base import GermanModelFactory
from .orgs import OrganisationFactory, PersonFactory

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class CommitteeFactory(GermanModelFactory):
    """A published committee; `portal=True` gets (or creates) the Kompetenzteam
    Integration, the only committee whose meetings are public. A slug that
    exists already returns that committee unchanged."""

    class Meta:
        model = Committee
        django_get_or_create = ("slug",)

    class Params:
        portal = factory.Trait(name="Kompetenzteam Integration", slug=PORTAL_COMMITTEE_SLUG, founded=2007)

    name = factory.Sequence(lambda n: f"Gremium {n}")
    slug = factory.Sequence(lambda n: f"gremium-{n}")
    status = Status.PUBLISHED


class ChairFactory(GermanModelFactory):
    class Meta:
        model = Chair

    committee = factory.SubFactory(CommitteeFactory, portal=True)
    person = factory.SubFactory(PersonFactory)
    role = "Vorsitz"
    since = 2020


class MembershipFactory(GermanModelFactory):
    """A current membership in the Kompetenzteam; `delegates` are people."""

    class Meta:
        model = Membership

    committee = factory.SubFactory(CommitteeFactory, portal=True)
    organisation = factory.SubFactory(OrganisationFactory)

    @factory.post_generation
    def delegates(membership, create, extracted, **kwargs):
        if extracted:
            membership.delegates.set(extracted)


class MeetingFactory(GermanModelFactory):
    """A published meeting of the Kompetenzteam, held on a past day derived from
    its number; `attendees` are organisations. Numbers from the sequence start
    at 1000, clear of the numbers tests give."""

    class Meta:
        model = Meeting

    committee = factory.SubFactory(CommitteeFactory, portal=True)
    number = factory.Sequence(lambda n: 1000 + n)
    title = factory.LazyAttribute(lambda meeting: f"Schwerpunkt {meeting.number}")
    date = factory.LazyAttribute(lambda meeting: datetime.date(2020, 1, 1) + datetime.timedelta(days=meeting.number))
    start_time = datetime.time(17, 0)
    end_time = datetime.time(19, 0)
    state = Meeting.State.HELD
    status = Status.PUBLISHED
    place_name = "Rathaus"
    place_address = "Berliner Straße 100, 63065 Offenbach am Main"

    @factory.post_generation
    def attendees(meeting, create, extracted, **kwargs):
        if extracted:
            meeting.attendees.set(extracted)


class TopicAreaFactory(GermanModelFactory):
    class Meta:
        model = TopicArea

    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.LazyAttribute(lambda topic: slugify(topic.name))


class AgendaItemFactory(GermanModelFactory):
    """The next item on the meeting's agenda; `topic_areas` and `presenters`
    are lists of topic areas and people."""

    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    order = factory.LazyAttribute(lambda item: item.meeting.agenda_items.count() + 1)
    title = factory.Sequence(lambda n: f"Punkt {n}")

    @factory.post_generation
    def topic_areas(item, create, extracted, **kwargs):
        if extracted:
            item.topic_areas.set(extracted)

    @factory.post_generation
    def presenters(item, create, extracted, **kwargs):
        if extracted:
            item.presenters.set(extracted)


class MeetingDocumentFactory(GermanModelFactory):
    """A public PDF; `file__filename` and `file__data` change the file."""

    class Meta:
        model = MeetingDocument

    meeting = factory.SubFactory(MeetingFactory)
    title = "Protokoll"
    visibility = MeetingDocument.Visibility.PUBLIC
    file = factory.django.FileField(filename="protokoll.pdf", data=PDF_BYTES)


def make_committee(**fields):
    """The Kompetenzteam Integration, created once (see CommitteeFactory)."""
    return CommitteeFactory(portal=True, **fields)


def make_meeting(number=None, *, committee=None, date=None, **fields):
    if number:
        fields["number"] = number
    if committee:
        fields["committee"] = committee
    if date:
        fields["date"] = date
    return MeetingFactory(**fields)


def make_topic(name=None, **fields):
    if name:
        fields["name"] = name
    return TopicAreaFactory(**fields)


def make_agenda_item(meeting, *, topics=(), presenters=(), **fields):
    return AgendaItemFactory(meeting=meeting, topic_areas=topics, presenters=presenters, **fields)


def make_document(meeting, *, visibility=MeetingDocument.Visibility.PUBLIC, name="protokoll.pdf", content=PDF_BYTES, **fields):
    return MeetingDocumentFactory(meeting=meeting, visibility=visibility, file__filename=name, file__data=content, **fields)


def make_membership(organisation, *, committee=None, **fields):
    if committee:
        fields["committee"] = committee
    return MembershipFactory(organisation=organisation, **fields)
