from django import template

from offenbach_portal.core import admin_notices as registry

register = template.Library()


@register.simple_tag(takes_context=True)
def admin_notices(context):
    """`{% admin_notices as notices %}`: the registered notices, each (text, url)."""
    request = context.get("request")
    return registry.notices(request) if request is not None else []
