from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Article


class ArticleFilterForm(forms.Form):
    """Category and year of /aktuelles/. An unknown value is not an error: the
    list ignores it and says so (`ignored`)."""

    kategorie = forms.ChoiceField(label=_("Kategorie"), required=False)
    jahr = forms.ChoiceField(label=_("Jahr"), required=False)

    def __init__(self, data, *, years):
        super().__init__(data)
        self.fields["kategorie"].choices = [("", _("alle Kategorien")), *Article.Category.choices]
        self.fields["jahr"].choices = [("", _("alle Jahre")), *[(str(year), str(year)) for year in years]]
        self.fields["kategorie"].widget.attrs["id"] = "filter-kategorie"
        self.fields["jahr"].widget.attrs["id"] = "filter-jahr"

    def selected(self):
        """(category, year, ignored): the valid filters, and the labels of the ignored ones."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        ignored = [self.fields[name].label for name in self.errors]
        category = cleaned.get("kategorie") or None
        year = int(cleaned["jahr"]) if cleaned.get("jahr") else None
        return category, year, ignored
