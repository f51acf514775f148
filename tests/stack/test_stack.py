"""The production-like stack (`make stack`): nginx with TLS in front of two
gunicorn processes that share the database and Redis. What one process
knows, the other knows at once; nginx serves files itself, members-only files
only after the app said yes, compresses HTML and hides its version.

All tests share one stack (see conftest.py); in a parallel run they stay
together on one worker (`--dist loadgroup`), so it is started once."""

import io
import re
import time
import uuid

import pytest
from PIL import Image

from .client import Client, gunzip, read_form

pytestmark = pytest.mark.xdist_group("stack")

MEMBERS_ONLY_DOCUMENT = "/kompetenzteam/sitzungen/32/dokumente/2/"
MEMBERS_ONLY_FILE = "committees/meetings/0032/interne-teilnehmerliste-beispiel.pdf"
PUBLIC_DOCUMENT = "/kompetenzteam/sitzungen/32/dokumente/1/"
PUBLIC_FILE = "committees/meetings/0032/einladung-beispiel.pdf"
REQUEST_ID = re.compile(r"^[0-9a-f]{32}$")


def app_log_lines(stack, port):
    return stack.app_log(port).read_text().splitlines()


def requests_in_app_logs(stack, path):
    """How often each app process logged a request for `path`."""
    return [sum(f'"GET {path} ' in line for line in app_log_lines(stack, port)) for port in stack.app_ports]


def logged_requests(stack, path, expected, timeout=5):
    """The total of `requests_in_app_logs`, after waiting (bounded) for it to
    reach `expected`: gunicorn writes its log line once the response is sent,
    which may be just after nginx has passed it on."""
    deadline = time.monotonic() + timeout
    while (total := sum(requests_in_app_logs(stack, path))) != expected and time.monotonic() < deadline:
        time.sleep(0.05)
    return total


def test_nginx_spreads_requests_over_both_app_processes_with_a_request_id(stack, through_nginx):
    before = requests_in_app_logs(stack, "/robots.txt")
    for _ in range(10):
        assert through_nginx.get("/robots.txt").status == 200
    assert logged_requests(stack, "/robots.txt", sum(before) + 10) == sum(before) + 10
    after = requests_in_app_logs(stack, "/robots.txt")
    assert all(a > b for a, b in zip(after, before, strict=True))
    for port in stack.app_ports:
        line = [line for line in app_log_lines(stack, port) if '"GET /robots.txt ' in line][-1]
        assert REQUEST_ID.match(line.rsplit(" ", 1)[1])


def test_a_login_on_one_process_is_valid_on_the_other(app_clients):
    first, second = app_clients
    assert second.get("/mein-verein/").status == 302
    response = first.login("verein-editor", "demo-verein-2026")
    assert response.status == 302
    page = second.get("/mein-verein/")
    assert page.status == 200
    assert "Griechischer Elternverein" in page.text


def test_the_contact_rate_limit_holds_across_both_processes(app_clients):
    """CONTACT_RATE is 3/h for this stack: the fourth message is refused,
    whichever process it reaches."""
    first, second = app_clients
    data = {"name": "", "email": "", "page_url": "", "message": "Eine Nachricht über den Stack.", "website": ""}
    statuses = [client.post("/kontakt/", data).status for client in (first, second, first, second, first)]
    assert statuses == [303, 303, 303, 429, 429]


def test_a_login_lockout_holds_across_both_processes(app_clients):
    first, second = app_clients
    statuses = [client.login("verein-editor2", "falsches-passwort").status for client in (first, second, first, second, first)]
    assert statuses == [200, 200, 200, 200, 429]
    # Locked on both: even the right password does not get in.
    assert second.login("verein-editor2", "demo-verein2-2026").status == 429
    assert first.get("/mein-verein/").status == 302


def _edit_a_published_article(client, changes, files=None):
    """Change the newest published article in the back office; returns its slug."""
    slug = re.search(r'href="/aktuelles/(?!feed/|atom/)([a-z0-9-]+)/"', client.get("/aktuelles/").text).group(1)
    listing = client.get(f"/admin/news/article/?q={slug}")
    assert listing.status == 200
    change_url = re.search(r'href="(/admin/news/article/\d+/change/)[^"]*"', listing.text).group(1)
    form = read_form(client.get(change_url).text, "article_form")
    form.update(changes)
    form["_save"] = "Sichern"
    response = client.post(change_url, form, files=files)
    assert response.status == 302, re.findall(r"errorlist[^>]*>(.*?)</ul>", response.text, re.S)
    assert form["slug"] == slug
    return slug


@pytest.fixture
def office_clients(app_clients):
    first, second = app_clients
    assert first.login("admin", "demo-admin-2026", path="/admin/login/").status == 302
    return first, second


def test_a_content_edit_through_one_process_is_visible_through_the_other_at_once(office_clients, through_nginx):
    first, second = office_clients
    title = f"Geändert über den ersten Prozess {uuid.uuid4().hex[:8]}"
    slug = _edit_a_published_article(first, {"title_de": title})
    assert title in second.get(f"/aktuelles/{slug}/").text
    assert title in through_nginx.get(f"/aktuelles/{slug}/").text


