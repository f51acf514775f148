"""Sanitised rich text: staff write HTML, visitors only ever get the safe subset."""

import nh3
from django.db import models
from django.utils.translation import gettext_lazy as _

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "mark",
    "abbr",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "q",
    "cite",
    "a",
    "span",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "address",
    "hr",
}
ALLOWED_ATTRIBUTES = {
    "*": {"lang", "dir", "title"},
    "a": {"href", "hreflang"},
    "abbr": {"title"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}

RICH_TEXT_HELP = _(
    "HTML erlaubt: Absätze, Zwischenüberschriften h2–h4, Listen, Links, Tabellen, Hervorhebungen. "
    "Skripte, Styles, Bilder und eingebettete Inhalte werden beim Speichern entfernt. "
    'Fremdsprachige Passagen mit dem Attribut lang am umgebenden Element auszeichnen (z. B. lang="uk" für Ukrainisch).'
)


def sanitise_html(value):
    if not value:
        return ""
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    ).strip()


class RichTextField(models.TextField):
    """A TextField whose HTML is cleaned with nh3 every time it is saved."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("help_text", RICH_TEXT_HELP)
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        value = sanitise_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value
