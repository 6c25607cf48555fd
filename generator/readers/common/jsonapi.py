"""JSON:API documents seen in samples, turned into named, shared schemas.

A JSON:API document carries its resource type (``{"data": {"type":
"announcers", "attributes": {...}}}``), which names the resource better than
any heading: every sample of one type, request or response, is merged into
``<Name>Attributes`` and ``<Name>`` (``announcers`` -> ``Announcer``), and
documents refer to them with ``$ref``. A sample that does not follow the
shape (attributes that are not an object, data without a type) stays inline.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.readers.common.samples import (
    Schema,
    apply_enum_hints,
    finalize,
    infer_schema,
    merge_schemas,
)
from generator.words import join_pascal, singular, split_words

ERROR_SCHEMA = "ErrorDocument"


def schema_name(resource_type: str) -> str:
    """``app-credentials`` -> ``AppCredential``: the last word made singular."""
    parts = split_words(resource_type) or ["Resource"]
    return join_pascal([*parts[:-1], singular(parts[-1])])


def resource_objects(document: Any) -> list[dict[str, Any]]:
    """The typed resource objects under ``data``, or [] when this is no JSON:API document."""
    if not isinstance(document, dict) or "data" not in document:
        return []
    data = document["data"]
    found = data if isinstance(data, list) else [data]
    if not found or not all(isinstance(o, dict) and isinstance(o.get("type"), str) for o in found):
        return []
    return found


def resource_type(document: Any) -> str | None:
    objects = resource_objects(document)
    return str(objects[0]["type"]) if objects else None


def _conforms(resource: dict[str, Any]) -> bool:
    return isinstance(resource.get("attributes", {}), dict)


def is_error_document(document: Any) -> bool:
    return isinstance(document, dict) and isinstance(document.get("errors"), list)


class ResourceRegistry:
    """Collects every sample of every type, then exports one schema per type."""

    def __init__(self) -> None:
        self._attributes: dict[str, Schema] = {}
        self._objects: dict[str, Schema] = {}
        self._hints: dict[str, dict[str, list[Any]]] = {}
        self._sent: dict[str, set[str]] = {}  # attribute names seen in request samples, per type
        self._error: Schema | None = None

    def document_schema(
        self, document: Any, hints: Mapping[str, list[Any]], *, sent: bool = False
    ) -> Schema:
        """The schema of one sample document, with ``$ref`` to the shared resource schemas.

        ``sent`` marks a request sample: attributes that no request ever sends,
        for a type some request does send, are the server's (readOnly)."""
        if is_error_document(document):
            self._error = merge_schemas(self._error or {}, infer_schema(document))
            return {"$ref": f"#/components/schemas/{ERROR_SCHEMA}"}
        objects = resource_objects(document)
        if not objects or not all(_conforms(o) for o in objects):
            schema = finalize(infer_schema(document))
            apply_enum_hints(schema, hints)
            return schema
        for resource in objects:
            self._register(resource, hints)
            if sent:
                self._sent.setdefault(str(resource["type"]), set()).update(
                    resource.get("attributes") or {}
                )
        ref = {"$ref": f"#/components/schemas/{schema_name(objects[0]['type'])}"}
        data = {"type": "array", "items": ref} if isinstance(document["data"], list) else ref
        rest = {k: finalize(infer_schema(v)) for k, v in document.items() if k != "data"}
        return {"type": "object", "properties": {"data": data, **rest}, "required": ["data"]}

    def _register(self, resource: dict[str, Any], hints: Mapping[str, list[Any]]) -> None:
        kind = str(resource["type"])
        attributes = resource.get("attributes", {})
        self._attributes[kind] = merge_schemas(
            self._attributes.get(kind, {"type": "object"}), infer_schema(attributes)
        )
        others = {k: v for k, v in resource.items() if k not in ("type", "attributes")}
        self._objects[kind] = merge_schemas(self._objects.get(kind, {}), infer_schema(others))
        self._hints.setdefault(kind, {}).update(hints)

    @property
    def has_error_schema(self) -> bool:
        return self._error is not None

    def components(self) -> dict[str, Schema]:
        result: dict[str, Schema] = {}
        for kind in sorted(self._attributes):
            name = schema_name(kind)
            attributes = finalize(self._attributes[kind])
            apply_enum_hints(attributes, self._hints.get(kind, {}))
            _mark_server_set(attributes, self._sent.get(kind))
            result[f"{name}Attributes"] = attributes
            result[name] = self._object_schema(kind, name)
        if self._error is not None:
            result[ERROR_SCHEMA] = finalize(self._error)
        return result

    def _object_schema(self, kind: str, name: str) -> Schema:
        others = finalize(self._objects.get(kind, {}))
        properties: dict[str, Schema] = dict(others.get("properties", {}))
        properties["type"] = {"type": "string", "enum": [kind]}
        properties["attributes"] = {"$ref": f"#/components/schemas/{name}Attributes"}
        return {
            "type": "object",
            "description": f"A JSON:API resource object of type '{kind}'.",
            "properties": dict(sorted(properties.items())),
            "required": ["type"],
        }


def _mark_server_set(attributes: Schema, sent: set[str] | None) -> None:
    """readOnly on attributes only responses carry (``created-at``), when requests are
    known; an inference like any other, with its evidence, for overrides to undo."""
    if not sent:
        return
    for name, schema in (attributes.get("properties") or {}).items():
        if name not in sent and isinstance(schema, dict):
            schema["readOnly"] = True
            schema["x-clientgen-inferred"] = {
                "readOnly": {
                    "value": True,
                    "confidence": 0.6,
                    "evidence": [
                        "response samples carry it; no request sample of this type sends it"
                    ],
                }
            }
