"""The member area's profile form: the public profile of one organisation
and its offers (a formset), turned into the data of a `ProfileChange`.

The offer forms carry the offer's id in a hidden field. The formset accepts
only ids of the organisation's own offers (anything else is a form error and
nothing is stored); the offer's organisation is never a field."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Fieldset, Layout
from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .logos import LOGO_HELP, open_logo
from .models import District, Language, Offer, Organisation
from .selectors import sorted_languages
from .services import SCALAR_FIELDS

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


HELD_LOGO_SALT = "orgs.profile.held-logo"


def language_choices():
    return [(language.code, language.name) for language in sorted_languages(Language.objects.all())]


class ProfileForm(forms.Form):
    description_de = forms.CharField(
        label=_("Beschreibung auf Deutsch"),
        widget=forms.Textarea(attrs={"rows": 8, "lang": "de"}),
        help_text=_("Wer sind Sie, was tun Sie, für wen? Einfacher Text, Absätze durch Leerzeilen."),
        error_messages={"required": _("Bitte beschreiben Sie Ihre Organisation auf Deutsch.")},
        max_length=5000,
    )
    description_en = forms.CharField(
        label=_("Beschreibung auf Englisch"), widget=forms.Textarea(attrs={"rows": 5, "lang": "en"}), required=False, max_length=5000
    )
    description_uk = forms.CharField(
        label=_("Beschreibung auf Ukrainisch"), widget=forms.Textarea(attrs={"rows": 5, "lang": "uk"}), required=False, max_length=5000
    )
    description_ru = forms.CharField(
        label=_("Beschreibung auf Russisch"), widget=forms.Textarea(attrs={"rows": 5, "lang": "ru"}), required=False, max_length=5000
    )
    email = forms.EmailField(
        label=_("E-Mail-Adresse (öffentlich)"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel info@beispiel.de.")},
    )
    phone = forms.CharField(
        label=_("Telefon (öffentlich)"), required=False, max_length=40, widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"})
    )
    website = forms.URLField(
        label=_("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
        error_messages={"invalid": _("Bitte geben Sie eine vollständige Adresse ein, zum Beispiel https://www.beispiel.de/.")},
    )
    street = forms.CharField(
        label=_("Straße und Hausnummer"), required=False, max_length=200, widget=forms.TextInput(attrs={"autocomplete": "address-line1"})
    )
    postcode = forms.CharField(
        label=_("Postleitzahl"),
        required=False,
        max_length=10,
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "inputmode": "numeric"}),
    )
    city = forms.CharField(label=_("Ort"), required=False, max_length=100, widget=forms.TextInput(attrs={"autocomplete": "address-level2"}))
    district = forms.ChoiceField(label=_("Stadtteil"), required=False)
    languages = forms.MultipleChoiceField(
        label=_("Sprachen"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("In diesen Sprachen kann man mit Ihrer Organisation sprechen."),
    )
    founded_year = forms.IntegerField(
        label=_("gegründet (Jahr)"), required=False, min_value=1500, widget=forms.NumberInput(attrs={"inputmode": "numeric"})
    )
    logo = forms.FileField(
        label=_("Neues Logo"),
        required=False,
        help_text=LOGO_HELP,
        widget=forms.FileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
    )
    remove_logo = forms.BooleanField(label=_("Logo entfernen"), required=False)
    held_logo = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, organisation, user, choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation, self.user = organisation, user
        choices = choices or language_choices()
        self.fields["languages"].choices = choices
        self.fields["district"].choices = [("", _("– kein Stadtteil –"))] + [
            (district.slug, district.name) for district in District.objects.all()
        ]
        year = timezone.now().year
        self.fields["founded_year"].validators.append(MaxValueValidator(year))
        self.fields["founded_year"].widget.attrs["max"] = year
        self.fields["held_logo"].label = _("Neues Logo")

    def held_salt(self):
        return f"{HELD_LOGO_SALT}:{self.organisation.pk}:{self.user.pk}"

    def clean_logo(self):
        upload = self.cleaned_data.get("logo")
        if upload:
            open_logo(upload)  # the directory's checks: size, no SVG, PNG/JPEG/WebP, pixels
        return upload

    def clean_held_logo(self):
        value = self.cleaned_data.get("held_logo")
        if not value:
            return ""
        try:
            return signing.loads(value, salt=self.held_salt(), max_age=2 * 24 * 3600)
        except signing.BadSignature:
            raise ValidationError(
                _("Das zuvor gewählte Logo ist nicht mehr verfügbar. Bitte wählen Sie es noch einmal aus."), code="held_logo"
            ) from None

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("remove_logo") and cleaned.get("logo"):
            self.add_error("remove_logo", _("Bitte wählen Sie entweder ein neues Logo oder „Logo entfernen“, nicht beides."))
        return cleaned


class OfferForm(forms.Form):
    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    title_de = forms.CharField(
        label=_("Titel des Angebots"),
        max_length=200,
        widget=forms.TextInput(attrs={"lang": "de"}),
        error_messages={"required": _("Bitte geben Sie dem Angebot einen Titel.")},
    )
    category = forms.ChoiceField(label=_("Kategorie"), choices=[("", _("– bitte wählen –")), *Offer.Category.choices])
    schedule_de = forms.CharField(
        label=_("Zeiten"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"lang": "de"}),
        help_text=_("z. B. „dienstags 16–18 Uhr“ oder „nach Vereinbarung“"),
    )
    languages = forms.MultipleChoiceField(label=_("Sprachen des Angebots"), required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["languages"].choices = choices
        self.fields["id"].label = _("Angebot")
        if "DELETE" in self.fields:
            self.fields["DELETE"].label = _("Dieses Angebot entfernen")


class BaseOfferFormSet(forms.BaseFormSet):
    def __init__(self, *args, allowed_ids=(), choices=(), **kwargs):
        self.allowed_ids = set(allowed_ids)
        self.choices = choices
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "choices": self.choices}

    def clean(self):
        seen = set()
        for form in self.forms:
            offer_id = form.cleaned_data.get("id") if hasattr(form, "cleaned_data") else None
            if offer_id is None:
                continue
            if offer_id not in self.allowed_ids or offer_id in seen:
                raise ValidationError(
                    _("Ein Angebot gehört nicht zu dieser Organisation. Bitte laden Sie die Seite neu."), code="foreign_offer"
                )
            seen.add(offer_id)


OfferFormSet = forms.formset_factory(OfferForm, formset=BaseOfferFormSet, extra=1, can_delete=True, max_num=50, validate_max=True)


def change_data(form, formset):
    """The valid form and formset as `ProfileChange.data`, without the logo
    decision (the view adds it)."""
    cleaned = form.cleaned_data
    data = {name: cleaned.get(name) if name == "founded_year" else (cleaned.get(name) or "") for name in SCALAR_FIELDS}
    data["district"] = cleaned.get("district") or ""
    data["languages"] = sorted(cleaned.get("languages") or [])
    offers = []
    for offer_form in formset.forms:
        item = getattr(offer_form, "cleaned_data", None)
        if not item or item.get("DELETE") or not item.get("title_de"):
            continue
        offers.append(
            {
                "id": item.get("id"),
                "title_de": item["title_de"],
                "schedule_de": item.get("schedule_de") or "",
                "category": item["category"],
                "languages": sorted(item.get("languages") or []),
            }
        )
    data["offers"] = offers
    return data


def initial_from(data):
    """Form and formset initial values from `ProfileChange.data` (or a snapshot)."""
    initial = {name: data.get(name) for name in [*SCALAR_FIELDS, "district", "languages"]}
    return initial, [dict(offer) for offer in data.get("offers", [])]
