"""Notices at the top of the back office's start page ("3 Profiländerungen
warten auf Prüfung"). The core names no app: each registers from its
`AppConfig.ready()` a function `func(request)` that returns None or
``(text, url)``, at a constant number of queries. `templates/admin/index.html`
shows them through `{% admin_notices %}`."""

_functions = []


def register(func):
    if func not in _functions:
        _functions.append(func)
    return func


def unregister(func):
    if func in _functions:
        _functions.remove(func)


def notices(request):
    return [notice for notice in (func(request) for func in _functions) if notice]
