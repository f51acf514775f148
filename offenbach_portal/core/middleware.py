from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import translate_url
from django.utils.translation import get_language_from_path

# Paths that are the same in every language or not for visitors at all.
_NEUTRAL_PREFIXES = ("/admin/", "/static/", "/media/", "/healthz", "/sprache/", "/sitemap", "/robots.txt")


class RememberedLanguageMiddleware:
    """Send a visitor who chose English, Ukrainian or Russian before (the
    language cookie, set only by the language switcher) from an unprefixed,
    German address to the same page in their language."""

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
        ):
            target = translate_url(request.get_full_path(), chosen)
            if target != request.get_full_path():
                return HttpResponseRedirect(target)
        return self.get_response(request)
