"""Kompetenzteam participation from the member area: rights follow the
membership period; attendance registration, topic proposals, members-only
documents; the admin's registrations, prefill and proposal actions."""

import datetime
from unittest import mock

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail

from committees import services
from committees.models import AgendaItem, AttendanceRegistration, Meeting, MeetingDocument, TopicProposal, today_in_berlin
from committees.rules import is_editor_of_member_org
from offenbach_portal.core.publication import Status
from tests.factories import (
    StaffUserFactory,
    UserFactory,
    make_agenda_item,
    make_document,
    make_editor,
    make_meeting,
    make_membership,
    make_organisation,
)

pytestmark = pytest.mark.django_db

MEMBERS = MeetingDocument.Visibility.MEMBERS
LOGIN = "/konto/anmelden/"


def future(days=30):
    return today_in_berlin() + datetime.timedelta(days=days)


def past(days=30):
    return today_in_berlin() - datetime.timedelta(days=days)


@pytest.fixture
def member_org():
    organisation = make_organisation("Griechischer Elternverein", slug="griechischer-elternverein")
    make_membership(organisation, since=2019)
    return organisation


@pytest.fixture
def editor(member_org):
    return make_editor(member_org, username="eleni", email="eleni@example.org")


@pytest.fixture
def upcoming():
    return make_meeting(40, date=future(), state=Meeting.State.INVITED, title="Kommende Sitzung")


def attendance_url(meeting, organisation):
    return f"/mein-verein/kompetenzteam/sitzungen/{meeting.number}/teilnahme/{organisation.slug}/"


def cancel_url(meeting, organisation):
    return attendance_url(meeting, organisation) + "abmelden/"


PROPOSE_URL = "/mein-verein/kompetenzteam/themen/neu/"


def other_org_editor():
    other = make_organisation("Anderer Mitgliedsverein")
    make_membership(other, since=2015)
    return make_editor(other, username="andere")


def non_member_editor():
    return make_editor(make_organisation("Kein Mitglied"), username="nichtmitglied")


def former_member_editor(organisation=None):
    organisation = organisation or make_organisation("Ehemaliges Mitglied")
    make_membership(organisation, since=2010, until=2020)
    return make_editor(organisation, username="ehemalig")


REFUSED = {
    "another organisation's editor": other_org_editor,
    "editor of a non-member": non_member_editor,
    "editor of a former member": former_member_editor,
    "staff": lambda: StaffUserFactory(username="buero"),
    "plain account": lambda: UserFactory(username="jemand"),
}


# Predicates


def test_is_editor_of_member_org_needs_both_the_binding_and_a_current_membership(member_org, editor):
    assert is_editor_of_member_org(editor, member_org)
    assert not is_editor_of_member_org(other_org_editor(), member_org)
    assert not is_editor_of_member_org(AnonymousUser(), member_org)
    former = make_organisation("Früher dabei")
    make_membership(former, since=2010, until=2020)
    assert not is_editor_of_member_org(make_editor(former), former)


def test_rights_end_when_the_membership_ends(client, member_org, editor, upcoming):
    document = make_document(upcoming, visibility=MEMBERS)
    client.force_login(editor)
    assert client.get(document.get_absolute_url()).status_code == 200
    assert client.get(attendance_url(upcoming, member_org)).status_code == 200
    member_org.committee_memberships.update(until=2025)
    assert client.get(document.get_absolute_url()).status_code == 404
    assert client.get(attendance_url(upcoming, member_org)).status_code == 404
    assert client.get(PROPOSE_URL).status_code == 404


def test_former_member_editor_gets_404_on_members_only_documents(client):
    meeting = make_meeting(29, date=past())
    document = make_document(meeting, visibility=MEMBERS)
    client.force_login(former_member_editor())
    assert client.get(document.get_absolute_url()).status_code == 404


def test_current_member_editor_gets_the_members_only_file(client, editor):
    meeting = make_meeting(29, date=past())
    document = make_document(meeting, visibility=MEMBERS)
    client.force_login(editor)
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_editor_of_a_former_membership_with_a_new_current_one_keeps_the_rights(client, member_org, editor):
    """An ended earlier membership does not cancel the current one."""
    make_membership(member_org, since=2005, until=2010)
    document = make_document(make_meeting(29, date=past()), visibility=MEMBERS)
    client.force_login(editor)
    assert client.get(document.get_absolute_url()).status_code == 200


# Leak tests: every view


