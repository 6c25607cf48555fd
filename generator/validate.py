"""Validation of the patched intermediate model.

Problems in fields that shape the client (paths, parameters, schemas,
security) are errors; damage in fields that only document (info, tags,
descriptions, examples, extensions) is a warning, because real captures carry
scraper damage there and refusing a whole API for an obfuscated e-mail address
helps nobody. Every finding carries the JSON pointer of the offending value.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator

from generator.diagnostics import Diagnostic, error, warning
from generator.refs import escape_token

_DOCUMENTING_ROOTS = {"info", "externalDocs", "tags", "jsonSchemaDialect"}
_DOCUMENTING_KEYS = {"description", "summary", "example", "examples", "externalDocs", "title"}
# Shaping keys the lowering checks itself and drops when unusable: a default
# that does not fit its type, a pattern Python's regex engine cannot read.
_CHECKED_LATER = {"default", "pattern"}


def pointer(parts: Any) -> str:
    return "/" + "/".join(escape_token(p) for p in parts)


def validate_document(document: dict[str, Any], source: str) -> list[Diagnostic]:
    findings: list[Diagnostic] = []
    for problem in _problems(document):
        parts = list(getattr(problem, "absolute_path", ()) or ())
        where = f"{source}#{pointer(parts)}" if parts else source
        message = f"invalid OpenAPI: {getattr(problem, 'message', problem)}"
        if _documents_only(parts):
            findings.append(
                warning(message, where, "harmless for the client; an override can repair it")
            )
        else:
            findings.append(error(message, where, "fix it with an override (overrides/<api>.yaml)"))
    return findings


def _problems(document: dict[str, Any]) -> Iterator[Any]:
    """The validator's findings; its semantic checks can trip over a malformed
    document after reporting it, and that must not hide what it found."""
    try:
        yield from OpenAPIV31SpecValidator(document).iter_errors()
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        yield _Crash(f"the validator could not read the document ({type(exc).__name__}: {exc})")


class _Crash:
    def __init__(self, message: str) -> None:
        self.message = message
        self.absolute_path: list[Any] = []


def _documents_only(parts: list[Any]) -> bool:
    if not parts:
        return False
    if parts[0] in _DOCUMENTING_ROOTS:
        return True
    return any(str(p) in _DOCUMENTING_KEYS or str(p).startswith("x-") for p in parts) or (
        str(parts[-1]) in _CHECKED_LATER
    )
