"""Samples in rendered docs, back to JSON, and JSON Schemas inferred from them.

Rendered references show example payloads instead of schemas once the schema
tables are lost. ReDoc prints them with a collapse marker (``- ``) before
every member (``{- "data": {``); :func:`sample_to_json` removes the markers
and parses. :func:`infer_schema` and :func:`merge_schemas` turn any number of
samples (request and response alike) into one schema: formats from the
values ReDoc uses for them, ``null`` as nullable, ``{ }`` as an open object,
and literal strings kept as ``examples`` so :func:`apply_enum_hints` can turn
them into enums when a parameter row lists the allowed values.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

Schema = dict[str, Any]

# Values ReDoc prints for a plain string; they say nothing about the field.
PLACEHOLDER_STRINGS = frozenset({"string", ""})

_STRING_FORMATS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
        ),
        "uuid",
    ),
    (
        re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$"),
        "date-time",
    ),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "date"),
    (re.compile(r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$"), "time"),
    (re.compile(r"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$"), "email"),
    (re.compile(r"^https?://\S+$"), "uri"),
]
_MAX_EXAMPLES = 3


def _strip_markers(text: str) -> str:
    """Drop ``-`` collapse markers: dash-space outside strings after ``{ [ ,`` or a line start."""
    out: list[str] = []
    in_string = escaped = False
    last = "\n"  # last significant character outside strings
    index = 0
    while index < len(text):
        char = text[index]
        if in_string:
            out.append(char)
            escaped = char == "\\" and not escaped
            in_string = escaped or char != '"'
        elif char == "-" and text[index + 1 : index + 2] in (" ", "") and last in "{[,\n":
            index += 2
            continue
        else:
            out.append(char)
            in_string = char == '"'
            if not char.isspace() or char == "\n":
                last = char
        index += 1
    return "".join(out)


def sample_to_json(lines: Sequence[str]) -> Any:
    """Parse the lines of one rendered sample; raises ``ValueError`` when it is not JSON."""
    return json.loads(_strip_markers("\n".join(lines)))


def bracket_depth(line: str, depth: int = 0) -> int:
    """Open brackets after ``line``, strings ignored: tells where a multi-line sample ends."""
    in_string = escaped = False
    for char in line:
        if in_string:
            escaped = char == "\\" and not escaped
            in_string = escaped or char != '"'
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return depth


def string_format(value: str) -> str | None:
    return next((name for pattern, name in _STRING_FORMATS if pattern.match(value)), None)


def _infer_string(value: str) -> Schema:
    schema: Schema = {"type": "string"}
    found = string_format(value)
    if found:
        schema["format"] = found
    elif value not in PLACEHOLDER_STRINGS:
        schema["examples"] = [value]
    return schema


def infer_schema(value: Any) -> Schema:
    """The schema one sample value implies (before :func:`finalize`)."""
    if value is None:
        return {"type": "null"}
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        return _infer_string(value)
    if isinstance(value, list):
        items: Schema = {}
        for item in value:
            items = merge_schemas(items, infer_schema(item))
        return {"type": "array", "items": items}
    if isinstance(value, dict):
        schema: Schema = {"type": "object"}
        if value:
            schema["properties"] = {str(k): infer_schema(v) for k, v in value.items()}
        return schema
    return {}


def _split_null(schema: Schema) -> tuple[Schema | None, bool]:
    """(the schema without null, whether null was allowed); None when it was only null."""
    kind = schema.get("type")
    if kind == "null":
        return None, True
    if isinstance(kind, list) and "null" in kind:
        rest = [k for k in kind if k != "null"]
        return {**schema, "type": rest[0] if len(rest) == 1 else rest}, True
    options = schema.get("anyOf")
    if isinstance(options, list) and {"type": "null"} in options:
        rest_options = [o for o in options if o != {"type": "null"}]
        core = rest_options[0] if len(rest_options) == 1 else {**schema, "anyOf": rest_options}
        return core, True
    return schema, False


def with_null(schema: Schema) -> Schema:
    if not schema:
        return schema
    kind = schema.get("type")
    if isinstance(kind, str):
        return {**schema, "type": [kind, "null"]}
    if isinstance(kind, list):
        return {**schema, "type": [*kind, "null"]}
    if isinstance(schema.get("anyOf"), list):
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    return {"anyOf": [schema, {"type": "null"}]}


def merge_schemas(first: Schema, second: Schema) -> Schema:
    """One schema that admits what either admits; ``{}`` (nothing known) is the identity."""
    if not first or first == second:
        return dict(second)
    if not second:
        return dict(first)
    core_a, null_a = _split_null(first)
    core_b, null_b = _split_null(second)
    if core_a is None or core_b is None:
        core = core_b if core_a is None else core_a
        core = core if core is not None else {"type": "null"}
    else:
        core = _merge_core(core_a, core_b)
    return with_null(core) if (null_a or null_b) and core.get("type") != "null" else core


_NUMERIC = {"integer", "number"}


def _merge_core(first: Schema, second: Schema) -> Schema:
    kind_a, kind_b = first.get("type"), second.get("type")
    if kind_a == kind_b == "object":
        return _merge_objects(first, second)
    if kind_a == kind_b == "array":
        return {
            **second,
            **first,
            "items": merge_schemas(first.get("items", {}), second.get("items", {})),
        }
    if kind_a == kind_b and isinstance(kind_a, str):
        return _merge_scalars(first, second)
    if isinstance(kind_a, str) and isinstance(kind_b, str) and {kind_a, kind_b} == _NUMERIC:
        return {**second, **first, "type": "number"}
    if _is_plain(first) and _is_plain(second):
        kinds = sorted({*_kinds(first), *_kinds(second)})
        return {"type": kinds[0] if len(kinds) == 1 else kinds}
    return {"anyOf": [*_options(first), *(o for o in _options(second) if o not in _options(first))]}


def _kinds(schema: Schema) -> list[str]:
    kind = schema.get("type")
    return list(kind) if isinstance(kind, list) else [str(kind)]


def _is_plain(schema: Schema) -> bool:
    return "type" in schema and not {"properties", "items", "$ref", "anyOf", "enum"} & schema.keys()


def _options(schema: Schema) -> list[Schema]:
    options = schema.get("anyOf")
    return list(options) if isinstance(options, list) else [schema]


def _merge_objects(first: Schema, second: Schema) -> Schema:
    merged = {**second, **first}
    props_a, props_b = first.get("properties", {}), second.get("properties", {})
    properties = {
        key: merge_schemas(props_a.get(key, {}), props_b.get(key, {}))
        for key in {**props_a, **props_b}
    }
    if properties:
        merged["properties"] = properties
    required = [name for name in first.get("required", []) if name in second.get("required", [])]
    merged.pop("required", None)
    if required:
        merged["required"] = required
    return merged


def _merge_scalars(first: Schema, second: Schema) -> Schema:
    merged = {**second, **first}
    if first.get("format") != second.get("format"):
        merged.pop("format", None)  # one sample was a plain string: the format is not certain
    examples = [*first.get("examples", []), *second.get("examples", [])]
    if examples and not ({"examples"} <= first.keys() and {"examples"} <= second.keys()):
        examples = []  # a placeholder sample means the field is free text, not a closed set
    merged.pop("examples", None)
    if examples:
        merged["examples"] = list(dict.fromkeys(examples))[:_MAX_EXAMPLES]
    if "enum" in first and "enum" in second:
        merged["enum"] = list(dict.fromkeys([*first["enum"], *second["enum"]]))
    return merged


def finalize(schema: Schema) -> Schema:
    """Schemas as exported: a field only ever seen as ``null`` admits anything."""
    if schema.get("type") == "null":
        return {}
    result = dict(schema)
    if isinstance(result.get("properties"), dict):
        result["properties"] = {k: finalize(v) for k, v in result["properties"].items()}
    if isinstance(result.get("items"), dict):
        result["items"] = finalize(result["items"])
    if isinstance(result.get("anyOf"), list):
        result["anyOf"] = [finalize(option) for option in result["anyOf"]]
    return result


def walk_properties(schema: Schema) -> Iterator[tuple[str, Schema]]:
    """Every (property name, property schema) pair, nested ones included."""
    for name, sub in (schema.get("properties") or {}).items():
        if isinstance(sub, dict):
            yield name, sub
            yield from walk_properties(sub)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            yield from walk_properties(schema[key])
    for option in schema.get("anyOf") or ():
        if isinstance(option, dict):
            yield from walk_properties(option)


def hint_names(name: str) -> list[str]:
    """Property names a parameter may describe: ``filter[states]`` -> states, state."""
    match = re.fullmatch(r"\w+\[([^\]]+)\](?:\[\])?", name)
    base = (match.group(1) if match else name).removesuffix("[]")
    names = [base]
    if base.endswith("s") and len(base) > 3:
        names.append(base[:-1])
    return names


def apply_enum_hints(schema: Schema, hints: Mapping[str, Sequence[Any]]) -> list[str]:
    """Give a property the enum of a same-named parameter when its sample value is in it.

    Returns the names that received one. A sample ReDoc printed as ``"string"``
    carries no example and gets no enum: that field is free text.
    """
    applied = []
    for name, prop in walk_properties(schema):
        values = hints.get(name)
        examples = prop.get("examples")
        if not values or not examples or "enum" in prop:
            continue
        if all(example in values for example in examples):
            prop["enum"] = list(values)
            del prop["examples"]
            applied.append(name)
    return applied
