"""The database unreachable: a 503 page in the site layout and the visitor's
language with Retry-After, /healthz 503, and recovery without a restart once
the database answers again.

PostgreSQL: the connection is pointed at a port where nothing listens (the
shared server itself is never stopped). SQLite: at a database file that
cannot be opened. Either way Django really fails to connect."""

import json
import logging
from contextlib import contextmanager

import pytest
from django.db import connection

from offenbach_portal.contact.models import ContactMessage
from tests.smtp_server import free_port

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
