"""The member area's sections (`/mein-verein/`). The accounts app names no
domain app: `orgs` adds "my organisations" with the state of their pending
changes (and, for staff, the count of changes waiting for review),
`committees` adds the Kompetenzteam (meetings to attend, topics to propose,
members-only documents). Each registers from its `AppConfig.ready()`:

    member_area.register(my_organisations_section)

A section is a function `func(request)` that returns None (nothing to show
to this user) or ``{"template": "<app>/….html", "context": {...}, "order": int}``
and costs a constant number of queries."""

from offenbach_portal.core.sections import SectionRegistry

member_area_sections = SectionRegistry()
register = member_area_sections.register
unregister = member_area_sections.unregister
