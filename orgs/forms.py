from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Fieldset, Layout
from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import District, Language, Organisation
from .selectors import sorted_languages

DESCRIPTION_MAX_LENGTH = 2000


def _limit(number):
    return number_format(number, force_grouping=True)


class LanguageChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class ListingRequestForm(forms.Form):
    """`/vereine/eintragen/`: a group not yet in the directory asks to be
    listed. What the public profile would show, then the contact person for
    the office (never public), the consent and the honeypot."""

    name = forms.CharField(
        label=_("Name der Organisation"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={"required": _("Bitte geben Sie den Namen Ihrer Organisation an.")},
    )
    kind = forms.ChoiceField(
        label=_("Art der Organisation"),
        choices=[(kind.value, kind.label) for kind in Organisation.DIRECTORY_KINDS],
        widget=forms.RadioSelect,
        error_messages={"required": _("Bitte wählen Sie aus, was für eine Organisation Sie sind.")},
    )
    # No max_length here: a `maxlength` attribute would cut pasted text off
    # silently. The limit is checked on the server and explained in the hint.
    description = forms.CharField(
        label=_("Kurzbeschreibung"),
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Bitte beschreiben Sie Ihre Organisation in wenigen Sätzen.")},
    )
    district = forms.ModelChoiceField(
        label=_("Stadtteil"),
        queryset=District.objects.all(),
        required=False,
        empty_label=_("– bitte wählen –"),
        help_text=_("Wo in Offenbach Sie sich treffen oder Ihre Angebote machen."),
    )
    languages = LanguageChoiceField(
        label=_("In diesen Sprachen kann man mit Ihnen sprechen"),
        queryset=Language.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    email = forms.EmailField(
        label=_("E-Mail-Adresse (öffentlich)"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
        error_messages={"invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel info@verein.de.")},
    )
    phone = forms.CharField(
        label=_("Telefon (öffentlich)"),
        required=False,
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "off", "type": "tel"}),
    )
    url = forms.URLField(
        label=_("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        widget=forms.TextInput(attrs={"autocomplete": "url", "inputmode": "url", "spellcheck": "false"}),
        error_messages={"invalid": _("Bitte geben Sie eine gültige Internetadresse ein, zum Beispiel www.verein.de.")},
    )
    street = forms.CharField(
        label=_("Straße und Hausnummer"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "address-line1"}),
    )
    postcode = forms.RegexField(
        label=_("Postleitzahl"),
        required=False,
        regex=r"^\d{5}$",
        max_length=10,
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "inputmode": "numeric"}),
        error_messages={"invalid": _("Eine Postleitzahl hat fünf Ziffern, zum Beispiel 63065.")},
    )
    contact_name = forms.CharField(
        label=_("Ihr Name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Bitte geben Sie Ihren Namen an, damit wir Sie ansprechen können.")},
    )
    contact_email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Bitte geben Sie Ihre E-Mail-Adresse an: Dorthin schreiben wir Ihnen unsere Entscheidung."),
            "invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de."),
        },
    )
    consent = forms.BooleanField(
        label=_("Ich bin damit einverstanden, dass das Integrationsbüro meine Angaben speichert, um den Antrag zu bearbeiten"),
        error_messages={"required": _("Bitte bestätigen Sie, dass wir Ihre Angaben für den Antrag speichern dürfen.")},
    )
    # Honeypot: hidden from people by CSS (.portal-hp), filled in by bots.
    website = forms.CharField(
        label=_("Dieses Feld bitte leer lassen"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["description"].help_text = gettext(
            "Wer sind Sie, was tun Sie, für wen? Schreiben Sie auf Deutsch oder in der Sprache dieser Seite; "
            "wir ergänzen die deutsche Fassung. Höchstens %(limit)s Zeichen."
        ) % {"limit": _limit(DESCRIPTION_MAX_LENGTH)}
        self.fields["languages"].choices = [(language.pk, language.name) for language in sorted_languages(Language.objects.all())]
        self.fields["consent"].help_text = format_html(
            gettext('Mehr dazu in der <a class="kern-link" href="{url}">Datenschutzerklärung</a>.'), url=reverse("pages:datenschutz")
        )
        self.helper = FormHelper(self)
        self.helper.form_tag = False
        # No CSRF token: it would set a cookie (see orgs.views.listing_request).
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            Fieldset(
                _("Ihre Organisation"),
                "name",
                "kind",
                "description",
                "district",
                "languages",
            ),
            Fieldset(
                _("Öffentlicher Kontakt"),
                "email",
                "phone",
                "url",
                "street",
                "postcode",
            ),
            Fieldset(
                _("Ihre Kontaktdaten für das Integrationsbüro"),
                "contact_name",
                "contact_email",
                "consent",
            ),
            Div("website", css_class="portal-hp"),
        )

    def is_bot(self):
        """True when the honeypot field was filled in."""
        return bool(self.data.get("website", "").strip())

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_description(self):
        description = self.cleaned_data["description"].strip()
        if len(description) > DESCRIPTION_MAX_LENGTH:
            raise ValidationError(
                gettext("Die Beschreibung hat %(count)s Zeichen, erlaubt sind höchstens %(limit)s. Bitte kürzen Sie sie.")
                % {"count": _limit(len(description)), "limit": _limit(DESCRIPTION_MAX_LENGTH)},
                code="max_length",
            )
        return description
