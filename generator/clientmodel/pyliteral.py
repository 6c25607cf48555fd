"""Python source for values taken from a spec.

Spec text ends up inside generated code as string literals and docstrings;
both are produced here and nowhere else, so no spec can break out of a
literal or a docstring and inject code.
"""

from __future__ import annotations

import math
import textwrap
from typing import Any


def py_string(value: str) -> str:
    """A double-quoted Python string literal for any text."""
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
    if len(text) < width - len(indent) and text.isprintable() and '"' not in text and "\\" not in text:
        return text.strip() or "Undocumented."  # the common case: one short, plain line
    cleaned = "".join(c if c.isprintable() or c == "\n" else " " for c in text.replace("\r", ""))
    cleaned = cleaned.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    paragraphs = [" ".join(p.split()) for p in cleaned.split("\n\n")]
    wrapped = [
        textwrap.fill(
            p, width=max(width - len(indent), 40), break_long_words=False, break_on_hyphens=False
        )
        for p in paragraphs
        if p
    ]
    body = indent_lines("\n\n".join(wrapped), indent).strip() or "Undocumented."
    return body + " " if body.endswith('"') else body


def indent_lines(text: str, indent: str) -> str:
    """Indent every non-empty line after the first."""
    return "\n".join(
        indent + line if line and i else line for i, line in enumerate(text.split("\n"))
    )
