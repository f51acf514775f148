"""Django's Redis cache, made to survive Redis being down.

The cache is an aid, never a precondition: while Redis cannot be reached every
cache call behaves as a miss (`get` gives the default, `add` and `set` store
nothing, `incr` raises ValueError as for a missing key), so pages render from
the database and the rate limits let requests through instead of answering
500. One warning line says that Redis is gone (again at most every
`LOG_EVERY` seconds while it stays gone) and one line says when it is back;
for `PAUSE` seconds after a failure the cache does not even try, so that a
page does not wait for Redis on every call.

settings.py uses this backend when REDIS_URL is set.
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

# Seconds without trying Redis after a failure, and between two warning lines
# while it stays unreachable.
PAUSE = 5
LOG_EVERY = 600

_state = {"down_until": 0.0, "down": False, "logged_at": None}
_lock = threading.Lock()


def _errors():
    import redis

    return (redis.exceptions.RedisError, OSError)


def _failed(exc):
    now = time.monotonic()
    with _lock:
        _state["down_until"] = now + PAUSE
        first = not _state["down"]
        _state["down"] = True
        if first or _state["logged_at"] is None or now - _state["logged_at"] >= LOG_EVERY:
            _state["logged_at"] = now
            logger.warning(
                "Redis cache unavailable, the portal works without it (nothing cached, rate limits not counted): %s: %s",
                exc.__class__.__name__,
                exc,
            )


def _succeeded():
    if _state["down"]:
        with _lock:
            if _state["down"]:
                _state["down"] = False
                _state["logged_at"] = None
                logger.warning("Redis cache reachable again")


def reset():
    """Forget an earlier failure (for the tests)."""
    with _lock:
        _state.update(down_until=0.0, down=False, logged_at=None)


class _Miss(Exception):
    pass


class ResilientRedisCache(RedisCache):
    def _call(self, method, *args, **kwargs):
        if time.monotonic() < _state["down_until"]:
            raise _Miss
        try:
            result = getattr(super(), method)(*args, **kwargs)
        except _errors() as exc:
            _failed(exc)
            raise _Miss from exc
        _succeeded()
        return result

    def _safely(self, default, method, *args, **kwargs):
        try:
            return self._call(method, *args, **kwargs)
        except _Miss:
            return default

    def add(self, *args, **kwargs):
        return self._safely(False, "add", *args, **kwargs)

    def get(self, key, default=None, version=None):
        return self._safely(default, "get", key, default, version=version)

    def set(self, *args, **kwargs):
        return self._safely(None, "set", *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._safely(False, "touch", *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._safely(False, "delete", *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._safely({}, "get_many", *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._safely(False, "has_key", *args, **kwargs)

    def incr(self, key, delta=1, version=None):
        try:
            return self._call("incr", key, delta, version=version)
        except _Miss:
            raise ValueError(f"Key '{key}' not found (the cache is unavailable).") from None

    def set_many(self, *args, **kwargs):
        return self._safely([], "set_many", *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._safely(None, "delete_many", *args, **kwargs)

    def clear(self):
        return self._safely(False, "clear")
