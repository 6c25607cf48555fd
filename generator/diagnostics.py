"""Diagnostics: what a pipeline stage tells the user, always with a location.

Every stage reports through these instead of raising or printing, so the CLI
can show one consistent line per problem (``file:line: level: message (hint)``)
and a report can list what was inferred or repaired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

# Control characters (C0 but tab, DEL, C1) and line/paragraph separators: text from a
# spec must not break the one-line format or drive the terminal (ESC sequences).
_UNPRINTABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` on one line, with control characters shown as escapes."""
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding. ``location`` is ``file:line`` or ``file#/json/pointer``."""

    severity: Severity
    message: str
    location: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.location}: {self.severity.value}: {self.message}"
        return printable(f"{text} (hint: {self.hint})" if self.hint else text)


class ClientgenError(Exception):
    """A problem the user can fix; the CLI prints it as one line and exits 2."""

    def __init__(self, message: str, location: str = "", hint: str = "") -> None:
        super().__init__(message)
        self.diagnostic = Diagnostic(Severity.ERROR, message, location or "clientgen", hint)

    def __str__(self) -> str:
        return str(self.diagnostic)

    def __reduce__(self) -> tuple[type[ClientgenError], tuple[str, str, str]]:
        """Picklable with its location, so parallel builds report it intact."""
        d = self.diagnostic
        return (ClientgenError, (d.message, d.location, d.hint))


def error(message: str, location: str, hint: str = "") -> Diagnostic:
    return Diagnostic(Severity.ERROR, message, location, hint)


def warning(message: str, location: str, hint: str = "") -> Diagnostic:
    return Diagnostic(Severity.WARNING, message, location, hint)


def info(message: str, location: str, hint: str = "") -> Diagnostic:
    return Diagnostic(Severity.INFO, message, location, hint)
