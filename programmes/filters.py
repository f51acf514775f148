"""The project list's filters as a django-filter FilterSet: programme, field
of action, sponsor type, status and year. Every value is a select of known
choices, so every state of the list is a shareable link; an unknown value is
ignored (django-filter only applies the fields that validate), never an error."""

import django_filters
from django.db.models import Max, Min, Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.languages import fallback_language
from orgs.models import Organisation

from .models import FieldOfAction, Programme, Project, today_in_berlin


class OptionLabel(str):
    """The text of an <option> that knows the language it is shown in: `lang`
    is "de" when a name is the German fallback on a page in another language
    (the template marks the option with it), else None."""

    def __new__(cls, text, lang=None):
        label = super().__new__(cls, text)
        label.lang = lang
        return label


def field_value(field):
    """A field of action in a URL: the programme's slug and the number, e.g. „modellregion-integration-3“."""
    return f"{field.programme.slug}-{field.number}"


class FieldFilter(django_filters.ChoiceFilter):
    def filter(self, queryset, value):
        if not value:
            return queryset
        return queryset.filter(fields_of_action=self.parent.field_ids[value])


class SponsorTypeFilter(django_filters.ChoiceFilter):
    def filter(self, queryset, value):
        if value == Project.SponsorType.CITY:
            return queryset.filter(sponsor__kind=Organisation.Kind.CITY_OFFICE)
        if value == Project.SponsorType.INDEPENDENT:
            return queryset.exclude(sponsor__kind=Organisation.Kind.CITY_OFFICE)
        return queryset


class YearFilter(django_filters.ChoiceFilter):
    """Projects that ran in the year (from its start to its end or until today)."""

    def filter(self, queryset, value):
        return queryset.running_in(int(value)) if value else queryset


class ProjectFilterSet(django_filters.FilterSet):
    programm = django_filters.ChoiceFilter(field_name="programme__slug", label=_("Programm"), empty_label=_("alle"))
    handlungsfeld = FieldFilter(label=_("Handlungsfeld"), empty_label=_("alle"))
    traeger = SponsorTypeFilter(label=_("Träger"), choices=Project.SponsorType.choices, empty_label=_("alle"))
    stand = django_filters.ChoiceFilter(field_name="state", label=_("Stand"), choices=Project.State.choices, empty_label=_("alle"))
    jahr = YearFilter(label=_("Jahr"), empty_label=_("alle"))

    class Meta:
        model = Project
        fields = ()

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        programmes = list(Programme.objects.published().only("slug", "name", "short_name"))
        self.filters["programm"].extra["choices"] = [(p.slug, OptionLabel(p.name, fallback_language(p, "name"))) for p in programmes]
        fields = list(
            FieldOfAction.objects.filter(programme__in=programmes).select_related("programme").order_by("programme__start", "number")
        )
        self.field_ids = {field_value(field): field.pk for field in fields}
        self.filters["handlungsfeld"].extra["choices"] = [
            (
                field_value(field),
                OptionLabel(f"{field.programme.short_name} {field.number}: {field.name}", fallback_language(field, "name")),
            )
            for field in fields
        ]
        self.filters["jahr"].extra["choices"] = [(str(year), str(year)) for year in self.years()]

    def years(self):
        bounds = self.queryset.aggregate(
            first=Min("start_year"), last=Max("end_year"), open_end=Max("start_year", filter=Q(end_year__isnull=True))
        )
        if bounds["first"] is None:
            return []
        last = max(filter(None, [bounds["last"], today_in_berlin().year if bounds["open_end"] else None, bounds["first"]]))
        return list(range(last, bounds["first"] - 1, -1))

    @property
    def cleaned_data(self):
        if not self.is_bound:
            return {}
        self.form.is_valid()
        return self.form.cleaned_data

    @property
    def ignored(self):
        return list(self.form.errors)

    @property
    def active(self):
        """(label, value label) of each filter in force."""
        active = []
        for name in self.filters:
            value = self.cleaned_data.get(name)
            if value:
                field = self.form[name]
                active.append((field.label, dict(field.field.choices)[value]))
        return active

    def querydict(self):
        """The visitor's query reduced to what applies, for the page links."""
        params = QueryDict(mutable=True)
        for name in self.filters:
            value = self.cleaned_data.get(name)
            if value:
                params[name] = value
        return params