def member_views(meeting, organisation):
    AttendanceRegistration.objects.get_or_create(meeting=meeting, organisation=organisation, defaults={"attendees": "2 Personen"})
    return [attendance_url(meeting, organisation), cancel_url(meeting, organisation), PROPOSE_URL]


@pytest.mark.parametrize("who", list(REFUSED))
@pytest.mark.parametrize("method", ["get", "post"])
def test_member_views_answer_404_to_users_who_may_not_act(client, member_org, upcoming, who, method):
    urls = member_views(upcoming, member_org)
    client.force_login(REFUSED[who]())
    for url in urls:
        if url == PROPOSE_URL and who == "another organisation's editor":
            continue  # they have a form of their own: tested below with a tampered organisation
        data = {"attendees": "Hacker", "title": "Fremd", "organisation": member_org.slug}
        response = getattr(client, method)(url, data) if method == "post" else client.get(url)
        assert response.status_code == 404, url
    registration = AttendanceRegistration.objects.get()
    assert (registration.attendees, TopicProposal.objects.count()) == ("2 Personen", 0)


@pytest.mark.parametrize("method", ["get", "post"])
def test_member_views_send_anonymous_visitors_to_the_login(client, member_org, upcoming, method):
    for url in member_views(upcoming, member_org):
        response = getattr(client, method)(url)
        assert response.status_code == 302
        assert response["Location"] == f"{LOGIN}?next={url}"
    assert AttendanceRegistration.objects.get().attendees == "2 Personen"


def test_member_views_open_for_the_editor(client, member_org, editor, upcoming):
    client.force_login(editor)
    for url in member_views(upcoming, member_org):
        assert client.get(url).status_code == 200, url


def test_tampered_organisation_in_the_path_answers_404_and_changes_nothing(client, member_org, upcoming):
    other = make_organisation("Anderer Mitgliedsverein")
    make_membership(other, since=2015)
    AttendanceRegistration.objects.create(meeting=upcoming, organisation=member_org, attendees="Eleni")
    client.force_login(make_editor(other))
    assert client.post(attendance_url(upcoming, member_org), {"attendees": "Fremd"}).status_code == 404
    assert client.post(cancel_url(upcoming, member_org)).status_code == 404
    assert client.get(attendance_url(upcoming, make_organisation("Gibt es", slug="gibt-es"))).status_code == 404
    assert list(AttendanceRegistration.objects.values_list("organisation__name", "attendees")) == [("Griechischer Elternverein", "Eleni")]


def test_tampered_organisation_in_the_proposal_form_answers_404(client, member_org):
    client.force_login(other_org_editor())
    response = client.post(PROPOSE_URL, {"organisation": member_org.slug, "title": "Untergeschoben"})
    assert response.status_code == 404
    assert TopicProposal.objects.count() == 0


# Attendance registration


def test_editor_registers_changes_and_cancels_attendance(client, member_org, editor, upcoming):
    client.force_login(editor)
    url = attendance_url(upcoming, member_org)
    response = client.post(url, {"attendees": "  Eleni Beispiel, Nikos Muster ", "note": "kommen etwas später"})
    assert response.status_code == 302
    assert response["Location"] == "/mein-verein/#kompetenzteam"
    registration = AttendanceRegistration.objects.get()
    assert (registration.attendees, registration.note, registration.registered_by) == (
        "Eleni Beispiel, Nikos Muster",
        "kommen etwas später",
        editor,
    )
    page = client.get(url)
    assert page.context["form"].initial == {"attendees": "Eleni Beispiel, Nikos Muster", "note": "kommen etwas später"}
    client.post(url, {"attendees": "3 Personen", "note": ""})
    assert list(AttendanceRegistration.objects.values_list("attendees", flat=True)) == ["3 Personen"]
    assert client.post(cancel_url(upcoming, member_org)).status_code == 302
    assert AttendanceRegistration.objects.count() == 0
    assert client.get(cancel_url(upcoming, member_org)).status_code == 404  # nothing left to cancel


def test_attendance_without_names_shows_the_error_and_stores_nothing(client, member_org, editor, upcoming):
    client.force_login(editor)
    response = client.post(attendance_url(upcoming, member_org), {"attendees": "   "})
    assert response.status_code == 400
    assert response.context["form"].errors == {"attendees": ["Bitte geben Sie an, wer kommt: Namen oder Anzahl."]}
    html = response.content.decode()
    assert "data-error-summary" in html and "Fehler:" in html
    assert AttendanceRegistration.objects.count() == 0


