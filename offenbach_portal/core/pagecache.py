"""Whole-page cache for anonymous visitors (docs/architecture.md, "Caching").

Pages, exports, feeds and sitemap sections that an anonymous visitor gets are
kept in Django's default cache, per address and language, so that every
process shares them when the cache is Redis (REDIS_URL). What a logged-in
user, a form with a CSRF token, a message or a cookie touches is never kept.

Invalidation is one content version, a key in the cache that the page keys
contain. Every save or delete of a model whose data the public may see removes
it, right away and again when the transaction commits (so that a page
rendered from the old data while the transaction ran is not kept under the
next version); the next request starts a new one, and every kept page is
stale at once. It also turns over when the time of the next scheduled
publication (a `Publishable` published with a future date) has come. Such a
model is every model registered with django-reversion (every editable model
keeps history) and any other that an app names with `register(model)` from
its `AppConfig.ready()`; core names no app.

A cache that cannot be reached is not an error here: the page is served
uncached."""

import hashlib
import logging
import uuid

import reversion
from django.apps import apps
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.translation import get_language, get_language_from_path

from .publication import Publishable, Status

logger = logging.getLogger(__name__)

VERSION_KEY = "portal:content-version"
PAGE_KEY_PREFIX = "portal:page"
DATA_KEY_PREFIX = "portal:data"
STORED_STATUSES = (200, 301)
# A response with one of these in its Cache-Control is for one visitor only.
PRIVATE_DIRECTIVES = ("private", "no-store", "no-cache")
# Request headers on which a kept page may vary: the language is in the key,
# the cookies of a visitor whose page differs (session, messages) bypass the cache.
HARMLESS_VARY = {"cookie", "accept-language", "accept-encoding"}
CACHE_STATUS_HEADER = "X-Page-Cache"

_models = set()


def register(model):
    """Make saves and deletes of `model` invalidate the kept pages (for a
    public model that is not registered with django-reversion)."""
    _models.add(model)


def invalidates_pages(model):
    return model in _models or reversion.is_registered(model)


def _next_publication():
    """When the next scheduled publication appears (a timestamp; 0: none is
    planned). A published entry with a future date becomes public without a
    save, so the pages must turn stale then too. One query per publishable model."""
    now = timezone.now()
    dates = []
    for model in apps.get_models():
        if issubclass(model, Publishable):
            planned = model._default_manager.filter(status=Status.PUBLISHED, published_at__gt=now)
            date = planned.order_by("published_at").values_list("published_at", flat=True).first()
            if date is not None:
                dates.append(date)
    return min(dates).timestamp() if dates else 0


def content_version():
    """The current content version (created when missing; replaced when a
    scheduled publication's time has come). Raises when the cache is unreachable."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    due_key = f"{VERSION_KEY}:next-publication:{version}"
    due = cache.get(due_key)
    if due is None:
        due = _next_publication()
        cache.set(due_key, due, timeout=None if due else settings.PAGE_CACHE_SECONDS)
    if due and timezone.now().timestamp() >= due:
        cache.delete_many([VERSION_KEY, due_key])
        return content_version()
    return version


def cached_data(name, build):
    """What `build()` returns, kept with the pages: per language and content
    version, so that any change of public content (or a scheduled publication
    coming due) builds it afresh. For parts of a page that a page-cache miss
    would otherwise compute from the whole table: the directory's filter
    choices, the news archive's years. Built every time while the page cache
    is off (PAGE_CACHE_SECONDS=0) or the cache cannot be reached."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return build()
    try:
        key = f"{DATA_KEY_PREFIX}:{content_version()}:{get_language() or settings.LANGUAGE_CODE}:{name}"
        value = cache.get(key)
    except Exception:
        logger.warning("Page cache: the cache is unreachable; %s built afresh.", name)
        return build()
    if value is None:
        value = build()
        try:
            cache.set(key, value, settings.PAGE_CACHE_SECONDS)
        except Exception:
            logger.warning("Page cache: the cache is unreachable; %s was not kept.", name)
    return value


