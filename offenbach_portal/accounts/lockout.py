"""The page a locked-out login shows (django-axes calls `lockout_response`
through AXES_LOCKOUT_CALLABLE, for `/konto/anmelden/` and `/admin/login/`
alike): in the visitor's language, saying when to try again and how to reach
the office. Status 429 (Too Many Requests).

The portal's pages take the language from the address (/en/…). The back
office has no language prefix and is German; its lockout page follows the
visitor's remembered language (cookie) or the browser's instead, so that a
locked-out person understands it."""

import math

from axes.helpers import get_cool_off
from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation


def lockout_response(request, original_response=None, credentials=None):
    cool_off = get_cool_off(request)
    minutes = math.ceil(cool_off.total_seconds() / 60) if cool_off else None
    context = {"minutes": minutes, "office_email": settings.CONTACT_EMAIL}
    language = translation.get_language()
    if request.path.startswith(reverse("admin:index")):
        language = translation.get_language_from_request(request, check_path=False)
    with translation.override(language):
        response = render(request, "accounts/locked.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
        response.headers.setdefault("Content-Language", language)
    return response


# What the attempts table holds of a user name (AccessAttempt.username is 255
# characters; Django's own user names have at most 150).
ATTEMPT_USERNAME_LENGTH = 150


def attempted_username(request, credentials=None):
    """The user name django-axes counts a login attempt under: the one typed,
    cut to 150 characters. A longer one belongs to no account; uncut it would
    not fit the attempts table, and the login would fail with a database
    error instead of "wrong user name or password"."""
    if credentials:
        username = credentials.get("username")
    else:
        username = getattr(request, "data", request.POST).get("username")
    return (username or "")[:ATTEMPT_USERNAME_LENGTH] or None