def test_the_page_cache_is_shared_by_both_processes_and_stale_after_an_edit_on_one(stack, office_clients):
    office, _second = office_clients
    visitors = [
        Client(f"http://127.0.0.1:{port}", public_host=f"localhost:{stack.https_port}", cafile=stack.certificate)
        for port in stack.app_ports
    ]
    # An edit first, so that no page kept by an earlier test counts.
    before = f"Vor dem Test {uuid.uuid4().hex[:8]}"
    slug = _edit_a_published_article(office, {"title_de": before})
    path = f"/aktuelles/{slug}/"
    first_visit = visitors[0].get(path)
    assert (first_visit.status, first_visit.header("X-Page-Cache"), before in first_visit.text) == (200, "miss", True)
    # The other process answers from the cache the first one filled (Redis).
    kept = visitors[1].get(path)
    assert (kept.header("X-Page-Cache"), before in kept.text) == ("hit", True)
    after = f"Neu über den ersten Prozess {uuid.uuid4().hex[:8]}"
    _edit_a_published_article(office, {"title_de": after})
    fresh = visitors[1].get(path)
    assert (fresh.header("X-Page-Cache"), after in fresh.text) == ("miss", True)


def test_a_file_uploaded_through_one_process_is_served_by_nginx(stack, office_clients, through_nginx):
    first, second = office_clients
    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), (0, 90, 160)).save(buffer, "PNG")
    slug = _edit_a_published_article(
        first,
        {"image_alt_de": "Ein blaues Rechteck", "image_credit": "Stadt Offenbach"},
        files={"image": ("stack-bild.png", buffer.getvalue(), "image/png")},
    )
    src = re.search(r'<img src="(/media/news/images/[^"]+)"', second.get(f"/aktuelles/{slug}/").text).group(1)
    response = through_nginx.get(src)
    assert response.status == 200
    assert response.body == (stack.media_root / src.removeprefix("/media/")).read_bytes()
    assert response.header("Content-Type").startswith("image/")
    assert response.header("X-Content-Type-Options") == "nosniff"
    assert requests_in_app_logs(stack, src) == [0, 0]  # nginx alone


def test_a_members_only_document_is_404_for_anonymous_visitors(stack, through_nginx):
    response = through_nginx.get(MEMBERS_ONLY_DOCUMENT)
    assert response.status == 404
    assert response.header("X-Accel-Redirect") is None
    assert b"%PDF" not in response.body
    # nginx's internal location cannot be asked for directly.
    direct = through_nginx.get("/_private-media/" + MEMBERS_ONLY_FILE)
    assert direct.status == 404
    assert b"%PDF" not in direct.body


def test_a_members_only_document_is_delivered_by_nginx_to_a_member(stack, through_nginx):
    assert through_nginx.login("verein-editor", "demo-verein-2026").status == 302
    before = sum(requests_in_app_logs(stack, MEMBERS_ONLY_DOCUMENT))
    response = through_nginx.get(MEMBERS_ONLY_DOCUMENT)
    assert response.status == 200
    assert response.body == (stack.private_media_root / MEMBERS_ONLY_FILE).read_bytes()
    assert response.header("Content-Type") == "application/pdf"
    assert response.header("Content-Disposition").startswith("attachment; filename=")
    assert response.header("Cache-Control") == "private, no-store"
    assert response.header("X-Accel-Redirect") is None
    assert response.header("X-Content-Type-Options") == "nosniff"
    # The app checked the permission (and answered with X-Accel-Redirect only).
    assert logged_requests(stack, MEMBERS_ONLY_DOCUMENT, before + 1) == before + 1


def test_a_public_document_is_delivered_to_anonymous_visitors(stack, through_nginx):
    response = through_nginx.get(PUBLIC_DOCUMENT)
    assert response.status == 200
    assert response.body == (stack.private_media_root / PUBLIC_FILE).read_bytes()


SECURITY_HEADERS = {
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains; preload",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def test_html_is_compressed_with_every_security_header_once(through_nginx):
    response = through_nginx.get("/", gzip_ok=True)
    assert response.status == 200
    assert '<html lang="de"' in gunzip(response).decode()
    assert response.header("Server") == "nginx"
    for name, value in SECURITY_HEADERS.items():
        assert response.header_all(name) == [value], name
    assert len(response.header_all("Permissions-Policy")) == 1
    assert response.header("Permissions-Policy").startswith("accelerometer=()") or "camera=()" in response.header("Permissions-Policy")
    assert response.header_all("Content-Security-Policy")[0].count("default-src 'self'") == 1
    assert len(response.header_all("Content-Security-Policy")) == 1


def test_static_files_come_from_nginx_compressed_with_the_headers(stack, through_nginx):
    css = re.search(r'href="(/static/[^"]+\.css)"', through_nginx.get("/").text).group(1)
    response = through_nginx.get(css, gzip_ok=True)
    assert response.status == 200
    assert response.header("Content-Type") == "text/css"
    assert gunzip(response)  # a real gzip body
    assert response.header("Cache-Control") == "public, max-age=31536000, immutable"
    for name, value in SECURITY_HEADERS.items():
        assert response.header_all(name) == [value], name
    assert requests_in_app_logs(stack, css) == [0, 0]


def test_the_server_version_is_hidden_also_on_nginx_error_pages(through_nginx):
    response = through_nginx.get("/_private-media/nichts.pdf")
    assert response.status == 404
    assert response.header("Server") == "nginx"
    assert b"nginx/" not in response.body


def test_plain_http_redirects_to_https(stack):
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", stack.http_port, timeout=10)
    connection.request("GET", "/vereine/?q=1", headers={"Host": "localhost"})
    response = connection.getresponse()
    assert response.status == 301
    assert response.getheader("Location") == f"https://localhost:{stack.https_port}/vereine/?q=1"
    connection.close()