def test_attendance_note_over_the_limit_is_refused(client, member_org, editor, upcoming):
    client.force_login(editor)
    response = client.post(attendance_url(upcoming, member_org), {"attendees": "2", "note": "x" * 1001})
    assert response.status_code == 400
    assert AttendanceRegistration.objects.count() == 0


@pytest.mark.parametrize(
    "meeting_fields",
    [
        {"date": past(1), "state": Meeting.State.HELD},  # yesterday
        {"date": future(), "state": Meeting.State.CANCELLED},
        {"date": future(), "state": Meeting.State.PLANNED, "status": Status.DRAFT},
    ],
    ids=["past", "cancelled", "draft"],
)
def test_registration_only_for_upcoming_published_meetings(client, member_org, editor, meeting_fields):
    meeting = make_meeting(41, **meeting_fields)
    client.force_login(editor)
    assert client.get(attendance_url(meeting, member_org)).status_code == 404
    assert client.post(attendance_url(meeting, member_org), {"attendees": "2"}).status_code == 404
    assert AttendanceRegistration.objects.count() == 0


def test_registration_is_open_on_the_day_of_the_meeting(client, member_org, editor):
    meeting = make_meeting(41, date=today_in_berlin(), state=Meeting.State.INVITED)
    client.force_login(editor)
    assert client.post(attendance_url(meeting, member_org), {"attendees": "2"}).status_code == 302


def test_cancelling_keeps_the_registration_in_the_history(member_org, editor, upcoming):
    from reversion.models import Version

    services.attendance_register(meeting=upcoming, organisation=member_org, attendees="2", user=editor)
    services.attendance_cancel(meeting=upcoming, organisation=member_org, user=editor)
    assert AttendanceRegistration.objects.count() == 0
    assert Version.objects.get_deleted(AttendanceRegistration).count() == 1


# Topic proposals


def test_editor_proposes_a_topic_for_the_next_meeting(client, member_org, editor, upcoming):
    make_meeting(42, date=future(60), state=Meeting.State.PLANNED)
    client.force_login(editor)
    page = client.get(PROPOSE_URL)
    assert page.context["form"].single is True
    response = client.post(
        PROPOSE_URL, {"organisation": member_org.slug, "title": " Sprachkurse für Eltern ", "description": "Wer bietet was?"}
    )
    assert response.status_code == 302
    proposal = TopicProposal.objects.get()
    assert (proposal.organisation, proposal.proposed_by, proposal.title, proposal.meeting, proposal.state) == (
        member_org,
        editor,
        "Sprachkurse für Eltern",
        upcoming,
        TopicProposal.State.PROPOSED,
    )


def test_editor_of_several_member_organisations_chooses_one(client, member_org, editor):
    second = make_organisation("Zweiter Verein", slug="zweiter-verein")
    make_membership(second, since=2021)
    make_editor(second, user=editor)
    non_member = make_organisation("Nicht im Kompetenzteam")
    make_editor(non_member, user=editor)
    client.force_login(editor)
    form = client.get(PROPOSE_URL).context["form"]
    assert form.single is False
    assert [choice[1] for choice in form.fields["organisation"].choices] == ["Griechischer Elternverein", "Zweiter Verein"]
    assert client.post(PROPOSE_URL, {"organisation": non_member.slug, "title": "X"}).status_code == 404
    assert client.post(PROPOSE_URL, {"organisation": "zweiter-verein", "title": "Thema"}).status_code == 302
    assert TopicProposal.objects.get().organisation == second


def test_proposal_without_a_title_is_refused(client, member_org, editor):
    client.force_login(editor)
    response = client.post(PROPOSE_URL, {"organisation": member_org.slug, "title": ""})
    assert response.status_code == 400
    assert response.context["form"].errors == {"title": ["Bitte nennen Sie das Thema."]}
    assert TopicProposal.objects.count() == 0


def _proposal(member_org, editor, meeting=None, **fields):
    return TopicProposal.objects.create(
        organisation=member_org,
        proposed_by=editor,
        title="Sprachkurse",
        description="Erste Zeile\n\n<b>Zweite</b>",
        meeting=meeting,
        **fields,
    )


