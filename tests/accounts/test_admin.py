"""Staff invite from the organisation's admin (button and changelist action),
see editors and open invitations there, and resend or revoke invitations."""

import pytest
from django.core import mail
from django.db import connection
from django.db.models.fields.files import FieldFile
from django.test.utils import CaptureQueriesContext

from offenbach_portal.accounts import services
from offenbach_portal.accounts.models import Invitation
from offenbach_portal.core.groups import EDITORS, OFFICE
from orgs.models import OrganisationEditor
from tests.factories import StaffUserFactory, make_editor, make_organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation():
    return make_organisation("Griechische Gemeinde", slug="griechische-gemeinde")


@pytest.fixture
def office(client):
    client.force_login(StaffUserFactory(groups=[OFFICE]))
    return client


def test_the_change_page_has_the_invite_button(office, organisation):
    html = office.get(f"/admin/orgs/organisation/{organisation.pk}/change/").content.decode()
    assert f'href="/admin/orgs/organisation/{organisation.pk}/einladen/"' in html
    assert "Person zum Bearbeiten einladen" in html


def test_the_invite_page_sends_an_invitation(office, organisation, django_capture_on_commit_callbacks):
    url = f"/admin/orgs/organisation/{organisation.pk}/einladen/"
    assert office.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = office.post(url, {"email": "eleni@example.org"})
    assert (response.status_code, response["Location"]) == (302, f"/admin/orgs/organisation/{organisation.pk}/change/")
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.target) == ("eleni@example.org", organisation)
    assert [message.to for message in mail.outbox] == [["eleni@example.org"]]


def test_the_invite_page_refuses_a_bad_address(office, organisation):
    response = office.post(f"/admin/orgs/organisation/{organisation.pk}/einladen/", {"email": "kein-at"})
    assert response.status_code == 400
    assert Invitation.objects.count() == 0


def test_the_invite_page_of_a_missing_organisation_is_404(office):
    assert office.get("/admin/orgs/organisation/999999/einladen/").status_code == 404


@pytest.mark.parametrize("groups", [[EDITORS], []])
def test_staff_without_change_permission_cannot_invite(client, organisation, groups):
    client.force_login(StaffUserFactory(groups=groups))
    url = f"/admin/orgs/organisation/{organisation.pk}/einladen/"
    assert client.get(url).status_code == 403
    assert client.post(url, {"email": "eleni@example.org"}).status_code == 403
    assert Invitation.objects.count() == 0


def test_view_only_staff_see_no_button_and_cannot_invite(client, organisation):
    client.force_login(StaffUserFactory(groups=[], permissions=["orgs.view_organisation"]))
    html = client.get(f"/admin/orgs/organisation/{organisation.pk}/change/").content.decode()
    assert "/einladen/" not in html
    assert client.post(f"/admin/orgs/organisation/{organisation.pk}/einladen/", {"email": "a@example.org"}).status_code == 403
    response = client.post(
        "/admin/orgs/organisation/",
        {"action": "invite_editor", "_selected_action": [organisation.pk], "email": "a@example.org", "send_invitation": "1"},
    )
    assert Invitation.objects.count() == 0
    assert response.status_code in (200, 302)  # Django drops an action the user may not run


def test_member_editors_cannot_reach_the_admin(client, organisation):
    client.force_login(make_editor(organisation))
    response = client.get(f"/admin/orgs/organisation/{organisation.pk}/einladen/")
    assert (response.status_code, response["Location"].startswith("/admin/login/")) == (302, True)


def test_the_changelist_action_asks_for_the_address_then_invites_to_each(office, organisation, django_capture_on_commit_callbacks):
    other = make_organisation("Bulgaren in Offenbach", slug="bulgaren")
    selected = {"action": "invite_editor", "_selected_action": [organisation.pk, other.pk]}
    response = office.post("/admin/orgs/organisation/", selected)
    assert response.status_code == 200
    assert 'name="email"' in response.content.decode()
    assert Invitation.objects.count() == 0
    with django_capture_on_commit_callbacks(execute=True):
        response = office.post("/admin/orgs/organisation/", {**selected, "email": "eleni@example.org", "send_invitation": "1"})
    assert response.status_code == 302
    assert sorted(str(invitation.target) for invitation in Invitation.objects.all()) == ["Bulgaren in Offenbach", "Griechische Gemeinde"]
    assert len(mail.outbox) == 2


