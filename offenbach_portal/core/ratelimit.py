"""A small fixed-window rate limit per client, kept in Django's cache.

The cache must be shared between the server processes for the limit to hold
across several gunicorn workers: settings use Redis when REDIS_URL is set.
No IP address is ever stored: the cache key holds an HMAC-SHA-256 of the
address (keyed with SECRET_KEY, so that the 2³² IPv4 addresses cannot simply
be hashed and looked up), and the entry expires with its window.
"""

import ipaddress
import re

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils.crypto import salted_hmac

PERIODS = {"s": 1, "m": 60, "h": 60 * 60, "d": 24 * 60 * 60}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*([smhd])\s*$")


def parse_rate(rate):
    """`"5/h"` → `(5, 3600)`: the number of hits allowed per period in seconds."""
    match = _RATE.match(rate or "")
    if not match or int(match.group(1)) < 1:
        raise ImproperlyConfigured(f"A rate looks like 5/h (N per s, m, h or d), not {rate!r}.")
    return int(match.group(1)), PERIODS[match.group(2)]


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or behind our reverse proxy
    (SECURE_PROXY_SSL_HEADER set, i.e. BEHIND_PROXY=1) the right-most
    X-Forwarded-For entry, the one our own proxy appended. Entries further
    left come from the client and can be forged."""
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if forwarded[-1]:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def client_ip_address(request):
    """`client_ip` when it is an IP address, else None: for storing the address
    in an IP address column (django-axes' lock counts), where PostgreSQL
    refuses anything else – a login through the test client or a garbled
    header must not end in a 500."""
    address = client_ip(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def _key(scope, request):
    digest = salted_hmac("offenbach_portal.core.ratelimit", client_ip(request), algorithm="sha256").hexdigest()
    return f"ratelimit:{scope}:{digest}"


def hit(request, scope, rate):
    """Count one hit for this client in `scope` and say whether it is still
    within `rate` (True) or over the limit (False)."""
    limit, period = parse_rate(rate)
    key = _key(scope, request)
    cache.add(key, 0, timeout=period)  # starts the window; does nothing if it runs already
    try:
        count = cache.incr(key)
    except ValueError:  # the window expired between add and incr
        cache.add(key, 1, timeout=period)
        count = 1
    return count <= limit
