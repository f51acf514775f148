from django import template

from programmes.charts import euro as format_euro

register = template.Library()


@register.filter
def euro(amount):
    """12345.5 → „12.346 €“ (grouped in the visitor's language)."""
    return "" if amount is None else format_euro(amount)
