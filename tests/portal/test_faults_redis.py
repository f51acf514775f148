"""Redis down: every page and form still works, the cache and the rate
limits degrade with one log line, and they count again once Redis is back.

The test starts its own redis-server (on a free port) and stops it; sessions and
django-axes' lock counts live in the database, so logins are not affected."""

import logging

import pytest

from offenbach_portal.contact.models import ContactMessage
from offenbach_portal.core import cache as resilient
from tests.factories import PASSWORD, StaffUserFactory, UserFactory
from tests.redis_server import RedisServer

pytestmark = pytest.mark.django_db

PAGES = ["/", "/vereine/", "/aktuelles/", "/kontakt/", "/barriere-melden/", "/suche/?q=verein", "/konto/anmelden/", "/en/", "/uk/kontakt/"]
MESSAGE = {"message": "Der Kontrast ist zu schwach."}


@pytest.fixture
def redis_server(settings, monkeypatch):
    server = RedisServer().start()
    settings.CACHES = {
        "default": {
            "BACKEND": "offenbach_portal.core.cache.ResilientRedisCache",
            "LOCATION": server.url,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    monkeypatch.setattr(resilient, "PAUSE", 0)
    resilient.reset()
    yield server
    server.stop()
    resilient.reset()


def cache_lines(caplog):
    return [record.getMessage().split(":", 1)[0] for record in caplog.records if record.name == "offenbach_portal.core.cache"]


def test_with_redis_up_the_contact_rate_limit_counts_in_redis(client, redis_server, settings):
    settings.CONTACT_RATE = "2/h"
    assert [client.post("/kontakt/", MESSAGE).status_code for _ in range(3)] == [303, 303, 429]
    assert ContactMessage.objects.count() == 2


def test_redis_down_every_page_and_form_works_with_one_log_line(client, redis_server, settings, caplog):
    settings.CONTACT_RATE = "2/h"
    redis_server.stop()
    with caplog.at_level(logging.INFO):
        assert [client.get(path).status_code for path in PAGES] == [200] * len(PAGES)
        # The limit cannot count: messages are taken, none is lost, no 500.
        assert [client.post("/kontakt/", MESSAGE).status_code for _ in range(3)] == [303, 303, 303]
        assert client.post("/barriere-melden/", MESSAGE).status_code == 303
        assert client.post("/konto/passwort-vergessen/", {"email": "x@example.org"}).status_code == 302
        UserFactory(username="ada")
        response = client.post("/konto/anmelden/", {"username": "ada", "password": PASSWORD})
        assert (response.status_code, response["Location"]) == (302, "/mein-verein/")
        assert client.get("/mein-verein/").status_code == 200
        client.logout()
        StaffUserFactory(username="buero")
        assert client.post("/admin/login/?next=/admin/", {"username": "buero", "password": PASSWORD}).status_code == 302
        assert client.get("/admin/").status_code == 200
        assert client.get("/admin/contact/contactmessage/").status_code == 200
    assert ContactMessage.objects.count() == 4
    assert cache_lines(caplog) == ["Redis cache unavailable, the portal works without it (nothing cached, rate limits not counted)"]
    assert [record for record in caplog.records if record.exc_info] == []


def test_redis_back_the_rate_limit_counts_again(client, redis_server, settings, caplog):
    settings.CONTACT_RATE = "1/h"
    redis_server.stop()
    with caplog.at_level(logging.INFO):
        assert [client.post("/kontakt/", MESSAGE).status_code for _ in range(2)] == [303, 303]
        redis_server.start()
        assert [client.post("/kontakt/", MESSAGE).status_code for _ in range(2)] == [303, 429]
    assert cache_lines(caplog) == [
        "Redis cache unavailable, the portal works without it (nothing cached, rate limits not counted)",
        "Redis cache reachable again",
    ]


def test_while_redis_is_down_the_cache_is_not_asked_again_during_the_pause(redis_server, monkeypatch, caplog):
    from django.core.cache import cache

    monkeypatch.setattr(resilient, "PAUSE", 60)
    redis_server.stop()
    calls = []
    original = resilient.RedisCache.get

    def counting_get(self, *args, **kwargs):
        calls.append(args[0])
        return original(self, *args, **kwargs)

    monkeypatch.setattr(resilient.RedisCache, "get", counting_get)
    with caplog.at_level(logging.INFO):
        assert [cache.get(f"key-{n}", "miss") for n in range(5)] == ["miss"] * 5
        assert cache.add("a", 1) is False
        with pytest.raises(ValueError):
            cache.incr("a")
        assert cache.get_or_set("b", 2) == 2
        assert cache.get_many(["a", "b"]) == {}
    assert calls == ["key-0"]
    assert len(cache_lines(caplog)) == 1
