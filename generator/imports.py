"""Import blocks for generated modules, computed from the names the code uses.

Templates print code without imports; this reads the NAME tokens of that code
(never names inside strings or docstrings) and writes exactly the imports it
needs, grouped and ordered the way isort and ruff's ``I`` rules expect, so the
output is lint-clean without running a linter at generation time.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections import defaultdict
from collections.abc import Iterable, Mapping

_FSTRING_FIELD = re.compile(r"(?<!\{)\{([^{}]+)\}")
STDLIB = "stdlib"
THIRD_PARTY = "third"
LOCAL = "local"

# name -> (section, module, imported name or None for `import module`)
KNOWN: dict[str, tuple[str, str, str | None]] = {
    "builtins": (STDLIB, "builtins", None),
    "os": (STDLIB, "os", None),
    "warnings": (STDLIB, "warnings", None),
    "Mapping": (STDLIB, "collections.abc", "Mapping"),
    "date": (STDLIB, "datetime", "date"),
    "datetime": (STDLIB, "datetime", "datetime"),
    "UUID": (STDLIB, "uuid", "UUID"),
    "Annotated": (STDLIB, "typing", "Annotated"),
    "Any": (STDLIB, "typing", "Any"),
    "Literal": (STDLIB, "typing", "Literal"),
    "TypeAlias": (STDLIB, "typing", "TypeAlias"),
    "cast": (STDLIB, "typing", "cast"),
    "httpx": (THIRD_PARTY, "httpx", None),
    "Field": (THIRD_PARTY, "pydantic", "Field"),
    "validate_call": (THIRD_PARTY, "pydantic", "validate_call"),
}


def used_names(code: str) -> set[str]:
    """Names the code reads. A name that starts a line and is followed by ``:`` or
    ``=`` is being defined there (a model field, a local), not used."""
    names = set()
    tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    line_start = True
    for index, token in enumerate(tokens):
        following = tokens[index + 1].string if index + 1 < len(tokens) else ""
        if token.type == tokenize.NAME:
            defining = line_start and following in (":", "=")
            module_like = KNOWN.get(token.string, ("", "", ""))[2] is None
            if not defining and (not module_like or following == "."):
                names.add(token.string)
        elif token.type == tokenize.STRING and token.string[:1] in "fF":
            for expression in _FSTRING_FIELD.findall(token.string):
                names |= used_names(expression)
        line_start = token.type in (tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT)
    return names


def defined_names(code: str) -> set[str]:
    """Top-level names a module defines (classes, functions, assignments)."""
    names = set()
    for line in code.splitlines():
        for prefix in ("class ", "def ", "async def "):
            if line.startswith(prefix):
                names.add(line[len(prefix) :].split("(")[0].split(":")[0].strip())
        head = line.split(":")[0].split("=")[0].strip()
        if line and not line[0].isspace() and head.isidentifier():
            names.add(head)
    return names


def import_block(code: str, local: Mapping[str, str]) -> str:
    """The import lines ``code`` needs; ``local`` maps package names to relative modules."""
    wanted = used_names(code) - defined_names(code)
    plain: dict[str, set[str]] = defaultdict(set)
    froms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for name in sorted(wanted):
        if name in local:
            froms[LOCAL][local[name]].add(name)
        elif name in KNOWN:
            section, module, imported = KNOWN[name]
            if imported is None:
                plain[section].add(module)
            else:
                froms[section][module].add(imported)
    blocks = []
    for section in (STDLIB, THIRD_PARTY, LOCAL):
        lines = [f"import {m}" for m in sorted(plain[section], key=str.lower)]
        modules = sorted(froms[section], key=_module_key)
        lines += [f"from {m} import {', '.join(_order_names(froms[section][m]))}" for m in modules]
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _module_key(module: str) -> tuple[int, str]:
    dots = len(module) - len(module.lstrip("."))
    return (-dots, module.lstrip(".").lower())


def _order_names(names: Iterable[str]) -> list[str]:
    """isort's order-by-type: CONSTANTS, then Classes, then functions and variables."""

    return sorted(names, key=name_order)


def name_order(name: str) -> tuple[int, str, str]:
    """isort's order-by-type key, case-insensitive within each kind as ruff sorts."""
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return (kind, name.lower(), name)
