"""The wire view: what changed in what travels between a client and the API.

Operations are matched by method and path shape (``/pets/{}``: renaming a path
parameter is not a new operation); parameters by place and name; body and
response fields by their dotted path (``owner.name``), read through ``$ref``
and ``allOf`` a few levels deep.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from generator.diff.findings import Finding, Sink
from generator.oas import HTTP_METHODS
from generator.refs import follow_refs

_PARAM = re.compile(r"\{[^{}]*\}")
_CONSTRAINTS_UP = ("minLength", "minimum", "exclusiveMinimum", "minItems")
_CONSTRAINTS_DOWN = ("maxLength", "maximum", "exclusiveMaximum", "maxItems")
_DOC_KEYS = ("summary", "description", "externalDocs")
_FIELD_DEPTH = 3


class Pair(NamedTuple):
    """One operation on both sides: the two documents (for references) and the two operations."""

    old: dict[str, Any]
    new: dict[str, Any]
    old_op: dict[str, Any]
    new_op: dict[str, Any]
    where: str


@dataclass(frozen=True)
class FieldShape:
    kind: str
    required: bool
    enum: frozenset[str]
    limits: tuple[tuple[str, Any], ...]
    pattern: str | None


def wire_findings(old: dict[str, Any], new: dict[str, Any], sink: Sink) -> None:
    old_ops, new_ops = _operations(old), _operations(new)
    for key in sorted(old_ops.keys() - new_ops.keys()):
        sink.add("wire.operation.removed", _where(old_ops[key][0], key[0]), "removed")
    for key in sorted(new_ops.keys() - old_ops.keys()):
        sink.add("wire.operation.added", _where(new_ops[key][0], key[0]), "added")
    docs_changed = 0
    for key in sorted(old_ops.keys() & new_ops.keys()):
        (_, old_op), (new_path, new_op) = old_ops[key], new_ops[key]
        where = _where(new_path, key[0])
        if new_op.get("deprecated") and not old_op.get("deprecated"):
            sink.add("wire.operation.deprecated", where, "now deprecated")
        pair = Pair(old, new, old_op, new_op, where)
        _parameters(pair, sink)
        _request(pair, sink)
        _response(pair, sink)
        docs_changed += any(old_op.get(k) != new_op.get(k) for k in _DOC_KEYS)
    if docs_changed:
        sink.add("wire.docs.changed", "paths", f"{docs_changed} operation(s) documented anew")
    _security(old, new, sink)
    _servers(old, new, sink)
    old_version = (old.get("info") or {}).get("version")
    new_version = (new.get("info") or {}).get("version")
    if old_version != new_version:
        sink.add("wire.version.changed", "info.version", f"{old_version} -> {new_version}")


def _where(path: str, method: str) -> str:
    return f"{method} {path}"


def _operations(document: dict[str, Any]) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
    found = {}
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters") or []
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                merged = {
                    **operation,
                    "parameters": [*shared, *(operation.get("parameters") or [])],
                }
                found[(method.upper(), _PARAM.sub("{}", path))] = (path, merged)
    return found


def _resolve(document: dict[str, Any], node: Any) -> Any:
    found = follow_refs(document, node, limit=20)
    return {} if found is None else found


def _parameters(pair: Pair, sink: Sink) -> None:
    old, new, old_op, new_op, where = pair
    before = _parameter_map(old, old_op)
    after = _parameter_map(new, new_op)
    for place, name in sorted(before.keys() - after.keys()):
        sink.add("wire.parameter.removed", f"{where} {place} {name}", "removed")
    for key in sorted(after.keys() - before.keys()):
        check = "wire.parameter.added-required" if after[key].required else "wire.parameter.added"
        sink.add(check, f"{where} {key[0]} {key[1]}", "added")
    for key in sorted(before.keys() & after.keys()):
        _compare_field(before[key], after[key], f"{where} {key[0]} {key[1]}", "parameter", sink)


def _parameter_map(document: dict[str, Any], operation: dict[str, Any]) -> dict[Any, FieldShape]:
    found = {}
    for raw in operation.get("parameters") or []:
        parameter = _resolve(document, raw)
        if isinstance(parameter, dict) and "name" in parameter:
            schema = _resolve(document, parameter.get("schema") or {})
            shape = _shape(document, schema, parameter.get("required") is True)
            found[(str(parameter.get("in")), str(parameter["name"]))] = shape
    return found


def _shape(document: dict[str, Any], schema: Any, required: bool) -> FieldShape:
    schema = _resolve(document, schema) if isinstance(schema, dict) else {}
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind] if kind else []
    if not kinds and "$ref" in schema:
        kinds = [schema["$ref"]]
    text = "|".join(sorted(str(k) for k in kinds)) or _composite(schema)
    if schema.get("format"):
        text += f"<{schema['format']}>"
    enum = frozenset(str(v) for v in schema.get("enum") or () if v is not None)
    limits = tuple((k, schema[k]) for k in (*_CONSTRAINTS_UP, *_CONSTRAINTS_DOWN) if k in schema)
    pattern = schema.get("pattern") if isinstance(schema.get("pattern"), str) else None
    return FieldShape(text, required, enum, limits, pattern)


def _composite(schema: dict[str, Any]) -> str:
    for key in ("oneOf", "anyOf", "allOf"):
        if isinstance(schema.get(key), list):
            return f"{key}[{len(schema[key])}]"
    return "object" if "properties" in schema else "any"


def _compare_field(
    before: FieldShape, after: FieldShape, where: str, role: str, sink: Sink
) -> None:
    """``role``: parameter, request or response: what changes mean depends on who sends."""
    sends = role in ("parameter", "request")
    prefix = "wire.parameter" if role == "parameter" else f"wire.{role}"
    if sends and after.required and not before.required:
        check = "became-required" if role == "parameter" else "field-became-required"
        sink.add(f"{prefix}.{check}", where, "now required")
    if role == "parameter" and before.required and not after.required:
        sink.add("wire.parameter.became-optional", where, "now optional")
    if before.kind != after.kind:
        check = "type-changed" if role == "parameter" else "field-type-changed"
        sink.add(f"{prefix}.{check}", where, f"{before.kind} -> {after.kind}")
    if before.enum and after.enum and before.enum != after.enum:
        side = "request" if sends else "response"
        for value in sorted(before.enum - after.enum):
            sink.add(f"wire.{side}.enum-value-removed", where, f"value {value!r} removed")
        for value in sorted(after.enum - before.enum):
            sink.add(f"wire.{side}.enum-value-added", where, f"value {value!r} added")
    if sends:
        _compare_limits(before, after, where, sink)


def _compare_limits(before: FieldShape, after: FieldShape, where: str, sink: Sink) -> None:
    old, new = dict(before.limits), dict(after.limits)
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        if a == b or not all(isinstance(v, int | float) or v is None for v in (a, b)):
            continue
        lower_bound = key in _CONSTRAINTS_UP
        tighter = a is None or (b is not None and (b > a if lower_bound else b < a))
        check = "wire.constraint.tightened" if tighter else "wire.constraint.loosened"
        sink.add(check, where, f"{key} {a} -> {b}")
    if before.pattern != after.pattern and after.pattern is not None:
        sink.add("wire.constraint.tightened", where, f"pattern {after.pattern!r}")


def _request(pair: Pair, sink: Sink) -> None:
    old, new, old_op, new_op, where = pair
    before, after = _request_schema(old, old_op), _request_schema(new, new_op)
    if before is None and after is not None:
        sink.add("wire.request.added", where, "takes a body now")
    elif before is not None and after is None:
        sink.add("wire.request.removed", where, "takes no body now")
    elif before is not None and after is not None:
        _compare_fields(old, new, before, after, where, "request", sink)


def _response(pair: Pair, sink: Sink) -> None:
    old, new, old_op, new_op, where = pair
    before, after = _response_schema(old, old_op), _response_schema(new, new_op)
    if before is not None and after is not None:
        _compare_fields(old, new, before, after, f"{where} ->", "response", sink)


def _json_schema(document: dict[str, Any], holder: Any) -> Any:
    holder = _resolve(document, holder)
    content = holder.get("content") if isinstance(holder, dict) else None
    if not isinstance(content, dict) or not content:
        return None
    media = next((v for k, v in content.items() if "json" in k), next(iter(content.values())))
    return media.get("schema", {}) if isinstance(media, dict) else None


def _request_schema(document: dict[str, Any], operation: dict[str, Any]) -> Any:
    return (
        _json_schema(document, operation.get("requestBody")) if "requestBody" in operation else None
    )


def _response_schema(document: dict[str, Any], operation: dict[str, Any]) -> Any:
    responses = operation.get("responses") or {}
    for status in sorted(str(s) for s in responses):
        if status.startswith("2"):
            return _json_schema(document, responses.get(status) or responses.get(int(status)))
    return None


def _compare_fields(
    old: dict[str, Any],
    new: dict[str, Any],
    before: Any,
    after: Any,
    where: str,
    role: str,
    sink: Sink,
) -> None:
    a, b = dict(_fields(old, _unlist(old, before))), dict(_fields(new, _unlist(new, after)))
    for name in sorted(a.keys() - b.keys()):
        sink.add(f"wire.{role}.field-removed", f"{where} {name}", "removed")
    for name in sorted(b.keys() - a.keys()):
        required = role == "request" and b[name].required
        check = f"wire.{role}.field-added-required" if required else f"wire.{role}.field-added"
        sink.add(check, f"{where} {name}", "added")
    for name in sorted(a.keys() & b.keys()):
        _compare_field(a[name], b[name], f"{where} {name}", role, sink)


def _fields(
    document: dict[str, Any], schema: Any, prefix: str = "", depth: int = 0
) -> Iterator[tuple[str, FieldShape]]:
    schema = _merged(document, schema)
    required = set(schema.get("required") or [])
    for name, child in (schema.get("properties") or {}).items():
        dotted = f"{prefix}{name}"
        yield dotted, _shape(document, child, name in required)
        resolved = _merged(document, child)
        if depth + 1 < _FIELD_DEPTH and isinstance(resolved.get("properties"), dict):
            yield from _fields(document, resolved, f"{dotted}.", depth + 1)
        items = resolved.get("items")
        if depth + 1 < _FIELD_DEPTH and isinstance(items, dict):
            yield from _fields(document, items, f"{dotted}[].", depth + 1)


def _unlist(document: dict[str, Any], schema: Any) -> Any:
    """A list body or response is compared by its items' fields."""
    resolved = _resolve(document, schema)
    if isinstance(resolved, dict) and isinstance(resolved.get("items"), dict):
        return resolved["items"]
    return resolved


