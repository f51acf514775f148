"""The directory's filters as a django-filter FilterSet.

Every parameter is a select of known values (or the search text), so every
state of the directory is a plain link that works without JavaScript. A value
that is not among the choices is ignored, never an error page: django-filter
only applies the fields that validate, and `ignored` names the others so the
page can say so. Filters other apps register (orgs.extensions) are added to
each FilterSet from the registry, next to the built-in ones."""

from dataclasses import dataclass
from functools import cached_property

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q, TextField, Value
from django.db.models.functions import Replace
from django.db.models.lookups import IContains
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.pagecache import cached_data
from offenbach_portal.core.text import APOSTROPHE, APOSTROPHE_VARIANTS, clean_query, normalise_apostrophes

from .extensions import directory_filters
from .models import District, Language, Offer, Organisation
from .sorting import collation_key

SORTS = {
    "name": (_("Name (A–Z)"), ["name", "pk"]),
    "neueste": (_("Neueste zuerst"), ["-created_at", "-pk"]),
    "gruendung": (_("Gründungsjahr (älteste zuerst)"), [F("founded_year").asc(nulls_last=True), "name", "pk"]),
}
DEFAULT_SORT = "name"


def _apostrophes_alike(field):
    """The column `field` with every apostrophe (' ’ ʼ) as ʼ, the one the portal's texts use."""
    expression = F(field)
    for variant in APOSTROPHE_VARIANTS:
        if variant != APOSTROPHE:
            expression = Replace(expression, Value(variant), Value(APOSTROPHE), output_field=TextField())
    return expression


def search_q(query):
    """Name, short name or the description in any portal language contains
    `query`; the apostrophes ' ’ ʼ count as one letter in both („об'єднання“
    finds „обʼєднання“ and the other way round)."""
    if not any(variant in query for variant in APOSTROPHE_VARIANTS):
        condition = Q(name__icontains=query) | Q(short_name__icontains=query)
        for code, _name in settings.LANGUAGES:
            condition |= Q(**{f"description_{code}__icontains": query})
        return condition
    query = normalise_apostrophes(query)
    fields = ["name", "short_name", *(f"description_{code}" for code, _name in settings.LANGUAGES)]
    condition = Q()
    for field in fields:
        condition |= Q(IContains(_apostrophes_alike(field), query))
    return condition


# The choices read from the database are kept with the pages (shared by every
# process when Redis is configured) until public content changes.
def _cached_choices(name, build):
    return cached_data(f"orgs:directory-choices:{name}", build)


def language_choices():
    """The languages at least one directory organisation speaks, named and
    sorted in the visitor's language."""
    return _cached_choices("sprache", _language_choices)


def district_choices():
    return _cached_choices("stadtteil", _district_choices)


def _language_choices():
    language = get_language() or "de"
    used = Language.objects.filter(organisations__in=Organisation.objects.listed()).distinct()
    return sorted(((lang.code, lang.name) for lang in used), key=lambda choice: collation_key(choice[1], language))


def _district_choices():
    used = District.objects.filter(organisations__in=Organisation.objects.listed()).distinct()
    return sorted(((district.slug, district.name) for district in used), key=lambda choice: collation_key(choice[1]))


def query_string_without(params, *names):
    """The directory's query string without `names` (and without the page),
    each remaining parameter once, in the order the visitor's URL has them."""
    kept = QueryDict(mutable=True)
    for key, values in params.lists():
        if key not in names and key != "page" and values[-1]:
            kept[key] = values[-1]
    encoded = kept.urlencode()
    return f"?{encoded}" if encoded else "?"


class QueryField(forms.CharField):
    """The search text, cleaned rather than refused: a NUL byte or a
    5,000-character query still searches."""

    def to_python(self, value):
        return clean_query(value)


class SearchFilter(django_filters.CharFilter):
    field_class = QueryField

    def filter(self, queryset, value):
        return queryset.filter(search_q(value)) if value else queryset


class OfferCategoryFilter(django_filters.ChoiceFilter):
    """Organisations with at least one offer in the category, each listed once."""

    def filter(self, queryset, value):
        if not value:
            return queryset
        return queryset.filter(Exists(Offer.objects.filter(organisation=OuterRef("pk"), category=value)))


class SortFilter(django_filters.ChoiceFilter):
    def filter(self, queryset, value):
        return queryset.order_by(*SORTS[value or DEFAULT_SORT][1])


class ExtensionFilter(django_filters.ChoiceFilter):
    """A filter another app registered (see orgs.extensions)."""

    def __init__(self, extension):
        self.extension = extension
        choices = [(str(value), label) for value, label in extension.choices()]
        super().__init__(field_name=extension.param, label=extension.label, choices=choices, empty_label=_("alle"))

    def filter(self, queryset, value):
        return self.extension.apply(queryset, value) if value else queryset


UNMATCHED_LABEL_LENGTH = 40


