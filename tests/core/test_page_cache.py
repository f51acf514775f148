"""The whole-page cache for anonymous visitors (offenbach_portal/core/pagecache.py)."""

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.contrib import messages
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

from committees.models import Tombstone
from offenbach_portal.core import pagecache
from offenbach_portal.core.pagecache import PageCacheMiddleware
from orgs.models import Language, Organisation
from tests.factories import StaffUserFactory, UserFactory, make_organisation

pytestmark = pytest.mark.django_db

PROJECT = Path(__file__).resolve().parents[2]
EDIT_LINK = "Im Backoffice bearbeiten"


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    """The suite runs without the page cache (pyproject.toml); here it is on, as in production."""
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def organisation():
    return make_organisation("Griechische Gemeinde", description="Ein Verein für alle.")


def test_second_anonymous_request_is_served_from_the_cache_without_queries(client, organisation, django_assert_num_queries):
    url = organisation.get_absolute_url()
    first = client.get(url)
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second.status_code == 200
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == "text/html; charset=utf-8"
    assert second["ETag"] == first["ETag"]
    assert second["Cache-Control"] == "public, max-age=60"
    assert "Cookie" in second["Vary"]
    # The security headers of the outer middleware come on a kept page as on a fresh one.
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["X-Frame-Options"] == "DENY"


def test_max_age_and_server_lifetime_are_settings(client, organisation, settings):
    settings.PAGE_CACHE_MAX_AGE = 15
    assert client.get(organisation.get_absolute_url())["Cache-Control"] == "public, max-age=15"
    settings.PAGE_CACHE_SECONDS = 0
    response = client.get(organisation.get_absolute_url())
    assert "X-Page-Cache" not in response
    assert response["Cache-Control"] == "private, no-cache"


def test_kept_page_is_fresh_after_an_edit(client, organisation):
    url = organisation.get_absolute_url()
    client.get(url)
    organisation.name = "Griechische Gemeinde Offenbach e. V."
    organisation.save()
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Griechische Gemeinde Offenbach e. V." in response.content.decode()


def test_kept_page_is_fresh_after_a_change_of_a_many_to_many_relation(client, organisation):
    url = organisation.get_absolute_url()
    client.get(url)
    organisation.languages.add(Language.objects.get(code="el"))
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Griechisch" in response.content.decode()


def test_kept_page_is_fresh_after_a_delete(client, organisation):
    url = organisation.get_absolute_url()
    assert client.get(url).status_code == 200
    organisation.delete()
    assert client.get(url).status_code == 404


def test_models_without_history_do_not_invalidate_unless_registered():
    assert pagecache.invalidates_pages(Organisation)
    assert not pagecache.invalidates_pages(Tombstone)


@pytest.mark.parametrize("prefix", ["/en", "/uk", "/ru"])
def test_each_language_is_kept_apart(client, organisation, prefix):
    url = organisation.get_absolute_url()
    german = client.get(url)
    other = client.get(prefix + url)
    assert other["X-Page-Cache"] == "miss"
    assert f'<html lang="{prefix[1:]}"' in other.content.decode()
    assert client.get(prefix + url)["X-Page-Cache"] == "hit"
    again = client.get(url)
    assert again["X-Page-Cache"] == "hit"
    assert again.content == german.content


def test_head_is_answered_from_the_kept_get(client, organisation, django_assert_num_queries):
    client.get(organisation.get_absolute_url())
    with django_assert_num_queries(0):
        response = client.head(organisation.get_absolute_url())
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"
    assert response.content == b""


def test_head_alone_fills_no_cache(client, organisation):
    client.head(organisation.get_absolute_url())
    assert client.get(organisation.get_absolute_url())["X-Page-Cache"] == "miss"


def test_conditional_request_answers_304(client, organisation, django_assert_num_queries):
    url = organisation.get_absolute_url()
    etag = client.get(url)["ETag"]
    with django_assert_num_queries(0):
        response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    # A page rendered anew with the same content answers 304 too; a changed one does not.
    cache.clear()
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    organisation.name = "Neuer Name"
    organisation.save()
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_logged_in_staff_never_get_a_kept_page(client, organisation):
    url = organisation.get_absolute_url()
    client.get(url)
    client.force_login(StaffUserFactory(first_name="Erika", last_name="Mustermann"))
    response = client.get(url)
    assert "X-Page-Cache" not in response
    assert response["Cache-Control"] == "private, no-cache"
    assert EDIT_LINK in response.content.decode()


@pytest.mark.parametrize("user_factory", [StaffUserFactory, UserFactory])
def test_logged_in_users_never_fill_the_cache(client, organisation, user_factory):
    url = organisation.get_absolute_url()
    client.force_login(user_factory())
    logged_in = client.get(url).content.decode()
    assert "Mein Verein" in logged_in
    anonymous = client.__class__().get(url)
    assert anonymous["X-Page-Cache"] == "miss"
    html = anonymous.content.decode()
    assert "Mein Verein" not in html
    assert EDIT_LINK not in html
    assert f"/admin/orgs/organisation/{organisation.pk}/change/" not in html


@pytest.mark.parametrize("cookie", ["sessionid", "messages"])
def test_visitor_with_a_session_or_messages_cookie_is_not_served_from_the_cache(client, organisation, cookie):
    url = organisation.get_absolute_url()
    client.get(url)
    client.cookies[cookie] = "x"
    assert "X-Page-Cache" not in client.get(url)


