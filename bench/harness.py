"""What every bench script shares: Django set up against a throw-away SQLite
test database (never the project's own, never a shared one), and the timing
of pages with the test client (median of several requests, query count)."""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "offenbach_portal.settings")
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret-0123456789abcdefghijklmnopqrstuvwxyz")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ["PORTAL_HTTPS"] = "0"
os.environ.pop("DATABASE_URL", None)  # always SQLite, never a shared database

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

REPEAT = 7
DEFAULT_SIZES = [1, 30, 100, 300]


def measure(client, path):
    """Median milliseconds of REPEAT requests, and the queries of one."""
    timings, queries = [], None
    for _ in range(REPEAT):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(path)
            timings.append(time.perf_counter() - started)
        assert response.status_code == 200, (path, response.status_code)
        queries = len(captured)
    return statistics.median(timings) * 1000, queries


def run(*, unit, reset, populate, pages):
    """For each size from the command line (or DEFAULT_SIZES): `reset()`,
    `populate(size)`, then time every (name, path) of `pages(populated, size)`."""
    sizes = [int(arg) for arg in sys.argv[1:]] or DEFAULT_SIZES
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    client = Client()
    print(f"{unit:>8}  {'page':<24} {'median ms':>10} {'queries':>8}")
    try:
        for size in sizes:
            reset()
            populated = populate(size)
            for name, path in pages(populated, size):
                milliseconds, queries = measure(client, path)
                print(f"{size:>8}  {name:<24} {milliseconds:>10.1f} {queries:>8}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