def unmatched_label(name, value):
    """A filter value shown back to the visitor: the language's or district's
    name when the portal knows it (no organisation has it), else the value."""
    # Cleaned first: a NUL byte is no value PostgreSQL can compare.
    value = clean_query(value)[:UNMATCHED_LABEL_LENGTH]
    known = {"sprache": (Language, "code"), "stadtteil": (District, "slug")}
    if name in known and value:
        model, field = known[name]
        found = model.objects.filter(**{field: value}).first()
        if found is not None:
            return found.name
    return value


@dataclass
class ActiveFilter:
    param: str
    label: str
    value: str
    value_label: str
    remove_url: str


class DirectoryFilterSet(django_filters.FilterSet):
    """What a visitor asked the directory for, reduced to what it understands."""

    q = SearchFilter(label=_("Name oder Stichwort"))
    art = django_filters.ChoiceFilter(
        field_name="kind", label=_("Art"), choices=Organisation.Kind.choices, empty_label=_("Vereine und Gemeinden")
    )
    sprache = django_filters.ChoiceFilter(field_name="languages__code", label=_("Sprache"), choices=language_choices, empty_label=_("alle"))
    stadtteil = django_filters.ChoiceFilter(
        field_name="district__slug", label=_("Stadtteil"), choices=district_choices, empty_label=_("alle")
    )
    angebot = OfferCategoryFilter(label=_("Angebot"), choices=Offer.Category.choices, empty_label=_("alle"))
    sortierung = SortFilter(label=_("Sortierung"), choices=[(value, label) for value, (label, _order) in SORTS.items()], empty_label=None)

    # Not filters that narrow the list: the search box and the sort order.
    NOT_LISTED = frozenset({"q", "sortierung"})

    class Meta:
        model = Organisation
        fields = ()

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        # Choices read from the database are read once per request, not each
        # time the form validates or renders them.
        for directory_filter in self.filters.values():
            if callable(directory_filter.extra.get("choices")):
                directory_filter.extra["choices"] = list(directory_filter.extra["choices"]())
        # Filters other apps register, after the built-in ones, before the sort order.
        sort = self.filters.pop("sortierung")
        for extension in directory_filters():
            extension_filter = self.filters[extension.param] = ExtensionFilter(extension)
            extension_filter.model, extension_filter.parent = self.queryset.model, self
        self.filters["sortierung"] = sort

    @property
    def cleaned_data(self):
        """The valid part of the visitor's query (validated once; the form keeps the result)."""
        if not self.is_bound:
            return {}
        self.form.is_valid()
        return self.form.cleaned_data

    def filter_queryset(self, queryset):
        """What `listed()` shows: published, offices and institutions only when
        the visitor filters for their kind. A filter value that matches no
        organisation (`?sprache=ar`) is still a filter: nothing is found."""
        if self.unmatched:
            return queryset.none()
        queryset = queryset.listed(kind=self.cleaned_data.get("art") or None)
        queryset = super().filter_queryset(queryset)
        if "sortierung" not in self.cleaned_data:  # an unknown sort order: the default one
            queryset = self.filters["sortierung"].filter(queryset, DEFAULT_SORT)
        return queryset

    @property
    def query(self):
        return self.cleaned_data.get("q", "")

    @property
    def sort(self):
        return self.cleaned_data.get("sortierung") or DEFAULT_SORT

    @property
    def ignored(self):
        """The parameters the directory does not know a value of and leaves
        out (the sort order); an unknown filter value is `unmatched` instead."""
        return [name for name in self.form.errors if name not in self.unmatched_names]

    @property
    def unmatched_names(self):
        return [name for name in self.form.errors if name in self.filters and name not in self.NOT_LISTED]

    @cached_property
    def unmatched(self):
        """The filters whose value no organisation in the directory has."""
        return [
            ActiveFilter(
                param=name,
                label=self.filters[name].label,
                value=self.data.get(name, ""),
                value_label=unmatched_label(name, self.data.get(name, "")),
                remove_url=query_string_without(self.data, name),
            )
            for name in self.unmatched_names
        ]

    @property
    def filter_fields(self):
        """The form's selects that narrow the list, built-in and registered."""
        return [self.form[name] for name in self.filters if name not in self.NOT_LISTED]

    @property
    def active(self):
        """The filters in force, each with a link that removes it."""
        active = []
        for field in self.filter_fields:
            value = self.cleaned_data.get(field.name)
            if value:
                active.append(
                    ActiveFilter(
                        param=field.name,
                        label=field.label,
                        value=value,
                        value_label=dict(field.field.choices)[value],
                        remove_url=query_string_without(self.data, field.name),
                    )
                )
        return active

    @property
    def filters_shown(self):
        """The filters the page lists as in force: the known ones and those no organisation matches."""
        return [*self.active, *self.unmatched]

    @property
    def is_filtered(self):
        return bool(self.query or self.active or self.unmatched_names)

    @property
    def remove_query_url(self):
        return query_string_without(self.data, "q")

    def querydict(self):
        """The visitor's query reduced to what applies: for links to other
        pages of the same result (a 5,000-character or invalid parameter does
        not travel on)."""
        params = QueryDict(mutable=True)
        if self.query:
            params["q"] = self.query
        for active in self.active:
            params[active.param] = active.value
        if self.sort != DEFAULT_SORT:
            params["sortierung"] = self.sort
        return params
