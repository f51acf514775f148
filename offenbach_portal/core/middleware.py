import re
from urllib.parse import unquote_to_bytes, urlsplit

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import translate_url
from django.utils.translation import get_language_from_path
from whitenoise.middleware import WhiteNoiseMiddleware

from . import opendata

# Paths that are the same in every language or not for visitors at all.
_NEUTRAL_PREFIXES = ("/admin/", "/static/", "/media/", "/healthz", "/sprache/", "/sitemap", "/robots.txt")


class RememberedLanguageMiddleware:
    """Send a visitor who chose English, Ukrainian or Russian before (the
    language cookie, set only by the language switcher) from an unprefixed,
    German address to the same page in their language.

    Only visitors who arrive from elsewhere (a bookmark, a search engine, a
    typed address) are redirected: every link on the portal's own pages
    carries its language in the path, so an unprefixed address followed from
    one of them is an explicit link to the German page (the binding German
    legal texts, the German Leichte Sprache) and must reach it."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.other_languages = {code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if (
            chosen in self.other_languages
            and request.method in ("GET", "HEAD")
            and not request.path.startswith(_NEUTRAL_PREFIXES)
            and get_language_from_path(request.path_info) is None
            and not _followed_from_this_site(request)
        ):
            target = translate_url(request.get_full_path(), chosen)
            if target != request.get_full_path():
                return HttpResponseRedirect(target)
        return self.get_response(request)


def _followed_from_this_site(request):
    """Did the visitor follow a link on one of our own pages? Browsers say so in
    `Sec-Fetch-Site`; older ones only send the `Referer` (same-origin policy)."""
    if request.headers.get("Sec-Fetch-Site") == "same-origin":
        return True
    referer = request.headers.get("Referer")
    return bool(referer) and urlsplit(referer).netloc == request.get_host()


class OpenDataLicenceMiddleware:
    """Every open-data download (a distribution registered in `core.opendata`)
    states its licence in a `Link: <…>; rel="license"` header, so that a file
    fetched on its own still says under which terms it may be used."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if match and response.status_code == 200 and opendata.distribution(match.view_name):
            response["Link"] = opendata.licence_link()
        return response


class DatabaseUnavailableMiddleware:
    """A database that cannot be reached while a view or its template runs
    answers 503 "temporarily unavailable" with Retry-After and one log line,
    not a 500 with a traceback. Once the database is back the next request
    connects anew (CONN_HEALTH_CHECKS): no restart needed."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from .views import DATABASE_UNAVAILABLE, service_unavailable

        if isinstance(exception, DATABASE_UNAVAILABLE):
            return service_unavailable(request, exception)
        return None


# C0 control characters and DEL: never part of an address. Tab, line feed and
# carriage return are let through in query values (a pasted search text).
_CONTROL_IN_PATH = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_IN_QUERY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def invalid_address(request):
    """True when the path or query holds a NUL byte, another control
    character or bytes that are not UTF-8."""
    if _CONTROL_IN_PATH.search(request.path) or _CONTROL_IN_PATH.search(request.path_info):
        return True
    raw_query = request.META.get("QUERY_STRING", "")
    if not raw_query:
        return False
    try:
        # "+" is a space in a query; the decoded bytes must be UTF-8.
        query = unquote_to_bytes(raw_query.replace("+", " ")).decode("utf-8")
    except UnicodeDecodeError:
        return True
    return bool(_CONTROL_IN_QUERY.search(query))


class InvalidAddressMiddleware:
    """An address with a NUL byte, a control character or broken UTF-8 in its
    path or query answers 400 before any view runs (the admin included):
    no view, form, filter or database query ever sees such a value."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if invalid_address(request):
            from .views import bad_request

            return bad_request(request)
        return self.get_response(request)


FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class LineBreakMiddleware:
    """A browser sends a textarea's line breaks as CR LF (the HTML standard
    says so); the portal stores LF. Normalised here once for every form (the
    admin with its inlines, the member area, contact): a multi-line text left
    as it was does not count as changed, so the history names only the fields
    and languages that did change, and no stored text mixes both kinds.

    Runs after CsrfViewMiddleware, which reads the form anyway."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.content_type not in FORM_CONTENT_TYPES:
            return
        try:
            form = request.POST
        except OSError:  # the connection broke; the view sees the same (as CsrfViewMiddleware does)
            return
        if any("\r" in value for _key, values in form.lists() for value in values):
            normalised = form.copy()
            for key, values in form.lists():
                normalised.setlist(key, [value.replace("\r\n", "\n").replace("\r", "\n") for value in values])
            normalised._mutable = False
            request.POST = normalised


# Features the portal never uses are switched off for its pages and for
# anything embedded in them; fullscreen stays for the sign-language video.
PERMISSIONS_POLICY = ", ".join(
    [
        "accelerometer=()",
        "autoplay=()",
        "camera=()",
        "display-capture=()",
        "fullscreen=(self)",
        "geolocation=()",
        "gyroscope=()",
        "magnetometer=()",
        "microphone=()",
        "midi=()",
        "payment=()",
        "usb=()",
    ]
)


class SecurityHeadersMiddleware:
    """`Permissions-Policy` and `Cross-Origin-Resource-Policy` on every
    answer (Django's SecurityMiddleware sets Referrer-Policy,
    Cross-Origin-Opener-Policy, nosniff and HSTS; django-csp the CSP).
    Other sites may not embed our pages' resources (`same-origin`), except
    what is open to every origin anyway (`Access-Control-Allow-Origin: *`,
    the OParl interface and the open data), which is `cross-origin`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if "Cross-Origin-Resource-Policy" not in response.headers:
            open_to_all = response.headers.get("Access-Control-Allow-Origin") == "*"
            response.headers["Cross-Origin-Resource-Policy"] = "cross-origin" if open_to_all else "same-origin"
        return response


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    """WhiteNoise, with its scan of STATIC_ROOT made once per process.

    WhiteNoise reads the whole folder of collected files (about 2,100 with
    the compressed copies) each time a request handler is built. A server
    builds one handler per process; Django's test client builds one per
    test, and that scan took more than half of the test suite's time. The
    collected files do not change while a process runs (`collectstatic`
    comes before the start), so the files found are kept per folder and
    per the settings that shape their headers."""

    _scans = {}

    def update_files_dictionary(self, root, prefix):
        shaping = (
            "DEBUG",
            "STATIC_URL",
            "WHITENOISE_MAX_AGE",
            "WHITENOISE_ALLOW_ALL_ORIGINS",
            "WHITENOISE_CHARSET",
            "WHITENOISE_MIMETYPES",
            "WHITENOISE_ADD_HEADERS_FUNCTION",
            "WHITENOISE_INDEX_FILE",
            "WHITENOISE_IMMUTABLE_FILE_TEST",
        )
        key = (root, prefix, repr([getattr(settings, name, None) for name in shaping]))
        files = self._scans.get(key)
        if files is None:
            before = dict(self.files)
            super().update_files_dictionary(root, prefix)
            files = {url: static_file for url, static_file in self.files.items() if before.get(url) is not static_file}
            self._scans[key] = files
        self.files.update(files)