def test_accepting_a_proposal_adds_an_agenda_item_and_mails_the_proposer(member_org, editor, upcoming, django_capture_on_commit_callbacks):
    make_agenda_item(upcoming, title="Begrüßung")
    proposal = _proposal(member_org, editor, upcoming)
    staff = StaffUserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        services.topic_proposal_accept(proposal=proposal, user=staff)
    proposal.refresh_from_db()
    item = proposal.agenda_item
    assert (proposal.state, item.meeting, item.order, item.title) == (TopicProposal.State.ACCEPTED, upcoming, 2, "Sprachkurse")
    assert item.description == "<p>Erste Zeile</p>\n\n<p>&lt;b&gt;Zweite&lt;/b&gt;</p>"
    assert [m.to for m in mail.outbox] == [["eleni@example.org"]]
    assert mail.outbox[0].subject == "Ihr Themenvorschlag wurde übernommen: Sprachkurse"


def test_accepting_is_atomic(member_org, editor, upcoming):
    proposal = _proposal(member_org, editor, upcoming)
    with mock.patch.object(TopicProposal, "save", side_effect=RuntimeError("Datenbank weg")), pytest.raises(RuntimeError):
        services.topic_proposal_accept(proposal=proposal, user=None)
    proposal.refresh_from_db()
    assert (proposal.state, proposal.agenda_item, AgendaItem.objects.count()) == (TopicProposal.State.PROPOSED, None, 0)


def test_accepting_without_a_meeting_takes_the_next_one_or_refuses(member_org, editor):
    proposal = _proposal(member_org, editor)
    with pytest.raises(services.NoMeetingForProposal):
        services.topic_proposal_accept(proposal=proposal, user=None)
    draft = make_meeting(50, date=future(10), state=Meeting.State.PLANNED, status=Status.DRAFT)
    services.topic_proposal_accept(proposal=proposal, user=None)
    assert AgendaItem.objects.get().meeting == draft
    with pytest.raises(services.ProposalNotOpen):
        services.topic_proposal_accept(proposal=proposal, user=None)
    assert AgendaItem.objects.count() == 1


def test_failed_mail_keeps_the_decision(member_org, editor, upcoming, django_capture_on_commit_callbacks, caplog):
    proposal = _proposal(member_org, editor, upcoming)
    with mock.patch("committees.services.EmailMessage.send", side_effect=OSError("SMTP down")):
        with django_capture_on_commit_callbacks(execute=True):
            services.topic_proposal_decline(proposal=proposal, note="Passt nicht", user=None)
    proposal.refresh_from_db()
    assert (proposal.state, proposal.staff_note) == (TopicProposal.State.DECLINED, "Passt nicht")
    assert "mail to the proposer failed" in caplog.text


# Admin


@pytest.fixture
def office_client(client):
    client.force_login(StaffUserFactory(username="buero"))
    return client


def test_admin_action_turns_a_proposal_into_an_agenda_item(office_client, member_org, editor, upcoming, django_capture_on_commit_callbacks):
    proposal = _proposal(member_org, editor, upcoming)
    with django_capture_on_commit_callbacks(execute=True):
        response = office_client.post(
            "/admin/committees/topicproposal/", {"action": "accept_proposals", "_selected_action": [proposal.pk]}, follow=True
        )
    assert response.status_code == 200
    assert [str(m) for m in response.context["messages"]] == ["1 Vorschlag ist als Tagesordnungspunkt übernommen."]
    proposal.refresh_from_db()
    assert proposal.agenda_item.meeting == upcoming
    assert len(mail.outbox) == 1


def test_admin_decline_asks_for_a_reason_then_declines(office_client, member_org, editor, upcoming, django_capture_on_commit_callbacks):
    proposal = _proposal(member_org, editor, upcoming)
    data = {"action": "decline_proposals", "_selected_action": [proposal.pk]}
    page = office_client.post("/admin/committees/topicproposal/", data)
    assert page.status_code == 200
    assert "Grund für die Ablehnung" in page.content.decode()
    empty = office_client.post("/admin/committees/topicproposal/", {**data, "apply": "1", "note": ""})
    assert empty.context["form"].errors == {"note": ["Bitte schreiben Sie einen Grund."]}
    proposal.refresh_from_db()
    assert proposal.state == TopicProposal.State.PROPOSED
    with django_capture_on_commit_callbacks(execute=True):
        office_client.post("/admin/committees/topicproposal/", {**data, "apply": "1", "note": "Schon in Sitzung 39 besprochen."})
    proposal.refresh_from_db()
    assert (proposal.state, proposal.staff_note) == (TopicProposal.State.DECLINED, "Schon in Sitzung 39 besprochen.")
    assert mail.outbox[0].subject == "Ihr Themenvorschlag wurde nicht übernommen: Sprachkurse"
    assert "Schon in Sitzung 39 besprochen." in mail.outbox[0].body


