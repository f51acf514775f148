"""Extension point through which other apps add sections to a meeting's page
without `committees` importing them (arrows point one way).

`register_meeting_section(func)`; `func(request, meeting)` returns None
(nothing to show) or ``{"template": "<app>/….html", "context": {...}, "order": int}``.
The meeting page renders every returned template, lowest order first, below
the meeting's own content. Each section should cost a constant number of
queries. Usually filled in an AppConfig.ready()."""

_meeting_sections = []


def register_meeting_section(func):
    if func not in _meeting_sections:
        _meeting_sections.append(func)
    return func


def unregister_meeting_section(func):
    if func in _meeting_sections:
        _meeting_sections.remove(func)


def meeting_sections(request, meeting):
    """The sections other apps contribute to `meeting`'s page, in order."""
    sections = [section for section in (func(request, meeting) for func in _meeting_sections) if section]
    return sorted(sections, key=lambda section: section.get("order", 0))
