"""The home page's sections. Each app adds what it has to say on the front
door from its `AppConfig.ready()`, without the home page naming the app:

    home.register(latest_articles_section)

A section is a function `func(request)` that returns None (nothing to show)
or ``{"template": "<app>/….html", "context": {...}, "order": int}``; the home
page renders the returned templates, lowest order first. Each section should
cost a constant number of queries."""

_sections = []


def register(func):
    if func not in _sections:
        _sections.append(func)
    return func


def unregister(func):
    if func in _sections:
        _sections.remove(func)


def sections(request):
    found = [section for section in (func(request) for func in _sections) if section]
    return sorted(found, key=lambda section: section.get("order", 0))
