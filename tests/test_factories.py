"""The factories keep their promises: German text whatever language is
active, published by default, reference data looked up and never created."""

import pytest
from django.utils import translation

from offenbach_portal.core.groups import EDITORS, OFFICE
from offenbach_portal.core.publication import Status
from orgs.models import District, Language
from tests.factories import (
    PDF_BYTES,
    AgendaItemFactory,
    MeetingDocumentFactory,
    MeetingFactory,
    PageFactory,
    StaffUserFactory,
    UserFactory,
    make_committee,
    make_meeting,
    make_organisation,
    make_topic,
)

pytestmark = pytest.mark.django_db


def test_translated_fields_land_in_german_whatever_language_is_active():
    with translation.override("uk"):
        page = PageFactory(title="Impressum", title_en="Legal notice")
        topic = make_topic("Geflüchtete")
    page.refresh_from_db()
    assert (page.title_de, page.title_en, page.title_uk) == ("Impressum", "Legal notice", None)
    assert (topic.name_de, topic.slug) == ("Geflüchtete", "gefluchtete")


def test_a_german_field_given_wins_over_the_default():
    page = PageFactory(title_de="Datenschutz")
    page.refresh_from_db()
    assert page.title_de == "Datenschutz"


def test_publishable_models_are_published():
    meeting = MeetingFactory()
    assert (meeting.status, meeting.committee.status, make_organisation().status) == (Status.PUBLISHED,) * 3
    assert meeting.is_published


def test_organisation_slug_follows_the_name():
    assert make_organisation("Griechische Gemeinde").slug == "griechische-gemeinde"
    organisation = make_organisation()
    assert organisation.slug == f"verein-{organisation.name.removeprefix('Verein ')}"


def test_organisation_gets_reference_data_and_offers_in_its_languages():
    languages, districts = Language.objects.count(), District.objects.count()
    organisation = make_organisation(languages=["el", "de"], district="Nordend", offers=[("sport", "Fußball")])
    assert sorted(organisation.languages.values_list("code", flat=True)) == ["de", "el"]
    assert organisation.district.name == "Nordend"
    offer = organisation.offers.get()
    assert (offer.title_de, sorted(offer.languages.values_list("code", flat=True))) == ("Fußball", ["de", "el"])
    assert (Language.objects.count(), District.objects.count()) == (languages, districts)


def test_unknown_reference_data_is_an_error():
    with pytest.raises(Language.DoesNotExist, match="xx"):
        make_organisation(languages=["de", "xx"])
    with pytest.raises(District.DoesNotExist):
        make_organisation(district="Atlantis")


def test_meetings_belong_to_the_one_portal_committee():
    committee = make_committee()
    assert make_meeting().committee == committee == MeetingFactory().committee
    assert make_committee(name="Anderes Gremium", slug="anderes-gremium") != committee


def test_agenda_items_are_numbered_and_documents_stored():
    meeting = MeetingFactory()
    assert [AgendaItemFactory(meeting=meeting).order for _ in range(2)] == [1, 2]
    document = MeetingDocumentFactory(meeting=meeting)
    assert (document.file.name, document.size) == (f"committees/meetings/{meeting.number:04d}/protokoll.pdf", len(PDF_BYTES))
    assert document.file.read() == PDF_BYTES


def test_staff_user_is_in_the_office_unless_told_otherwise():
    assert list(StaffUserFactory().groups.values_list("name", flat=True)) == [OFFICE]
    assert list(StaffUserFactory(groups=[EDITORS]).groups.values_list("name", flat=True)) == [EDITORS]
    assert not StaffUserFactory(groups=[]).groups.exists()
    user = UserFactory(permissions=["orgs.change_organisation"])
    assert (user.is_staff, user.has_perm("orgs.change_organisation"), user.check_password("x" * 12)) == (False, True, True)
