import datetime
import io

import pytest
from django.core.management import call_command

from committees import demo
from committees.models import (
    Chair,
    Committee,
    Meeting,
    MeetingDocument,
    Membership,
    TopicArea,
)
from orgs.models import Person

pytestmark = pytest.mark.django_db


def counts():
    return [model.objects.count() for model in (Committee, Chair, Membership, TopicArea, Meeting, MeetingDocument, Person)]


def test_demo_loads_the_meetings_the_facts_know():
    demo.load(io.StringIO())
    assert list(Meeting.objects.order_by("number").values_list("number", flat=True)) == [25, 26, 29, 30, 31, 32]
    assert Meeting.objects.get(number=26).date == datetime.date(2021, 1, 19)
    assert Meeting.objects.get(number=26).is_online is True
    assert Meeting.objects.get(number=25).date_is_approximate is True
    assert Meeting.objects.get(number=31).date == datetime.date(2024, 11, 5)


def test_demo_meeting_29_has_its_presenters_in_their_public_roles():
    demo.load(io.StringIO())
    items = Meeting.objects.get(number=29, date=datetime.date(2022, 5, 24)).agenda_items.all()
    presenters = [(p.name, p.organisation.name) for item in items for p in item.presenters.all()]
    assert presenters == [("Dagmar Wiegand", "Sozialamt"), ("Katja Lenz", "Amt für Öffentlichkeitsarbeit")]


def test_demo_has_two_current_chairs_and_the_founding_year():
    demo.load(io.StringIO())
    committee = Committee.objects.get()
    current = [chair.person.name for chair in committee.chairs.filter(until__isnull=True)]
    assert (committee.founded, current) == (2007, ["Martin Wilhelm", "Abdelkader Rafoud"])
    assert [bool(getattr(committee, f"purpose_{language}")) for language in ["de", "en", "uk", "ru"]] == [True] * 4


def test_demo_upcoming_meeting_is_marked_as_invented():
    demo.load(io.StringIO())
    meeting = Meeting.objects.get(number=32)
    assert (meeting.state, meeting.date.year) == (Meeting.State.PLANNED, 2027)
    assert meeting.title.startswith("Demo:")
    assert "erfundenes Beispiel" in meeting.summary


def test_demo_is_idempotent():
    demo.load(io.StringIO())
    first = counts()
    output = io.StringIO()
    demo.load(output)
    assert counts() == first
    assert "Sitzungen: 0 neu, 6 vorhanden" in output.getvalue()


def test_demo_runs_after_the_orgs_demo_in_load_demo(client):
    call_command("load_demo", stdout=io.StringIO())
    call_command("load_demo", stdout=io.StringIO())
    assert Membership.objects.count() == 10
    assert client.get("/kompetenzteam/").status_code == 200
    for number in [25, 26, 29, 30, 31, 32]:
        assert client.get(f"/kompetenzteam/sitzungen/{number}/").status_code == 200


def test_demo_has_a_registration_and_a_proposal_by_the_demo_editor(client):
    from committees.models import AttendanceRegistration, TopicProposal

    demo.load(io.StringIO())
    demo.load(io.StringIO())  # idempotent
    registration = AttendanceRegistration.objects.get()
    proposal = TopicProposal.objects.get()
    assert (registration.meeting.number, registration.organisation.name, registration.registered_by.username) == (
        32,
        "Griechischer Elternverein",
        "verein-editor",
    )
    assert (proposal.organisation.name, proposal.proposed_by.username, proposal.state) == (
        "Griechischer Elternverein",
        "verein-editor",
        TopicProposal.State.PROPOSED,
    )
    response = client.post("/konto/anmelden/", {"username": "verein-editor", "password": "demo-verein-2026"})
    assert (response.status_code, response.url) == (302, "/mein-verein/")
    html = client.get("/mein-verein/").content.decode()
    assert "Teilnahme ändern" in html and "Demo: Elternarbeit in mehrsprachigen Familien" in html


def test_demo_uses_the_member_organisation_the_demo_editor_already_edits():
    """When the directory's demo bound the editor to another member organisation, that one is used."""
    from django.contrib.auth import get_user_model

    from committees.models import TopicProposal
    from tests.factories import make_editor

    demo.load(io.StringIO())
    TopicProposal.objects.all().delete()
    organisation = Membership.objects.get(organisation__name="Bulgaren in Offenbach e.V.").organisation
    user = get_user_model().objects.get(username="verein-editor")
    user.organisation_editor_links.all().delete()
    make_editor(organisation, user=user)
    demo.load(io.StringIO())
    assert TopicProposal.objects.get().organisation == organisation
