"""A draft organisation appears nowhere public; staff who may change
organisations preview it; a publication date in the future schedules it."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from offenbach_portal.core.groups import EDITORS, OFFICE
from offenbach_portal.core.publication import Status
from orgs.models import Organisation
from tests.factories import StaffUserFactory, make_organisation

pytestmark = pytest.mark.django_db

DRAFT_NAME = "Entwurfsverein Griechenland"
PREVIEW_NOTE = "Vorschau\u00a0– nicht veröffentlicht"


@pytest.fixture
def draft():
    make_organisation("Griechische Gemeinde", slug="griechische-gemeinde")
    return make_organisation(DRAFT_NAME, slug="entwurf", status=Status.DRAFT, description_de="Griechischer Tanz im Entwurf.")


def _staff(*codenames, username="mitarbeiterin"):
    return StaffUserFactory(username=username, groups=[], permissions=[f"orgs.{codename}" for codename in codenames])


def _in_group(name, username="gruppe"):
    return StaffUserFactory(username=username, groups=[name])


@pytest.mark.parametrize(
    "path",
    [
        "/vereine/",
        "/vereine/?q=Griech",
        "/vereine/?art=verein",
        "/suche/?q=Griech",
        "/sitemap-orgs.xml",
        "/vereine/export.csv",
        "/vereine/export.json",
    ],
)
def test_draft_organisation_appears_on_no_public_list(client, draft, path):
    response = client.get(path)
    assert response.status_code == 200
    content = response.content.decode()
    assert DRAFT_NAME not in content
    assert "/vereine/entwurf/" not in content


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.ARCHIVED])
def test_profile_that_is_not_published_is_404_for_visitors(client, status):
    make_organisation("Verein", slug="verein", status=status)
    assert client.get("/vereine/verein/").status_code == 404


def test_staff_with_change_permission_previews_a_draft_with_a_note(client, draft):
    client.force_login(_staff("change_organisation"))
    response = client.get("/vereine/entwurf/")
    assert response.status_code == 200
    html = response.content.decode()
    assert PREVIEW_NOTE in html
    assert f'href="/admin/orgs/organisation/{draft.pk}/change/"' in html


def test_office_previews_a_draft(client, draft):
    client.force_login(_in_group(OFFICE))
    assert client.get("/vereine/entwurf/").status_code == 200


@pytest.mark.parametrize("codenames", [(), ("view_organisation",)])
def test_staff_without_change_permission_get_404_for_a_draft(client, draft, codenames):
    client.force_login(_staff(*codenames))
    assert client.get("/vereine/entwurf/").status_code == 404


def test_editors_get_404_for_a_draft_organisation(client, draft):
    client.force_login(_in_group(EDITORS))
    assert client.get("/vereine/entwurf/").status_code == 404


def test_non_staff_with_change_permission_get_404_for_a_draft(client, draft):
    user = _staff("change_organisation")
    user.is_staff = False
    user.save()
    client.force_login(user)
    assert client.get("/vereine/entwurf/").status_code == 404


def test_published_profile_shows_no_preview_note_to_staff(client, draft):
    client.force_login(_staff("change_organisation"))
    assert PREVIEW_NOTE not in client.get("/vereine/griechische-gemeinde/").content.decode()


def test_scheduled_organisation_appears_by_itself_when_its_date_is_reached(client):
    when = timezone.now() + datetime.timedelta(days=2)
    make_organisation("Geplanter Verein", slug="geplant", status=Status.PUBLISHED, published_at=when)
    assert client.get("/vereine/geplant/").status_code == 404
    assert "Geplanter Verein" not in client.get("/vereine/").content.decode()
    with time_machine.travel(when + datetime.timedelta(minutes=1)):
        assert client.get("/vereine/geplant/").status_code == 200
        assert "Geplanter Verein" in client.get("/vereine/").content.decode()


def test_staff_preview_of_a_scheduled_profile_says_when_it_appears(client):
    make_organisation("Geplanter Verein", slug="geplant", published_at=timezone.now() + datetime.timedelta(days=2))
    client.force_login(_staff("change_organisation"))
    assert "erscheint erst ab" in client.get("/vereine/geplant/").content.decode()


def test_listed_holds_published_directory_kinds_and_an_office_only_when_asked_for():
    association = make_organisation("Verein")
    office = make_organisation("Sozialamt", kind=Organisation.Kind.CITY_OFFICE)
    make_organisation("Entwurf", status=Status.DRAFT)
    make_organisation("Amt im Entwurf", kind=Organisation.Kind.CITY_OFFICE, status=Status.DRAFT)
    assert list(Organisation.objects.listed()) == [association]
    assert list(Organisation.objects.listed(kind=Organisation.Kind.CITY_OFFICE)) == [office]


def test_is_published_follows_status_and_date():
    organisation = make_organisation("Verein")
    assert organisation.is_published
    organisation.published_at = timezone.now() + datetime.timedelta(hours=1)
    assert not organisation.is_published and organisation.is_scheduled
    organisation.status = Status.ARCHIVED
    assert not organisation.is_published and not organisation.is_scheduled


def test_admin_lists_and_filters_by_status(admin_client, draft):
    response = admin_client.get("/admin/orgs/organisation/?status__exact=entwurf")
    assert response.status_code == 200
    assert [organisation.slug for organisation in response.context["cl"].result_list] == ["entwurf"]


def test_admin_action_publishes_with_history(admin_client, draft):
    from reversion.models import Version

    response = admin_client.post("/admin/orgs/organisation/", {"action": "publish_selected", "_selected_action": [draft.pk]})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED and draft.published_at is not None
    assert [version.revision.comment for version in Version.objects.get_for_object(draft)] == ["Veröffentlicht"]


def test_admin_form_shows_status_and_publication_date(admin_client, draft):
    html = admin_client.get(f"/admin/orgs/organisation/{draft.pk}/change/").content.decode()
    assert 'name="status"' in html and 'name="published_at_0"' in html
    assert "von selbst" in html  # the help text on scheduling


def test_data_migration_maps_the_flag_to_status(transactional_db):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate([("orgs", "0004_districts")])
    old_apps = executor.loader.project_state([("orgs", "0004_districts")]).apps
    old = old_apps.get_model("orgs", "Organisation")
    old.objects.create(name="Öffentlich", slug="oeffentlich", description="x", is_published=True)
    old.objects.create(name="Versteckt", slug="versteckt", description="x", is_published=False)

    executor = MigrationExecutor(connection)
    executor.migrate([("orgs", "0005_publication_status")])
    new = executor.loader.project_state([("orgs", "0005_publication_status")]).apps.get_model("orgs", "Organisation")
    public, hidden = new.objects.get(slug="oeffentlich"), new.objects.get(slug="versteckt")
    assert (public.status, public.published_at) == (Status.PUBLISHED, public.updated_at)
    assert (hidden.status, hidden.published_at) == (Status.DRAFT, None)

    executor = MigrationExecutor(connection)
    executor.migrate([("orgs", "0004_districts")])
    back = executor.loader.project_state([("orgs", "0004_districts")]).apps.get_model("orgs", "Organisation")
    assert dict(back.objects.values_list("slug", "is_published")) == {"oeffentlich": True, "versteckt": False}

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
