import logging
import sys

from django.conf import settings
from django.core.paginator import Paginator
from django.db import InterfaceError, OperationalError, connection
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse, QueryDict
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language_from_path
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from . import search as site_search

logger = logging.getLogger(__name__)

# Seconds a client is asked to wait before trying again while the database is unreachable.
RETRY_AFTER = 30
# What an unreachable database raises: the connection is refused, lost or the
# SQLite file cannot be opened or is locked.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


@require_GET
def switch_language(request, code):
    """Remember the visitor's language in the language cookie and go back to the
    page they were on, in that language. A GET link, so that switching needs
    neither JavaScript nor a CSRF cookie."""
    if code not in dict(settings.LANGUAGES):
        raise Http404
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = "/"
    # translate_url resolves the path in the active language: use the target's own.
    with translation.override(get_language_from_path(target) or settings.LANGUAGE_CODE):
        response = HttpResponseRedirect(translate_url(target, code))
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


def search(request):
    """The results page: /suche/?q=…&art=…&seite=… (see docs/search.md)."""
    try:
        page = int(request.GET.get("page", "1"))
    except ValueError:
        page = 1
    outcome = site_search.search(request.GET.get("q", ""), kind=request.GET.get("art", ""), page=page)
    selected = next((count for kind, _label, count in outcome.kinds if kind == outcome.kind), outcome.total)
    # A page of the hits' positions only, for the shared pagination (no query).
    page_obj = Paginator(range(selected), site_search.PER_PAGE).get_page(outcome.page)
    page_query = QueryDict(mutable=True)
    page_query.update({key: value for key, value in (("q", outcome.query), ("art", outcome.kind)) if value})
    context = {
        "query": outcome.query,
        "outcome": outcome,
        "results": outcome.results,
        "page_obj": page_obj,
        "page_range": page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1),
        "page_query": page_query,
    }
    return render(request, "core/search.html", context)


def opensearch(request):
    """The OpenSearch description: lets a browser add the portal's search."""
    return render(
        request,
        "core/opensearch.xml",
        {"search_url": request.build_absolute_uri("/suche/"), "home_url": request.build_absolute_uri("/")},
        content_type="application/opensearchdescription+xml; charset=utf-8",
    )


@cache_control(no_store=True)
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any database failure means "not healthy"
        response = JsonResponse({"status": "error", "database": "unavailable", "detail": exc.__class__.__name__}, status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        return response
    return JsonResponse({"status": "ok", "database": "ok", "vendor": connection.vendor})


ROBOTS_PRIVATE_PATHS = ("/konto/", "/mein-verein/", "/suche/")


@require_GET
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says: send them to our
    own icon (a temporary redirect, since the static file's hashed name
    changes with every deploy)."""
    return HttpResponseRedirect(static("img/favicon.svg"))


@require_GET
def robots_txt(request):
    sitemap = request.build_absolute_uri("/sitemap.xml")
    # The account pages, the member area and the search results are no content
    # to index, in German (unprefixed) and under every other language's prefix.
    prefixes = [""] + [f"/{code}" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    lines = ["User-agent: *", "Disallow: /admin/"]
    for path in ROBOTS_PRIVATE_PATHS:
        lines += [f"Disallow: {prefix}{path}" for prefix in prefixes]
    lines += [f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def _error(request, template, status):
    return render(request, template, {"status": status, "error_page": True}, status=status)


def bad_request(request, exception=None):
    return _error(request, "400.html", 400)


def permission_denied(request, exception=None):
    return _error(request, "403.html", 403)


def page_not_found(request, exception=None):
    return _error(request, "404.html", 404)


def service_unavailable(request, exception=None):
    """503 "temporarily unavailable" in the site layout and the visitor's
    language (LocaleMiddleware has activated it), rendered without the
    request's context processors: no session, user or other database lookup."""
    if exception is not None:
        logger.warning(
            "Database unavailable, answered 503 for %s %s: %s: %s", request.method, request.path, exception.__class__.__name__, exception
        )
    html = render_to_string("503.html", {"status": 503})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    """Rendered without the request's context processors: no session or user
    lookup, so the page still appears when the database is down. A database
    that cannot be reached (raised outside a view, e.g. while saving the
    session) gets the 503 page instead."""
    exception = sys.exc_info()[1]
    if isinstance(exception, DATABASE_UNAVAILABLE):
        return service_unavailable(request)
    html = render_to_string("500.html", {"status": 500})
    return HttpResponse(html, status=500)