def test_admin_meeting_shows_the_registrations(office_client, member_org, upcoming):
    AttendanceRegistration.objects.create(meeting=upcoming, organisation=member_org, attendees="Eleni, Nikos")
    html = office_client.get(f"/admin/committees/meeting/{upcoming.pk}/change/").content.decode()
    assert "Anmeldungen aus dem Mitgliederbereich" in html and "Eleni, Nikos" in html
    changelist = office_client.get("/admin/committees/meeting/")
    assert [(m.number, m.registration_count) for m in changelist.context["cl"].result_list] == [(40, 1)]


def test_admin_prefills_the_attendance_of_a_past_meeting_from_the_registrations(office_client, member_org):
    meeting = make_meeting(38, date=past(2), state=Meeting.State.HELD)
    second = make_organisation("Zweiter Verein")
    for organisation in (member_org, second):
        AttendanceRegistration.objects.create(meeting=meeting, organisation=organisation, attendees="1")
    response = office_client.get(f"/admin/committees/meeting/{meeting.pk}/change/")
    form = response.context["adminform"].form
    assert sorted(form.initial["attendees"]) == sorted([member_org.pk, second.pk])
    assert [str(m) for m in response.context["messages"]] == [
        "Die teilnehmenden Organisationen sind aus 2 Anmeldungen vorausgefüllt. Bitte prüfen und speichern."
    ]
    assert meeting.attendees.count() == 0  # nothing stored before staff save


@pytest.mark.parametrize("case", ["upcoming", "already recorded", "no registrations"])
def test_admin_does_not_prefill_otherwise(office_client, member_org, case):
    meeting = make_meeting(
        38, date=future() if case == "upcoming" else past(2), state=Meeting.State.PLANNED if case == "upcoming" else Meeting.State.HELD
    )
    if case != "no registrations":
        AttendanceRegistration.objects.create(meeting=meeting, organisation=member_org, attendees="1")
    if case == "already recorded":
        meeting.attendees.set([make_organisation("War da")])
    form = office_client.get(f"/admin/committees/meeting/{meeting.pk}/change/").context["adminform"].form
    expected = [] if case != "already recorded" else [meeting.attendees.get().pk]
    assert [getattr(o, "pk", o) for o in form.initial.get("attendees", [])] == expected


def test_registrations_and_proposals_are_not_added_in_the_admin(office_client):
    assert office_client.get("/admin/committees/attendanceregistration/add/").status_code == 403
    assert office_client.get("/admin/committees/topicproposal/add/").status_code == 403


# The member area section


def test_member_area_section_lists_meetings_proposals_and_documents(client, member_org, editor, upcoming):
    AttendanceRegistration.objects.create(meeting=upcoming, organisation=member_org, attendees="Eleni")
    make_meeting(43, date=future(90), state=Meeting.State.CANCELLED)
    old = make_meeting(30, date=past(200))
    make_document(old, visibility=MEMBERS, title="Interne Liste")
    make_document(old, title="Öffentliches Protokoll")
    _proposal(member_org, editor, upcoming, state=TopicProposal.State.DECLINED, staff_note="Nicht dieses Mal")
    client.force_login(editor)
    response = client.get("/mein-verein/")
    html = response.content.decode()
    assert 'id="kompetenzteam"' in html
    assert attendance_url(upcoming, member_org) in html and cancel_url(upcoming, member_org) in html
    assert "43. Sitzung" not in html  # cancelled
    assert "Sprachkurse" in html and "abgelehnt" in html and "Nicht dieses Mal" in html
    assert "Interne Liste" in html and "Öffentliches Protokoll" not in html


@pytest.mark.parametrize("who", ["editor of a non-member", "editor of a former member", "staff", "plain account"])
def test_member_area_section_is_absent_for_others(client, who):
    client.force_login(REFUSED[who]())
    assert 'id="kompetenzteam"' not in client.get("/mein-verein/").content.decode()


def test_member_area_sends_anonymous_visitors_to_the_login(client):
    response = client.get("/mein-verein/")
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)


def test_member_area_section_speaks_ukrainian(client, member_org, editor, upcoming):
    client.force_login(editor)
    html = client.get("/uk/mein-verein/").content.decode()
    assert "Griechischer Elternverein: ще не зареєстровано." in html
    assert "Запропонувати тему для наступного засідання" in html