@pytest.mark.parametrize("path", ["/konto/anmelden/", "/en/konto/anmelden/", "/admin/login/", "/mein-verein/", "/healthz"])
def test_account_admin_member_pages_and_health_are_never_kept(client, path):
    client.get(path)
    response = client.get(path)
    assert "X-Page-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_not_found_is_not_kept(client):
    client.get("/vereine/gibt-es-nicht/")
    response = client.get("/vereine/gibt-es-nicht/")
    assert response.status_code == 404
    assert "X-Page-Cache" not in response


def _through_middleware(view, path="/seite/"):
    """One anonymous GET through session, message and page cache middleware, as in the stack."""
    request = RequestFactory().get(path)
    SessionMiddleware(lambda request: None).process_request(request)
    MessageMiddleware(lambda request: None).process_request(request)
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    return PageCacheMiddleware(view)(request)


def test_pages_with_a_csrf_token_a_message_or_a_cookie_are_not_kept():
    def with_token(request):
        return HttpResponse(f'<form><input name="csrfmiddlewaretoken" value="{get_token(request)}"></form>')

    def with_message(request):
        messages.success(request, "Gespeichert.")
        return HttpResponse("<p>Seite</p>")

    def with_shown_message(request):
        storage = messages.get_messages(request)
        storage.add(messages.INFO, "Hinweis")
        text = "".join(str(message) for message in storage)
        return HttpResponse(f"<p>{text}</p>")

    def with_cookie(request):
        response = HttpResponse("<p>Seite</p>")
        response.set_cookie("zaehler", "1")
        return response

    def private(request):
        response = HttpResponse("<p>Nur für Sie</p>")
        response["Cache-Control"] = "private"
        return response

    for view in (with_token, with_message, with_shown_message, with_cookie, private):
        response = _through_middleware(view)
        assert response.status_code == 200, view.__name__
        assert "X-Page-Cache" not in response, view.__name__
        assert "public" not in response["Cache-Control"], view.__name__
        assert _through_middleware(view)["Cache-Control"] == response["Cache-Control"]

    plain = _through_middleware(lambda request: HttpResponse("<p>Seite</p>"))
    assert plain["X-Page-Cache"] == "miss"
    assert _through_middleware(lambda request: HttpResponse("anders"))["X-Page-Cache"] == "hit"


def test_unreachable_cache_serves_uncached_and_saves_still_work(client, organisation, settings):
    # The cache backend production uses with REDIS_URL, pointed at a port nobody listens on.
    settings.CACHES = {"default": {"BACKEND": "offenbach_portal.core.cache.ResilientRedisCache", "LOCATION": "redis://127.0.0.1:1/0"}}
    response = client.get(organisation.get_absolute_url())
    assert response.status_code == 200
    assert "X-Page-Cache" in response  # tried, and served the page anyway
    # Parts kept with the pages (the directory's filter choices, the news years) are built afresh.
    assert [client.get(path).status_code for path in ("/vereine/", "/aktuelles/")] == [200, 200]
    organisation.name = "Gespeichert ohne Cache"
    organisation.save()
    assert "Gespeichert ohne Cache" in client.get(organisation.get_absolute_url()).content.decode()


# Two processes sharing Redis. The test database is not visible to another
# process (SQLite in memory; PostgreSQL inside the test's transaction), so the
# other process cannot save the organisation itself. What a save in another
# process does to this one is exactly one thing: it replaces the content
# version in the shared Redis. So: the edit lands in the database without a
# signal in this process (a queryset update), this process still serves the
# kept page (nothing here knew), then a separate `manage.py shell` process
# against the same Redis runs what its save signal runs, and this process
# serves the edited page.


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    server = shutil.which("redis-server") or "/usr/bin/redis-server"
    port = _free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_an_edit_in_another_process_sharing_redis_makes_the_page_fresh(client, organisation, settings, redis_url):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}}
    url = organisation.get_absolute_url()
    assert client.get(url)["X-Page-Cache"] == "miss"
    Organisation.objects.filter(pk=organisation.pk).update(name="Anderswo geändert")
    kept = client.get(url)
    assert kept["X-Page-Cache"] == "hit"
    assert "Anderswo geändert" not in kept.content.decode()

    other_process = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "--no-imports",
            "-c",
            "from offenbach_portal.core.pagecache import _content_changed; from orgs.models import Organisation; "
            "_content_changed(sender=Organisation, instance=Organisation())",
        ],
        cwd=PROJECT,
        env={"PATH": "/usr/bin:/bin", "SECRET_KEY": "other-process", "REDIS_URL": redis_url, "DEBUG": "0", "ALLOWED_HOSTS": "testserver"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert other_process.returncode == 0, other_process.stderr

    fresh = client.get(url)
    assert fresh["X-Page-Cache"] == "miss"
    assert "Anderswo geändert" in fresh.content.decode()


def test_kept_page_turns_stale_when_a_scheduled_publication_is_due(client):
    import datetime

    import time_machine
    from django.utils import timezone

    start = timezone.now()
    make_organisation("Geplanter Verein", published_at=start + datetime.timedelta(hours=1))
    with time_machine.travel(start, tick=False):
        assert "Geplanter Verein" not in client.get("/vereine/").content.decode()
        assert client.get("/vereine/")["X-Page-Cache"] == "hit"
    with time_machine.travel(start + datetime.timedelta(hours=1, seconds=1), tick=False):
        response = client.get("/vereine/")
    assert response["X-Page-Cache"] == "miss"
    assert "Geplanter Verein" in response.content.decode()
