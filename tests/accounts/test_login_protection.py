"""Every login (member and back office) is protected against guessing by
django-axes: 5 failures for one username from one address lock that
combination for 30 minutes, counted in the database."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import SESSION_KEY

from offenbach_portal.core.groups import OFFICE
from tests.factories import PASSWORD, StaffUserFactory, UserFactory

pytestmark = pytest.mark.django_db

LOGINS = ["/konto/anmelden/", "/admin/login/"]


def fail(client, path, username, times, address="192.0.2.1"):
    responses = [client.post(path, {"username": username, "password": "falsch-falsch"}, REMOTE_ADDR=address) for _ in range(times)]
    return responses


def test_the_configuration_counts_in_the_database_per_username_and_address():
    assert settings.AXES_HANDLER == "axes.handlers.database.AxesDatabaseHandler"
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"


@pytest.mark.parametrize("path", LOGINS)
def test_four_failures_leave_the_login_open(client, path):
    user = StaffUserFactory()
    assert [r.status_code for r in fail(client, path, user.username, 4)] == [200] * 4
    response = client.post(path, {"username": user.username, "password": PASSWORD}, REMOTE_ADDR="192.0.2.1")
    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(user.pk)


@pytest.mark.parametrize("path", LOGINS)
def test_five_failures_lock_and_the_right_password_is_refused(client, path):
    user = StaffUserFactory()
    responses = fail(client, path, user.username, 5)
    assert [r.status_code for r in responses] == [200, 200, 200, 200, 429]
    response = client.post(path, {"username": user.username, "password": PASSWORD}, REMOTE_ADDR="192.0.2.1")
    assert response.status_code == 429
    assert SESSION_KEY not in client.session
    html = response.content.decode()
    assert "Anmeldung vorübergehend gesperrt" in html
    assert "Bitte versuchen Sie es in 30 Minuten noch einmal." in html
    assert settings.CONTACT_EMAIL in html
    assert "kern-alert" in html


@pytest.mark.parametrize("path", LOGINS)
def test_the_lock_holds_one_username_at_one_address_only(client, path):
    user, other = StaffUserFactory(), StaffUserFactory()
    fail(client, path, user.username, 5)
    # the same account from another address, another account from the same one
    assert client.post(path, {"username": user.username, "password": PASSWORD}, REMOTE_ADDR="198.51.100.7").status_code == 302
    client.logout()
    assert client.post(path, {"username": other.username, "password": PASSWORD}, REMOTE_ADDR="192.0.2.1").status_code == 302


@pytest.mark.parametrize(
    ("path", "title"), [("/en/konto/anmelden/", "Login temporarily blocked"), ("/admin/login/", "Login temporarily blocked")]
)
def test_the_locked_page_speaks_the_visitors_language(client, path, title):
    user = UserFactory()
    fail(client, path, user.username, 5)
    response = client.post(path, {"username": user.username, "password": PASSWORD}, REMOTE_ADDR="192.0.2.1", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 429
    assert f'<h1 class="kern-heading-x-large">{title}</h1>' in response.content.decode()


def test_behind_the_proxy_the_address_is_the_one_our_proxy_appended(client, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    user = UserFactory()
    for forged in range(5):  # the client varies the left part; our proxy appends the real address
        client.post(
            "/konto/anmelden/",
            {"username": user.username, "password": "falsch-falsch"},
            HTTP_X_FORWARDED_FOR=f"10.0.0.{forged}, 203.0.113.9",
            HTTP_X_FORWARDED_PROTO="https",
        )
    [attempt] = AccessAttempt.objects.all()
    assert (attempt.ip_address, attempt.failures_since_start) == ("203.0.113.9", 5)


def test_office_staff_unlock_by_deleting_the_attempt_in_the_admin(client):
    user = UserFactory()
    fail(client, "/konto/anmelden/", user.username, 5)
    [attempt] = AccessAttempt.objects.all()
    office = StaffUserFactory(groups=[OFFICE])
    assert office.has_perm("axes.delete_accessattempt") and office.has_perm("axes.view_accessattempt")
    staff_client = type(client)()
    staff_client.force_login(office)
    assert staff_client.get("/admin/axes/accessattempt/").status_code == 200
    response = staff_client.post(f"/admin/axes/accessattempt/{attempt.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert AccessAttempt.objects.count() == 0
    response = client.post("/konto/anmelden/", {"username": user.username, "password": PASSWORD}, REMOTE_ADDR="192.0.2.1")
    assert response.status_code == 302


def test_staff_without_the_office_group_cannot_unlock(client):
    staff = StaffUserFactory(groups=[])
    client.force_login(staff)
    assert client.get("/admin/axes/accessattempt/").status_code == 403


def test_the_session_key_rotates_on_login(client):
    user = UserFactory()
    client.get("/konto/anmelden/")
    session = client.session
    session["vorher"] = "ja"
    session.save()
    before = session.session_key
    response = client.post("/konto/anmelden/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    after = client.session.session_key
    assert before and after and after != before
    assert client.session["vorher"] == "ja"  # the data moves along, the key does not


@pytest.mark.parametrize("path", LOGINS)
def test_a_user_name_longer_than_any_account_is_a_wrong_login_not_an_error(client, path):
    username = "x" * 300
    responses = fail(client, path, username, 2)
    assert [r.status_code for r in responses] == [200, 200]
    attempt = AccessAttempt.objects.get()
    assert (attempt.username, attempt.failures_since_start) == ("x" * 150, 2)
