from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import translate_url
from django.utils.translation import get_language_from_path

from . import opendata

# Paths that are the same in every language or not for visitors at all.
_NEUTRAL_PREFIXES = ("/admin/", "/static/", "/media/", "/healthz", "/sprache/", "/sitemap.xml", "/robots.txt")


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
