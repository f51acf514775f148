"""The daily retention tasks: `manage.py daily_maintenance` runs every one.

Core names no app: each app registers its own task from its
`AppConfig.ready()`:

    maintenance.register("contact-messages", purge_expired_messages, order=10)

A task is a function `func(*, now)` that deletes what is due at `now` (an
aware datetime, passed so that tests can freeze the clock) and returns one
line for the log ("3 Nachrichten gelöscht"). Core itself registers Django's
expired sessions (`clearsessions`). A task that fails is logged and the
others still run; the command then exits non-zero."""

from dataclasses import dataclass

_tasks = {}


@dataclass(frozen=True)
class Task:
    key: str
    func: object
    order: int = 100


def register(key, func, *, order=100):
    _tasks[key] = Task(key=key, func=func, order=order)


def unregister(key):
    _tasks.pop(key, None)


def tasks():
    return sorted(_tasks.values(), key=lambda task: (task.order, task.key))


def clear_expired_sessions(*, now):
    """Django's `clearsessions` for the configured session engine."""
    from importlib import import_module

    from django.conf import settings

    engine = import_module(settings.SESSION_ENGINE)
    store = engine.SessionStore
    if hasattr(store, "get_model_class"):  # database sessions: delete by `now`
        model = store.get_model_class()
        deleted = model.objects.filter(expire_date__lt=now).delete()[0]
        return f"{deleted} abgelaufene Sitzungen gelöscht."
    store.clear_expired()
    return "Abgelaufene Sitzungen bereinigt."
