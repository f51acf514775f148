"""The OParl 1.1 endpoints under /oparl/v1/ (no language prefix).

Every answer is JSON in UTF-8 with `Access-Control-Allow-Origin: *`, an ETag
(a hash of the body) and, where known, Last-Modified; a request whose
`If-None-Match` names the current ETag gets 304. Errors are OParl error
objects (`type`, `message`) with 400 or 404, never 500."""

import hashlib
import json

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.urls import reverse
from django.utils import translation
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from ..models import Tombstone
from .listing import BadRequest, Entry, ListParams, deleted_stub, deleted_versions, list_page
from .sources import LISTS, body_location, iso, oparl_since, oparl_type, source_for

BODY_ID = "offenbach"


class Api:
    """Builds the absolute URLs of one answer (from OPARL_BASE_URL, else from the request)."""

    def __init__(self, request, omit_internal=False):
        site = settings.OPARL_BASE_URL.rstrip("/") if settings.OPARL_BASE_URL else request.build_absolute_uri("/").rstrip("/")
        self.site = site
        self.base = site + reverse("oparl:system")
        self.omit_internal = omit_internal
        self.body_url = self.base + f"body/{BODY_ID}"

    def url(self, path, object_id):
        return f"{self.base}{path}/{object_id}"

    def list_url(self, path):
        return f"{self.base}{path}/"

    def web(self, path):
        return self.site + path


def _json_response(payload, request, status=200, modified=None):
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    if status == 200 and _etag_matches(request.headers.get("If-None-Match", ""), etag):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(body, status=status, content_type="application/json; charset=utf-8")
    response["Access-Control-Allow-Origin"] = "*"
    if status == 200:
        response["ETag"] = etag
        response["Cache-Control"] = "public, max-age=60"
        if modified is not None:
            response["Last-Modified"] = http_date(modified.timestamp())
    return response


def _etag_matches(header, etag):
    tags = [tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()]
    return etag in tags or "*" in tags


def error(request, status, message):
    payload = {"type": oparl_type("Error"), "message": message}
    return _json_response(payload, request, status=status)


def not_found(request):
    return error(request, 404, "Dieses Objekt gibt es nicht.")


def _system(api):
    return {
        "id": api.base,
        "type": oparl_type("System"),
        "oparlVersion": "https://schema.oparl.org/1.1/",
        "body": api.base + "body/",
        "name": settings.OPARL_SYSTEM_NAME,
        "license": settings.OPEN_DATA_LICENCE["url"],
        "contactEmail": settings.OPARL_BODY["contact_email"],
        "contactName": settings.OPARL_BODY["contact_name"],
        "website": api.site + "/",
        "vendor": "https://github.com/",
        "product": "Integrationsportal Offenbach",
        "created": iso(oparl_since()),
        "modified": iso(oparl_since()),
        "web": api.site + "/",
        "deleted": False,
    }


def _body(api):
    body = settings.OPARL_BODY
    data = {
        "id": api.body_url,
        "type": oparl_type("Body"),
        "system": api.base,
        "shortName": body["short_name"],
        "name": body["name"],
        "website": body["website"],
        "license": settings.OPEN_DATA_LICENCE["url"],
        "oparlSince": iso(oparl_since()),
        "ags": body["ags"],
        "rgs": body["rgs"],
        "contactEmail": body["contact_email"],
        "contactName": body["contact_name"],
        "classification": body["classification"],
        "organization": api.list_url("organization"),
        "person": api.list_url("person"),
        "meeting": api.list_url("meeting"),
        "paper": api.list_url("paper"),
        "agendaItem": api.list_url("agendaItem"),
        "file": api.list_url("file"),
        "locationList": api.list_url("location"),
        "membership": api.list_url("membership"),
        "legislativeTerm": [],
        "created": iso(oparl_since()),
        "modified": iso(oparl_since()),
        "web": api.site + "/",
        "deleted": False,
    }
    if not api.omit_internal:
        data["location"] = body_location(api)
    return data


def _params(request):
    return ListParams.from_query(request.GET)


@require_safe
def system(request):
    with translation.override("de"):
        return _json_response(_system(Api(request)), request, modified=oparl_since())


@require_safe
def body_list(request):
    try:
        params = _params(request)
    except BadRequest as exc:
        return error(request, 400, str(exc))
    if params.page != 1:
        return not_found(request)
    api = Api(request, params.omit_internal)
    with translation.override("de"):
        payload = {
            "data": [_body(api)],
            "pagination": {"totalElements": 1, "elementsPerPage": params.limit, "currentPage": 1, "totalPages": 1},
            "links": {"first": api.base + "body/", "last": api.base + "body/"},
        }
        return _json_response(payload, request, modified=oparl_since())


@require_safe
def body_detail(request, object_id):
    if object_id != BODY_ID:
        return not_found(request)
    api = Api(request, "omit_internal" in request.GET)
    with translation.override("de"):
        return _json_response(_body(api), request, modified=oparl_since())


@require_safe
def location_body(request):
    api = Api(request)
    with translation.override("de"):
        return _json_response(body_location(api), request, modified=oparl_since())


@require_safe
def object_list(request, path):
    if path not in LISTS:
        return not_found(request)
    try:
        params = _params(request)
    except BadRequest as exc:
        return error(request, 400, str(exc))
    api = Api(request, params.omit_internal)
    with translation.override("de"):
        try:
            document, latest = list_page(api, path, params)
        except LookupError:
            return error(request, 404, "Diese Seite der Liste gibt es nicht.")
        return _json_response(document, request, modified=latest)


@require_safe
def object_detail(request, path, object_id):
    """One object. A public one in full; one that was deleted or is not (or no
    longer) public as a deleted object without content; anything else 404."""
    if path == "location" and object_id == "body":
        return location_body(request)
    source, pk = source_for(path, object_id)
    if source is None:
        return not_found(request)
    api = Api(request, "omit_internal" in request.GET)
    with translation.override("de"):
        row = source.candidates().filter(pk=pk).values_list("oparl_created", "oparl_modified", "oparl_public").first()
        if row is not None:
            created, modified, is_public = row
            if is_public:
                obj = source.load([pk]).first()
                return _json_response(source.serialise(obj, api), request, modified=modified)
            entry = Entry(modified, object_id, source, pk, False, created)
            return _json_response(deleted_stub(api, path, entry), request, modified=modified)
        if source.tombstones:
            tombstone = Tombstone.objects.filter(kind=source.model._meta.label_lower, object_id=str(pk)).order_by("-deleted_at").first()
            if tombstone is not None:
                entry = Entry(tombstone.deleted_at, object_id, source, pk, False, tombstone.created_at)
                return _json_response(deleted_stub(api, path, entry), request, modified=tombstone.deleted_at)
            version = deleted_versions(source.model).filter(object_id=str(pk)).values_list("revision__date_created", flat=True).first()
            if version is not None:
                entry = Entry(version, object_id, source, pk, False, version)
                return _json_response(deleted_stub(api, path, entry), request, modified=version)
    return not_found(request)


def unknown(request, rest=""):
    return not_found(request)
