"""OParl lists: filters, a stable order, pagination and deleted objects.

A page is computed in a fixed number of queries, whatever the number of rows:
one query per source for the keys (pk, created, modified, public) of every row
that passes the filters, one for the tombstones (only with `modified_since`),
then one query per source with rows on the page, plus its prefetches."""

import datetime
import math
from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils.dateparse import parse_date, parse_datetime
from reversion.models import Version

from ..models import BERLIN, Tombstone
from .sources import LISTS, TYPE_NAMES, iso, oparl_type

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
DATE_FILTERS = ("created_since", "created_until", "modified_since", "modified_until")


class BadRequest(Exception):
    """A parameter the client must correct; answered with 400 and a JSON message."""


def parse_moment(name, value):
    """An ISO 8601 date-time (or date) as an aware date-time; naive values are Offenbach time."""
    value = value.strip()
    try:
        moment = parse_datetime(value)
        if moment is None:
            day = parse_date(value)
            moment = datetime.datetime.combine(day, datetime.time(0)) if day else None
    except ValueError:
        moment = None
    if moment is None:
        raise BadRequest(f"{name}: „{value[:40]}“ ist kein Zeitpunkt nach ISO 8601 (z. B. 2026-01-31T12:00:00+01:00).")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BERLIN)
    return moment


def parse_limit(value):
    """`limit` clamped to 1..100; what is not a number gives the default."""
    try:
        limit = int(value)
    except (TypeError, ValueError):
        return DEFAULT_LIMIT
    return min(max(limit, 1), MAX_LIMIT)


@dataclass
class ListParams:
    created_since: datetime.datetime | None = None
    created_until: datetime.datetime | None = None
    modified_since: datetime.datetime | None = None
    modified_until: datetime.datetime | None = None
    limit: int = DEFAULT_LIMIT
    page: int = 1
    omit_internal: bool = False
    limit_given: bool = False

    @classmethod
    def from_query(cls, query):
        params = cls()
        for name in DATE_FILTERS:
            if query.get(name):
                setattr(params, name, parse_moment(name, query[name]))
        if "limit" in query:
            params.limit, params.limit_given = parse_limit(query["limit"]), True
        page = query.get("page", "1").strip()
        if not page.isdigit() or len(page) > 9 or int(page) < 1:
            raise BadRequest("page: eine Seitenzahl ab 1 erwartet.")
        params.page = int(page)
        params.omit_internal = "omit_internal" in query and query["omit_internal"].lower() not in ("0", "false", "no")
        return params

    def query_for(self, page):
        query = {}
        for name in DATE_FILTERS:
            if getattr(self, name):
                query[name] = getattr(self, name).isoformat()
        if self.limit_given or self.limit != DEFAULT_LIMIT:
            query["limit"] = self.limit
        if self.omit_internal:
            query["omit_internal"] = "true"
        if page != 1:
            query["page"] = page
        return urlencode(query)


@dataclass
class Entry:
    modified: datetime.datetime
    object_id: str
    source: object
    pk: int
    public: bool
    created: datetime.datetime | None


def _filtered(queryset, params):
    for name, lookup in (
        ("created_since", "oparl_created__gte"),
        ("created_until", "oparl_created__lte"),
        ("modified_since", "oparl_modified__gte"),
        ("modified_until", "oparl_modified__lte"),
    ):
        if getattr(params, name):
            queryset = queryset.filter(**{lookup: getattr(params, name)})
    return queryset


def entries(path, params):
    """Every entry of the list `path` that passes the filters, in the stable order (modified, id).

    Without `modified_since` only public objects; with it also what was deleted
    or withdrawn from the public in that time, as deleted entries."""
    result = []
    seen = set()
    for source in LISTS[path]:
        rows = _filtered(source.candidates(), params)
        if params.modified_since is None:
            rows = rows.filter(oparl_public=True)
        for pk, created, modified, is_public in rows.values_list("pk", "oparl_created", "oparl_modified", "oparl_public"):
            entry = Entry(modified, source.object_id(pk), source, pk, bool(is_public), created)
            result.append(entry)
            seen.add(entry.object_id)
    if params.modified_since is not None:
        sources = {source.model._meta.label_lower: source for source in LISTS[path] if source.tombstones}
        if sources:
            tombstones = Tombstone.objects.filter(kind__in=sources, deleted_at__gte=params.modified_since)
            if params.modified_until:
                tombstones = tombstones.filter(deleted_at__lte=params.modified_until)
            for kind, object_id, created, deleted_at in tombstones.values_list("kind", "object_id", "created_at", "deleted_at"):
                source = sources[kind]
                entry = Entry(deleted_at, source.object_id(object_id), source, None, False, created or deleted_at)
                if entry.object_id not in seen:
                    seen.add(entry.object_id)
                    result.append(entry)
            # Rows deleted before tombstones existed, or with signals bypassed:
            # django-reversion's last version of each; its date stands for the deletion.
            for source in sources.values():
                versions = deleted_versions(source.model).filter(revision__date_created__gte=params.modified_since)
                if params.modified_until:
                    versions = versions.filter(revision__date_created__lte=params.modified_until)
                for object_id, revised in versions.values_list("object_id", "revision__date_created"):
                    entry = Entry(revised, source.object_id(object_id), source, None, False, revised)
                    if entry.object_id not in seen:
                        seen.add(entry.object_id)
                        result.append(entry)
    result.sort(key=lambda entry: (entry.modified, entry.object_id))
    return result


def deleted_versions(model):
    """The last reversion version of every deleted row of `model`, newest first."""
    return Version.objects.get_deleted(model).order_by("-revision__date_created")


def deleted_stub(api, path, entry):
    return {
        "id": api.url(path, entry.object_id),
        "type": oparl_type(TYPE_NAMES[path]),
        "created": iso(entry.created or entry.modified),
        "modified": iso(entry.modified),
        "deleted": True,
    }


def render_entries(api, path, page_entries):
    """The objects of one page: public ones in full, the rest as deleted stubs."""
    loaded = {}
    for source in LISTS[path]:
        pks = [entry.pk for entry in page_entries if entry.source is source and entry.public]
        if pks:
            loaded.update({source.object_id(obj.pk): obj for obj in source.load(pks)})
    data = []
    for entry in page_entries:
        obj = loaded.get(entry.object_id)
        data.append(entry.source.serialise(obj, api) if obj is not None else deleted_stub(api, path, entry))
    return data


def list_page(api, path, params):
    """The list document (data, pagination, links) and the latest modification on it."""
    all_entries = entries(path, params)
    total = len(all_entries)
    total_pages = max(1, math.ceil(total / params.limit))
    if params.page > total_pages:
        raise LookupError
    start = (params.page - 1) * params.limit
    page_entries = all_entries[start : start + params.limit]
    base = api.list_url(path)

    def link(page):
        query = params.query_for(page)
        return f"{base}?{query}" if query else base

    links = {"first": link(1), "last": link(total_pages)}
    if params.page > 1:
        links["prev"] = link(params.page - 1)
    if params.page < total_pages:
        links["next"] = link(params.page + 1)
    document = {
        "data": render_entries(api, path, page_entries),
        "pagination": {
            "totalElements": total,
            "elementsPerPage": params.limit,
            "currentPage": params.page,
            "totalPages": total_pages,
        },
        "links": links,
    }
    latest = max((entry.modified for entry in all_entries), default=None)
    return document, latest