def _merged(document: dict[str, Any], schema: Any) -> dict[str, Any]:
    """A schema with its ``allOf`` parts' properties and requirements folded in."""
    schema = _resolve(document, schema)
    if not isinstance(schema, dict):
        return {}
    parts = [p for p in (schema.get("allOf") or []) if isinstance(p, dict)]
    if not parts:
        return schema
    merged: dict[str, Any] = {"properties": {}, "required": []}
    for part in [*(_resolve(document, p) for p in parts), schema]:
        if isinstance(part, dict):
            merged["properties"].update(part.get("properties") or {})
            merged["required"] += list(part.get("required") or [])
    return merged


def _security(old: dict[str, Any], new: dict[str, Any], sink: Sink) -> None:
    def schemes(document: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
        found = ((document.get("components") or {}).get("securitySchemes")) or {}
        return {
            name: (s.get("type"), s.get("scheme"), s.get("in"), s.get("name"))
            for name, s in found.items()
            if isinstance(s, dict)
        }

    before, after = schemes(old), schemes(new)
    for name in sorted(before.keys() | after.keys()):
        if before.get(name) != after.get(name):
            sink.add(
                "wire.security.changed", f"securitySchemes.{name}", _change(before, after, name)
            )
    if old.get("security") != new.get("security"):
        sink.add("wire.security.changed", "security", "the document's requirements changed")


def _change(before: dict[str, Any], after: dict[str, Any], name: str) -> str:
    if name not in after:
        return "removed"
    return "added" if name not in before else f"{before[name]} -> {after[name]}"


def _servers(old: dict[str, Any], new: dict[str, Any], sink: Sink) -> None:
    def urls(document: dict[str, Any]) -> list[str]:
        return [str(s.get("url")) for s in document.get("servers") or [] if isinstance(s, dict)]

    if urls(old) != urls(new):
        sink.add("wire.server.changed", "servers", f"{urls(old)} -> {urls(new)}")


__all__ = ["Finding", "wire_findings"]
