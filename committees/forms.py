from crispy_forms.helper import FormHelper
from django import forms
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.text import clean_query


class ArchiveFilterForm(forms.Form):
    """The archive's topic filter. A topic that is not on offer is ignored,
    never an error page. (The year is chosen by the year list's links.)"""

    thema = forms.ChoiceField(label=_("Themenfeld"), required=False)

    def __init__(self, data, *, topics):
        if data is not None:
            data = {"thema": clean_query(data.get("thema"))} if "thema" in data else {}
        super().__init__(data)
        self.topics = {topic.slug: topic for topic in topics}
        self.fields["thema"].choices = [("", _("alle Themenfelder"))] + [(t.slug, t.name) for t in topics]

    def selected_topic(self):
        """The topic area from the valid part of the query, or None."""
        self.is_valid()
        return self.topics.get(self.cleaned_data.get("thema") or "")


class AttendanceForm(forms.Form):
    """Who of an organisation will attend a meeting."""

    attendees = forms.CharField(
        label=_("Wer kommt?"),
        max_length=300,
        help_text=_("Die Namen der Personen, die kommen (eine bis drei), oder nur ihre Anzahl, zum Beispiel „2 Personen“."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        error_messages={"required": _("Bitte geben Sie an, wer kommt: Namen oder Anzahl.")},
    )
    note = forms.CharField(
        label=_("Hinweis an das Integrationsbüro"),
        max_length=1000,
        required=False,
        help_text=_("Freiwillig, zum Beispiel „kommt etwas später“. Höchstens 1.000 Zeichen."),
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper(self)
        self.helper.form_tag = False

    def clean_attendees(self):
        return self.cleaned_data["attendees"].strip()

    def clean_note(self):
        return self.cleaned_data["note"].strip()


class TopicProposalForm(forms.Form):
    """A topic for the next meeting. The organisation is chosen only when the
    user edits several current member organisations; the choices are those."""

    organisation = forms.ModelChoiceField(
        label=_("Für welche Organisation?"),
        queryset=None,
        to_field_name="slug",
        empty_label=None,
        error_messages={"invalid_choice": _("Bitte wählen Sie eine Ihrer Organisationen aus.")},
    )
    title = forms.CharField(
        label=_("Thema"),
        max_length=200,
        help_text=_("In wenigen Worten, höchstens 200 Zeichen."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        error_messages={"required": _("Bitte nennen Sie das Thema.")},
    )
    description = forms.CharField(
        label=_("Worum es geht"),
        max_length=3000,
        required=False,
        help_text=_("Freiwillig: Was soll besprochen werden, und wer könnte berichten? Höchstens 3.000 Zeichen."),
        widget=forms.Textarea(attrs={"rows": 6, "autocomplete": "off"}),
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["organisation"]
        field.queryset = organisations
        field.widget.attrs["autocomplete"] = "off"
        self.single = len(organisations) == 1
        if self.single:
            field.initial = organisations[0].slug
            field.widget = forms.HiddenInput()
        self.helper = FormHelper(self)
        self.helper.form_tag = False

    def clean_title(self):
        return self.cleaned_data["title"].strip()

    def clean_description(self):
        return self.cleaned_data["description"].strip()
