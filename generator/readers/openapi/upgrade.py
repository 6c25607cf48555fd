"""Bring every OpenAPI document to 3.1, the one version the rest of clientgen reads.

3.1 schemas are JSON Schema 2020-12, a superset of what 3.0 can say, so the
upgrade loses nothing and the lowering has one way to read nullability and
exclusive bounds instead of two.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.diagnostics import Diagnostic, warning

TARGET_VERSION = "3.1.0"

# Keys whose value is a schema, a list of schemas, or a map of names to schemas.
_SCHEMA_KEYS = ("items", "additionalProperties", "not", "contains", "propertyNames")
_SCHEMA_LIST_KEYS = ("allOf", "oneOf", "anyOf", "prefixItems")
_SCHEMA_MAP_KEYS = ("properties", "patternProperties", "$defs", "definitions")


def upgrade_to_31(document: dict[str, Any], source: str) -> list[Diagnostic]:
    """Upgrade a 3.0.x document in place; returns notes about what could not map."""
    version = str(document.get("openapi", ""))
    notes: list[Diagnostic] = []
    if version.startswith("3.1"):
        return notes
    if not version.startswith("3.0"):
        notes.append(warning(f"unexpected openapi version {version!r}", f"{source}#/openapi"))
    document["openapi"] = TARGET_VERSION
    for schema in _document_schemas(document):
        _upgrade_schema(schema)
    return notes


def _document_schemas(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every top-level schema slot of an OpenAPI document (each walked recursively)."""
    stack: list[Any] = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key == "schema" and isinstance(value, dict):
                    yield value
                elif key == "schemas" and isinstance(value, dict):
                    yield from (s for s in value.values() if isinstance(s, dict))
                elif not key.startswith("x-") and key not in ("example", "examples", "default"):
                    stack.append(value)


def _upgrade_schema(schema: dict[str, Any]) -> None:
    for child in _children(schema):
        _upgrade_schema(child)
    for bound in ("Minimum", "Maximum"):
        flag = schema.get(f"exclusive{bound}")
        if isinstance(flag, bool):
            del schema[f"exclusive{bound}"]
            if flag and bound.lower() in schema:
                schema[f"exclusive{bound}"] = schema.pop(bound.lower())
    if schema.pop("nullable", False) is True:
        _make_nullable(schema)


def _make_nullable(schema: dict[str, Any]) -> None:
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
    elif isinstance(kind, list):
        if "null" not in kind:
            kind.append("null")
    else:
        inner = {k: schema.pop(k) for k in list(schema) if k not in ("description", "title")}
        schema["anyOf"] = [inner, {"type": "null"}]
        return
    if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
        schema["enum"].append(None)


def _children(schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for key in _SCHEMA_KEYS:
        if isinstance(schema.get(key), dict):
            yield schema[key]
    for key in _SCHEMA_LIST_KEYS:
        yield from (s for s in schema.get(key) or () if isinstance(s, dict))
    for key in _SCHEMA_MAP_KEYS:
        value = schema.get(key)
        if isinstance(value, dict):
            yield from (s for s in value.values() if isinstance(s, dict))
