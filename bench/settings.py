"""The portal's settings for `make bench`: production's (DEBUG off, no
development conveniences), on the benchmark's own PostgreSQL database and
Redis, plus one URL only the benchmark has: /bench/hello/, a view that
answers "hello" through the same middleware, the yardstick for throughput.

    BENCH_DATABASE_URL  default postgres://postgres@127.0.0.1:5432/portal_bench
    BENCH_REDIS_URL     default redis://127.0.0.1:6379/15 (the cache every worker shares)

It sets DATABASE_URL and REDIS_URL from these before the project's settings
read them, so that the project's own database is never used."""

import os

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/portal_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/15"

os.environ["DEBUG"] = "0"
os.environ["PORTAL_HTTPS"] = "0"  # plain HTTP on 127.0.0.1: no redirect, no secure-only cookies
os.environ["ALLOWED_HOSTS"] = "127.0.0.1,localhost,testserver"
os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
os.environ["REDIS_URL"] = os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL)
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret-0123456789abcdefghijklmnopqrstuvwxyz")

from offenbach_portal.settings import *  # noqa: E402,F403

ROOT_URLCONF = "bench.urls"
AXES_ENABLED = False  # the benchmark logs its admin in with force_login; no login attempts to count
