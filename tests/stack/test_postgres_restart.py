"""A real PostgreSQL restart under load: the stack of `make stack` (nginx with
TLS in front of two gunicorn processes) on a PostgreSQL cluster of the test's
own, restarted twice with `pg_ctl restart -m fast` while eight visitors send
contact messages through nginx and look at the directory (a page that reads
the database). No message that got its success answer may be lost, every
other answer is the portal's 503 page (never nginx's 502), and the portal goes
on answering without a restart of its processes.

The machine's shared PostgreSQL is never restarted: the cluster is made with
Debian's initdb in a temporary folder, listens on 127.0.0.1 on a free port and
is removed afterwards. PostgreSQL refuses to run as root, so as root initdb and
pg_ctl run as the `postgres` system user. Fsync stays on: durability is what
is tested."""

import http.client
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from offenbach_portal.contact.models import ContactMessage
from offenbach_portal.deploy.stack import create_postgres_database, find_nginx
from tests.ports import free_port

from .client import Client, read_form
from .conftest import make_stack

pytestmark = pytest.mark.xdist_group("stack")

POSTGRES_VERSIONS = Path("/usr/lib/postgresql")
DATABASE = "offenbach_restart"
VISITORS = 8
LOAD_SECONDS = 15
RESTART_AT = (4, 8)  # seconds into the load
COMMAND_TIMEOUT = 60
UNAVAILABLE_HEADING = "Vorübergehend nicht erreichbar"


def postgres_bin_dir():
    """The newest /usr/lib/postgresql/<version>/bin with initdb and pg_ctl."""
    found = [folder for folder in POSTGRES_VERSIONS.glob("*/bin") if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file()]
    if not found:
        pytest.fail(
            f"initdb and pg_ctl not found in {POSTGRES_VERSIONS}/<version>/bin: install Debian's postgresql package (.ci/run needs it too)."
        )
    return max(found, key=lambda folder: tuple(int(part) for part in folder.parent.name.split(".") if part.isdigit()))


@dataclass
class PostgresCluster:
    """A throwaway cluster in `folder`: data, log and socket all inside it."""

    folder: Path
    bin_dir: Path
    port: int

    @property
    def as_postgres(self):
        return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    @property
    def data(self):
        return self.folder / "data"

    @property
    def log(self):
        return self.folder / "postgresql.log"

    def url(self, name):
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def run(self, program, *args, check=True):
        result = subprocess.run(
            [*self.as_postgres, str(self.bin_dir / program), *args],
            cwd=self.folder,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"{program} {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}\n{self.log_tail()}")
        return result

    def pg_ctl(self, command, *args, check=True):
        return self.run("pg_ctl", command, "-D", str(self.data), "-l", str(self.log), "-w", "-t", "30", *args, check=check)

    def init(self):
        # --no-sync: only initdb's own files are not flushed; the server runs with fsync on.
        self.run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync")
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write(
                f"port = {self.port}\n"
                "listen_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.folder}'\n"
                "shared_buffers = 16MB\n"
                "max_connections = 50\n"
                "fsync = on\n"
                "synchronous_commit = on\n"
            )

    def start(self):
        self.pg_ctl("start")

    def restart(self):
        self.pg_ctl("restart", "-m", "fast")

    def stop(self):
        if not (self.data / "postmaster.pid").exists():
            return
        if self.pg_ctl("stop", "-m", "fast", check=False).returncode != 0:
            self.pg_ctl("stop", "-m", "immediate", check=False)

    def connect(self, dbname):
        return psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=dbname, autocommit=True, connect_timeout=10)

    def log_tail(self, lines=30):
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return ""


@pytest.fixture
def cluster():
    bin_dir = postgres_bin_dir()
    # Not under pytest's temporary folder: that one only root may enter.
    folder = Path(tempfile.mkdtemp(prefix="offenbach-pg-"))
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(folder)
            pytest.fail("The system user `postgres` is missing: PostgreSQL refuses to run as root (install Debian's postgresql package).")
        os.chown(folder, account.pw_uid, account.pw_gid)
    the_cluster = PostgresCluster(folder=folder, bin_dir=bin_dir, port=free_port())
    try:
        the_cluster.init()
        the_cluster.start()
        yield the_cluster
    finally:
        the_cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def restart_stack(tmp_path, cluster, redis_url):
    """The stack on the cluster, migrated (the contact form needs no demo
    content), with a rate limit that eight busy visitors do not reach."""
    if find_nginx() is None:
        pytest.fail("nginx not found: install Debian's nginx package (.ci/run does).")
    database_url = cluster.url(DATABASE)
    # Redis database 1: the rate limit counts of test_stack.py (database 0) stay apart.
    the_stack = make_stack(tmp_path, database_url, redis_url.rsplit("/", 1)[0] + "/1", workers=2, CONTACT_RATE="100000/h")
    create_postgres_database(database_url)
    try:
        the_stack.manage("migrate", "--noinput", "--verbosity", "0", timeout=COMMAND_TIMEOUT)
        the_stack.start(timeout=COMMAND_TIMEOUT)
        yield the_stack
    finally:
        the_stack.stop()


