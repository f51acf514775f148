"""Extension points through which other apps add sections to a programme's
and a project's page without `programmes` importing them (arrows point one
way): `programme_section_registry.register(func)` with `func(request, programme)`,
`project_section_registry.register(func)` with `func(request, project)`; see
`offenbach_portal.core.sections`. Usually filled in an AppConfig.ready()."""

from offenbach_portal.core.sections import SectionRegistry

programme_section_registry = SectionRegistry()
project_section_registry = SectionRegistry()
