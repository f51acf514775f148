"""Draft meetings and a draft committee appear nowhere public; staff who may
change them preview them; the committee's permissions are rules predicates."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError

from committees.models import Chair, Meeting, MeetingDocument, Membership
from committees.rules import can_see_member_documents, is_current_committee_member
from offenbach_portal.core.groups import EDITORS, OFFICE
from offenbach_portal.core.publication import Status
from tests.factories import (
    UserFactory,
    make_agenda_item,
    make_committee,
    make_document,
    make_editor,
    make_meeting,
    make_membership,
    make_organisation,
    make_person,
)

pytestmark = pytest.mark.django_db

PREVIEW_NOTE = "Vorschau\u00a0– nicht veröffentlicht"
MEMBERS = MeetingDocument.Visibility.MEMBERS


def _member_editor(username="mitglied"):
    organisation = make_organisation(f"Verein von {username}")
    make_membership(organisation, since=2020)
    return make_editor(organisation, username=username)


def _user(username, *, group=None, codenames=(), staff=True):
    return UserFactory(
        username=username, is_staff=staff, groups=[group] if group else [], permissions=[f"committees.{codename}" for codename in codenames]
    )


@pytest.fixture
def draft_meeting():
    make_meeting(29, date=datetime.date(2024, 5, 24), title="Öffentliche Sitzung")
    meeting = make_meeting(
        30, date=datetime.date(2099, 5, 24), title="Geheimer Entwurfsschwerpunkt", status=Status.DRAFT, state=Meeting.State.PLANNED
    )
    make_agenda_item(meeting, title="Entwurfspunkt")
    return meeting


@pytest.mark.parametrize(
    "path",
    [
        "/kompetenzteam/",
        "/kompetenzteam/sitzungen/",
        "/suche/?q=Entwurf",
        "/sitemap-meetings.xml",
        "/kompetenzteam/sitzungen.ics",
    ],
)
def test_draft_meeting_appears_on_no_public_list(client, draft_meeting, path):
    response = client.get(path)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Geheimer Entwurfsschwerpunkt" not in content
    assert "/kompetenzteam/sitzungen/30/" not in content


@pytest.mark.parametrize("path", ["/kompetenzteam/sitzungen/30/", "/kompetenzteam/sitzungen/30.ics", "/kompetenzteam/sitzungen/?jahr=2099"])
def test_draft_meeting_is_404_for_visitors(client, draft_meeting, path):
    assert client.get(path).status_code == 404


def test_draft_meeting_is_not_a_neighbour_of_the_published_one(client, draft_meeting):
    response = client.get("/kompetenzteam/sitzungen/29/")
    assert response.context["following"] is None


def test_staff_with_change_permission_previews_a_draft_meeting(client, draft_meeting):
    client.force_login(_user("mitarbeiter", codenames=["change_meeting"]))
    response = client.get("/kompetenzteam/sitzungen/30/")
    assert response.status_code == 200
    html = response.content.decode()
    assert PREVIEW_NOTE in html
    assert "Entwurfspunkt" in html
    assert f'href="/admin/committees/meeting/{draft_meeting.pk}/change/"' in html


def test_office_previews_a_draft_meeting_and_its_documents(client, draft_meeting):
    document = make_document(draft_meeting, visibility=MEMBERS)
    client.force_login(_user("buero", group=OFFICE))
    assert client.get("/kompetenzteam/sitzungen/30/").status_code == 200
    assert client.get(document.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("codenames", [(), ("view_meeting",), ("change_committee",)])
def test_staff_without_change_permission_on_meetings_get_404(client, draft_meeting, codenames):
    document = make_document(draft_meeting)
    client.force_login(_user("mitarbeiter", codenames=codenames))
    assert client.get("/kompetenzteam/sitzungen/30/").status_code == 404
    assert client.get(document.get_absolute_url()).status_code == 404


def test_committee_members_do_not_preview_drafts(client, draft_meeting):
    client.force_login(_member_editor())
    assert client.get("/kompetenzteam/sitzungen/30/").status_code == 404


def test_published_meeting_shows_no_preview_note_or_edit_link_to_visitors(client, draft_meeting):
    html = client.get("/kompetenzteam/sitzungen/29/").content.decode()
    assert PREVIEW_NOTE not in html
    assert "/admin/" not in html


@pytest.fixture
def draft_committee():
    committee = make_committee(status=Status.DRAFT, purpose="<p>Geheime Aufgabe</p>")
    make_meeting(5, committee=committee, title="Sitzung eines Entwurfs")
    make_membership(make_organisation("Mitgliedsverein"), committee=committee, since=2010)
    return committee


def test_draft_committee_shows_only_a_placeholder(client, draft_committee):
    response = client.get("/kompetenzteam/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Geheime Aufgabe" not in html and "Sitzung eines Entwurfs" not in html
    assert "Zum Kompetenzteam liegen noch keine Angaben vor." in html


@pytest.mark.parametrize(
    "path",
    [
        "/kompetenzteam/sitzungen/",
        "/kompetenzteam/sitzungen.ics",
        "/sitemap-meetings.xml",
        "/sitemap-committee.xml",
        "/suche/?q=Entwurfs",
        "/vereine/mitgliedsverein/",
        "/vereine/?kompetenzteam=aktuell",
    ],
)
def test_draft_committee_and_its_meetings_appear_nowhere_public(client, draft_committee, path):
    response = client.get(path)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Sitzung eines Entwurfs" not in content
    assert "/kompetenzteam/sitzungen/5/" not in content
    assert "Mitglied im Kompetenzteam Integration seit" not in content
    if path == "/sitemap-committee.xml":
        assert "/kompetenzteam/</loc>" not in content


def test_meeting_of_a_draft_committee_is_404(client, draft_committee):
    assert client.get("/kompetenzteam/sitzungen/5/").status_code == 404


def test_staff_with_change_permission_previews_the_draft_committee(client, draft_committee):
    client.force_login(_user("mitarbeiter", codenames=["change_committee"]))
    html = client.get("/kompetenzteam/").content.decode()
    assert PREVIEW_NOTE in html and "Geheime Aufgabe" in html


def test_staff_without_change_permission_see_the_placeholder_of_a_draft_committee(client, draft_committee):
    client.force_login(_user("redaktion", group=EDITORS))
    html = client.get("/kompetenzteam/").content.decode()
    assert "Geheime Aufgabe" not in html and PREVIEW_NOTE not in html


# Members-only documents: one predicate per rule, allowed and refused at the view.


@pytest.fixture
def documents():
    meeting = make_meeting(29)
    return make_document(meeting, title="Einladung"), make_document(meeting, visibility=MEMBERS, title="Interne Liste")


def test_members_only_document_downloads_for_a_current_member_editor(client, documents):
    client.force_login(_member_editor())
    assert client.get(documents[1].get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    ("group", "staff", "expected"),
    [
        (OFFICE, True, 200),
        (EDITORS, True, 404),
        (None, True, 404),
        (None, False, 404),
    ],
)
def test_members_only_document_download(client, documents, group, staff, expected):
    client.force_login(_user("nutzerin", group=group, staff=staff))
    assert client.get(documents[1].get_absolute_url()).status_code == expected


def test_superuser_downloads_members_only_documents(admin_client, documents):
    assert admin_client.get(documents[1].get_absolute_url()).status_code == 200


def test_anonymous_visitors_get_404_for_members_only_and_200_for_public_documents(client, documents):
    public, members_only = documents
    assert client.get(public.get_absolute_url()).status_code == 200
    assert client.get(members_only.get_absolute_url()).status_code == 404


def test_editors_see_only_public_documents_on_the_meeting_page(client, documents):
    client.force_login(_user("redaktion", group=EDITORS))
    response = client.get("/kompetenzteam/sitzungen/29/")
    assert [document.title for document in response.context["documents"]] == ["Einladung"]
    assert "Interne Liste" not in response.content.decode()


def test_office_sees_members_only_documents_on_the_meeting_page(client, documents):
    client.force_login(_user("buero", group=OFFICE))
    response = client.get("/kompetenzteam/sitzungen/29/")
    assert "Interne Liste" in response.content.decode()


def test_is_current_committee_member_predicate():
    assert is_current_committee_member(_member_editor())
    assert not is_current_committee_member(_user("buero", group=OFFICE))
    assert not is_current_committee_member(AnonymousUser())


def test_document_permission_is_only_granted_for_a_document():
    """Without an object the rules backend grants nothing: the admin's model
    permissions stay with the groups."""
    member = _member_editor()
    assert can_see_member_documents(member)
    assert not member.has_perm("committees.view_meetingdocument")


# One period of years for chairs and memberships.


def test_chairs_and_memberships_share_the_period_of_years():
    committee = make_committee()
    chair = Chair(committee=committee, person=make_person(), role="Vorsitz", since=2019, until=2021)
    membership = Membership(committee=committee, organisation=make_organisation(), since=2022)
    assert (chair.years, chair.is_current) == ("2019–2021", False)
    assert (str(membership.years), membership.is_current) == ("seit 2022", True)
    assert str(Membership(since=None, until=2010).years) == "bis 2010"


@pytest.mark.parametrize("model", [Chair, Membership])
def test_period_ending_before_it_starts_is_refused(model):
    committee = make_committee()
    extra = {"person": make_person(), "role": "Vorsitz"} if model is Chair else {"organisation": make_organisation()}
    entry = model(committee=committee, since=2020, until=2019, **extra)
    with pytest.raises(ValidationError) as error:
        entry.full_clean()
    assert "Das Jahr „bis“ liegt vor dem Jahr „von“." in str(error.value)


def test_current_and_former_periods():
    old = make_membership(make_organisation("Alt"), since=2008, until=2012)
    current = make_membership(make_organisation("Neu"), since=2020)
    assert list(Membership.objects.current()) == [current]
    assert list(Membership.objects.former()) == [old]
    assert Chair.objects.current().count() == 0
