"""The portal at city scale, served as in production, page type by page type.

    make bench-data      # once: demo + city-scale content into the bench's own database
    make bench           # serve it with gunicorn and measure (generates the data first if needed)

`data` creates (if needed) the PostgreSQL database named by
BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/portal_bench;
never DATABASE_URL, the project's), migrates it and fills it with
bench/citydata.py. A marker table remembers the scale: the next run reuses
the data, a run with another BENCH_SCALE (default 1; 0.1 is a tenth) starts
the database afresh.

`run` serves the portal with gunicorn as in production (bench/settings.py:
DEBUG off, BENCH_WORKERS=2 workers, the cache in Redis at BENCH_REDIS_URL,
shared by the workers; port BENCH_PORT, default 8610) and prints for every
public page type, the downloads, feeds, sitemap and two admin pages (logged
in): the queries of an uncached request (the test client against the same
database), the size, median and p95 of BENCH_REPEAT requests uncached (the
cache emptied before each) and cached (the same request again, as the next
anonymous visitor sends it), the Cache-Control header, and the throughput
with BENCH_CLIENTS concurrent clients for BENCH_SECONDS (wrk when installed,
Python threads otherwise) as a percentage of /bench/hello/ measured in the
same run. The goals of issue 14 stand beside the numbers (pass/fail); they
are not asserted anywhere."""

import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PROJECT_DATABASE_URL = os.environ.get("DATABASE_URL", "")
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"

from bench.settings import DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL  # noqa: E402

DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL)
SCALE = float(os.environ.get("BENCH_SCALE", "1"))
PORT = int(os.environ.get("BENCH_PORT", "8610"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "15"))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "8"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "3"))
# A page slower than this (median, cached) is measured with fewer requests and not
# load-tested: its requests would only queue up behind each other.
SLOW_MS = float(os.environ.get("BENCH_SLOW_MS", "1000"))
# gunicorn's worker timeout (production's default is 30 s; a slow page would be killed).
WORKER_TIMEOUT = int(os.environ.get("BENCH_WORKER_TIMEOUT", "300"))
# Uncached requests of every page per worker before the measurement (`warm_up`).
WARM_UP = int(os.environ.get("BENCH_WARM_UP", "2"))
MARKER = "bench_city_marker"
# gunicorn's log of the last run.
LOG_FILE = ROOT / ".bench-gunicorn.log"

# The goals of issue 14.
PAGE_P95_MS, SEARCH_P95_MS, DOWNLOAD_CACHED_P95_MS, CACHED_THROUGHPUT_PERCENT = 50, 100, 50, 70


def progress(message):
    print(f"  … {message}", file=sys.stderr, flush=True)


# Data


def _admin_connection():
    import psycopg

    parts = urllib.parse.urlsplit(DATABASE_URL)
    maintenance = parts._replace(path="/postgres").geturl()
    return psycopg.connect(maintenance, autocommit=True), parts.path.lstrip("/")


def _marker_scale():
    """The scale the database was filled with; None for no (complete) data; creates the database if missing."""
    import psycopg

    connection, name = _admin_connection()
    with connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')
            return None
    with psycopg.connect(DATABASE_URL) as bench:
        if not bench.execute("SELECT to_regclass(%s)", [MARKER]).fetchone()[0]:
            return None
        row = bench.execute(f"SELECT scale FROM {MARKER}").fetchone()
        return row[0] if row else None


