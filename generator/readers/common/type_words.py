"""Type words that prose and scraped docs use, mapped to JSON Schema.

Shared by every reader of human-written documentation (ReDoc text, Markdown
field tables), so "String", "string <uuid>", "Array of strings", "Number" and
"Boolean" mean the same thing whichever reader meets them. Readers extend the
schema they get here (formats, constraints); they do not keep tables of their own.
"""

from __future__ import annotations

import re
from typing import Any

# Lower-cased type word -> JSON Schema. Order does not matter; lookup is exact.
TYPE_WORDS: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "str": {"type": "string"},
    "text": {"type": "string"},
    "integer": {"type": "integer"},
    "int": {"type": "integer"},
    "int32": {"type": "integer", "format": "int32"},
    "int64": {"type": "integer", "format": "int64"},
    "long": {"type": "integer", "format": "int64"},
    "number": {"type": "number"},
    "float": {"type": "number", "format": "float"},
    "double": {"type": "number", "format": "double"},
    "decimal": {"type": "number"},
    "boolean": {"type": "boolean"},
    "bool": {"type": "boolean"},
    "object": {"type": "object"},
    "hash": {"type": "object"},
    "map": {"type": "object"},
    "dict": {"type": "object"},
    "json": {"type": "object"},
    "array": {"type": "array"},
    "list": {"type": "array"},
    "null": {"type": "null"},
    "any": {},
    "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "format": "date-time"},
    "date-time": {"type": "string", "format": "date-time"},
    "timestamp": {"type": "string", "format": "date-time"},
    "uuid": {"type": "string", "format": "uuid"},
    "email": {"type": "string", "format": "email"},
    "uri": {"type": "string", "format": "uri"},
    "url": {"type": "string", "format": "uri"},
    "binary": {"type": "string", "format": "binary"},
    "file": {"type": "string", "format": "binary"},
}

_ARRAY_OF = re.compile(r"^(?:array|list)\s+of\s+(.+?)s?$", re.IGNORECASE)
# Generated references write types in a grammar of their own: widdershins gives
# "[string]" and "[[object]]" for arrays, "array[string]" for array parameters,
# "string(date-time)" for formats and "string¦null" for nullable types.
_BRACKETED = re.compile(r"^\[(.+)\]$")
_ARRAY_BRACKET = re.compile(r"^(?:array|list)\s*\[(.*)\]$", re.IGNORECASE)
_WITH_FORMAT = re.compile(r"^([a-z]+)\s*\(([\w.-]+)\)$", re.IGNORECASE)
_ALTERNATIVES = re.compile(r"\s*[¦|]\s*")


def schema_for_type_word(word: str) -> dict[str, Any] | None:
    """The schema for a type word ("String", "Array of strings"), or None if unknown."""
    text = " ".join(word.split()).strip().lower()
    if not text:
        return None
    if text in TYPE_WORDS:
        return dict(TYPE_WORDS[text])
    match = _ARRAY_OF.match(text)
    if match:
        item = schema_for_type_word(match.group(1)) or schema_for_type_word(match.group(1) + "s")
        return {"type": "array", "items": item if item is not None else {}}
    if text.endswith("[]"):
        item = schema_for_type_word(text[:-2])
        return {"type": "array", "items": item if item is not None else {}}
    return _generated_type(text)


def _generated_type(text: str) -> dict[str, Any] | None:
    """The widdershins-style spellings: ``[string]``, ``array[integer]``,
    ``string(date-time)``, ``string¦null``."""
    parts = _ALTERNATIVES.split(text)
    if len(parts) > 1 and "null" in parts:
        rest = [part for part in parts if part != "null"]
        inner = schema_for_type_word(rest[0]) if len(rest) == 1 else None
        if inner is None or "type" not in inner or isinstance(inner["type"], list):
            return inner
        return {**inner, "type": [inner["type"], "null"]}
    bracket = _BRACKETED.match(text) or _ARRAY_BRACKET.match(text)
    if bracket:
        item = schema_for_type_word(bracket.group(1))
        return {"type": "array", "items": item if item is not None else {}}
    formatted = _WITH_FORMAT.match(text)
    if formatted:
        base = schema_for_type_word(formatted.group(1))
        if base is not None and base.get("type") in ("string", "integer", "number"):
            return {**base, "format": formatted.group(2)}
    return None
