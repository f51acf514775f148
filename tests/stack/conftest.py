"""The stack of `make stack` (offenbach_portal/deploy/stack.py), started once
per test process for the stack tests: nginx with TLS in front of two gunicorn
processes, on free ports, sharing a Redis the fixture starts itself and a
database of their own (pytest-django's SQLite test database lives in memory
and cannot be shared): a SQLite file in a temporary folder, or, when the
suite runs on PostgreSQL, a database named after the test database. It is
migrated and given the demo content, and dropped afterwards."""

import os
import shutil
import subprocess
import time

import dj_database_url
import pytest

from offenbach_portal.deploy.stack import ROOT, Stack, create_postgres_database, drop_postgres_database, find_nginx
from tests.ports import free_port

from .client import Client

START_TIMEOUT = 90  # seconds for the processes to answer (migrate and demo are bounded by `Stack.manage`)


def _database_url(folder):
    outer = os.environ.get("DATABASE_URL", "")
    if outer.startswith(("postgres://", "postgresql://")):
        config = dj_database_url.parse(outer)
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        # test_<name>…: what CI removes after the run should a test process die.
        name = f"test_{config['NAME']}_stack_{worker}"[:63]
        return outer.rsplit("/", 1)[0] + "/" + name
    return f"sqlite:///{folder / 'stack.sqlite3'}"


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """A Redis of the stack's own, on a free port, without persistence."""
    server = shutil.which("redis-server") or shutil.which("redis-server", path="/usr/bin:/usr/sbin")
    if server is None:
        pytest.fail("redis-server not found: install Debian's redis-server package (.ci/run does).")
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(port=port)
    deadline = time.monotonic() + 15
    while True:
        try:
            client.ping()
            break
        except redis.exceptions.ConnectionError:
            if time.monotonic() > deadline:
                process.kill()
                pytest.fail("redis-server did not start within 15 s")
            time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(timeout=10)


def make_stack(folder, database_url, redis_url, *, workers, **env):
    """A stack on free ports with its state and files in `folder` (the collected
    static files of the checkout), mail kept in memory, `env` for the app processes."""
    return Stack(
        state_dir=folder / "state",
        database_url=database_url,
        redis_url=redis_url,
        https_port=free_port(),
        http_port=free_port(),
        app_ports=(free_port(), free_port()),
        workers=workers,
        static_root=ROOT / "staticfiles",
        media_root=folder / "media",
        private_media_root=folder / "private-media",
        extra_env={"EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend", **env},
    )


@pytest.fixture(scope="session")
def stack(tmp_path_factory, redis_url):
    if find_nginx() is None:
        pytest.fail("nginx not found: install Debian's nginx package (.ci/run does).")
    folder = tmp_path_factory.mktemp("stack")
    database_url = _database_url(folder)
    postgres = database_url.startswith("postgres")
    # The page cache as in production (the rest of the suite runs without it, see pyproject.toml).
    the_stack = make_stack(folder, database_url, redis_url, workers=1, CONTACT_RATE="3/h", PAGE_CACHE_SECONDS="300")
    if postgres:
        create_postgres_database(database_url, drop_first=True)
    try:
        the_stack.prepare()
        the_stack.start(timeout=START_TIMEOUT)
        yield the_stack
    finally:
        the_stack.stop()
        if postgres:
            drop_postgres_database(database_url)


@pytest.fixture
def through_nginx(stack):
    """A visitor's browser: HTTPS to nginx, the stack's certificate trusted."""
    return Client(stack.url, public_host=f"localhost:{stack.https_port}", cafile=stack.certificate)


@pytest.fixture
def app_clients(stack):
    """Two clients sharing one cookie jar, each talking to one app process directly."""
    first = Client(f"http://127.0.0.1:{stack.app_ports[0]}", public_host=f"localhost:{stack.https_port}", cafile=stack.certificate)
    return first, first.other(f"http://127.0.0.1:{stack.app_ports[1]}")
