"""Assemble the OpenAPI 3.1 document from placed segments.

Parameters come from the field rows, bodies and responses from the samples
(merged with whatever body rows survived), named resource schemas from the
JSON:API registry. Everything the page did not state outright is marked
``x-clientgen-inferred`` with its evidence (docs/extensions.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from generator.readers.common.jsonapi import (
    ERROR_SCHEMA,
    ResourceRegistry,
    is_error_document,
    resource_objects,
)
from generator.readers.common.op_names import operation_id, unique_id
from generator.readers.common.param_rows import ParamRow
from generator.readers.common.paths import split_path
from generator.readers.common.samples import Schema, hint_names, merge_schemas
from generator.readers.redoc.facts import NO_SAMPLE, Facts, list_pointer
from generator.readers.redoc.method import Guess
from generator.readers.redoc.placement import Placement
from generator.words import join_pascal as pascal
from generator.words import split_words as words

_REASONS = {
    "200": "OK",
    "201": "Created",
    "202": "Accepted",
    "204": "No Content",
    "4XX": "Client error",
    "5XX": "Server error",
    "default": "Other responses",
}
_PAGE_PARAMS = [
    ("page[limit]", "page[offset]"),
    ("limit", "offset"),
    ("limit", "skip"),
    ("$top", "$skip"),
]
# the methods common.op_names has verbs for; a page may also show HEAD, OPTIONS, TRACE
_NAMED_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
_TOTAL_WORDS = re.compile(r"total|count", re.IGNORECASE)
_ERROR_STATUS = re.compile(r"^[45]")
_LOST_PARAMETER = "Resource identifier (the page lost this parameter; inferred from the path)"


def _pointer(*keys: str) -> str:
    return "".join("/" + k.replace("~", "~0").replace("/", "~1") for k in keys)


def enum_hints(facts: Facts) -> dict[str, list[Any]]:
    """Allowed values named by parameter and body rows, by the property names they may describe."""
    rows = [row for _, row in facts.params] + facts.body_rows
    hints: dict[str, list[Any]] = {}
    for row in rows:
        values = row.schema.get("enum") or (row.schema.get("items") or {}).get("enum")
        if row.name and values:
            for name in hint_names(row.name):
                hints.setdefault(name, list(values))
    return hints


def _parameter(location: str, row: ParamRow) -> dict[str, Any]:
    parameter: dict[str, Any] = {"name": row.name, "in": location}
    if row.required or location == "path":
        parameter["required"] = True
    if row.description:
        parameter["description"] = row.description
    if row.deprecated:
        parameter["deprecated"] = True
    parameter["schema"] = row.schema or {}
    if row.has_example:
        parameter["example"] = row.example
    return parameter


def parameters(facts: Facts, path: str) -> list[dict[str, Any]]:
    template = re.findall(r"\{([^}]+)\}", path)
    result = [
        _parameter(loc, row) for loc, row in facts.params if loc != "path" or row.name in template
    ]
    declared = {p["name"] for p in result if p["in"] == "path"}
    for name in template:
        if name not in declared:
            result.append(
                {
                    "name": name,
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                    "description": _LOST_PARAMETER,
                }
            )
    return result


def _prefer_row(sample: Schema, row: Schema) -> Schema:
    """A property seen in both a sample and a row: the row's constraints, the sample's structure."""
    merged = dict(sample)
    for key, value in row.items():
        if key == "items" and isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _prefer_row(merged[key], value)
        elif key != "type" or "$ref" not in merged:
            merged[key] = value
    return merged


def _apply_rows(schema: Schema, rows: Sequence[ParamRow]) -> Schema:
    named = [row for row in rows if row.name]
    extra = next((row for row in rows if row.additional), None)
    if not named and extra is None:
        return schema
    result: Schema = dict(schema) if schema.get("type") == "object" else {"type": "object"}
    properties = dict(result.get("properties", {}))
    for row in named:
        described = {**row.schema, **({"description": row.description} if row.description else {})}
        properties[row.name] = _prefer_row(properties.get(row.name, {}), described)
    if properties:
        result["properties"] = properties
    required = sorted({*result.get("required", []), *(row.name for row in named if row.required)})
    if required:
        result["required"] = required
    if extra is not None:
        result["additionalProperties"] = extra.schema or True
    return result


class OperationBuilder:
    def __init__(self, registry: ResourceRegistry, source: str, has_errors: bool) -> None:
        self.registry = registry
        self.source = source
        self.has_errors = has_errors

    def request_body(
        self, facts: Facts, hints: dict[str, list[Any]]
    ) -> tuple[dict[str, Any], Guess]:
        schema: Schema = {}
        for value in facts.request_values:
            schema = merge_schemas(schema, self.registry.document_schema(value, hints, sent=True))
        schema = _apply_rows(schema, facts.body_rows)
        media = facts.segment.body_media or "application/json"
        if not schema and media.endswith("json"):
            schema = {"type": "object"}
        evidence = [
            f"{len(facts.request_values)} request sample(s), {len(facts.body_rows)} field row(s)"
        ]
        jsonapi = any(resource_objects(value) for value in facts.request_values)
        required = jsonapi or any(row.required for row in facts.body_rows)
        body = {"required": required, "content": {media: {"schema": schema}}}
        confidence = 0.8 if facts.request_values else 0.5
        return body, Guess("from samples and field rows", confidence, evidence)

    def responses(self, facts: Facts, hints: dict[str, list[Any]]) -> tuple[dict[str, Any], Guess]:
        result: dict[str, Any] = {}
        evidence = []
        for status, value in facts.responses.items():
            response: dict[str, Any] = {
                "description": facts.segment.status_notes.get(status)
                or _REASONS.get(status, "Response")
            }
            if value is not NO_SAMPLE and value is not None:
                schema = self.registry.document_schema(value, hints)
                response["content"] = {"application/json": {"schema": schema}}
                evidence.append(f"{status}: from its sample")
            elif value is None:
                evidence.append(f"{status}: the sample is null, so no body is declared")
            elif _ERROR_STATUS.match(status) and self.has_errors:
                ref = {"$ref": f"#/components/schemas/{ERROR_SCHEMA}"}
                response["content"] = {"application/json": {"schema": ref}}
                evidence.append(f"{status}: the error document other operations show")
            result[status] = response
        if not result:
            result["default"] = {"description": "The page shows no response for this operation"}
            evidence.append("no response samples at all")
        return result, Guess("from response samples", 0.8 if facts.responses else 0.3, evidence)


def pagination(facts: Facts) -> dict[str, Any] | None:
    """Offset pagination when a limit/offset pair is accepted and the response is a list."""
    query = {row.name: row for where, row in facts.params if where == "query"}
    value = facts.success_value
    items = list_pointer(value) if value is not NO_SAMPLE else None
    pair = next(((lim, off) for lim, off in _PAGE_PARAMS if lim in query and off in query), None)
    if pair is None or items is None:
        return None
    result: dict[str, Any] = {
        "style": "offset",
        "limit": pair[0],
        "offset": pair[1],
        "items": items,
    }
    total = _total_pointer(value)
    if total:
        result["total"] = total
    maximum = query[pair[0]].schema.get("maximum")
    if isinstance(maximum, int):
        result["max_limit"] = maximum
    return result


def _total_pointer(value: Any) -> str | None:
    if not isinstance(value, dict):
        return None
    places: list[tuple[tuple[str, ...], dict[str, Any]]] = [((), value)]
    places += [((key,), sub) for key, sub in value.items() if isinstance(sub, dict)]
    for keys, place in places:
        for key, member in place.items():
            if (
                _TOTAL_WORDS.search(key)
                and isinstance(member, int)
                and not isinstance(member, bool)
            ):
                return _pointer(*keys, key)
    return None


def envelope(facts: Facts) -> dict[str, str]:
    """``data`` on each side that is a JSON:API document (docs/extensions.md)."""
    result = {}
    if facts.request_values and all(resource_objects(v) for v in facts.request_values):
        result["request"] = "data"
        if all(_has_attributes(v) for v in facts.request_values):
            result["flatten"] = "attributes"
    if resource_objects(facts.success_value) and not is_error_document(facts.success_value):
        result["response"] = "data"
    return result


def _has_attributes(document: Any) -> bool:
    """A JSON:API request whose resource object carries its fields in ``attributes``."""
    data = document.get("data") if isinstance(document, dict) else None
    return isinstance(data, dict) and isinstance(data.get("attributes"), dict)


def assign_operation_ids(placements: Sequence[Placement]) -> dict[int, str]:
    by_path: dict[str, set[str]] = {}
    for placement in placements:
        by_path.setdefault(placement.path.value, set()).add(placement.method.value)
    taken: set[str] = set()
    result = {}
    for index, placement in enumerate(placements):
        method, path = placement.key
        siblings = by_path[path] - {method}
        if method in _NAMED_METHODS:
            is_list = placement.facts.response_kind == "list"
            candidate = operation_id(method, path, is_list, siblings)
        else:  # HEAD, OPTIONS, TRACE: the method and the path's words
            candidate = method.lower() + pascal(words(path.replace("{", " ").replace("}", " ")))
        result[index] = unique_id(candidate, split_path(path).prefix, taken)
    return result
