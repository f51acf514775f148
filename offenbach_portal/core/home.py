"""The home page's sections. Each app adds what it has to say on the front
door from its `AppConfig.ready()`, without the home page naming the app:

    home.register(latest_articles_section)

A section is a function `func(request)` that returns None (nothing to show)
or ``{"template": "<app>/….html", "context": {...}, "order": int}``; the home
page renders the returned templates, lowest order first. Each section should
cost a constant number of queries."""

from .sections import SectionRegistry

home_sections = SectionRegistry()
register = home_sections.register
unregister = home_sections.unregister
sections = home_sections.sections
