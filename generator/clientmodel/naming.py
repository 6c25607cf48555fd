"""Python names from wire names, for every place a spec name becomes code.

All names pass through here so the rules are the same everywhere: snake_case
for attributes and arguments, PascalCase for classes, no keywords, no shadowed
pydantic attributes, and deterministic suffixes on collisions. Whatever a spec
contains, the result is a plain ASCII identifier: names can never inject code.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from functools import cache

# Digits stay with the word before them: `v2`, `oauth2`, `address1` are one word.
_WORD_BREAK = re.compile(r"[A-Z]?[a-z]+\d*|[A-Z]+\d*(?=[A-Z][a-z]|\b|_)|[A-Z]+\d*|\d+")
# Attribute names a pydantic model owns; a field by these names would shadow them.
_MODEL_RESERVED = frozenset(
    {
        "copy",
        "dict",
        "json",
        "schema",
        "schema_json",
        "construct",
        "validate",
        "fields",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "update_forward_refs",
        # Names field annotations use: a field by one would hide the type below it.
        "date",
        "datetime",
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "list",
        "object",
        "tolerant",
        "limits",
        "Field",
    }
)
# Names the generated method bodies use: an argument by one of these would hide it.
_ARG_RESERVED = frozenset(
    {
        "self",
        "cls",
        "timeout",
        "extra_headers",
        "type",
        "list",
        "dict",
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "object",
        "cast",
        "builtins",
        "warnings",
        "validate_request",
        "validate_call",
        "quote_path",
        "OffsetPagination",
    }
)


_BUILTINS = frozenset(dir(builtins))


def words(name: str) -> list[str]:
    """Split any spelling (camelCase, dash-case, `page[limit]`, `status[]`) into words."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    parts = re.split(r"[^A-Za-z0-9]+", ascii_name)
    return [w.lower() for part in parts for w in _WORD_BREAK.findall(part)]


@cache  # pure, and a large API asks for the same names thousands of times
def snake(name: str, fallback: str = "value") -> str:
    result = "_".join(words(name)) or fallback
    if result[:1].isdigit():
        result = f"{fallback}_{result}"
    return result


@cache
def pascal(name: str, fallback: str = "Model") -> str:
    result = "".join(w.capitalize() for w in words(name)) or fallback
    if result[:1].isdigit():
        result = f"{fallback}{result}"
    return result


def safe_identifier(name: str, extra_reserved: frozenset[str] = frozenset()) -> str:
    """A keyword-free identifier: `from` -> `from_`, `class` -> `class_`."""
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in extra_reserved:
        return f"{name}_"
    return name


@cache
def field_name(wire: str) -> str:
    name = snake(wire, "field")
    if name.startswith("model_"):
        return f"{name}_"
    return safe_identifier(name, _MODEL_RESERVED)


@cache
def argument_name(wire: str) -> str:
    return safe_identifier(snake(wire, "arg"), _ARG_RESERVED)


@cache
def class_name(wire: str) -> str:
    return safe_identifier(pascal(wire), _BUILTINS)


def constant_env(name: str) -> str:
    return snake(name).upper()


class NameAllocator:
    """Hands out unique names in first-come order, with `_2`, `_3` suffixes on clashes."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self._taken = set(taken or ())

    def allocate(self, wanted: str) -> str:
        name, counter = wanted, 2
        while name in self._taken:
            name = f"{wanted}_{counter}" if wanted.islower() else f"{wanted}{counter}"
            counter += 1
        self._taken.add(name)
        return name

    def __contains__(self, name: str) -> bool:
        return name in self._taken