def bump_content_version():
    """Make every kept page stale (the next request starts a new version).
    Never fails a save: a cache that is down keeps no pages either."""
    try:
        cache.delete(VERSION_KEY)
    except Exception:
        logger.warning("Page cache: the content version could not be changed (cache unreachable).")


def _content_changed(sender, instance=None, using=None, **kwargs):
    action = kwargs.get("action")
    if action is not None and not action.startswith("post_"):
        return  # m2m_changed: only once the relation is written
    model = type(instance) if instance is not None else sender
    if not (invalidates_pages(model) or invalidates_pages(sender)):
        return
    bump_content_version()
    connection = transaction.get_connection(using)
    if connection.in_atomic_block:
        transaction.on_commit(bump_content_version, using=using)


def _setting_changed(**kwargs):
    # Settings change in tests only (override_settings); pages built with the old ones are stale.
    bump_content_version()


def connect_signals():
    from django.core.signals import setting_changed

    for name, signal in (("save", post_save), ("delete", post_delete), ("m2m", m2m_changed)):
        signal.connect(_content_changed, dispatch_uid=f"portal-page-cache-{name}")
    setting_changed.connect(_setting_changed, dispatch_uid="portal-page-cache-settings")


def _path_without_language(path):
    language = get_language_from_path(path)
    return path[len(language) + 1 :] if language else path


def may_use_cache(request):
    """Whether this request may be answered from the cache (and its answer kept):
    an anonymous GET or HEAD without a session or message cookie, outside the
    admin, the account pages and the member area."""
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or CookieStorage.cookie_name in request.COOKIES:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    if _path_without_language(request.path_info).startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS)):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _shows_messages(request):
    storage = getattr(request, "_messages", None)
    return storage is not None and bool(storage.used or storage.added_new or getattr(storage, "_queued_messages", None))


def may_store(request, response):
    """Whether the answer is the same for every anonymous visitor."""
    if request.method != "GET" or response.status_code not in STORED_STATUSES or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    if _shows_messages(request) or b"csrfmiddlewaretoken" in response.content:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in PRIVATE_DIRECTIVES):
        return False
    vary = {header.strip().lower() for header in response.get("Vary", "").split(",") if header.strip()}
    return vary <= HARMLESS_VARY


def page_key(request, version):
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"{PAGE_KEY_PREFIX}:{version}:{get_language()}:{address}"


def _rebuilt(stored):
    status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def _mark_public(response):
    if "Cache-Control" not in response:
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
    patch_vary_headers(response, ("Cookie",))
    if not response.has_header("ETag"):
        set_response_etag(response)


def _mark_private(response):
    if "Cache-Control" not in response and not response.streaming:
        patch_cache_control(response, private=True, no_cache=True)


class PageCacheMiddleware:
    """Answers anonymous visitors from the cache (0 queries) and keeps what
    they may share; adds ETag and Cache-Control and answers conditional
    requests with 304. Sits after the auth and message middleware (it needs
    the user and the messages) and inside CSP and security headers, which
    are added to a kept page as to a fresh one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_use_cache(request):
            response = self.get_response(request)
            _mark_private(response)
            return response
        key = None
        try:
            key = page_key(request, content_version())
            stored = cache.get(key)
        except Exception:
            logger.warning("Page cache: the cache is unreachable; serving uncached.")
            stored = None
        if stored is not None:
            response = _rebuilt(stored)
            response[CACHE_STATUS_HEADER] = "hit"
            return get_conditional_response(request, etag=response.get("ETag"), response=response)
        response = self.get_response(request)
        if not may_store(request, response):
            _mark_private(response)
            return response
        _mark_public(response)
        if key is not None:
            try:
                cache.set(key, (response.status_code, list(response.items()), response.content), settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("Page cache: the cache is unreachable; the page was not kept.")
        response[CACHE_STATUS_HEADER] = "miss"
        return get_conditional_response(request, etag=response.get("ETag"), response=response)
