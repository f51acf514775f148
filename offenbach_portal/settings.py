"""Settings for the Offenbach integration portal.

One settings module, driven by environment variables (see `.env.example`).
The defaults are the safe production ones: DEBUG off, a secret key required,
HTTPS-only cookies and HSTS. `make run` and `make dev` switch on what a local
machine needs.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

# A secret key is required unless DEBUG is on. `make run` writes a random one
# into `.secret_key` (ignored by git) on the first run.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
_secret_file = BASE_DIR / ".secret_key"
if not SECRET_KEY and _secret_file.exists():
    SECRET_KEY = _secret_file.read_text().strip()
if not SECRET_KEY:
    if DEBUG:
        SECRET_KEY = "insecure-development-key-only-used-with-debug-on"
    else:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off (see .env.example).")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "modeltranslation",  # must precede django.contrib.admin
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",  # the widgets' own templates for FORM_RENDERER
    "crispy_forms",
    "reversion",
    "import_export",
    "csp",
    "rules.apps.AutodiscoverRulesConfig",
    "axes",
    # The portal's shared apps (offenbach_portal/…), then the domains.
    "offenbach_portal.core",
    "offenbach_portal.pages",
    "offenbach_portal.contact",
    "offenbach_portal.accounts",
    "orgs",
    "committees",
    "programmes",
    "news",
]

MIDDLEWARE = [
    # First: an id for each request (X-Request-ID) and one log line per request.
    "offenbach_portal.core.request_log.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Permissions-Policy and Cross-Origin-Resource-Policy, also on static files and error pages.
    "offenbach_portal.core.middleware.SecurityHeadersMiddleware",
    "offenbach_portal.core.middleware.StaticFilesMiddleware",
    # An unreachable database answers 503 (it sees exceptions of views and templates last).
    "offenbach_portal.core.middleware.DatabaseUnavailableMiddleware",
    "csp.middleware.CSPMiddleware",
    # NUL bytes, control characters and broken UTF-8 in the address: 400 before any view.
    "offenbach_portal.core.middleware.InvalidAddressMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "offenbach_portal.core.middleware.RememberedLanguageMiddleware",
    "offenbach_portal.core.middleware.OpenDataLicenceMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Line breaks in forms as LF (after CsrfViewMiddleware, which reads the form).
    "offenbach_portal.core.middleware.LineBreakMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Anonymous visitors' pages from the cache (needs the user and the messages; inside CSP).
    "offenbach_portal.core.pagecache.PageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a locked-out login into our lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "offenbach_portal.urls"
WSGI_APPLICATION = "offenbach_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "offenbach_portal.core.context_processors.portal",
            ],
        },
    },
]

# Database: a SQLite file in the project unless DATABASE_URL says otherwise
# (production: postgres://user:password@host:5432/name).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared between processes, needed for a
# rate limit that holds across several gunicorn workers), local memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # Redis being down degrades to "no cache" with one log line (offenbach_portal/core/cache.py).
    CACHES = {
        "default": {
            "BACKEND": "offenbach_portal.core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "portal"}}

# Whole-page cache for anonymous visitors (offenbach_portal/core/pagecache.py):
# how long the server keeps a page (seconds; 0 switches the cache off), and the
# max-age a browser or the reverse proxy may keep it. Every content change makes
# the kept pages stale at once; these bound what changes without a save (a
# scheduled publication, tomorrow's "next meeting").
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
# Never kept, in every language: the back office, the account pages, the member area, the health check.
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/konto/", "/mein-verein/", "/healthz", "/sprache/"]

# Object permissions (who may see a draft or a members-only document) are
# `rules` predicates; see offenbach_portal/core/rules.py.
# AxesStandaloneBackend comes first: it refuses every login attempt of a
# locked-out username and address before a password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "rules.permissions.ObjectPermissionBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Protection against guessing, for the member login (/konto/anmelden/) and the
# back office (/admin/login/) alike: after 5 failed attempts for one username
# from one address, that combination is locked for 30 minutes (a failure while
# locked starts the 30 minutes again). The counts live in the database, so they
# hold across all gunicorn processes. Staff unlock in the admin ("Zugriffsversuche":
# delete the entry). Behind our proxy the address is the one the rate limit uses.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "offenbach_portal.core.ratelimit.client_ip_address"
AXES_LOCKOUT_CALLABLE = "offenbach_portal.accounts.lockout.lockout_response"
# A typed user name longer than any account's is cut before it is counted.
AXES_USERNAME_CALLABLE = "offenbach_portal.accounts.lockout.attempted_username"
# No log of successful logins (addresses are personal data); failed attempts
# are kept only as the lock counts, which axes removes after the cool-off.
AXES_DISABLE_ACCESS_LOG = True
# No banner at start and no info line per login attempt; lockouts are still logged as warnings.
AXES_VERBOSE = False

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:member-area"
LOGOUT_REDIRECT_URL = "home"

# Languages: German at unprefixed URLs, the others under /en/, /uk/, /ru/.
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", _("Deutsch")),
    ("en", _("Englisch")),
    ("uk", _("Ukrainisch")),
    ("ru", _("Russisch")),
]
# Each language named in its own language, for the switcher.
LANGUAGE_SELF_NAMES = {"de": "Deutsch", "en": "English", "uk": "Українська", "ru": "Русский"}
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates and times per language: British English, Ukrainian and Russian without
# a leading zero or an abbreviated "year" (see offenbach_portal/core/formats/).
FORMAT_MODULE_PATH = ["offenbach_portal.core.formats"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("de",)
# The admin's language tabs need jQuery UI: served by us from npm, never from a CDN.
# (modeltranslation reads the unprefixed JQUERY_UI_URL; Django admin's own jQuery is used.)
JQUERY_UI_URL = "jquery-ui/jquery-ui.min.js"
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Berlin")
USE_I18N = True
USE_TZ = True
# The language cookie is the only cookie an anonymous visitor gets: strictly
# necessary, first party, one year, not readable by scripts.
LANGUAGE_COOKIE_NAME = "portal_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Static files: KERN UX comes from node_modules (installed by `npm ci`),
# collected with our own files, hashed and compressed, served by whitenoise.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# The web fonts are built by `manage.py build_fonts` (`make assets`) into
# static/fonts/ from KERN UX's Fira Sans: never committed, served as fonts/….
WEBFONTS_DIR = BASE_DIR / "static" / "fonts"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("kern", BASE_DIR / "node_modules" / "@kern-ux" / "native" / "dist"),
    ("jquery-ui", BASE_DIR / "node_modules" / "jquery-ui" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploads (logos, article images): in MEDIA_ROOT on this host's file system, which
# several app hosts share as a network file system, or, with MEDIA_S3_BUCKET set, in
# S3-compatible object storage (django-storages; docs/operations.md). Own origin only:
# MEDIA_S3_CUSTOM_DOMAIN names the site's own host and path under which the reverse
# proxy passes /media/ on to the bucket. Protected files (PRIVATE_MEDIA_ROOT) stay on
# the (shared) file system either way.
MEDIA_S3_BUCKET = os.environ.get("MEDIA_S3_BUCKET", "")
if MEDIA_S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            "access_key": os.environ.get("MEDIA_S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("MEDIA_S3_SECRET_ACCESS_KEY") or None,
            "custom_domain": os.environ.get("MEDIA_S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("MEDIA_S3_PREFIX", ""),
            # Public files under stable addresses: no signed, expiring links.
            "querystring_auth": False,
            "default_acl": None,
            "file_overwrite": False,
        },
    }
WHITENOISE_MAX_AGE = 365 * 24 * 60 * 60
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Let Django serve MEDIA_ROOT (local machines without a reverse proxy; `make run` sets it).
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
# Meeting documents: outside MEDIA_ROOT, never served by the web server, only
# through the download view that checks who is asking. Back it up with the database.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
# Behind nginx (`make stack`, docs/operations.md): the download views answer with
# X-Accel-Redirect to this internal nginx location (an alias of PRIVATE_MEDIA_ROOT)
# after their permission check, instead of streaming the file themselves.
SENDFILE_NGINX = env_bool("SENDFILE_NGINX", False)
SENDFILE_NGINX_LOCATION = "/_private-media/"
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 5_242_880

# E-mail: every mail goes through the outbox (offenbach_portal/core/mail.py),
# which hands it to the delivering backend – the console in development, SMTP in
# production (the environment variable EMAIL_BACKEND chooses it) – and keeps
# what the mail server does not accept for `manage.py send_outbox`.
EMAIL_BACKEND = "offenbach_portal.core.mail.OutboxBackend"
EMAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
# Seconds to wait for the mail server before a mail goes to the outbox.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
# Production requires one of the two (deploy check portal.E001): STARTTLS or implicit TLS.
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "integrationsportal@offenbach.de")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where contact and barrier reports go.
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", "integration@offenbach.de")
# How long contact messages are kept (`manage.py daily_maintenance` deletes them
# with their history): answered ones from the day they were answered, unanswered
# ones from the day they arrived. The privacy notice shows these values.
CONTACT_ANSWERED_RETENTION_DAYS = int(os.environ.get("CONTACT_ANSWERED_RETENTION_DAYS", "183"))
CONTACT_UNANSWERED_RETENTION_DAYS = int(os.environ.get("CONTACT_UNANSWERED_RETENTION_DAYS", "365"))

# Security. PORTAL_HTTPS=0 is only for serving on a local machine over plain HTTP.
PORTAL_HTTPS = env_bool("PORTAL_HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = PORTAL_HTTPS
SESSION_COOKIE_SECURE = PORTAL_HTTPS
CSRF_COOKIE_SECURE = PORTAL_HTTPS
# One year; the privacy notice shows it (core/cookies.yaml).
CSRF_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SECURE = PORTAL_HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if PORTAL_HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = PORTAL_HTTPS
SECURE_HSTS_PRELOAD = PORTAL_HTTPS
if env_bool("BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 8 * 60 * 60
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy: our own origin only, no inline scripts or styles.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "media-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [NONE],
        "frame-ancestors": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    },
}

# Widgets are rendered with the project's templates, so that templates/admin/widgets/
# can label the admin's split date and time inputs (issue 16).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# Forms: crispy-forms with our own KERN UX template pack (templates/kern/).
CRISPY_ALLOWED_TEMPLATE_PACKS = ["kern"]
CRISPY_TEMPLATE_PACK = "kern"

# Rate limit for the contact form (per client IP address).
CONTACT_RATE = os.environ.get("CONTACT_RATE", "5/h")
# Rate limits of the account forms (per client IP address): password reset
# requests, and requests for a new invitation.
PASSWORD_RESET_RATE = os.environ.get("PASSWORD_RESET_RATE", "5/h")
INVITATION_REQUEST_RATE = os.environ.get("INVITATION_REQUEST_RATE", "5/h")
# How long an invitation link and a password-reset link stay valid.
INVITATION_DAYS = 7
PASSWORD_RESET_TIMEOUT = 24 * 60 * 60

# Open data and OParl (docs/oparl.md). The licence of every dataset on
# /offene-daten/, in the DCAT-AP.de catalogue and in the OParl system and body.
OPEN_DATA_LICENCE = {
    "name": os.environ.get("OPEN_DATA_LICENCE_NAME", "Datenlizenz Deutschland – Namensnennung – Version 2.0"),
    # The licence's short identifier, shown beside its name.
    "id": os.environ.get("OPEN_DATA_LICENCE_ID", "dl-de/by-2-0"),
    "url": os.environ.get("OPEN_DATA_LICENCE_URL", "https://www.govdata.de/dl-de/by-2-0"),
    # The licence's URI in the DCAT-AP.de vocabulary.
    "dcat": os.environ.get("OPEN_DATA_LICENCE_DCAT", "http://dcat-ap.de/def/licenses/dl-by-de/2.0"),
}
# 1: texts, logos and contact details that organisations supplied for their own
# entries are excepted from the licence (the rights stay with the organisations);
# the exports of such datasets, /offene-daten/, the catalogue and the Impressum say so.
OPEN_DATA_EXCEPT_ORGANISATION_CONTENT = env_bool("OPEN_DATA_EXCEPT_ORGANISATION_CONTENT", False)
OPEN_DATA_PUBLISHER = os.environ.get("OPEN_DATA_PUBLISHER", "Stadt Offenbach am Main, Integrationsbüro")
# Absolute base of the OParl ids, e.g. "https://integration.offenbach.de"; empty:
# taken from the request (the host the client asked for).
OPARL_BASE_URL = os.environ.get("OPARL_BASE_URL", "")
OPARL_SYSTEM_NAME = "Integrationsportal Offenbach – OParl-Schnittstelle des Kompetenzteams Integration"
# Since when the interface exists: `oparlSince` of the body, `created` of what has no own date.
OPARL_SINCE = os.environ.get("OPARL_SINCE", "2026-12-01T00:00:00+01:00")

# The Kompetenzteam's calendar feed (sitzungen.ics) holds every upcoming meeting
# and the past ones of the current year and this many years before it, so
# that it does not grow with every meeting; the archive keeps them all.
COMMITTEE_CALENDAR_PAST_YEARS = int(os.environ.get("COMMITTEE_CALENDAR_PAST_YEARS", "2"))
OPARL_BODY = {
    "name": os.environ.get("OPARL_BODY_NAME", "Stadt Offenbach am Main"),
    "short_name": os.environ.get("OPARL_BODY_SHORT_NAME", "Offenbach"),
    "website": os.environ.get("OPARL_BODY_WEBSITE", "https://www.offenbach.de/"),
    "ags": os.environ.get("OPARL_BODY_AGS", "06413000"),
    "rgs": os.environ.get("OPARL_BODY_RGS", "064130000000"),
    "classification": os.environ.get("OPARL_BODY_CLASSIFICATION", "Kreisfreie Stadt"),
    "contact_email": os.environ.get("OPARL_CONTACT_EMAIL", "integrationsbuero@offenbach.de"),
    "contact_name": os.environ.get("OPARL_CONTACT_NAME", "Integrationsbüro der Stadt Offenbach"),
    "location_description": "Rathaus Offenbach",
    "street_address": "Berliner Straße 100",
    "postal_code": "63065",
    "locality": "Offenbach am Main",
}

# Everything to stderr, one line per record, each with the id of the request it
# belongs to ("-" outside a request); one line per request from `portal.request`
# (offenbach_portal/core/request_log.py, docs/operations.md).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "offenbach_portal.core.request_log.RequestIdFilter"}},
    "formatters": {"portal": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["request_id"], "formatter": "portal"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
