"""Extension point through which other apps add sections to a meeting's page
without `committees` importing them (arrows point one way).

`register_meeting_section(func)`; `func(request, meeting)` returns None
(nothing to show) or ``{"template": "<app>/….html", "context": {...}, "order": int}``.
The meeting page renders every returned template, lowest order first, below
the meeting's own content. Each section should cost a constant number of
queries. Usually filled in an AppConfig.ready()."""

from offenbach_portal.core.sections import SectionRegistry

meeting_section_registry = SectionRegistry()
register_meeting_section = meeting_section_registry.register
unregister_meeting_section = meeting_section_registry.unregister
meeting_sections = meeting_section_registry.sections
