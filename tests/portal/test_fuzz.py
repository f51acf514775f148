"""A bounded, seeded fuzz test over every URL pattern of the portal.

Every named pattern of `offenbach_portal.urls` (the admin included) is
reversed in each of the four languages where it has a language prefix; its
parameters are replaced by hostile values (unknown ids, huge numbers,
unicode, NUL, path traversal, garbage); each address is asked with garbage
query parameters by a visitor, each staff role and an association's editor;
each gets broken form data past the CSRF check (site addresses from a visitor
and the editor, admin addresses from each staff role) and POST, PUT, DELETE
or PATCH without a CSRF token. No answer may be a 5xx, and no exception may
escape. The number of requests is at least 10,000 and is shown at the end of
the run; the choice is deterministic (seeded).
"""

import itertools
import logging
import random
import re
import string
import sys
import time
from urllib.parse import quote, urlencode

import pytest
from django.core.signals import got_request_exception
from django.template import Template
from django.test import Client
from django.test.utils import _TestState
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils import translation

from offenbach_portal.core.groups import EDITORS, OFFICE
from tests.factories import StaffUserFactory, UserFactory, make_editor, make_meeting, make_membership, make_organisation

pytestmark = pytest.mark.django_db

SEED = 15
MINIMUM = 10_000
LANGUAGES = ["de", "en", "uk", "ru"]

# Values for a parameter in the path, percent-encoded where a URL needs it.
PATH_VALUES = [
    "1",
    "0",
    "2",
    "-1",
    "99999999999999999999999999999",
    "9223372036854775808",
    "1.5",
    "unbekannt",
    quote("Ünïcödé-日本語-🙂"),
    quote("Привіт"),
    "%00",
    "a%00b",
    "%ff%fe",
    "..%2F..%2Fetc%2Fpasswd",
    "..",
    "%2e%2e",
    quote("' OR 1=1 --"),
    quote("<script>alert(1)</script>"),
    "x" * 300,
    "null",
    quote("[]"),
]

# Garbage query parameters: filters, paging, sorting, admin and export
# parameters, OParl filters, what the views read and what they never expect.
QUERY_VALUES = [
    {},
    {"page": "99999999999999999999"},
    {"page": "-1"},
    {"page": "abc"},
    {"seite": "0"},
    {"q": "ü" * 400},
    {"q": "\"unclosed -'\\"},
    {"q": "a\x00b"},
    {"q": "OR OR -"},
    {"art": "nichts"},
    {"sprache": "xx", "stadtteil": "../../etc", "angebot": "%", "kompetenzteam": "[]", "sortierung": "-id"},
    {"kategorie": "unbekannt", "jahr": "99999999999"},
    {"jahr": "-5"},
    {"o": "abc"},
    {"o": "1.-2.999"},
    {"p": "abc"},
    {"all": ""},
    {"e": "1"},
    {"_to_field": "password"},
    {"_popup": "1", "_to_field": "id"},
    {"_changelist_filters": "o=abc&p=-1"},
    {"id__exact": "abc"},
    {"pk__in": "a,b"},
    {"status__exact": "ü"},
    {"published_at__gte": "kein-datum"},
    {"format": "99"},
    {"format": "abc"},
    {"export_items": "abc"},
    {"resource": "-1"},
    {"created_since": "2020-13-45"},
    {"modified_since": "gestern"},
    {"limit": "-5"},
    {"limit": "100000"},
    {"omit_internal": "vielleicht"},
    {"next": "//evil.example/"},
    {"next": "javascript:alert(1)"},
    {"seite": quote("/\x00")},
    {"x" * 200: "y" * 2000},
]

# Broken form data for POST and PUT.
FORM_VALUES = [
    {},
    {"message": "x" * 100_000},
    {"message": "\x00", "email": "@@", "name": "ü" * 500},
    {"username": "", "password": ""},
    {"username": "a" * 10_000, "password": "b"},
    {"email": "not-an-address"},
    {"new_password1": "a", "new_password2": "b"},
    {"csrfmiddlewaretoken": "falsch", "name": "<script>"},
    {"website": "http://spam.example", "message": "Honeypot"},
    {"_save": "1", "name": "", "slug": "../x"},
    {"action": "delete_selected", "_selected_action": ["abc", "-1"], "post": "yes"},
    {"form-TOTAL_FORMS": "abc", "form-INITIAL_FORMS": "-1"},
    {"import_file": "kein-file", "format": "99"},
]

