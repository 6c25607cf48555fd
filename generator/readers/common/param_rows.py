"""The field-row grammar of rendered API references, as one table of tokens.

ReDoc (and pages built like it) print a parameter or body field as
``name [required] | type <format> constraints Default: X Example: Y Enum: "a" "b" description |``.
The type part is read left to right by :data:`_TOKENS`: each entry recognises
one construct and applies it to the schema; the first text no entry
recognises starts the description. A new construct is a new table row, and
any reader of human-written docs can reuse :func:`parse_row` or
:func:`parse_type_text`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator.readers.common.type_words import schema_for_type_word

Schema = dict[str, Any]

_NO_EXAMPLE: Any = object()


@dataclass
class ParamRow:
    """One field row. ``name`` is empty when the scrape lost it (a collapsed table)."""

    name: str
    required: bool = False
    schema: Schema = field(default_factory=dict)
    description: str = ""
    deprecated: bool = False
    example: Any = _NO_EXAMPLE
    additional: bool = False  # the row stands for "any other property"

    @property
    def has_example(self) -> bool:
        return self.example is not _NO_EXAMPLE


@dataclass
class _State:
    row: ParamRow
    rest: str

    @property
    def schema(self) -> Schema:
        return self.row.schema

    def target(self) -> Schema:
        """Formats and character bounds after an array type describe its items."""
        items = self.schema.get("items")
        return items if isinstance(items, dict) else self.schema


_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"\s*')
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?=\s|$)\s*")
_BARE = re.compile(r"(\S+)\s*")


def _number(text: str) -> int | float:
    return float(text) if "." in text else int(text)


def coerce(value: str, schema: Schema) -> Any:
    """A scraped literal as the JSON value the schema's type implies."""
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return _number(value)
    except ValueError:
        return value
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    if kind == "array":
        items = schema.get("items")
        return [coerce(value, items if isinstance(items, dict) else {})]
    return value


def _read_value(state: _State) -> str | None:
    for pattern in (_QUOTED, _BARE):
        match = pattern.match(state.rest)
        if match:
            state.rest = state.rest[match.end() :]
            return match.group(1)
    return None


def _read_values(state: _State) -> list[str]:
    """A run of quoted strings, or failing that of bare numbers (``Enum: 1 2 3``)."""
    for pattern in (_QUOTED, _NUMBER):
        values = []
        while match := pattern.match(state.rest):
            values.append(match.group(1) if pattern is _QUOTED else match.group(0).strip())
            state.rest = state.rest[match.end() :]
        if values:
            return values
    return []


def _type_word(state: _State, match: re.Match[str]) -> bool:
    if state.schema:
        return False  # a second type word belongs to the description
    schema = schema_for_type_word(match.group(1))
    if schema is None:
        return False
    state.schema.update(schema)
    if match.group(2):
        state.schema["type"] = [state.schema.get("type", "string"), "null"]
    return True


def _format(state: _State, match: re.Match[str]) -> bool:
    state.target()["format"] = match.group(1).strip()
    return True


def _title(state: _State, match: re.Match[str]) -> bool:
    state.schema.setdefault("title", match.group(1))
    return True


_BOUND_KEYS = {
    # unit -> (lower key, upper key); "" is a numeric bound
    "": ("minimum", "maximum"),
    "characters": ("minLength", "maxLength"),
    "items": ("minItems", "maxItems"),
}


def _bound_target(state: _State, unit: str) -> Schema:
    return state.schema if unit == "items" else state.target()


def _range(state: _State, match: re.Match[str]) -> bool:
    unit = (match.group(3) or "").strip()
    low, high = _BOUND_KEYS[unit]
    target = _bound_target(state, unit)
    target[low], target[high] = _number(match.group(1)), _number(match.group(2))
    return True


_COMPARATORS = {">=": (0, ""), "<=": (1, ""), ">": (0, "exclusive"), "<": (1, "exclusive")}


def _bound(state: _State, match: re.Match[str]) -> bool:
    unit = (match.group(3) or "").strip()
    side, exclusive = _COMPARATORS[match.group(1)]
    key = _BOUND_KEYS[unit][side]
    if exclusive and not unit:
        key = "exclusiveMinimum" if side == 0 else "exclusiveMaximum"
    _bound_target(state, unit)[key] = _number(match.group(2))
    return True


def _items(state: _State, match: re.Match[str]) -> bool:
    items = state.schema.setdefault("items", {})
    inner = _State(ParamRow("", schema=items), match.group(1).strip())
    while inner.rest and _apply_one(inner):
        pass
    return True


def _non_empty(state: _State, match: re.Match[str]) -> bool:
    key = "minItems" if state.schema.get("type") == "array" else "minLength"
    state.schema[key] = 1
    return True


def _unique(state: _State, match: re.Match[str]) -> bool:
    if state.schema.get("type") != "array":
        return False
    state.schema["uniqueItems"] = True
    return True


def _multiple(state: _State, match: re.Match[str]) -> bool:
    state.target()["multipleOf"] = _number(match.group(1))
    return True


