"""Make a recovered document validate: drop what the page states inconsistently.

A page may show a default that its own enum does not list (ReDoc prints an
array default ``playable,preview`` as one word), or an example of another
type. The document is repaired, never rejected: the value is dropped and a
located warning says so (issue 9, section 3).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.diagnostics import Diagnostic, warning

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _walk(node: Any, pointer: str) -> Iterator[tuple[dict[str, Any], str]]:
    if isinstance(node, dict):
        yield node, pointer
        for key, value in node.items():
            yield from _walk(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


def _fits(value: Any, schema: dict[str, Any]) -> bool:
    enum = schema.get("enum")
    if isinstance(enum, list) and value not in enum:
        return False
    kinds = schema.get("type")
    names = kinds if isinstance(kinds, list) else [kinds] if isinstance(kinds, str) else []
    if not names or (value is None and "null" in names):
        return True
    if isinstance(value, bool) and "boolean" not in names:
        return False
    return any(isinstance(value, _TYPES.get(name, object)) for name in names)


def _array_default(value: Any, schema: dict[str, Any]) -> Any:
    """ReDoc prints an array default comma-joined (``playable,preview``): split it back."""
    items = schema.get("items")
    if schema.get("type") != "array" or not isinstance(items, dict) or not isinstance(value, list):
        return value
    split = [
        part for item in value for part in (item.split(",") if isinstance(item, str) else [item])
    ]
    return split if all(_fits(part, items) for part in split) else value


def _fits_deep(value: Any, schema: dict[str, Any]) -> bool:
    items = schema.get("items")
    if isinstance(value, list) and isinstance(items, dict):
        return _fits(value, schema) and all(_fits(item, items) for item in value)
    return _fits(value, schema)


def repair(document: dict[str, Any], source: str) -> list[Diagnostic]:
    notes: list[Diagnostic] = []
    for node, pointer in _walk(document.get("paths", {}), "#/paths"):
        if "default" in node and "type" in node:
            node["default"] = _array_default(node["default"], node)
        if "default" in node and "type" in node and not _fits_deep(node["default"], node):
            notes.append(
                warning(
                    f"default {node['default']!r} does not fit the type or enum the page shows: dropped",
                    f"{source}{pointer}",
                )
            )
            del node["default"]
    return notes
