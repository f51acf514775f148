import io
import os

import pytest
from django.core.cache import cache
from django.core.management import call_command

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Demo logins are created in many tests; a slow hash buys nothing here."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _media_in_temporary_folders(settings, tmp_path):
    """Uploads and the demo's example documents never land in the checkout."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"


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
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


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
        for connection in overrides.values():
            connection.dec_thread_sharing()


@pytest.fixture
def page(browser):
    """A browser tab. CSP is bypassed only so that axe-core can be injected;
    `csp_page` keeps the policy in force."""
    context = browser.new_context(locale="de-DE", bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def csp_page(browser):
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def demo(db):
    """The demo content that `make run` loads."""
    call_command("load_demo", stdout=io.StringIO())
