from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import reverse, translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language, override


def _absolute(request, url):
    try:
        return request.build_absolute_uri(url)
    except DisallowedHost:  # the 400 page for a forged Host header must still render
        return None


def portal(request):
    """The language switcher and the hreflang alternates of the current page.
    An address that names no page (the 404 page) cannot be translated: the
    other languages then get their home page instead of this same address."""
    current = get_language() or settings.LANGUAGE_CODE
    path = request.get_full_path() if request else "/"
    languages = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(path, code)
        if url == path and code != current:
            with override(code):
                url = reverse("home")
        languages.append(
            {
                "code": code,
                "name": settings.LANGUAGE_SELF_NAMES[code],
                "url": url,
                "absolute_url": _absolute(request, url),
                "switch_url": reverse("switch-language", kwargs={"code": code}) + "?" + urlencode({"next": url}),
                "is_current": code == current,
            }
        )
    return {"portal_languages": languages}
