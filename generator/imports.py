"""Import blocks for generated modules, computed from the names the code uses.

Templates print code without imports; this reads the NAME tokens of that code
(never names inside strings or docstrings) and writes exactly the imports it
needs, grouped and ordered the way isort and ruff's ``I`` rules expect, so the
output is lint-clean without running a linter at generation time.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

_FSTRING_FIELD = re.compile(r"(?<!\{)\{([^{}]+)\}")
# One pass over generated code: string literals (any prefix, any quotes), comments, names.
_LEXEME = re.compile(
    r"""(?P<prefix>(?<![\w])[rRbBuUfF]{0,2})(?P<string>'{3}(?:\\[\s\S]|[^\\])*?'{3}|"{3}(?:\\[\s\S]|[^\\])*?"{3}|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*")"""
    r"|#[^\n]*"
    r"|(?<![\w.])(?P<name>[A-Za-z_]\w*)"
)
# A string that is the value of `TypeAliasType("Name", "...")`: code, read lazily.
_LAZY_ALIAS_VALUE = re.compile(r'TypeAliasType\(\s*"[^"\n]*",\s*\Z')
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
    "TypeAliasType": (THIRD_PARTY, "typing_extensions", "TypeAliasType"),
    "cast": (STDLIB, "typing", "cast"),
    "httpx": (THIRD_PARTY, "httpx", None),
    "Field": (THIRD_PARTY, "pydantic", "Field"),
    "validate_call": (THIRD_PARTY, "pydantic", "validate_call"),
}


def used_names(code: str) -> set[str]:
    """Names the code reads, outside strings and comments. A name that starts a line
    and is followed by ``:`` or ``=`` is being defined there (a model field, a
    local), and a module-like name counts only when an attribute follows it."""
    names: set[str] = set()
    for match in _LEXEME.finditer(code):
        literal = match["string"]
        if literal is not None:
            if "f" in match["prefix"].lower():
                for expression in _FSTRING_FIELD.findall(literal):
                    names |= used_names(expression)
            elif _LAZY_ALIAS_VALUE.search(code, max(0, match.start() - 200), match.start()):
                names |= used_names(ast.literal_eval(literal))  # evaluated later, in this module
            continue
        name = match["name"]
        if name is None:
            continue
        after = code[match.end() : match.end() + 2].lstrip()[:1]
        starts_line = code[code.rfind("\n", 0, match.start()) + 1 : match.start()].strip() == ""
        if starts_line and after in (":", "="):
            continue
        if KNOWN.get(name, ("", "", ""))[2] is None and after != ".":
            continue
        names.add(name)
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
