"""The data blocks of the legal pages (see blocks.py): what the privacy
notice, the Impressum and the accessibility statement show from settings and
records instead of from their text, so that the text cannot drift from what
the code does."""

from django.conf import settings

from offenbach_portal.core import cookies, opendata
from offenbach_portal.core.ratelimit import parse_rate
from offenbach_portal.core.uploads import DOCUMENT_EXTENSIONS

from .models import AccessibilityStatement, KnownBarrier


def _statement(request):
    """The statement record, read once per request."""
    if request is None:
        return AccessibilityStatement.current()
    if not hasattr(request, "_accessibility_statement"):
        request._accessibility_statement = AccessibilityStatement.current()
    return request._accessibility_statement


def _statement_block(template):
    def block(request):
        statement = _statement(request)
        if statement is None:
            return None
        return {"template": template, "context": {"statement": statement}}

    return block


def known_barriers(request):
    """Accessibility statement: the current known barriers, by category, with
    every document format the portal accepts where a barrier concerns documents."""
    barriers = list(KnownBarrier.objects.filter(is_current=True))
    groups = [
        {"category": label, "barriers": [barrier for barrier in barriers if barrier.category == value]}
        for value, label in KnownBarrier.Category.choices
    ]
    return {
        "template": "pages/blocks/known_barriers.html",
        "context": {
            "groups": [group for group in groups if group["barriers"]],
            "document_formats": ", ".join(extension.upper() for extension in DOCUMENT_EXTENSIONS),
        },
    }


def open_data_licence(request):
    """Impressum: the licence of the open data, as configured."""
    return {
        "template": "pages/blocks/open_data_licence.html",
        "context": {
            "licence": settings.OPEN_DATA_LICENCE,
            "exception_note": opendata.EXCEPTION_NOTE if settings.OPEN_DATA_EXCEPT_ORGANISATION_CONTENT else "",
        },
    }


def cookie_list(request):
    """Privacy notice: every cookie the portal can set (core/cookies.yaml and
    what apps registered), with its name and lifetime from settings."""
    rows = [
        {
            "name": cookie.cookie_name,
            "who": cookie.text("who"),
            "purpose": cookie.text("purpose"),
            "fallback": cookie.text_is_fallback("purpose"),
            "lifetime": cookies.lifetime(cookie.max_age) if cookie.max_age else None,
        }
        for cookie in cookies.cookies()
    ]
    return {"template": "pages/blocks/cookies.html", "context": {"cookies": rows}}


def rate_limit(request):
    """Privacy notice: how the contact form's rate limit counts, as configured."""
    count, window = parse_rate(settings.CONTACT_RATE)
    return {
        "template": "pages/blocks/rate_limit.html",
        "context": {"count": count, "window": cookies.lifetime(window)},
    }


def retention(request):
    """Privacy notice: how long messages and sessions are kept, as configured."""
    return {
        "template": "pages/blocks/retention.html",
        "context": {
            "answered": cookies.lifetime(settings.CONTACT_ANSWERED_RETENTION_DAYS * 24 * 60 * 60),
            "unanswered": cookies.lifetime(settings.CONTACT_UNANSWERED_RETENTION_DAYS * 24 * 60 * 60),
            "session": cookies.lifetime(settings.SESSION_COOKIE_AGE),
        },
    }


BLOCKS = {
    "cookies": cookie_list,
    "rate-limit": rate_limit,
    "retention": retention,
    "open-data-licence": open_data_licence,
    "accessibility-status": _statement_block("pages/blocks/accessibility_status.html"),
    "known-barriers": known_barriers,
    "accessibility-assessment": _statement_block("pages/blocks/accessibility_assessment.html"),
    "accessibility-feedback": _statement_block("pages/blocks/accessibility_feedback.html"),
    "accessibility-enforcement": _statement_block("pages/blocks/accessibility_enforcement.html"),
}
