"""Diagnostics as text for people, JSON lines for tools, or GitHub workflow commands.

A diagnostic's location is ``file:line[:column]``, ``file#/json/pointer`` or a
bare file; the machine formats split it so an editor or a pull request can put
the message on the source line.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass

from generator.diagnostics import Diagnostic, Severity

FORMATS = ("text", "json", "github")
_LINE = re.compile(r"^(?P<file>.*?):(?P<line>\d+)(?::(?P<column>\d+))?$")
_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


@dataclass(frozen=True)
class Where:
    file: str
    line: int | None = None
    pointer: str | None = None


def where(location: str) -> Where:
    if "#" in location:
        file, pointer = location.split("#", 1)
        return Where(file, pointer=pointer or "/")
    match = _LINE.match(location)
    if match:
        return Where(match["file"], int(match["line"]))
    return Where(location)


def render(diagnostic: Diagnostic, fmt: str) -> str:
    if fmt == "text":
        return str(diagnostic)
    place = where(diagnostic.location)
    if fmt == "json":
        return json.dumps(
            {
                "severity": diagnostic.severity.value,
                "message": diagnostic.message,
                "file": place.file,
                "line": place.line,
                "pointer": place.pointer,
                "hint": diagnostic.hint or None,
            },
            ensure_ascii=False,
        )
    properties = f"file={_escape(place.file, True)}"
    if place.line is not None:
        properties += f",line={place.line}"
    text = diagnostic.message + (f" ({place.pointer})" if place.pointer else "")
    text += f" (hint: {diagnostic.hint})" if diagnostic.hint else ""
    return f"::{_GITHUB_LEVEL[diagnostic.severity]} {properties}::{_escape(text, False)}"


def _escape(text: str, is_property: bool) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if is_property else text


def emit(diagnostic: Diagnostic, fmt: str) -> None:
    """People read stderr; tools read one format on stdout."""
    print(render(diagnostic, fmt), file=sys.stderr if fmt == "text" else sys.stdout)
