"""Python source for values taken from a spec.

Spec text ends up inside generated code as string literals and docstrings;
both are produced here and nowhere else, so no spec can break out of a
literal or a docstring and inject code.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any


def py_string(value: str) -> str:
    """A double-quoted Python string literal for any text."""
    if value.isascii() and value.isprintable() and '"' not in value and "\\" not in value:
        return f'"{value}"'  # the common case: nothing to escape
    out = ['"']
    for char in value:
        if char == "\\":
            out.append("\\\\")
        elif char == '"':
            out.append('\\"')
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif char == "\r":
            out.append("\\r")
        elif not char.isprintable() or char in "\u2028\u2029":
            code = ord(char)
            out.append(
                f"\\x{code:02x}"
                if code < 0x100
                else f"\\u{code:04x}"
                if code < 0x10000
                else f"\\U{code:08x}"
            )
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def py_literal(value: Any) -> str:
    """Python source for a JSON value."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f'float("{value}")'
    if isinstance(value, str):
        return py_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{" + ", ".join(f"{py_string(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
        )
    return py_string(str(value))


def docstring(text: str, indent: str = "", width: int = 88) -> str:
    """The body of a triple-quoted docstring: wrapped, escaped, never closing early.

    Lines after the first carry ``indent``, the indentation of the docstring
    itself, so the formatter leaves the text where it is.
    """
    if (
        len(text) < width - len(indent)
        and text.isprintable()
        and '"' not in text
        and "\\" not in text
    ):
        return text.strip() or "Undocumented."  # the common case: one short, plain line
    return _wrapped(text, indent, width)


@lru_cache(maxsize=8192)  # descriptions recur: 8,130 wraps of 2,569 texts on the GitHub API
def _wrapped(text: str, indent: str, width: int) -> str:
    cleaned = text.replace("\r", "")
    if not all(line.isprintable() for line in cleaned.split("\n")):  # rare: per character
        cleaned = "".join(c if c.isprintable() or c == "\n" else " " for c in cleaned)
    cleaned = cleaned.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    paragraphs = [" ".join(p.split()) for p in cleaned.split("\n\n")]
    wrapped = [fill_words(p, max(width - len(indent), 40)) for p in paragraphs if p]
    body = indent_lines("\n\n".join(wrapped), indent).strip() or "Undocumented."
    return body + " " if body.endswith('"') else body


def fill_words(text: str, width: int) -> str:
    """Greedy word wrap of single-spaced text; a word longer than ``width`` keeps its own
    line. What ``textwrap.fill`` does with long words and hyphens unbroken, 10x faster."""
    lines: list[str] = []
    line: list[str] = []
    size = 0
    for word in text.split(" "):
        if line and size + 1 + len(word) > width:
            lines.append(" ".join(line))
            line, size = [], 0
        size += len(word) + (1 if line else 0)
        line.append(word)
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def indent_lines(text: str, indent: str) -> str:
    """Indent every non-empty line after the first."""
    return "\n".join(
        indent + line if line and i else line for i, line in enumerate(text.split("\n"))
    )
