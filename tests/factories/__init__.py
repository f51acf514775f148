"""factory_boy factories for the tests, one per model, and the short helpers
the tests call (`make_organisation`, `make_meeting`, …) as thin wrappers.

Publishable models are published unless told otherwise; translated fields
land in German (see `base`). Languages, districts and the staff groups are
reference data loaded by migrations: looked up, never created."""

from .accounts import PASSWORD, StaffUserFactory, UserFactory
from .base import in_german
from .committees import (
    PDF_BYTES,
    AgendaItemFactory,
    ChairFactory,
    CommitteeFactory,
    MeetingDocumentFactory,
    MeetingFactory,
    MembershipFactory,
    TopicAreaFactory,
    make_agenda_item,
    make_committee,
    make_document,
    make_meeting,
    make_membership,
    make_topic,
)
from .contact import ContactMessageFactory
from .orgs import (
    ListingRequestFactory,
    OfferFactory,
    OrganisationEditorFactory,
    OrganisationFactory,
    PersonFactory,
    make_editor,
    make_organisation,
    make_person,
)
from .pages import PageFactory

__all__ = [
    "PASSWORD",
    "PDF_BYTES",
    "AgendaItemFactory",
    "ChairFactory",
    "CommitteeFactory",
    "ContactMessageFactory",
    "ListingRequestFactory",
    "MeetingDocumentFactory",
    "MeetingFactory",
    "MembershipFactory",
    "OfferFactory",
    "OrganisationEditorFactory",
    "OrganisationFactory",
    "PageFactory",
    "PersonFactory",
    "StaffUserFactory",
    "TopicAreaFactory",
    "UserFactory",
    "in_german",
    "make_agenda_item",
    "make_committee",
    "make_document",
    "make_meeting",
    "make_membership",
    "make_editor",
    "make_organisation",
    "make_person",
    "make_topic",
]
