import pytest
from reversion.models import Version

from offenbach_portal.core.groups import OFFICE
from orgs.models import District, Offer, Organisation
from tests.factories import StaffUserFactory, make_organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def office_user():
    """A member of the Integrationsbüro group, which edits everything in orgs."""
    return StaffUserFactory(username="buero-test", groups=[OFFICE])


@pytest.mark.parametrize(
    "path",
    [
        "/admin/orgs/organisation/",
        "/admin/orgs/organisation/?kind__exact=verein&status__exact=veroeffentlicht&q=Verein",
        "/admin/orgs/organisation/add/",
        "/admin/orgs/organisation/import/",
        "/admin/orgs/organisation/export/",
        "/admin/orgs/organisation/recover/",
        "/admin/orgs/person/",
        "/admin/orgs/person/add/",
        "/admin/orgs/language/",
        "/admin/orgs/district/",
    ],
)
def test_office_staff_reach_the_organisation_admin(client, office_user, path):
    make_organisation("Verein A", languages=["de"], district="Nordend", offers=[(Offer.Category.SPORT, "Fußball")])
    client.force_login(office_user)
    assert client.get(path).status_code == 200


def test_district_list_says_that_districts_are_data(admin_client):
    html = admin_client.get("/admin/orgs/district/").content.decode()
    assert "Die Stadtteile sind Daten" in html
    assert District.objects.count() == 21


def test_change_form_shows_offers_inline_and_history(admin_client):
    organisation = make_organisation("Verein A", offers=[(Offer.Category.SPORT, "Fußball")])
    html = admin_client.get(f"/admin/orgs/organisation/{organisation.pk}/change/").content.decode()
    assert 'name="offers-0-title_de"' in html
    assert 'value="Fußball"' in html
    assert 'name="internal_contact"' in html
    assert admin_client.get(f"/admin/orgs/organisation/{organisation.pk}/history/").status_code == 200


def test_saving_in_admin_records_organisation_and_offers_in_history(admin_client):
    response = admin_client.post(
        "/admin/orgs/organisation/add/",
        {
            "name": "Neuer Verein",
            "slug": "neuer-verein",
            "kind": "verein",
            "description_de": "Wir helfen.",
            "city": "Offenbach am Main",
            "status": "veroeffentlicht",
            "offers-TOTAL_FORMS": "1",
            "offers-INITIAL_FORMS": "0",
            "offers-MIN_NUM_FORMS": "0",
            "offers-MAX_NUM_FORMS": "1000",
            "offers-0-title_de": "Hausaufgabenhilfe",
            "offers-0-category": "hausaufgabenhilfe",
            "offers-0-position": "0",
            "people-TOTAL_FORMS": "1",
            "people-INITIAL_FORMS": "0",
            "people-MIN_NUM_FORMS": "0",
            "people-MAX_NUM_FORMS": "1000",
            "people-0-name": "Ada Beispiel",
            "people-0-role": "Vorsitzende",
        },
    )
    assert response.status_code == 302
    organisation = Organisation.objects.get(slug="neuer-verein")
    version = Version.objects.get_for_object(organisation).get()
    assert sorted(v.content_type.model for v in version.revision.version_set.all()) == ["offer", "organisation", "person"]
    assert organisation.offers.get().title == "Hausaufgabenhilfe"
    assert organisation.people.get().name == "Ada Beispiel"
