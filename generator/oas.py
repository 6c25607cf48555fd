"""Facts of the OpenAPI format itself that several steps need, stated once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

# The operation keys of a Path Item Object (OpenAPI 3.x), in the order the spec lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Schema keywords whose value is a schema, a list of schemas, or a map of names to schemas.
SCHEMA_KEYS: tuple[str, ...] = ("items", "additionalProperties", "not", "contains", "propertyNames")
SCHEMA_KEYS += ("if", "then", "else", "unevaluatedItems", "unevaluatedProperties")
SCHEMA_LIST_KEYS = ("allOf", "oneOf", "anyOf", "prefixItems")
SCHEMA_MAP_KEYS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_KEY_KINDS = {
    **dict.fromkeys(SCHEMA_KEYS, "one"),
    **dict.fromkeys(SCHEMA_LIST_KEYS, "list"),
    **dict.fromkeys(SCHEMA_MAP_KEYS, "map"),
}
# Keys under which a document holds values, not OpenAPI structure.
_VALUE_KEYS = frozenset({"example", "examples", "default", "enum", "const"})

Parts = tuple[str | int, ...]


def schema_roots(document: dict[str, Any]) -> Iterator[tuple[Parts, dict[str, Any]]]:
    """Every top-level schema slot of a document: ``schema`` values and ``components/schemas``."""
    stack: list[tuple[Parts, Any]] = [((), document)]
    while stack:
        parts, node = stack.pop()
        if isinstance(node, list):
            stack.extend(((*parts, i), child) for i, child in reversed(list(enumerate(node))))
        elif isinstance(node, dict):
            children = []
            for key, value in node.items():
                if key == "schema" and isinstance(value, dict):
                    yield (*parts, key), value
                elif key == "schemas" and parts == ("components",) and isinstance(value, dict):
                    yield from (
                        (("components", "schemas", name), schema)
                        for name, schema in value.items()
                        if isinstance(schema, dict)
                    )
                elif isinstance(key, str) and not key.startswith("x-") and key not in _VALUE_KEYS:
                    children.append(((*parts, key), value))
            stack.extend(reversed(children))


def subschemas(parts: Parts, schema: dict[str, Any]) -> list[tuple[Parts, dict[str, Any]]]:
    """The schemas directly inside ``schema`` (found at ``parts``), with their paths."""
    found: list[tuple[Parts, dict[str, Any]]] = []
    for key, value in schema.items():
        kind = _SCHEMA_KEY_KINDS.get(key)
        if kind is None:
            continue
        if kind == "one":
            if value.__class__ is dict:
                found.append(((*parts, key), value))
        elif kind == "list":
            if value.__class__ is list:
                found += (((*parts, key, i), s) for i, s in enumerate(value) if s.__class__ is dict)
        elif value.__class__ is dict:
            found += (((*parts, key, name), s) for name, s in value.items() if s.__class__ is dict)
    return found


def iter_schemas(
    document: dict[str, Any], roots: list[tuple[Parts, dict[str, Any]]] | None = None
) -> Iterator[tuple[Parts, dict[str, Any]]]:
    """Every schema of a document, nested ones included, without recursion (any depth).

    A schema's children are read after the consumer has seen it, so a consumer
    may reshape a schema (wrap it in ``anyOf``) and its new children are walked.
    ``roots``: the document's ``schema_roots``, when the caller has them already.
    """
    seen: set[int] = set()
    for root in schema_roots(document) if roots is None else roots:
        stack = [root]
        while stack:
            parts, schema = stack.pop()
            if id(schema) in seen:  # a YAML anchor shares one object in two places
                continue
            seen.add(id(schema))
            yield parts, schema
            children = subschemas(parts, schema)
            children.reverse()
            stack += children


def make_nullable(schema: dict[str, Any]) -> None:
    """3.0's ``nullable: true`` said the 3.1 way: ``null`` among the types."""
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
