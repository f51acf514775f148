"""Extension points through which other apps add to the directory and the
profile without `orgs` importing them (arrows point one way).

Profile sections: `register_profile_section(func)`; `func(request, organisation)`
returns None (nothing to show) or a dict
``{"template": "<app>/….html", "context": {...}, "order": int}``. The profile
renders every returned template, lowest order first, below the organisation's
own content. Each section should cost a constant number of queries.

Directory filters: `register_directory_filter(f)`; `f` has
  - `param`: the GET parameter, e.g. "kompetenzteam",
  - `label`: a (lazily translated) label,
  - `choices()`: a list of (value, label) pairs,
  - `apply(queryset, value)`: the queryset narrowed to `value`.
The directory adds it to its django-filter FilterSet (orgs.filters) and shows
it like the built-in filters (a select in the filter form), keeps it in every
shareable URL, lists it among the active filters and ignores values that are
not among its choices. `choices()` is called once per request.

Both registries are usually filled in an AppConfig.ready()."""

from offenbach_portal.core.sections import SectionRegistry

profile_section_registry = SectionRegistry()
register_profile_section = profile_section_registry.register
unregister_profile_section = profile_section_registry.unregister
profile_sections = profile_section_registry.sections

_directory_filters = []


# Parameters the directory itself uses; a registered filter must pick another.
RESERVED_PARAMS = {"q", "art", "sprache", "stadtteil", "angebot", "sortierung", "page"}


def register_directory_filter(directory_filter):
    if directory_filter in _directory_filters:
        return directory_filter
    taken = RESERVED_PARAMS | {f.param for f in _directory_filters}
    if directory_filter.param in taken:
        raise ValueError(f"The directory already uses the parameter {directory_filter.param!r}.")
    _directory_filters.append(directory_filter)
    return directory_filter


def unregister_directory_filter(directory_filter):
    if directory_filter in _directory_filters:
        _directory_filters.remove(directory_filter)


def directory_filters():
    return list(_directory_filters)