def test_the_change_page_lists_editors_and_open_invitations_and_removes_an_editor(office, organisation):
    editor = make_editor(organisation, email="editor@example.org")
    services.invite(organisation, "offen@example.org", None)
    services.invitation_revoke(invitation=services.invite(organisation, "zurueck@example.org", None))
    url = f"/admin/orgs/organisation/{organisation.pk}/change/"
    response = office.get(url)
    html = response.content.decode()
    assert "editor@example.org" in html and "offen@example.org" in html
    assert "zurueck@example.org" not in html
    # remove the editor through the inline's delete box, the rest of the form as it is
    data = {}
    formset = next(f for f in response.context["inline_admin_formsets"] if f.formset.model is OrganisationEditor).formset
    data.update(_management_data(response))
    data.update({f"{formset.prefix}-0-id": formset.forms[0].instance.pk, f"{formset.prefix}-0-DELETE": "on"})
    data.update(_form_fields(response))
    response = office.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    assert not OrganisationEditor.objects.filter(user=editor).exists()
    assert not editor.has_perm("orgs.edit_profile", organisation)


def _management_data(response):
    data = {}
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for key, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{key}"] = value
        for index, form in enumerate(formset.forms):
            if form.instance.pk and "id" in form.fields:
                data[f"{formset.prefix}-{index}-id"] = form.instance.pk
            for name in form.fields:
                if name not in ("id", "DELETE"):
                    value = form.initial.get(name)
                    if value is not None:
                        data[f"{formset.prefix}-{index}-{name}"] = value.pk if hasattr(value, "pk") else value
    return data


def _form_fields(response):
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None or isinstance(value, FieldFile):
            continue
        if hasattr(value, "all"):
            data[name] = [item.pk for item in value.all()]
        elif isinstance(value, list):
            data[name] = [getattr(item, "pk", item) for item in value]
        elif hasattr(value, "pk"):
            data[name] = value.pk
        else:
            data[name] = value
    return {key: value for key, value in data.items() if value != ""}


def test_invitation_admin_lists_state_and_target(office, organisation):
    services.invite(organisation, "offen@example.org", None)
    html = office.get("/admin/accounts/invitation/").content.decode()
    assert "offen@example.org" in html and "Griechische Gemeinde" in html and "offen</td>" in html


def test_invitation_admin_resend_revokes_the_old_and_mails_a_new_one(office, organisation, django_capture_on_commit_callbacks):
    old = services.invite(organisation, "offen@example.org", None)
    with django_capture_on_commit_callbacks(execute=True):
        response = office.post("/admin/accounts/invitation/", {"action": "resend", "_selected_action": [old.pk]})
    assert response.status_code == 302
    old.refresh_from_db()
    new = Invitation.objects.exclude(pk=old.pk).get()
    assert (old.state, new.state, new.email, new.target) == (
        Invitation.State.REVOKED,
        Invitation.State.OPEN,
        "offen@example.org",
        organisation,
    )
    assert len(mail.outbox) == 1


def test_invitation_admin_revoke(office, organisation):
    invitation = services.invite(organisation, "offen@example.org", None)
    office.post("/admin/accounts/invitation/", {"action": "revoke", "_selected_action": [invitation.pk]})
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.REVOKED


def test_invitation_admin_list_query_count_does_not_grow_from_1_to_30(office):
    def list_queries():
        office.get("/admin/accounts/invitation/")  # warm the caches (content types, session)
        with CaptureQueriesContext(connection) as queries:
            assert office.get("/admin/accounts/invitation/").status_code == 200
        return len(queries)

    services.invite(make_organisation("Verein 0"), "person0@example.org", StaffUserFactory())
    one = list_queries()
    for number in range(1, 30):
        services.invite(make_organisation(f"Verein {number}"), f"person{number}@example.org", StaffUserFactory())
    assert Invitation.objects.count() == 30
    assert list_queries() == one


@pytest.mark.parametrize("groups", [[EDITORS], []])
def test_staff_outside_the_office_do_not_see_invitations(client, organisation, groups):
    invitation = services.invite(organisation, "offen@example.org", None)
    client.force_login(StaffUserFactory(groups=groups))
    assert client.get("/admin/accounts/invitation/").status_code == 403
    assert client.get(f"/admin/accounts/invitation/{invitation.pk}/change/").status_code == 403
    client.post("/admin/accounts/invitation/", {"action": "revoke", "_selected_action": [invitation.pk]})
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.OPEN
