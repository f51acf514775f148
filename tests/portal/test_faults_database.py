"""The database unreachable: a 503 page in the site layout and the visitor's
language with Retry-After, /healthz 503, and recovery without a restart once
the database answers again.

PostgreSQL: the connection is pointed at a port where nothing listens (the
shared server itself is never stopped). SQLite: at a database file that
cannot be opened. Either way Django really fails to connect."""

import json
import logging
import random
import threading
import time
from contextlib import contextmanager

import pytest
from django.db import close_old_connections, connection

from offenbach_portal.contact.models import ContactMessage
from tests.ports import free_port

pytestmark = pytest.mark.django_db(transaction=True)


@contextmanager
def database_unreachable(tmp_path):
    settings_dict = connection.settings_dict
    saved = dict(settings_dict)
    if connection.vendor == "sqlite":
        # The test database lives in memory; keep it alive while Django opens a file that cannot be opened.
        kept, connection.connection = connection.connection, None
        settings_dict["NAME"] = str(tmp_path / "no-such-folder" / "db.sqlite3")
    else:
        kept = None
        connection.close()
        settings_dict.update(HOST="127.0.0.1", PORT=str(free_port()))
    try:
        yield
    finally:
        settings_dict.clear()
        settings_dict.update(saved)
        if kept is not None:
            connection.connection = kept
        else:
            connection.close()


def test_database_down_answers_503_in_the_layout_and_recovers(client, tmp_path, caplog):
    assert client.get("/").status_code == 200
    with database_unreachable(tmp_path), caplog.at_level(logging.INFO):
        german = client.get("/vereine/")
        english = client.get("/en/vereine/")
        ukrainian = client.post("/uk/kontakt/", {"message": "Привіт"})
        health = client.get("/healthz")
    for response in (german, english, ukrainian):
        assert (response.status_code, response["Retry-After"], response["Cache-Control"]) == (503, "30", "no-store")
        assert 'class="portal-nav"' in response.content.decode()
    assert '<html lang="de"' in german.content.decode()
    assert '<h1 class="kern-heading-x-large">Vorübergehend nicht erreichbar\n</h1>' in german.content.decode()
    assert '<html lang="en"' in english.content.decode()
    assert '<h1 class="kern-heading-x-large">Temporarily unavailable\n</h1>' in english.content.decode()
    assert '<h1 class="kern-heading-x-large">Тимчасово недоступно\n</h1>' in ukrainian.content.decode()
    assert (health.status_code, health["Retry-After"]) == (503, "30")
    assert json.loads(health.content) == {"status": "error", "database": "unavailable", "detail": "OperationalError"}
    lines = [record.getMessage().split(":", 1)[0] for record in caplog.records if record.name == "offenbach_portal.core.views"]
    assert lines == [
        "Database unavailable, answered 503 for GET /vereine/",
        "Database unavailable, answered 503 for GET /en/vereine/",
        "Database unavailable, answered 503 for POST /uk/kontakt/",
    ]
    assert [record for record in caplog.records if record.exc_info] == []
    # Back without a restart: the next request connects anew.
    assert client.get("/vereine/").status_code == 200
    assert json.loads(client.get("/healthz").content)["status"] == "ok"
    assert client.post("/kontakt/", {"message": "Wieder da"}).status_code == 303
    assert list(ContactMessage.objects.values_list("message", flat=True)) == ["Wieder da"]


class BackendTerminator(threading.Thread):
    """PostgreSQL: terminates every connection to the test database at seeded
    random moments (`pg_terminate_backend`, as a server restart does), from
    its own connection; the shared server keeps running."""

    def __init__(self, seed):
        super().__init__(daemon=True)
        self.rng = random.Random(seed)
        self.stop = threading.Event()
        self.terminated = 0
        self.database = connection.settings_dict["NAME"]

    def run(self):
        import psycopg

        params = connection.get_connection_params()
        params.pop("cursor_factory", None)
        params["dbname"] = "postgres"
        with psycopg.connect(**params, autocommit=True) as admin:
            while not self.stop.wait(self.rng.uniform(0.02, 0.15)):
                rows = admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                    [self.database],
                ).fetchall()
                self.terminated += sum(1 for (done,) in rows if done)


def test_database_connections_lost_under_load_lose_no_confirmed_message(client, tmp_path, settings):
    """Contact messages are sent in a loop while the database connections are
    cut (PostgreSQL: terminated at random moments; SQLite: the database file
    unavailable for stretches of the loop). Every message that got its
    success answer (303) is stored; the others got the 503 page."""
    settings.CONTACT_RATE = "1000/h"
    rng = random.Random(15)
    terminator = BackendTerminator(15) if connection.vendor == "postgresql" else None
    confirmed, statuses = [], {}
    if terminator:
        terminator.start()
    try:
        # At least 120 messages, and on PostgreSQL on until five connections were
        # cut: the loop's speed, not the test, would otherwise decide how many.
        number, deadline = 0, time.monotonic() + 60
        while number < 120 or (terminator and terminator.terminated < 5 and time.monotonic() < deadline):
            number += 1
            text = f"Nachricht {number}"
            # What the WSGI handler does around each request (the test client leaves it out).
            close_old_connections()
            if terminator is None and rng.random() < 0.25:
                with database_unreachable(tmp_path):
                    response = client.post("/kontakt/", {"message": text})
            else:
                response = client.post("/kontakt/", {"message": text})
            close_old_connections()
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            if response.status_code == 303:
                confirmed.append(text)
    finally:
        if terminator:
            terminator.stop.set()
            terminator.join()
    connection.close()
    stored = set(ContactMessage.objects.values_list("message", flat=True))
    assert set(statuses) <= {303, 503}
    print(f"\nanswers {statuses}, connections terminated: {terminator.terminated if terminator else '-'}")
    assert statuses[303] >= 10
    assert statuses.get(503, 0) >= 1 or terminator is not None
    assert [text for text in confirmed if text not in stored] == []
    if terminator:
        assert terminator.terminated >= 5
