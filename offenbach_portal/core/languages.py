"""Which language a translated field shows."""

from django.conf import settings
from django.utils.translation import get_language


def fallback_language(obj, field):
    """The language of the fallback that `obj.field` shows, or None when it
    shows the visitor's own language. German text on an English page is a
    fallback (modeltranslation falls back to German); a field that is not
    translated at all holds German and counts as German everywhere else."""
    current = get_language() or settings.LANGUAGE_CODE
    if current == settings.LANGUAGE_CODE or getattr(obj, f"{field}_{current}", None):
        return None
    return settings.LANGUAGE_CODE
