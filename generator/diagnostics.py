"""Diagnostics: what a pipeline stage tells the user, always with a location.

Every stage reports through these instead of raising or printing, so the CLI
can show one consistent line per problem (``file:line: level: message (hint)``)
and a report can list what was inferred or repaired.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
        return f"{text} (hint: {self.hint})" if self.hint else text


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
