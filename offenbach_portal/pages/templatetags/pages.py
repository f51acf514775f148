from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from offenbach_portal.core.languages import fallback_language

from .. import blocks

register = template.Library()


@register.simple_tag(takes_context=True)
def page_body(context, page):
    """The page's rich text with its data blocks in place (see `pages.blocks`):
    each run of text as the one rich-text section (marked `lang="de"` when it
    is the German fallback), each block in the visitor's language."""
    request = context.get("request")
    fallback = fallback_language(page, "body")
    out = []
    for kind, value in blocks.split(page.body):
        if kind == "html":
            out.append(render_to_string("includes/richtext.html", {"html": value, "fallback": fallback}).strip())
            continue
        block = blocks.render(value, request)
        if block:
            out.append(render_to_string(block["template"], block.get("context", {}), request=request).strip())
    return mark_safe("\n".join(out))
