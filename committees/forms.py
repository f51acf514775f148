from django import forms
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.text import clean_query


class ArchiveFilterForm(forms.Form):
    """The archive's filters. A value that is not on offer is ignored, never an error page."""

    thema = forms.ChoiceField(label=_("Themenfeld"), required=False)
    jahr = forms.TypedChoiceField(label=_("Jahr"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, topics, years):
        if data is not None:
            data = {name: clean_query(data.get(name)) for name in ("thema", "jahr") if name in data}
        super().__init__(data)
        self.topics = {topic.slug: topic for topic in topics}
        self.fields["thema"].choices = [("", _("alle Themenfelder"))] + [(t.slug, t.name) for t in topics]
        self.fields["jahr"].choices = [("", _("alle Jahre"))] + [(str(y), str(y)) for y in years]

    def selected(self):
        """(topic area or None, year or None) from the valid part of the query."""
        self.is_valid()
        data = self.cleaned_data
        return self.topics.get(data.get("thema") or ""), data.get("jahr")
