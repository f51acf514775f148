import datetime

import pytest

from committees.organisation_pages import kompetenzteam_filter
from offenbach_portal.core.publication import Status
from orgs.models import Organisation
from tests.factories import (
    make_meeting,
    make_membership,
    make_organisation,
    make_person,
)

pytestmark = pytest.mark.django_db


def test_profile_shows_membership_delegates_and_meetings_attended(client):
    organisation = make_organisation("Griechische Gemeinde")
    membership = make_membership(organisation, since=2010)
    membership.delegates.add(make_person("Eleni Beispiel"))
    meeting = make_meeting(29, date=datetime.date(2022, 5, 24), title="Geflüchtete aus der Ukraine")
    meeting.attendees.add(organisation)
    make_meeting(30, status=Status.DRAFT).attendees.add(organisation)
    html = client.get(organisation.get_absolute_url()).content.decode()
    section = html.split('id="kompetenzteam-heading"', 1)[1].split("</section>", 1)[0]
    assert "Mitglied im Kompetenzteam Integration seit 2010." in section
    assert "Delegiert: Eleni Beispiel." in section
    assert '<a class="kern-link" href="/kompetenzteam/sitzungen/29/">29. Sitzung\u00a0– Geflüchtete aus der Ukraine</a>' in section
    assert "/kompetenzteam/sitzungen/30/" not in section


def test_profile_of_a_former_member_says_so(client):
    organisation = make_organisation("Alter Verein")
    make_membership(organisation, since=2008, until=2015)
    html = client.get(organisation.get_absolute_url()).content.decode()
    assert "Ehemaliges Mitglied im Kompetenzteam Integration (2008–2015)." in html


def test_profile_without_membership_has_no_committee_section(client):
    organisation = make_organisation("Neuer Verein")
    assert 'id="kompetenzteam-heading"' not in client.get(organisation.get_absolute_url()).content.decode()


@pytest.fixture
def members():
    current = make_organisation("Aktuell e. V.")
    make_membership(current, since=2010)
    former = make_organisation("Ehemalig e. V.")
    make_membership(former, since=2008, until=2012)
    returned = make_organisation("Wieder dabei e. V.")
    make_membership(returned, since=2008, until=2010)
    make_membership(returned, since=2015)
    never = make_organisation("Nie dabei e. V.")
    return current, former, returned, never


def test_directory_filter_current_members(members):
    current, former, returned, never = members
    assert set(kompetenzteam_filter.apply(Organisation.objects.all(), "aktuell")) == {current, returned}


def test_directory_filter_former_members_excludes_those_who_came_back(members):
    current, former, returned, never = members
    assert list(kompetenzteam_filter.apply(Organisation.objects.all(), "ehemalig")) == [former]


def test_directory_filter_ignores_unknown_values(members):
    assert kompetenzteam_filter.apply(Organisation.objects.all(), "irgendwas").count() == 4


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?kompetenzteam=aktuell", ["Aktuell e. V.", "Wieder dabei e. V."]),
        ("?kompetenzteam=ehemalig", ["Ehemalig e. V."]),
    ],
)
def test_directory_page_filters_by_membership(client, members, query, expected):
    response = client.get("/vereine/" + query)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<option value="aktuell"' in html and "Mitglied im Kompetenzteam" in html
    assert [name for name in ["Aktuell e. V.", "Ehemalig e. V.", "Nie dabei e. V.", "Wieder dabei e. V."] if name in html] == expected


@pytest.mark.parametrize("count", [1, 30])
def test_profile_section_query_count_does_not_grow_with_meetings_or_memberships(client, django_assert_num_queries, count):
    organisation = make_organisation("Griechische Gemeinde")
    make_membership(organisation, since=2015).delegates.add(make_person(), make_person())
    for number in range(1, count):
        make_membership(organisation, since=1960 + number, until=1960 + number).delegates.add(make_person())
    for number in range(1, count + 1):
        make_meeting(number, date=datetime.date(2000, 1, 1) + datetime.timedelta(days=30 * number)).attendees.add(organisation)
    # organisation, languages, offers, people (the profile itself), then memberships, their delegates, meetings attended,
    # the articles about the organisation (news), and the projects and portraying publications (programmes)
    with django_assert_num_queries(10):
        response = client.get(organisation.get_absolute_url())
    html = response.content.decode()
    assert html.count('href="/kompetenzteam/sitzungen/') == count