LETTERS = string.ascii_lowercase


def route_of(pattern):
    """A pattern as an address template piece: `<int:pk>/` → `{pk}/`."""
    if isinstance(pattern, RoutePattern):
        return re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", str(pattern._route))
    if isinstance(pattern, RegexPattern):
        return re.sub(r"\(\?P<(\w+)>[^)]*\)", r"{\1}", pattern._regex).lstrip("^").rstrip("$")
    return ""


def walk(patterns, namespaces=(), converters=None, i18n=False, route="/"):
    """(qualified name or the address template of an unnamed pattern,
    parameter names, language-prefixed) of every pattern."""
    converters = converters or {}
    for entry in patterns:
        pattern = entry.pattern
        if isinstance(pattern, RoutePattern):
            found = dict(pattern.converters)
        elif isinstance(pattern, RegexPattern):
            found = dict.fromkeys(pattern.regex.groupindex, pattern._regex)
            if not found:  # unnamed groups are positional arguments
                found = {f"_pos{index}": pattern._regex for index in range(pattern.regex.groups)}
        else:
            found = {}
        if isinstance(entry, URLResolver):
            yield from walk(
                entry.url_patterns,
                namespaces + ((entry.namespace,) if entry.namespace else ()),
                {**converters, **found},
                i18n or isinstance(pattern, LocalePrefixPattern),
                route + route_of(pattern),
            )
        elif isinstance(entry, URLPattern):
            name = ":".join(namespaces + (entry.name,)) if entry.name else None
            yield (name, tuple({**converters, **found}), i18n, None if name else route + route_of(pattern))


def _candidates(index, regex_hint):
    values = [f"zq{LETTERS[index]}zq", f"{8 + index}00{index + 1}", str(index + 1)]
    alternation = re.search(r"\(\?P<\w+>([\w|]+)\)", regex_hint or "")
    if alternation:
        values.append(alternation.group(1).split("|")[0])
    return values


def template_for(name, parameters, regexes):
    """The address of `name` with `{parameter}` where each parameter goes."""
    options = [_candidates(index, regexes.get(parameter)) for index, parameter in enumerate(parameters)]
    for values in itertools.product(*options):
        kwargs = dict(zip(parameters, values, strict=True))
        positional = any(parameter.startswith("_pos") for parameter in parameters)
        try:
            path = reverse(name, args=list(values)) if positional else reverse(name, kwargs=kwargs)
        except NoReverseMatch:
            continue
        for parameter, value in kwargs.items():
            head, _sep, tail = path.rpartition(value)
            path = f"{head}{{{parameter}}}{tail}"
        return path
    raise AssertionError(f"{name} cannot be reversed with any sample value")


def regexes_of(patterns):
    found = {}
    for entry in patterns:
        if isinstance(entry.pattern, RegexPattern):
            for parameter in entry.pattern.regex.groupindex:
                found.setdefault(parameter, entry.pattern._regex)
        if isinstance(entry, URLResolver):
            found.update({k: v for k, v in regexes_of(entry.url_patterns).items() if k not in found})
    return found


def address_templates():
    """Every named pattern's address template, in each language it has."""
    resolver = get_resolver()
    regexes = regexes_of(resolver.url_patterns)
    templates, unnamed = [], []
    for name, parameters, i18n, route in walk(resolver.url_patterns):
        if name is None:
            unnamed.append(route)
            continue
        for language in LANGUAGES if i18n else ["de"]:
            with translation.override(language):
                templates.append(template_for(name, parameters, regexes))
    return sorted(set(templates)), unnamed


def fill(template, rng, real_values):
    return re.sub(r"\{(\w+)\}", lambda match: rng.choice(PATH_VALUES + real_values), template)


def query_string(rng):
    params = rng.choice(QUERY_VALUES)
    return ("?" + urlencode(params, doseq=True)) if params else ""