def _recreate_database():
    connection, name = _admin_connection()
    with connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def ensure_data():
    if DATABASE_URL == PROJECT_DATABASE_URL:
        sys.exit("BENCH_DATABASE_URL must name a database of its own, not DATABASE_URL's.")
    if not DATABASE_URL.startswith(("postgres://", "postgresql://")):
        sys.exit("The benchmark measures PostgreSQL: BENCH_DATABASE_URL must be a postgres:// URL.")
    scale = _marker_scale()
    if scale is not None and abs(scale - SCALE) < 1e-9:
        progress(f"reusing the data at scale {SCALE:g} in {DATABASE_URL}")
        _setup()
        return
    if scale is not None or _has_tables():
        held = f"scale {scale:g}" if scale is not None else "an unfinished run"
        progress(f"starting {DATABASE_URL} afresh (it holds {held})")
        _recreate_database()
    _setup()
    from django.core.management import call_command
    from django.db import connection

    from bench.citydata import populate

    progress("migrating …")
    call_command("migrate", verbosity=0)
    seconds = populate(SCALE, progress=progress)
    _bench_admin()
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE {MARKER} (scale double precision NOT NULL, created_at timestamptz NOT NULL DEFAULT now())")
        cursor.execute(f"INSERT INTO {MARKER} (scale) VALUES (%s)", [SCALE])
    progress(f"data at scale {SCALE:g} generated in {seconds:.0f} s")


def _has_tables():
    import psycopg

    with psycopg.connect(DATABASE_URL) as bench:
        return bench.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] > 0


_django_ready = False


def _setup():
    global _django_ready
    if not _django_ready:
        import django

        django.setup()
        _django_ready = True


def _bench_admin():
    from django.contrib.auth import get_user_model

    User = get_user_model()
    user = User.objects.filter(username="bench-admin").first()
    if user is None:
        user = User.objects.create_superuser("bench-admin", "bench@example.org", None)
    return user


# Pages


def pages():
    """(kind, name, path) for every page type, from what the database holds."""
    from django.urls import reverse

    from committees.models import Meeting, TopicArea
    from news.guide.models import Topic
    from news.models import Article
    from orgs.models import Organisation
    from programmes.models import Project

    article = Article.objects.published().order_by("-published_at").first()
    organisation = Organisation.objects.published().filter(slug__startswith="bench-verein-").order_by("pk").first()
    meeting = Meeting.objects.published().filter(state=Meeting.State.HELD).order_by("-date").first()
    topic = TopicArea.objects.filter(agenda_items__isnull=False).distinct().order_by("order").first()
    guide_topic = Topic.objects.published().order_by("pk").first()
    project = Project.objects.published().order_by("pk").first()
    rows = [
        ("page", "home", "/"),
        ("page", "news list", reverse("news:index")),
        ("page", "news article", article.get_absolute_url()),
        ("page", "guide", reverse("news:guide")),
        ("page", "guide topic", guide_topic.get_absolute_url()),
        ("page", "directory", reverse("orgs:index")),
        ("page", "profile", organisation.get_absolute_url()),
        ("page", "Kompetenzteam", reverse("committees:index")),
        ("page", "meeting archive", reverse("committees:archive")),
        ("page", "meeting", meeting.get_absolute_url()),
        ("page", "topic page", topic.get_absolute_url()),
        ("page", "programmes", reverse("programmes:index")),
        ("page", "project", project.get_absolute_url()),
        ("search", "search", reverse("search") + "?q=Integration"),
        ("page", "open data", reverse("open-data")),
        ("download", "orgs CSV", reverse("orgs:export-csv")),
        ("download", "orgs JSON", reverse("orgs:export-json")),
        ("download", "meetings CSV", reverse("committees:export-meetings-csv")),
        ("download", "projects JSON", reverse("programmes:export-json")),
        ("download", "RSS feed", reverse("news:feed")),
        ("download", "Atom feed", reverse("news:atom")),
        ("download", "calendar (ICS)", reverse("committees:calendar")),
        ("download", "sitemap", reverse("sitemap")),
        ("admin", "admin: organisations", reverse("admin:orgs_organisation_changelist")),
        ("admin", "admin: organisation", reverse("admin:orgs_organisation_change", args=[organisation.pk])),
    ]
    return rows


