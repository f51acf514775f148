"""Invitations: a signed, single-use link that expires after 7 days; the
invitee sets a password and is bound to the organisation (orgs receives
`invitation_accepted`)."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import SESSION_KEY, get_user_model
from django.core import mail, signing
from django.test.client import RequestFactory
from django.utils import timezone

from offenbach_portal.accounts import services
from offenbach_portal.accounts.models import Invitation
from offenbach_portal.accounts.services import invitation_token
from orgs.models import OrganisationEditor
from tests.factories import PASSWORD, StaffUserFactory, UserFactory, make_editor, make_organisation

pytestmark = pytest.mark.django_db

NEW = "mein-Verein-2026!"


@pytest.fixture
def organisation():
    return make_organisation("Griechische Gemeinde", slug="griechische-gemeinde")


def invite(organisation, email="eleni@example.org", django_capture_on_commit_callbacks=None):
    request = RequestFactory().get("/admin/")
    return services.invite(organisation, email, StaffUserFactory(), request)


def link(invitation):
    return f"/konto/einladung/{invitation_token(invitation)}/"


def accept(client, invitation, **data):
    return client.post(link(invitation), {"name": "Eleni Beispiel", "username": "eleni", "password1": NEW, "password2": NEW, **data})


def test_invite_stores_and_mails_a_signed_link_in_every_language(organisation, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invite(organisation)
    assert (invitation.email, invitation.target, invitation.state) == ("eleni@example.org", organisation, Invitation.State.OPEN)
    assert timedelta(days=6, hours=23) < invitation.expires_at - timezone.now() <= timedelta(days=7)
    [message] = mail.outbox
    assert message.to == ["eleni@example.org"]
    assert message.subject == "Einladung zum Integrationsportal Offenbach: Griechische Gemeinde"
    paths = re.findall(r"http://testserver(/\S*konto/einladung/\S+/)", message.body)
    assert paths == [f"{prefix}{link(invitation)}" for prefix in ["", "/en", "/uk", "/ru"]]


def test_a_failed_mail_keeps_the_invitation(organisation, django_capture_on_commit_callbacks, settings):
    settings.EMAIL_BACKEND = "tests.accounts.failing_mail.Backend"
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invite(organisation)
    assert Invitation.objects.get() == invitation


def test_valid_link_shows_the_form_with_a_username_from_the_address(client, organisation):
    invitation = invite(organisation)
    response = client.get(link(invitation))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="username" value="eleni"' in html
    assert 'autocomplete="new-password"' in html
    assert "Griechische Gemeinde" in html


def test_valid_link_creates_the_account_binds_it_and_logs_in(client, organisation):
    invitation = invite(organisation)
    response = accept(client, invitation)
    assert (response.status_code, response["Location"]) == (302, "/mein-verein/")
    user = get_user_model().objects.get(username="eleni")
    assert (user.email, user.first_name, user.last_name, user.is_staff) == ("eleni@example.org", "Eleni", "Beispiel", False)
    assert user.check_password(NEW)
    assert client.session[SESSION_KEY] == str(user.pk)
    assert list(OrganisationEditor.objects.values_list("organisation", "user")) == [(organisation.pk, user.pk)]
    assert user.has_perm("orgs.edit_profile", organisation)
    invitation.refresh_from_db()
    assert (invitation.state, invitation.accepted_by) == (Invitation.State.USED, user)


def test_the_signal_carries_invitation_and_user(client, organisation):
    from offenbach_portal.accounts.signals import invitation_accepted

    received = []

    def receiver(sender, invitation, user, **kwargs):
        received.append((sender, invitation.pk, user.username))

    invitation_accepted.connect(receiver)
    try:
        invitation = invite(organisation)
        accept(client, invitation)
    finally:
        invitation_accepted.disconnect(receiver)
    assert received == [(Invitation, invitation.pk, "eleni")]


@pytest.mark.parametrize(
    ("data", "field_error"),
    [
        ({"password2": "etwas-anderes-2026"}, "Die beiden Passwörter stimmen nicht überein."),
        ({"password1": "kurz", "password2": "kurz"}, "Dieses Passwort ist zu kurz."),
        ({"password1": "1234567890123", "password2": "1234567890123"}, "Dieses Passwort ist komplett numerisch."),
        ({"username": "vergeben"}, "Dieser Benutzername ist schon vergeben."),
        ({"username": "mit leerzeichen"}, "gültigen Benutzernamen"),
    ],
)
def test_bad_input_saves_nothing(client, organisation, data, field_error):
    UserFactory(username="vergeben")
    invitation = invite(organisation)
    response = accept(client, invitation, **data)
    assert response.status_code == 400
    html = response.content.decode()
    assert field_error in html
    assert 'id="form-error-summary"' in html
    assert OrganisationEditor.objects.count() == 0
    assert get_user_model().objects.filter(email="eleni@example.org").count() == 0
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.OPEN


def test_a_receiver_that_fails_undoes_everything(client, organisation, monkeypatch):
    import orgs.invitations

    def broken(**kwargs):
        raise RuntimeError("kaputt")

    monkeypatch.setattr(orgs.invitations, "add_editor", broken)
    invitation = invite(organisation)
    client.raise_request_exception = False
    assert accept(client, invitation).status_code == 500
    assert get_user_model().objects.filter(username="eleni").count() == 0
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.OPEN


def problem(client, path):
    response = client.get(path)
    return response.status_code, response.content.decode()


def test_expired_link_says_so_and_offers_a_new_one(client, organisation):
    invitation = invite(organisation)
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    status, html = problem(client, link(invitation))
    assert status == 410
    assert "Dieser Einladungslink ist abgelaufen" in html
    assert f'action="{link(invitation)}neu-anfordern/"' in html
    assert 'name="password1"' not in html
    assert accept(client, invitation).status_code == 410
    assert get_user_model().objects.filter(username="eleni").count() == 0


def test_used_link_says_so_and_offers_a_new_one(client, organisation):
    invitation = invite(organisation)
    accept(client, invitation)
    client.logout()
    status, html = problem(client, link(invitation))
    assert status == 410
    assert "Dieser Einladungslink wurde schon benutzt" in html
    assert f'action="{link(invitation)}neu-anfordern/"' in html
    response = accept(client, invitation, username="eleni2")
    assert response.status_code == 410
    assert get_user_model().objects.filter(username="eleni2").count() == 0


def test_revoked_link_says_so(client, organisation):
    invitation = services.invitation_revoke(invitation=invite(organisation))
    status, html = problem(client, link(invitation))
    assert (status, "Diese Einladung wurde zurückgezogen" in html) == (410, True)


@pytest.mark.parametrize(
    "token",
    [
        "kaputt",
        lambda invitation: invitation_token(invitation)[:-2] + "xx",
        lambda invitation: signing.Signer(salt="eine-andere-salt").sign_object({"invitation": invitation.pk}),
        lambda invitation: signing.Signer(salt=services.INVITATION_SALT).sign_object({"invitation": invitation.pk + 1000}),
    ],
)
def test_altered_link_says_so_and_points_to_the_contact_form(client, organisation, token):
    invitation = invite(organisation)
    token = token(invitation) if callable(token) else token
    status, html = problem(client, f"/konto/einladung/{token}/")
    assert status == 400
    assert "Dieser Einladungslink ist ungültig" in html
    assert 'href="/kontakt/"' in html
    assert "neu-anfordern" not in html
    assert client.post(f"/konto/einladung/{token}/", {"username": "x", "password1": NEW, "password2": NEW}).status_code == 400
    assert client.post(f"/konto/einladung/{token}/neu-anfordern/").status_code == 302
    assert mail.outbox == []


def test_asking_for_a_new_invitation_mails_the_office(client, organisation, settings):
    invitation = invite(organisation)
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    response = client.post(f"{link(invitation)}neu-anfordern/")
    assert (response.status_code, response["Location"]) == (303, "/konto/einladung/angefragt/")
    [message] = mail.outbox
    assert message.to == [settings.CONTACT_EMAIL]
    assert message.reply_to == ["eleni@example.org"]
    assert message.subject == "Bitte um eine neue Einladung für eleni@example.org"
    assert "Bitte senden Sie eine neue Einladung für eleni@example.org." in message.body
    assert f"/admin/accounts/invitation/{invitation.pk}/change/" in message.body


def test_asking_for_a_new_invitation_is_rate_limited(client, organisation, settings):
    settings.INVITATION_REQUEST_RATE = "1/h"
    invitation = services.invitation_revoke(invitation=invite(organisation))
    assert client.post(f"{link(invitation)}neu-anfordern/").status_code == 303
    response = client.post(f"{link(invitation)}neu-anfordern/")
    assert response.status_code == 429
    assert len(mail.outbox) == 1


def test_an_open_invitation_cannot_be_used_to_ask_for_another(client, organisation):
    invitation = invite(organisation)
    assert client.post(f"{link(invitation)}neu-anfordern/").status_code == 302
    assert mail.outbox == []


def test_a_person_invited_to_two_organisations_edits_both(client, organisation):
    other = make_organisation("Bulgaren in Offenbach", slug="bulgaren")
    first, second = invite(organisation), invite(other)
    accept(client, first)
    user = get_user_model().objects.get(username="eleni")
    # logged in with the invited address: one click accepts the second one
    response = client.get(link(second))
    assert "Einladung annehmen" in response.content.decode() and 'name="password1"' not in response.content.decode()
    assert client.post(link(second)).status_code == 302
    assert set(user.edited_organisations.all()) == {organisation, other}
    assert user.has_perm("orgs.edit_profile", organisation) and user.has_perm("orgs.edit_profile", other)
    assert get_user_model().objects.filter(email="eleni@example.org").count() == 1


def test_an_existing_account_is_asked_to_log_in_first(client, organisation):
    user = make_editor(make_organisation("Anderer Verein"), email="eleni@example.org", username="eleni-alt")
    invitation = invite(organisation)
    html = client.get(link(invitation)).content.decode()
    assert "Zu eleni@example.org gibt es schon einen Zugang" in html
    assert 'name="password1"' not in html
    assert client.post(link(invitation), {"username": "neu", "password1": NEW, "password2": NEW}).status_code == 200
    assert get_user_model().objects.filter(email="eleni@example.org").count() == 1
    client.post("/konto/anmelden/", {"username": "eleni-alt", "password": PASSWORD})
    assert client.post(link(invitation)).status_code == 302
    assert user.has_perm("orgs.edit_profile", organisation)


def test_someone_else_logged_in_is_not_bound(client, organisation):
    other = UserFactory(email="jemand@example.org")
    client.force_login(other)
    invitation = invite(organisation)
    html = client.get(link(invitation)).content.decode()
    assert "Bitte melden Sie sich ab" in html
    client.post(link(invitation))
    assert not other.has_perm("orgs.edit_profile", organisation)
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.OPEN


def test_an_invitation_to_a_deleted_organisation_cannot_be_accepted(client, organisation):
    invitation = invite(organisation)
    organisation.delete()
    status, html = problem(client, link(invitation))
    assert (status, "Diese Einladung wurde zurückgezogen" in html) == (410, True)
    assert accept(client, invitation).status_code == 410
    assert get_user_model().objects.filter(username="eleni").count() == 0
