import io
import os
import sqlite3
import threading
import time

import pytest
from django.core.cache import cache
from django.core.management import call_command

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _restore_reference_data(sender, **kwargs):
    """A transactional test (a migration test, the news and guide browser
    tests) empties every table afterwards; Django's `flush` then sends
    `post_migrate`, which puts the staff groups back but not the languages
    and districts that a data migration created. In production `migrate`
    leaves them alone (staff may have edited them); in the tests every later
    test in the same process expects them, so they are put back here."""
    if sender.label == "orgs":
        from orgs.reference_data import ensure_reference_data

        ensure_reference_data()


@pytest.fixture(scope="session", autouse=True)
def _reference_data_after_flush():
    from django.db.models.signals import post_migrate

    post_migrate.connect(_restore_reference_data, dispatch_uid="tests-restore-reference-data")
    yield
    post_migrate.disconnect(dispatch_uid="tests-restore-reference-data")


@pytest.fixture(autouse=True)
def _in_its_xdist_group(request):
    """`--dist loadgroup` sends the tests of one `xdist_group` (the stack tests,
    which share one running stack) to one worker, by a suffix that pytest-xdist
    adds to their node ids. Under pytest 9.2 the suffix silently went missing:
    the group was split and the stack started twice. Should an upgrade break it
    again, the group's tests fail with this message."""
    group = request.node.get_closest_marker("xdist_group")
    if group is not None and getattr(request.config.option, "loadgroup", False):
        if not request.node.nodeid.endswith("@" + group.args[0]):
            pytest.fail(
                f"pytest-xdist did not keep this test in its group {group.args[0]!r}: check the versions of pytest and pytest-xdist"
            )


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Demo logins are created in many tests; a slow hash buys nothing here."""
    settings.PASSWORD_HASHERS = FAST_HASHERS


@pytest.fixture(scope="session")
def _browser_media(tmp_path_factory):
    return tmp_path_factory.mktemp("browser-media")


@pytest.fixture(autouse=True)
def _media_in_temporary_folders(request, settings, tmp_path):
    """Uploads and the demo's example documents never land in the checkout.
    Browser tests share their data, and so the files that belong to it."""
    root = request.getfixturevalue("_browser_media") if request.node.get_closest_marker("browser") else tmp_path
    settings.MEDIA_ROOT = root / "media"
    settings.PRIVATE_MEDIA_ROOT = root / "private-media"


@pytest.fixture(autouse=True)
def _german_to_begin_with():
    """A request to /uk/… leaves Ukrainian active in the test thread; every
    test starts in German, as the portal does."""
    from django.utils import translation

    translation.activate("de")
    yield
    translation.activate("de")


@pytest.fixture(autouse=True)
def _clear_cache():
    """The rate limit lives in the cache: every test starts with an empty one."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def browser():
    """Real headless Chromium (Debian's package) driven by Playwright.

    A missing browser is an error, not a skip: CI installs it."""
    # Playwright's sync API runs an event loop in this thread; the Django ORM
    # calls made by fixtures in the same thread are still plain synchronous calls.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium package (see README).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()
        # While Playwright's event loop runs in this thread, asgiref (and so
        # Django) keeps other database connection objects for it than before.
        # Those are closed here, while the loop still runs: pytest-django only
        # closes the others, and on PostgreSQL the test database could not be
        # dropped while a browser-time connection stayed open. (SQLite's
        # in-memory database is kept: closing it is a no-op.)
        from django.db import connections

        connections.close_all()


@pytest.fixture(scope="session")
def live_url(django_db_setup, django_db_blocker):
    """The portal served on a free local port, static files included.

    Unlike pytest-django's `live_server`, static files are not served from the
    finders but, as in production, by whitenoise from the collected, hashed
    STATIC_ROOT (`make test` runs collectstatic first)."""
    from django.db import connections
    from django.test.testcases import LiveServerThread

    with django_db_blocker.unblock():
        overrides = {}
        for connection in connections.all():
            if connection.vendor == "sqlite" and connection.is_in_memory_db():
                connection.inc_thread_sharing()
                overrides[connection.alias] = connection
        thread = LiveServerThread("localhost", lambda app: app, connections_override=overrides, port=0)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        yield f"http://localhost:{thread.port}"
        thread.terminate()
        _wait_for_request_threads()
        for connection in overrides.values():
            connection.dec_thread_sharing()


def _wait_for_request_threads(timeout=10):
    """The live server answers each browser connection in a thread of its own,
    which closes its database connections when the browser closes the
    connection. The browser contexts are closed by now; waiting for those
    threads to end keeps them from closing SQLite's shared in-memory connection
    after it is no longer shared (a warning about threads seen once at the end
    of a run)."""
    deadline = time.monotonic() + timeout
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and thread.name.endswith("(process_request_thread)"):
            thread.join(max(0.0, deadline - time.monotonic()))


def _kept_context(browser, live_url, **options):
    """A browser context kept for the whole test process, each test's tab
    opened in it. A tab of its own stays open on the live server's site, so
    that Chromium keeps that site's renderer process: a new context per test
    started a new one for every test (0.3 s of CPU each, a fifth of an axe-core
    test)."""
    context = browser.new_context(**options)
    context.new_page().goto(live_url + "/robots.txt")
    return context