FORM, SEND, READ = "GET /kontakt/", "POST /kontakt/", "GET /vereine/"  # the form page needs no database, the directory does
EXPECTED = {FORM: {"200", "503"}, SEND: {"303", "503"}, READ: {"200", "503"}}


@dataclass
class Answer:
    request: str
    outcome: str  # the status, or the name of the exception when no answer came
    sent: float
    received: float
    message: str = ""


def _outcome(response):
    if response.status == 503 and (UNAVAILABLE_HEADING not in response.text or response.header("Retry-After") != "30"):
        return "503 without the portal's page"
    return str(response.status)


def _ask(answers, request, call, message=""):
    sent = time.monotonic()
    try:
        response = call()
    except (OSError, http.client.HTTPException) as error:
        answers.append(Answer(request, error.__class__.__name__, sent, time.monotonic(), message))
        return None
    answers.append(Answer(request, _outcome(response), sent, time.monotonic(), message))
    return response


def _visitor(stack, number, until, answers):
    """Open the contact form and send it, each time with a text of its own,
    then look at the directory; again and again until `until`."""
    client = Client(stack.url, public_host=f"localhost:{stack.https_port}", cafile=stack.certificate)
    sent = 0
    while time.monotonic() < until:
        page = _ask(answers, FORM, lambda: client.get("/kontakt/"))
        if page is None or page.status != 200:
            time.sleep(0.2)
            continue
        form = read_form(page.text, having="message")
        form["message"] = f"Nachricht {number}-{sent}"
        sent += 1
        _ask(answers, SEND, lambda form=form: client.post("/kontakt/", form), form["message"])
        _ask(answers, READ, lambda: client.get("/vereine/"))


def _app_pids(stack):
    return [int((stack.state_dir / f"gunicorn-{port}.pid").read_text()) for port in stack.app_ports]


def test_a_postgres_restart_under_load_loses_no_confirmed_message(restart_stack, cluster, record_property):
    stack = restart_stack
    pids = _app_pids(stack)
    with cluster.connect(DATABASE) as db:
        first_start = db.execute("SELECT pg_postmaster_start_time()").fetchone()[0]

    answers, restarts = [], []
    begin = time.monotonic()
    with ThreadPoolExecutor(VISITORS) as pool:
        visitors = [pool.submit(_visitor, stack, number, begin + LOAD_SECONDS, answers) for number in range(VISITORS)]
        for at in RESTART_AT:
            time.sleep(max(0, begin + at - time.monotonic()))
            started = time.monotonic()
            cluster.restart()
            restarts.append((started, time.monotonic()))
        for visitor in visitors:
            visitor.result(timeout=LOAD_SECONDS + 60)  # a visitor's own failure surfaces here

    with cluster.connect(DATABASE) as db:
        stored = {message for (message,) in db.execute(f"SELECT message FROM {ContactMessage._meta.db_table}")}
        last_start = db.execute("SELECT pg_postmaster_start_time()").fetchone()[0]
    health = Client(stack.url, public_host=f"localhost:{stack.https_port}", cafile=stack.certificate).get("/healthz")

    outcomes = Counter((answer.request, answer.outcome) for answer in answers)
    confirmed = [answer for answer in answers if answer.request == SEND and answer.outcome == "303"]
    before = sum(answer.received < restarts[0][0] for answer in confirmed)
    after = sum(answer.sent > restarts[-1][1] for answer in confirmed)
    unavailable = {request: outcomes[request, "503"] for request in EXPECTED}
    cut = cluster.log.read_text(errors="replace").count("terminating connection due to administrator command")
    # Shown at the end of the run (tests/conftest.py, `pytest_terminal_summary`).
    record_property(
        "summary",
        f"PostgreSQL restarted {len(restarts)} times under load ({max(end - start for start, end in restarts):.1f} s at most): "
        f"{len(confirmed)} messages confirmed ({before} before the first restart, {after} after the last), "
        f"503 answers {unavailable}, database connections cut: {cut}, {len(answers)} requests",
    )

    assert [answer.message for answer in confirmed if answer.message not in stored] == []
    assert {(request, outcome) for (request, outcome) in outcomes if outcome not in EXPECTED[request]} == set(), outcomes
    assert before >= 10
    assert after >= 10
    # The server really went down and came back; the app processes are the same ones.
    assert last_start > first_start
    assert cut >= 1
    assert _app_pids(stack) == pids
    assert (health.status, health.text.startswith('{"status": "ok"')) == (200, True)