def query_counts(rows, client, admin_client):
    """Queries of an uncached request (cache emptied first), with the test client against the same database."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for kind, _name, path in rows:
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            response = (admin_client if kind == "admin" else client).get(path)
        if response.status_code != 200:
            sys.exit(f"{path} answered {response.status_code} to the test client")
        counts[path] = len(captured)
    return counts


# HTTP


def get(path, cookie=None):
    """One GET over a new connection: (milliseconds, status, body bytes, Cache-Control)."""
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=WORKER_TIMEOUT + 30)
    headers = {"Cookie": cookie} if cookie else {}
    started = time.perf_counter()
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    elapsed = (time.perf_counter() - started) * 1000
    connection.close()
    return elapsed, response.status, len(body), response.getheader("Cache-Control") or ""


def timings(path, cookie, *, uncached):
    from django.core.cache import cache

    values, size, cache_control = [], 0, ""
    if not uncached:
        get(path, cookie)  # the first visitor fills the cache, if there is one
    repeat = REPEAT
    while len(values) < repeat:
        if uncached:
            cache.clear()
        elapsed, status, size, cache_control = get(path, cookie)
        if status != 200:
            sys.exit(f"{path} answered {status}")
        values.append(elapsed)
        if elapsed > SLOW_MS:
            repeat = min(repeat, 3)  # a slow page: three requests tell enough
    return statistics.median(values), percentile95(values), size, cache_control


def warm_up(rows, admin_cookie):
    """Every page WARM_UP times per worker, uncached, before anything is
    measured: a worker's first request of a page type compiles its templates
    and loads the translations, which a server running for days did long ago
    (without this the home page, measured first, paid for both workers' start)."""
    from django.core.cache import cache

    progress(f"warming up: every page {WARM_UP * WORKERS} times …")
    get("/bench/hello/")
    for _ in range(WARM_UP * WORKERS):
        for kind, _name, path in rows:
            cache.clear()
            get(path, admin_cookie if kind == "admin" else None)
    cache.clear()


def percentile95(values):
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else values[0]


def throughput(path, cookie=None):
    """Requests per second with CLIENTS concurrent clients for SECONDS."""
    url = f"http://127.0.0.1:{PORT}{path}"
    if _wrk():
        command = ["wrk", "-t", "2", "-c", str(CLIENTS), "-d", f"{SECONDS:g}s", "--timeout", "10s", url]
        if cookie:
            command[1:1] = ["-H", f"Cookie: {cookie}"]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        errors = [line for line in output.splitlines() if "Non-2xx" in line or "Socket errors" in line]
        if errors:
            sys.exit(f"wrk on {path}: {errors}")
        return float(next(line for line in output.splitlines() if line.startswith("Requests/sec:")).split()[1])
    done, stop = [0] * CLIENTS, time.perf_counter() + SECONDS

    def client(index):
        while time.perf_counter() < stop:
            get(path, cookie)
            done[index] += 1

    threads = [threading.Thread(target=client, args=(index,)) for index in range(CLIENTS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / (time.perf_counter() - started)


def _wrk():
    from shutil import which

    return which("wrk") is not None and not os.environ.get("BENCH_NO_WRK")


def serve():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings", "BENCH_DATABASE_URL": DATABASE_URL, "BENCH_REDIS_URL": REDIS_URL}
    command = [
        str(ROOT / ".venv/bin/gunicorn"),
        "offenbach_portal.wsgi",
        "--bind",
        f"127.0.0.1:{PORT}",
        "--workers",
        str(WORKERS),
        "--timeout",
        str(WORKER_TIMEOUT),
    ]
    # The server's log (one line per request) goes to a file: a pipe nobody reads would fill
    # up under load and block the workers.
    log = open(LOG_FILE, "w")
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if get("/bench/hello/")[1] == 200:
                return server
        except OSError:
            time.sleep(0.3)
        if server.poll() is not None:
            sys.exit("gunicorn did not start:\n" + LOG_FILE.read_text()[-5000:])
    server.terminate()
    sys.exit(f"gunicorn did not answer on port {PORT} within a minute")


# The report


def goals(kind, uncached_p95, cached_p95, percent):
    """[(goal, passed)] of issue 14 for a row of this kind."""
    if kind == "admin":
        return []
    if kind == "download":
        return [(f"cached p95 ≤ {DOWNLOAD_CACHED_P95_MS} ms", cached_p95 <= DOWNLOAD_CACHED_P95_MS)]
    limit = SEARCH_P95_MS if kind == "search" else PAGE_P95_MS
    return [
        (f"uncached p95 ≤ {limit} ms", uncached_p95 <= limit),
        (f"cached ≥ {CACHED_THROUGHPUT_PERCENT} % of hello", percent >= CACHED_THROUGHPUT_PERCENT),
    ]


def run():
    ensure_data()
    from django.db import connection
    from django.test import Client

    rows = pages()
    client, admin_client = Client(), Client()
    admin_client.force_login(_bench_admin())
    progress("counting queries with the test client …")
    counts = query_counts(rows, client, admin_client)
    admin_cookie = f"sessionid={admin_client.cookies['sessionid'].value}"
    database = connection.settings_dict["NAME"]
    connection.close()
    progress(f"starting gunicorn ({WORKERS} workers) on 127.0.0.1:{PORT} …")
    server = serve()
    passed = failed = 0
    hello = None
    try:
        warm_up(rows, admin_cookie)
        print(
            f"City scale {SCALE:g} on PostgreSQL ({database}), gunicorn {WORKERS} workers, Redis cache, "
            f"{REPEAT} requests per measurement, throughput with {CLIENTS} clients for {SECONDS:g} s "
            f"({'wrk' if _wrk() else 'Python threads'}), the hello view measured right before each page"
        )
        header = (
            f"{'page':<22} {'queries':>7} {'KB':>8} {'uncached ms':>12} {'p95':>7} {'cached ms':>10} {'p95':>7} "
            f"{'req/s':>7} {'hello':>6} {'% hello':>8}  {'Cache-Control':<22} goals"
        )
        print(header)
        print("-" * len(header), flush=True)
        for number, (kind, name, path) in enumerate(rows, start=1):
            cookie = admin_cookie if kind == "admin" else None
            progress(f"[{number}/{len(rows)}] {name} ({path}): uncached …")
            uncached = timings(path, cookie, uncached=True)
            progress(f"[{number}/{len(rows)}] {name}: cached …")
            cached = timings(path, cookie, uncached=False)
            if cached[0] > SLOW_MS:
                rate = None  # too slow to load-test: the requests would only queue up
            else:
                # The hello view right before the page, so that both meet the same load on the machine.
                progress(f"[{number}/{len(rows)}] {name}: throughput of hello, then of the page …")
                hello = throughput("/bench/hello/")
                rate = throughput(path, cookie)
                get("/bench/hello/")  # the queue is empty again
            percent = rate / hello * 100 if rate is not None and hello else 0
            row_goals = goals(kind, uncached[1], cached[1], percent)
            passed += sum(1 for _goal, ok in row_goals if ok)
            failed += sum(1 for _goal, ok in row_goals if not ok)
            verdict = "; ".join(f"{'pass' if ok else 'FAIL'} {goal}" for goal, ok in row_goals) or "–"
            rate_text = f"{rate:>7.0f} {hello:>6.0f} {percent:>7.0f}%" if rate is not None else f"{'–':>7} {'–':>6} {'–':>8}"
            print(
                f"{name:<22} {counts[path]:>7} {uncached[2] / 1024:>8.1f} {uncached[0]:>12.1f} {uncached[1]:>7.1f} "
                f"{cached[0]:>10.1f} {cached[1]:>7.1f} {rate_text}  {cached[3][:22]:<22} {verdict}",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(timeout=60)
    print(f"goals of issue 14: {passed} met, {failed} not met (printed here, asserted nowhere)")


def main():
    command = sys.argv[1] if len(sys.argv) > 1 else "run"
    if command == "data":
        ensure_data()
    elif command == "run":
        run()
    else:
        sys.exit("usage: bench/city.py [data|run]")


if __name__ == "__main__":
    main()