def _pattern(state: _State, match: re.Match[str]) -> bool:
    if "string" not in str(state.target().get("type")):
        return False
    state.target()["pattern"] = match.group(1)
    return True


def _flag(key: str) -> Callable[[_State, re.Match[str]], bool]:
    def apply(state: _State, match: re.Match[str]) -> bool:
        state.schema[key] = True
        return True

    return apply


def _deprecated(state: _State, match: re.Match[str]) -> bool:
    state.row.deprecated = True
    return True


def _nullable(state: _State, match: re.Match[str]) -> bool:
    kind = state.schema.get("type")
    if isinstance(kind, str):
        state.schema["type"] = [kind, "null"]
    return True


def _default(state: _State, match: re.Match[str]) -> bool:
    value = _read_value(state)
    if value is None:
        return False
    state.schema["default"] = coerce(value, state.schema)
    return True


def _example(state: _State, match: re.Match[str]) -> bool:
    value = _read_value(state)
    if value is None:
        return False
    prefix = state.row.name + "="  # query examples read `name=value`
    if state.row.name and value.startswith(prefix):
        value = value[len(prefix) :]
    state.row.example = coerce(value, state.schema)
    return True


def _enum_into(target: Callable[[_State], Schema]) -> Callable[[_State, re.Match[str]], bool]:
    def apply(state: _State, match: re.Match[str]) -> bool:
        values = _read_values(state)
        if not values:
            return False
        schema = target(state)
        schema["enum"] = [coerce(value, schema) for value in values]
        return True

    return apply


def _items_schema(state: _State) -> Schema:
    items = state.schema.setdefault("items", {})
    return items if isinstance(items, dict) else state.schema


Handler = Callable[[_State, re.Match[str]], bool]

# Order matters only where one construct is a prefix of another
# ("Items Enum:" before "Enum:", "[ items" before "[ a .. b ]").
_TOKENS: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(r"((?:Array|List) of \w+|\w[\w-]*)(\s+or\s+null)?\b"), _type_word),
    (re.compile(r"<\s*([^<>]+?)\s*>"), _format),
    (re.compile(r"\((\w+)\)"), _title),
    (re.compile(r"\[ items ((?:[^\[\]]|\[[^\]]*\])+?) \]"), _items),
    (re.compile(r"\[ (-?[\d.]+) \.\. (-?[\d.]+) \]( characters| items)?"), _range),
    (re.compile(r"(>=|<=|>|<) (-?[\d.]+)( characters| items)?"), _bound),
    (re.compile(r"non-empty\b"), _non_empty),
    (re.compile(r"unique\b"), _unique),
    (re.compile(r"multiple of (-?[\d.]+)"), _multiple),
    (re.compile(r"(\^\S*)"), _pattern),
    (re.compile(r"Deprecated\b"), _deprecated),
    (re.compile(r"(?:Nullable|or null)\b"), _nullable),
    (re.compile(r"read-only\b"), _flag("readOnly")),
    (re.compile(r"write-only\b"), _flag("writeOnly")),
    (re.compile(r"Default:\s*"), _default),
    (re.compile(r"Example:\s*"), _example),
    (re.compile(r"Items Enum:\s*"), _enum_into(_items_schema)),
    (re.compile(r"Enum:\s*"), _enum_into(lambda state: state.schema)),
    (re.compile(r"Value:\s*"), _enum_into(lambda state: state.schema)),
]


def _apply_one(state: _State) -> bool:
    """Apply the first token that matches at the start of ``state.rest``."""
    for pattern, handler in _TOKENS:
        match = pattern.match(state.rest)
        if match is None:
            continue
        saved = state.rest
        state.rest = state.rest[match.end() :]
        if handler(state, match):
            state.rest = state.rest.lstrip()
            return True
        state.rest = saved
    return False


def parse_type_text(text: str, row: ParamRow | None = None) -> ParamRow:
    """Read ``type <format> constraints ... description`` into ``row``."""
    state = _State(row if row is not None else ParamRow(""), text.strip())
    while state.rest and _apply_one(state):
        pass
    state.row.description = state.rest.strip()
    return state.row


_ADDITIONAL = re.compile(r"^property name\*?\s+additional property$", re.IGNORECASE)
_NAME_FLAGS = {"required": "required", "deprecated": "deprecated"}


def _split_name(text: str) -> ParamRow:
    words = text.split()
    row = ParamRow("")
    while words and words[-1].lower() in _NAME_FLAGS:
        setattr(row, _NAME_FLAGS[words.pop().lower()], True)
    row.name = " ".join(words)
    return row


def parse_row(text: str) -> ParamRow | None:
    """One ``name | type ... |`` row, or None when the line is no field row."""
    line = text.strip()
    if "|" not in line:
        return None
    name_part, _, rest = line.partition("|")
    rest = rest.rstrip(" |")
    if _ADDITIONAL.match(name_part.strip()):
        return parse_type_text(rest, ParamRow("", additional=True))
    row = _split_name(name_part)
    if not rest.strip():
        # "object | ||||": the scrape kept the type and lost the name
        return None if not row.name or schema_for_type_word(row.name) else row
    return parse_type_text(rest, row)
