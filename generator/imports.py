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
# String literals and comments, masked before names are read. Each alternative starts
# with its quote, so the scanner skips straight to candidates, and reads runs of plain
# characters at once; a string's prefix is read behind its quote (_PREFIX).
_OPAQUE = re.compile(
    r"#[^\n]*"
    r"|'''[^'\\]*(?:(?:\\[\s\S]|'(?!''))[^'\\]*)*'''"
    r'|"""[^"\\]*(?:(?:\\[\s\S]|"(?!""))[^"\\]*)*"""'
    r"|'[^'\\\n]*(?:\\.[^'\\\n]*)*'"
    r'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"'
)
_OPAQUE_PIECES = re.compile(f"({_OPAQUE.pattern})")  # split keeps each literal
_PREFIX = re.compile(r"(?<!\w)[rRbBuUfF]{1,2}\Z")
_PREFIX_LETTERS = frozenset("rRbBuUfF")
# Stands in for a string literal: not a name, not whitespace, not `:`, `=` or `.`.
_MARK = "$"
# A name, or an attribute with its dot; a word right before a mark is a string prefix.
# (A token starts with one of a set of characters, so the scanner skips to candidates;
# a lone dot it finds is no name.)
_TOKEN = re.compile(r"[.\w]\w*+(?!\$)")
# A name that starts its line and is followed by `:` or `=` is being defined there.
_DEFINED_HERE = re.compile(r"\n[^\S\n]*[A-Za-z_]\w*(?=\s?[:=])")
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
    "Required": (STDLIB, "typing", "Required"),
    "TypedDict": (THIRD_PARTY, "typing_extensions", "TypedDict"),
    "TypeAliasType": (THIRD_PARTY, "typing_extensions", "TypeAliasType"),
    "cast": (STDLIB, "typing", "cast"),
    "httpx": (THIRD_PARTY, "httpx", None),
    "Field": (THIRD_PARTY, "pydantic", "Field"),
    "validate_call": (THIRD_PARTY, "pydantic", "validate_call"),
}
# Imported as modules: their names count only when an attribute follows (``httpx.Client``).
_MODULES = frozenset(name for name, (_, _, imported) in KNOWN.items() if imported is None)
_MODULE_ATTRIBUTE = re.compile(
    "|".join(rf"{name}(?<![\w.]{name})(?=\s?\.)" for name in sorted(_MODULES))
)


def used_names(code: str) -> set[str]:
    """Names the code reads, outside strings and comments. A name that starts a line
    and is followed by ``:`` or ``=`` is being defined there (a model field, a
    local), and a module-like name counts only when an attribute follows it.

    Literals, comments and definitions are masked, then the rest is read by regex: a
    package's code holds a million names, too many to visit one by one in Python."""
    inner: set[str] = set()  # read inside literals: f-string fields, lazy alias values
    lazy_aliases = "TypeAliasType" in code
    # Code and literals alternate; each literal is masked in place (a loop, not a
    # callback: a module holds thousands of literals).
    pieces = _OPAQUE_PIECES.split(code)
    start = 0
    for index in range(1, len(pieces), 2):
        start += len(pieces[index - 1])
        literal = pieces[index]
        if literal[0] == "#":
            pieces[index] = " "  # a comment ends its line: nothing can be its prefix
        else:
            pieces[index] = _MARK
            prefix = (
                _PREFIX.search(code, max(0, start - 2), start)
                if code[start - 1 : start] in _PREFIX_LETTERS
                else None
            )
            if prefix is not None and "f" in prefix.group().lower():
                for expression in _FSTRING_FIELD.findall(literal):
                    inner.update(used_names(expression))
            elif lazy_aliases:
                begin = start if prefix is None else prefix.start()
                if _LAZY_ALIAS_VALUE.search(code, max(0, begin - 200), begin):
                    inner.update(used_names(ast.literal_eval(literal)))  # evaluated later, here
        start += len(literal)
    masked = _DEFINED_HERE.sub("\n" + _MARK, "\n" + "".join(pieces))
    names = {
        token
        for token in set(_TOKEN.findall(masked))
        if (token[0] == "_" or (token[0].isascii() and token[0].isalpha()))
        and token not in _MODULES
    }
    return names | set(_MODULE_ATTRIBUTE.findall(masked)) | inner


def defined_names(code: str) -> set[str]:
    """Top-level names a module defines (classes, functions, assignments)."""
    names = set()
    for line in code.splitlines():
        if not line or line[0].isspace():
            continue  # indented: nothing top-level starts here
        for prefix in ("class ", "def ", "async def "):
            if line.startswith(prefix):
                names.add(line[len(prefix) :].split("(")[0].split(":")[0].strip())
        head = line.split(":")[0].split("=")[0].strip()
        if head.isidentifier():
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