def _fresh_tab(context):
    """A new tab in the kept context, with no cookie left by an earlier test
    (the demo's visitors get none, see the cookie tests)."""
    context.clear_cookies()
    tab = context.new_page()
    yield tab
    tab.close()
    context.clear_cookies()


@pytest.fixture(scope="session")
def _tab_context(browser, live_url):
    context = _kept_context(browser, live_url, locale="de-DE", bypass_csp=True)
    yield context
    context.close()


@pytest.fixture(scope="session")
def _csp_tab_context(browser, live_url):
    context = _kept_context(browser, live_url, locale="de-DE")
    yield context
    context.close()


@pytest.fixture
def page(_tab_context):
    """A browser tab. CSP is bypassed only so that axe-core can be injected;
    `csp_page` keeps the policy in force. A test that needs other settings
    (a viewport, no JavaScript) opens a context of its own."""
    yield from _fresh_tab(_tab_context)


@pytest.fixture
def csp_page(_csp_tab_context):
    yield from _fresh_tab(_csp_tab_context)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests run last, those that share a data set one after the other
    (see `browser_db`): after pytest-django's own order, nothing that expects
    an empty database follows them."""

    def order(item):
        if not item.get_closest_marker("browser"):
            return (0, 0)
        fixtures = getattr(item, "fixturenames", ())
        datasets = [name for name in BROWSER_DATASET_ORDER if name in fixtures]
        if datasets:
            return (1, BROWSER_DATASET_ORDER.index(datasets[0]))
        # Other data sets of `browser_db` next; browser tests that bring their
        # own transactional data (and empty the tables after them) come last.
        return (1, len(BROWSER_DATASET_ORDER) + (0 if "browser_db" in fixtures else 1))

    items.sort(key=order)  # stable: the order within each group stays


# The fixtures by which browser tests choose their data set, in the order they run.
BROWSER_DATASET_ORDER = ["directory_site", "demo_site", "plain_site"]


class BrowserDatabase:
    """The committed data the live server shows to the browser tests.

    A browser test cannot run inside a transaction that is rolled back
    afterwards: on PostgreSQL the live server's own connection would not see
    the data. pytest-django's `transactional_db` instead empties every table
    after each test, so the demo had to be loaded again for every test. Here
    a data set is loaded once and kept for as long as the tests that follow
    ask for the same one and leave it as it was. After each test a count of
    the rows of every table tells whether the test (or the live server on
    its behalf: a login, a sent form) changed something; then the next test
    starts from a fresh copy. A test that only updates rows must call
    `mark_changed()`. To reset, the tables are emptied and the rows are
    restored from a copy, as serialized rollback does: the migrations'
    content, serialized before the first data set was loaded, or a data set
    as it was right after its first load, so that each data set is built only
    once per test process (loading the demo takes many times longer than
    restoring it)."""

    def __init__(self):
        self.loaded = None
        self.snapshots = {}
        self.datasets = {}
        self.counts = None

    def use(self, name, load):
        if self.loaded == name:
            return
        if not self.snapshots:
            self.snapshots = self.serialize()
        if name in self.datasets:
            self.restore(self.datasets[name])
        else:
            self.restore(self.snapshots)
            load()
            self.datasets[name] = self.serialize()
        self.loaded = name
        self.counts = self.row_counts()

    def mark_changed(self):
        self.loaded = None

    def check(self):
        if self.loaded is not None and self.row_counts() != self.counts:
            self.loaded = None

    def reset(self):
        """The database as the migrations left it."""
        self.restore(self.snapshots)

    @staticmethod
    def serialize():
        """A copy of every database: of SQLite's in-memory test database a
        page-by-page copy through SQLite's backup API (milliseconds), of
        other databases their rows as serialized rollback keeps them."""
        from django.db import connections

        snapshots = {}
        for alias in connections:
            connection = connections[alias]
            if _in_memory_sqlite(connection):
                snapshots[alias] = sqlite_copy(connection)
            else:
                snapshots[alias] = connection.creation.serialize_db_to_string()
        return snapshots

    def restore(self, snapshots):
        from django.db import connections

        for alias, snapshot in snapshots.items():
            connection = connections[alias]
            if isinstance(snapshot, sqlite3.Connection):
                sqlite_restore(connection, snapshot)
                continue
            # As TransactionTestCase does: sequences keep counting, so that on
            # PostgreSQL new rows never collide with the restored ones.
            call_command("flush", verbosity=0, interactive=False, database=alias, reset_sequences=False, inhibit_post_migrate=True)
            connection.creation.deserialize_db_from_string(snapshot)
        self.loaded = None

    @staticmethod
    def row_counts():
        from django.db import connections

        counts = []
        for connection in connections.all():
            tables = sorted(connection.introspection.django_table_names(only_existing=True, include_views=False))
            quote = connection.ops.quote_name
            with connection.cursor() as cursor:
                cursor.execute("SELECT " + ", ".join(f"(SELECT COUNT(*) FROM {quote(table)})" for table in tables))
                counts.append(tuple(cursor.fetchone()))
        return counts


def _uses_django_db(item):
    """Whether pytest-django sets up the test database for `item` (its rule, in short)."""
    return bool(item.get_closest_marker("django_db")) or bool(
        {"db", "transactional_db", "live_server"} & set(getattr(item, "fixturenames", ()))
    )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, request, django_db_blocker):
    """pytest-django creates the test database only when a selected test is
    marked `django_db` or uses its database fixtures. Browser tests do neither
    (see BrowserDatabase): when only they run, create it here."""
    if any(_uses_django_db(item) for item in request.session.items):
        yield
        return
    from django.test.utils import setup_databases, teardown_databases

    with django_db_blocker.unblock():
        config = setup_databases(verbosity=request.config.option.verbose, interactive=False, aliases={"default"})
    yield
    with django_db_blocker.unblock():
        teardown_databases(config, verbosity=request.config.option.verbose)


@pytest.fixture(scope="session")
def _browser_database(live_url, django_db_blocker):
    database = BrowserDatabase()
    yield database
    if database.snapshots:
        with django_db_blocker.unblock():
            database.reset()  # the database as the browser tests found it


@pytest.fixture
def browser_db(request, _browser_database, django_db_blocker):
    """Database access for a browser test, without a transaction around it
    and without emptying the tables afterwards (see BrowserDatabase)."""
    if request.node.get_closest_marker("django_db"):
        pytest.fail(
            "A browser test takes its data from demo_site, plain_site or browser_db.use(), not from django_db: "
            "emptying the tables after it would pull the data away from the tests that share it."
        )
    with django_db_blocker.unblock():
        yield _browser_database
        _browser_database.check()


@pytest.fixture
def demo_site(browser_db, live_url):
    """The live server with the demo content that `make run` loads."""
    browser_db.use("demo", lambda: call_command("load_demo", stdout=io.StringIO()))
    return live_url


@pytest.fixture
def plain_site(browser_db, live_url):
    """The live server with only what the migrations create."""
    browser_db.use("plain", lambda: None)
    return live_url


def _in_memory_sqlite(connection):
    return connection.vendor == "sqlite" and connection.is_in_memory_db()


def sqlite_copy(connection):
    """A page-by-page copy of SQLite's in-memory test database (SQLite's backup API: milliseconds)."""
    connection.ensure_connection()
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    connection.connection.backup(copy)
    return copy


def sqlite_restore(connection, copy):
    """The test database as `sqlite_copy` found it (outside any transaction)."""
    connection.ensure_connection()
    copy.backup(connection.connection)


@pytest.fixture(scope="session")
def _demo_media(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo-media")
    return {"MEDIA_ROOT": root / "media", "PRIVATE_MEDIA_ROOT": root / "private-media"}


# The database right after the first `load_demo` of this test process (SQLite only).
_DEMO_COPIES = {}


@pytest.fixture(scope="module")
def _demo_for_module(django_db_setup, django_db_blocker, _demo_media):
    """The demo, loaded for a module and gone after the module's last test.

    On SQLite's in-memory test database the demo is loaded once per test
    process and copied; each later module gets the copy back (SQLite's
    backup API) and, after its last test, the database as it was before. On
    other databases the demo is loaded inside a transaction that is rolled
    back after the module's last test."""
    from django.db import connection, transaction
    from django.test import override_settings

    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHERS, **_demo_media):
        if _in_memory_sqlite(connection):
            before = sqlite_copy(connection)
            try:
                if "demo" in _DEMO_COPIES:
                    sqlite_restore(connection, _DEMO_COPIES["demo"])
                else:
                    call_command("load_demo", stdout=io.StringIO())
                    _DEMO_COPIES["demo"] = sqlite_copy(connection)
                yield _demo_media
            finally:
                sqlite_restore(connection, before)
            return
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_demo", stdout=io.StringIO())
            yield _demo_media
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def shared_demo(_demo_for_module, db, settings):
    """The demo content for a module whose every test reads it: loaded once,
    each test runs in a savepoint inside the module's transaction, so what a
    test changes is gone for the next one. Only for modules in which every
    database test uses it (a test without it would see the demo too)."""
    for name, value in _demo_for_module.items():
        setattr(settings, name, value)


@pytest.fixture
def demo(db):
    """The demo content that `make run` loads."""
    call_command("load_demo", stdout=io.StringIO())


# What a test measured and wants shown in the run's output (pytest hides the
# output of passing tests): `record_property("summary", text)`. Under
# pytest-xdist the properties travel with each report to the controller.
_SUMMARIES = []


def pytest_runtest_logreport(report):
    if report.when == "call":
        _SUMMARIES.extend(f"{report.nodeid}: {value}" for key, value in report.user_properties if key == "summary")


def pytest_terminal_summary(terminalreporter):
    if _SUMMARIES:
        terminalreporter.section("measured by the tests")
        for line in _SUMMARIES:
            terminalreporter.write_line(line)
