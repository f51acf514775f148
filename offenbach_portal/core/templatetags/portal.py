import datetime

from django import template
from django.core.exceptions import DisallowedHost
from django.utils import timezone
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from offenbach_portal.core import navigation, webfonts
from offenbach_portal.core.languages import fallback_language
from offenbach_portal.core.text import truncate_words

register = template.Library()


@register.filter
def words(value, count):
    """The first `count` words and „…“ (like `truncatewords`, but a
    non-breaking space, „20 MB“, does not end a word)."""
    return truncate_words(str(value or ""), int(count))


@register.filter
def machine_time(value):
    """A date or a moment as a `<time datetime>` value valid in HTML: whole
    seconds with the offset (`2024-11-05T18:30:00+01:00`), never the
    microseconds that `date:'c'` prints."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    """The entries the apps registered (see `core.navigation`)."""
    request = context.get("request")
    path = request.path if request else ""
    language = (get_language() or "de").split("-")[0]
    items = []
    for entry in navigation.entries():
        url = entry.url
        lang = entry.lang if entry.lang and entry.lang != language else ""
        items.append({"url": url, "label": entry.label, "current": path == url, "active": path.startswith(url), "lang": lang})
    return {"items": items}


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumbs(*trail):
    """`{% breadcrumbs "Kompetenzteam" url "Sitzungen" url "29. Sitzung" %}`:
    pairs of title and address, then the current page's title."""
    *pairs, current = trail if trail else [""]
    links = [{"title": pairs[i], "url": pairs[i + 1]} for i in range(0, len(pairs) - 1, 2)]
    return {"links": links, "current": current}


@register.simple_tag
def translated(obj, field, element="span", html=False):
    """The one way to show a translated field. German fallback text on a page
    in another language comes wrapped in `<span lang="de">` (or the given
    `element`, e.g. "div" for rich text), so that screen readers pronounce it
    as German; text in the visitor's language comes as it is.

    `{% translated meeting "title" %}`, `{% translated page "body" element="div" html=True %}`
    (`html=True` only for sanitised rich-text fields)."""
    value = getattr(obj, field, "") or ""
    if not value:
        return ""
    text = mark_safe(value) if html else conditional_escape(value)
    language = fallback_language(obj, field)
    if language is None:
        return text
    return format_html('<{0} lang="{1}">{2}</{0}>', element, language, text)


@register.simple_tag
def lang_attr(obj, field):
    """` lang="de"` for an element whose whole text is a German fallback and
    that cannot hold markup (`<title>`, `<meta>`, `<option>`), else nothing:
    `<title{% lang_attr page "title" %}>`."""
    language = fallback_language(obj, field)
    return format_html(' lang="{}"', language) if language else ""


@register.inclusion_tag("includes/richtext.html")
def richtext(obj, field):
    """The one rich-text section: a sanitised rich-text field of `obj` in
    `<div class="portal-richtext">`, marked `lang="de"` when it is the German
    fallback: `{% richtext meeting "summary" %}`."""
    return {"html": getattr(obj, field, "") or "", "fallback": fallback_language(obj, field)}


@register.simple_tag
def label(obj):
    """`str(obj)` for generic lists of related things, marked `lang="de"` when
    the translated field the object is named after (`obj.label_field`, e.g.
    "title") shows its German fallback: `{% label item %}`."""
    field = getattr(obj, "label_field", None)
    language = fallback_language(obj, field) if field else None
    text = str(obj)
    return format_html('<span lang="{}">{}</span>', language, text) if language else text


@register.inclusion_tag("includes/font_preloads.html")
def font_preloads():
    """Preload the two faces the first screen shows, in the script of the page's language."""
    return {"urls": webfonts.preload_urls()}


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The absolute address of the current page without query noise (filters,
    tracking, search words); a paginated list keeps its `page` from 2 on.
    Empty when there is no request or the Host header is not allowed."""
    request = context.get("request")
    if request is None:
        return ""
    url = request.path
    page = request.GET.get("page", "")
    if page.isdigit() and int(page) > 1:
        url += f"?page={int(page)}"
    try:
        return request.build_absolute_uri(url)
    except DisallowedHost:
        return ""
