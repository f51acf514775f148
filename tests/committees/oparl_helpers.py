"""Validation against the OParl 1.1 JSON schemas in ../shared/oparl/schema/.

The schemas name embedded objects with a non-standard `"schema": "File.json"`
beside `"type": "object"`; `load_registry` turns each into a `$ref` resolved
through a `referencing` registry, so that embedded objects (a meeting's agenda
items, files and location) are validated too. Deleted objects need only the
properties every deleted object keeps (id, type, created, modified, deleted)."""

import copy
import json
from functools import cache
from pathlib import Path

from django.conf import settings
from jsonschema import Draft7Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

SCHEMA_DIR = Path(settings.BASE_DIR).parent / "shared" / "oparl" / "schema"
DELETED_REQUIRED = ["id", "type", "created", "modified", "deleted"]


def _with_refs(node):
    if isinstance(node, dict):
        if isinstance(node.get("schema"), str) and node["schema"].endswith(".json") and node.get("type") == "object":
            return {"$ref": node["schema"]}
        return {key: _with_refs(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_with_refs(value) for value in node]
    return node


@cache
def load_schemas():
    schemas = {}
    for path in sorted(SCHEMA_DIR.glob("*.json")):
        schemas[path.stem] = _with_refs(json.loads(path.read_text(encoding="utf-8")))
    assert len(schemas) == 12, f"OParl schemas not found in {SCHEMA_DIR}"
    return schemas


@cache
def registry():
    return Registry().with_resources(
        (f"{name}.json", Resource.from_contents(schema, default_specification=DRAFT7)) for name, schema in load_schemas().items()
    )


def validate(obj):
    """Validate an OParl object against the schema its `type` names; returns the type name."""
    name = obj["type"].rsplit("/", 1)[-1]
    schema = load_schemas()[name]
    if obj.get("deleted"):
        schema = copy.deepcopy(schema)
        schema["required"] = DELETED_REQUIRED
        for key in obj:
            assert key in DELETED_REQUIRED, f"deleted object carries content: {key}"
    errors = sorted(Draft7Validator(schema, registry=registry()).iter_errors(obj), key=str)
    assert not errors, f"{obj['id']}: " + "; ".join(error.message for error in errors)
    return name


def validate_list(client, url):
    """Follow `links.next` from `url` to the end, validating every page and
    object; returns all objects."""
    objects, pages = [], 0
    while url:
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])
        document = response.json()
        assert set(document) == {"data", "pagination", "links"}
        pagination = document["pagination"]
        assert set(pagination) == {"totalElements", "elementsPerPage", "currentPage", "totalPages"}
        assert all(isinstance(value, int) for value in pagination.values())
        for obj in document["data"]:
            validate(obj)
        objects += document["data"]
        pages += 1
        assert pagination["currentPage"] == pages
        url = document["links"].get("next")
    assert pages == pagination["totalPages"]
    assert len(objects) == pagination["totalElements"]
    return objects