def test_fuzz_every_url_pattern_answers_no_5xx(record_property):
    rng = random.Random(SEED)
    organisation = make_organisation(name="Fuzz-Verein", slug="fuzz-verein")
    meeting = make_meeting(number=1)
    make_membership(organisation)
    real_values = [organisation.slug, str(organisation.pk), str(meeting.number), str(meeting.pk)]
    templates, unnamed = address_templates()
    # Unnamed: the admin's `<model>/<id>/` redirects and its catch-all, as templates.
    assert unnamed and all(re.fullmatch(r"/admin/[\w/{}]*", route) for route in unnamed), unnamed
    templates += sorted(set(unnamed))

    member = UserFactory(username="fuzz-verein")
    make_editor(organisation, member)
    users = {
        "anonymous": None,
        "office": StaffUserFactory(username="fuzz-buero", groups=[OFFICE]),
        "editors": StaffUserFactory(username="fuzz-redaktion", groups=[EDITORS]),
        "superuser": UserFactory(username="fuzz-admin", superuser=True),
        # An association's editor, member of the Kompetenzteam: the member area.
        "member": member,
    }
    staff = ["office", "editors", "superuser"]
    signed_in = [*staff, "member"]
    clients = {}
    for role, user in users.items():
        # With the CSRF check, as a browser of another site would send: refused
        # before the view. The same user's second client sends forms as their
        # own page does (the check passed), so that the views read broken data.
        for kind, enforce in (("", True), ("forms", False)):
            client = Client(enforce_csrf_checks=enforce, raise_request_exception=False)
            if user is not None:
                client.force_login(user)
            clients[(role, kind)] = client

    # Every address is asked with hostile parameters and a garbage query by
    # every role: visitors, the three staff roles, a member. Every address
    # gets broken form data past the CSRF check (the site's from a visitor
    # and a member, the admin's from each staff role) and a bad method
    # without a CSRF token. Cheap requests (the admin asked anonymously: a
    # redirect to the login) fill the plan up to MINIMUM.
    plan = []
    for template in templates:
        admin = template.startswith("/admin/")
        for role in ("anonymous", *signed_in):
            plan.append((role, "", "GET", fill(template, rng, real_values) + query_string(rng), None))
        for role in staff if admin else ("anonymous", "member"):
            plan.append((role, "forms", "POST", fill(template, rng, real_values), rng.choice(FORM_VALUES)))
        for role in ("anonymous", rng.choice(signed_in)):
            method = rng.choice(["POST", "PUT", "DELETE", "PATCH"])
            plan.append((role, "", method, fill(template, rng, real_values), rng.choice(FORM_VALUES)))
    admin_templates = [template for template in templates if template.startswith("/admin/")]
    while len(plan) < MINIMUM:
        plan.append(("anonymous", "", "GET", fill(rng.choice(admin_templates), rng, real_values) + query_string(rng), None))

    # The tests' template instrumentation (a signal per template) is not what is tested here.
    original_render = _TestState.saved_data.template_render
    failures, statuses, exceptions = [], {}, []

    def record(sender, request=None, **kwargs):
        exceptions.append(repr(sys.exc_info()[1])[:300])

    got_request_exception.connect(record, dispatch_uid="fuzz")
    started = time.monotonic()
    with _quiet_request_log(), _original_template_render(original_render):
        for role, forms, method, address, data in plan:
            client = clients[(role, forms)]
            exceptions.clear()
            try:
                if method == "GET":
                    response = client.get(address)
                elif method == "POST":
                    response = client.post(address, data)
                else:
                    response = client.generic(method, address, urlencode(data or {}, doseq=True), "application/x-www-form-urlencoded")
            except Exception as exc:  # an escaped exception is a 500 in production
                failures.append((role, method, address, f"{exc.__class__.__name__}: {exc}"[:300]))
                continue
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            if response.status_code >= 500:
                failures.append((role, method, address, response.status_code, exceptions[:1]))
    got_request_exception.disconnect(dispatch_uid="fuzz")
    elapsed = time.monotonic() - started
    summary = f"{len(plan)} requests over {len(templates)} addresses in {elapsed:.0f} s; statuses {dict(sorted(statuses.items()))}"
    # Shown at the end of the run (tests/conftest.py, `pytest_terminal_summary`).
    record_property("summary", f"fuzz: {summary}")
    assert len(plan) >= MINIMUM
    assert failures == []


class _quiet_request_log:
    """Thousands of 4xx would each write a warning line."""

    def __enter__(self):
        self.logger = logging.getLogger("django.request")
        self.level = self.logger.level
        self.logger.setLevel(logging.CRITICAL)

    def __exit__(self, *exc):
        self.logger.setLevel(self.level)


class _original_template_render:
    def __init__(self, original):
        self.original = original

    def __enter__(self):
        self.instrumented = Template._render
        Template._render = self.original

    def __exit__(self, *exc):
        Template._render = self.instrumented
