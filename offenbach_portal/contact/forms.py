from urllib.parse import urlsplit, urlunsplit

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Layout
from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import ContactMessage

MESSAGE_MAX_LENGTH = 5000
PAGE_URL_MAX_LENGTH = 500


def local_path(value, host=None):
    """`value` if it is a path on this site ("/vereine/?q=x"), else "".

    A full address on `host` (the request's host) is reduced to its path.
    Anything else – other hosts, "//host", "/\\host", schemes, whitespace or
    control characters, more than 500 characters – is ignored, so that
    neither the form nor the back office ever shows a foreign link."""
    value = (value or "").strip()
    if host and value.lower().startswith(("http://", "https://")):
        parts = urlsplit(value)
        if parts.netloc.lower() != host.lower():
            return ""
        value = urlunsplit(("", "", parts.path or "/", parts.query, ""))
    if (
        len(value) > PAGE_URL_MAX_LENGTH
        or not value.startswith("/")
        or value.startswith("//")
        or any(char.isspace() or ord(char) < 32 or ord(char) == 127 or char == "\\" for char in value)
        or not url_has_allowed_host_and_scheme(value, allowed_hosts=set())
    ):
        return ""
    return value


class ContactForm(forms.Form):
    """The contact form and the "Barriere melden" form: the same fields, the
    kind of message (`ContactMessage.Kind`) changes labels and hints."""

    name = forms.CharField(
        label=_("Ihr Name"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse"),
        required=False,
        max_length=254,
        help_text=_("Nur nötig, wenn Sie eine Antwort möchten."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de, oder lassen Sie das Feld leer."),
        },
    )
    page_url = forms.CharField(
        label=_("Betroffene Seite"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    # No max_length here: a `maxlength` attribute would cut pasted text off
    # silently. The limit is checked on the server and explained in the hint.
    message = forms.CharField(
        label=_("Ihre Nachricht"),
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Bitte schreiben Sie Ihre Nachricht.")},
    )
    # Honeypot: hidden from people by CSS (.portal-hp), filled in by bots.
    website = forms.CharField(
        label=_("Dieses Feld bitte leer lassen"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, kind=ContactMessage.Kind.CONTACT, host=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.host = host
        limit = number_format(MESSAGE_MAX_LENGTH, force_grouping=True)
        message, page_url = self.fields["message"], self.fields["page_url"]
        if kind == ContactMessage.Kind.BARRIER:
            message.label = _("Beschreibung der Barriere")
            message.help_text = gettext(
                "Was funktioniert nicht oder ist schwer zu nutzen? Welche Hilfsmittel verwenden Sie, "
                "zum Beispiel Screenreader, Bildschirmlupe, Sprachsteuerung oder nur die Tastatur? "
                "Höchstens %(limit)s Zeichen."
            ) % {"limit": limit}
            page_url.help_text = _(
                "Die Adresse der Seite auf diesem Portal, zum Beispiel /vereine/. Wenn Sie über den Link „Barriere melden“ gekommen sind, steht sie schon hier."
            )
        else:
            message.help_text = gettext("Höchstens %(limit)s Zeichen.") % {"limit": limit}
            page_url.label = _("Seite, um die es geht")
            page_url.help_text = _("Die Adresse einer Seite auf diesem Portal, zum Beispiel /vereine/.")

        self.helper = FormHelper(self)
        self.helper.form_tag = False
        # No CSRF token: it would set a cookie (see contact.contact_view).
        self.helper.disable_csrf = True
        self.helper.layout = Layout("name", "email", "page_url", "message", Div("website", css_class="portal-hp"))

    def is_bot(self):
        """True when the honeypot field was filled in."""
        return bool(self.data.get("website", "").strip())

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if len(message) > MESSAGE_MAX_LENGTH:
            raise ValidationError(
                gettext("Ihre Nachricht hat %(count)s Zeichen, erlaubt sind höchstens %(limit)s. Bitte kürzen Sie sie.")
                % {
                    "count": number_format(len(message), force_grouping=True),
                    "limit": number_format(MESSAGE_MAX_LENGTH, force_grouping=True),
                },
                code="max_length",
            )
        return message

    def clean_page_url(self):
        # Not a local address: ignored, never an error (see local_path).
        return local_path(self.cleaned_data["page_url"], self.host)
