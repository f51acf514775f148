"""The directory's filters. Built-in filters and those other apps register
(orgs.extensions) share one shape: `param`, `label`, `choices()` and
`apply(queryset, value)`. `DirectoryQuery` reads a request's GET parameters,
keeps only values it knows, and says which filters apply."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .extensions import directory_filters
from .models import District, Language, Offer, Organisation
from .sorting import collation_key

MAX_QUERY_LENGTH = 200


def clean_text(value, max_length=MAX_QUERY_LENGTH):
    """A search text without NUL bytes and control characters, trimmed and cut to `max_length`."""
    value = "".join(char for char in (value or "") if char.isprintable() or char == " ")
    return " ".join(value.split())[:max_length]


class KindFilter:
    param = "art"
    label = _("Art")

    def choices(self):
        return list(Organisation.Kind.choices)

    def apply(self, queryset, value):
        return queryset.filter(kind=value)


class LanguageFilter:
    param = "sprache"
    label = _("Sprache")

    def choices(self):
        """The languages at least one directory organisation speaks, named and
        sorted in the visitor's language."""
        language = get_language() or "de"
        used = Language.objects.filter(organisations__in=Organisation.objects.listed()).distinct()
        return sorted(((lang.code, lang.name) for lang in used), key=lambda choice: collation_key(choice[1], language))

    def apply(self, queryset, value):
        return queryset.filter(languages__code=value)


class DistrictFilter:
    param = "stadtteil"
    label = _("Stadtteil")

    def choices(self):
        used = District.objects.filter(organisations__in=Organisation.objects.listed()).distinct()
        return sorted(((district.slug, district.name) for district in used), key=lambda choice: collation_key(choice[1]))

    def apply(self, queryset, value):
        return queryset.filter(district__slug=value)


class OfferCategoryFilter:
    param = "angebot"
    label = _("Angebot")

    def choices(self):
        return list(Offer.Category.choices)

    def apply(self, queryset, value):
        return queryset.filter(Exists(Offer.objects.filter(organisation=OuterRef("pk"), category=value)))


BUILT_IN_FILTERS = [KindFilter(), LanguageFilter(), DistrictFilter(), OfferCategoryFilter()]

SORTS = {
    "name": (_("Name (A–Z)"), ["name", "pk"]),
    "neueste": (_("Neueste zuerst"), ["-created_at", "-pk"]),
    "gruendung": (_("Gründungsjahr (älteste zuerst)"), [F("founded_year").asc(nulls_last=True), "name", "pk"]),
}
DEFAULT_SORT = "name"


@dataclass
class FilterState:
    param: str
    label: str
    choices: list
    value: str = ""
    value_label: str = ""
    remove_url: str = ""
    filter: object = None


@dataclass
class DirectoryQuery:
    """What a visitor asked the directory for, reduced to what it understands."""

    query: str = ""
    sort: str = DEFAULT_SORT
    filters: list = field(default_factory=list)
    ignored: list = field(default_factory=list)

    @classmethod
    def from_request(cls, params: QueryDict):
        state = cls(query=clean_text(params.get("q", "")))
        sort = params.get("sortierung", "")
        if sort in SORTS:
            state.sort = sort
        elif sort:
            state.ignored.append("sortierung")
        for directory_filter in BUILT_IN_FILTERS + directory_filters():
            choices = [(str(value), label) for value, label in directory_filter.choices()]
            raw = params.get(directory_filter.param, "")
            labels = dict(choices)
            filter_state = FilterState(
                param=directory_filter.param, label=directory_filter.label, choices=choices, filter=directory_filter
            )
            if raw in labels:
                filter_state.value, filter_state.value_label = raw, labels[raw]
                filter_state.remove_url = cls.url_without(params, directory_filter.param)
            elif raw:
                state.ignored.append(directory_filter.param)
            state.filters.append(filter_state)
        return state

    @staticmethod
    def url_without(params, *names):
        """The directory's query string without `names` (and without the page)."""
        kept = QueryDict(mutable=True)
        for key, values in params.lists():
            if key not in names and key != "page" and values[-1]:
                kept[key] = values[-1]
        encoded = kept.urlencode()
        return f"?{encoded}" if encoded else "?"

    def querydict(self):
        """The visitor's query reduced to what applies: for links to other
        pages of the same result (a 5,000-character or invalid parameter does
        not travel on)."""
        params = QueryDict(mutable=True)
        if self.query:
            params["q"] = self.query
        for filter_state in self.active:
            params[filter_state.param] = filter_state.value
        if self.sort != DEFAULT_SORT:
            params["sortierung"] = self.sort
        return params

    @property
    def active(self):
        return [f for f in self.filters if f.value]

    def apply(self, queryset):
        """Narrow the organisations the directory lists (`listed()`: published,
        offices and institutions only when the visitor filters for their kind)."""
        kind = next((f.value for f in self.active if f.param == KindFilter.param), None)
        queryset = queryset.listed(kind=kind)
        for filter_state in self.active:
            if filter_state.param == KindFilter.param:
                continue
            queryset = filter_state.filter.apply(queryset, filter_state.value)
        if self.query:
            queryset = queryset.filter(search_q(self.query))
        return queryset.order_by(*SORTS[self.sort][1])


def search_q(query):
    """Name, short name or the description in any portal language contains `query`."""
    condition = Q(name__icontains=query) | Q(short_name__icontains=query)
    for code, _name in settings.LANGUAGES:
        condition |= Q(**{f"description_{code}__icontains": query})
    return condition
