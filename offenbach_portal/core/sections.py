"""Sections that other apps add to a page without the page's app naming them
(arrows point one way): the home page, an organisation's profile, a meeting's
page, a programme's or project's page.

Each page owns one `SectionRegistry`. An app registers a function from its
`AppConfig.ready()`; the function takes the request (and the page's object)
and returns None (nothing to show) or
``{"template": "<app>/….html", "context": {...}, "order": int}``.
`registry.render(request, *args)` gives the rendered sections, lowest order
first. Each section should cost a constant number of queries."""

from django.template.loader import render_to_string


class SectionRegistry:
    def __init__(self):
        self._functions = []

    def register(self, func):
        if func not in self._functions:
            self._functions.append(func)
        return func

    def unregister(self, func):
        if func in self._functions:
            self._functions.remove(func)

    def sections(self, request, *args):
        """The sections the registered functions return, in order."""
        found = [section for section in (func(request, *args) for func in self._functions) if section]
        return sorted(found, key=lambda section: section.get("order", 0))

    def render(self, request, *args):
        return [
            render_to_string(section["template"], section.get("context", {}), request=request) for section in self.sections(request, *args)
        ]
