from django import template
from django.conf import settings
from django.utils.translation import get_language

from offenbach_portal.core import navigation

register = template.Library()

@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    """The entries the apps registered (see `core.navigation`)."""
    request = context.get("request")
    path = request.path if request else ""
    items = []
    for entry in navigation.entries():
        url = entry.url
        items.append({"url": url, "label": entry.label, "current": path == url, "active": path.startswith(url)})
    return {"items": items}


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumbs(*trail):
    """`{% breadcrumbs "Kompetenzteam" url "Sitzungen" url "29. Sitzung" %}`:
    pairs of title and address, then the current page's title."""
    *pairs, current = trail if trail else [""]
    links = [{"title": pairs[i], "url": pairs[i + 1]} for i in range(0, len(pairs) - 1, 2)]
    return {"links": links, "current": current}


@register.filter
def content_lang(obj, field):
    """The language of what a translated field shows: the visitor's language
    when that translation exists, else German (modeltranslation's fallback).
    Templates put it into `lang` so that a German passage on an English page
    is marked as German: `<div lang="{{ page|content_lang:'body' }}">`."""
    current = get_language() or settings.LANGUAGE_CODE
    if getattr(obj, f"{field}_{current}", None):
        return current
    return settings.LANGUAGE_CODE
