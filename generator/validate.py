"""Validation of the patched intermediate model.

Problems in fields that shape the client (paths, parameters, schemas,
security) are errors; damage in fields that only document (info, tags,
descriptions, examples, extensions) is a warning, because real captures carry
scraper damage there and refusing a whole API for an obfuscated e-mail address
helps nobody. Every finding carries the JSON pointer of the offending value.

Two validators: the OpenAPI 3.1 JSON Schema, checked by jsonschema-rs in
milliseconds whatever the size, then openapi-spec-validator's deeper checks
(schemas against the OAS dialect, path parameters, defaults), which cost half a
minute on the GitHub API and so run on documents up to ``FULL_VALIDATION_LIMIT``
bytes; above it a note says so.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import jsonschema_rs

from generator.diagnostics import Diagnostic, error, info, warning
from generator.refs import escape_token

FULL_VALIDATION_LIMIT = 2_000_000
_DOCUMENTING_ROOTS = {"info", "externalDocs", "tags", "jsonSchemaDialect"}
# Keys a document's own paths start with; a path starting elsewhere is the semantic
# checks' path inside the value they checked (a default, an example, a schema).
_ROOT_KEYS = {"openapi", "servers", "paths", "webhooks", "components", "security"}
_ROOT_KEYS |= _DOCUMENTING_ROOTS
_DOCUMENTING_KEYS = {"description", "summary", "example", "examples", "externalDocs", "title"}
# Shaping keys the lowering checks itself and drops when unusable: a default
# that does not fit its type, a pattern Python's regex engine cannot read.
_CHECKED_LATER = {"default", "pattern"}


@dataclass(frozen=True)
class Problem:
    """``unexpected``: keys the schema does not allow at ``parts`` (only those are wrong)."""

    parts: list[Any]
    message: str
    unexpected: tuple[str, ...] = ()


def pointer(parts: Any) -> str:
    return "/" + "/".join(escape_token(p) for p in parts)


def validate_document(document: dict[str, Any], source: str) -> list[Diagnostic]:
    return findings(find_problems(document, source), source)


@dataclass
class Problems:
    """What the validators found; ``notes`` say what they did not check."""

    found: list[Problem]
    notes: list[Diagnostic]


def find_problems(document: dict[str, Any], source: str) -> Problems:
    problems = list(_structural(document))
    if problems:
        return Problems(problems, [])
    if _encoded_size(document, FULL_VALIDATION_LIMIT) <= FULL_VALIDATION_LIMIT:
        return Problems(list(_semantic(document)), [])
    note = info(
        f"document is over {FULL_VALIDATION_LIMIT // 1_000_000} MB: checked against the "
        "OpenAPI 3.1 schema; the slower semantic checks were skipped",
        source,
    )
    return Problems([], [note])


def _encoded_size(value: Any, limit: int, depth: int = 2) -> int:
    """``len(json.dumps(value, default=str))``, counted member by member down to ``depth``
    and only until it passes ``limit``: a large document is encoded only in part."""
    if depth == 0 or not isinstance(value, dict) or not value:
        return len(json.dumps(value, default=str))
    size = 2 * len(value)  # the braces, and ", " between members
    for key, child in value.items():
        key_size = len(json.dumps({key: 0})) - len("{: 0}")
        size += key_size + len(": ") + _encoded_size(child, limit - size, depth - 1)
        if size > limit:
            break
    return size


def findings(problems: Problems, source: str) -> list[Diagnostic]:
    found = list(problems.notes)
    for problem in problems.found:
        parts, message = problem.parts, problem.message
        where = f"{source}#{pointer(parts)}" if parts else source
        text = f"invalid OpenAPI: {message}"
        if not parts or str(parts[0]) not in _ROOT_KEYS:
            # The semantic checks locate values that do not fit their schema (defaults,
            # examples, schema keywords) only within the value; the lowering re-checks
            # what it uses.
            within = f" (at {pointer(parts)} within the value checked)" if parts else ""
            found.append(
                warning(text + within, source, "a default, example or keyword that does not fit?")
            )
        elif documents_only(parts):
            found.append(warning(text, where, "harmless for the client; an override can repair it"))
        else:
            found.append(error(text, where, "fix it with an override (overrides/<api>.yaml)"))
    return found


@cache
def _schema_validator() -> Any:
    # Found without importing openapi-spec-validator, which takes most of a second.
    spec = find_spec("openapi_spec_validator")
    assert spec is not None and spec.origin is not None, "openapi-spec-validator is a dependency"
    schema = Path(spec.origin).parent / "resources" / "schemas" / "v3.1" / "schema.json"
    return jsonschema_rs.validator_for(json.loads(schema.read_text(encoding="utf-8")))


def _structural(document: dict[str, Any]) -> Iterator[Problem]:
    for problem in _schema_validator().iter_errors(document):
        unexpected = getattr(problem.kind, "unexpected", None) or ()
        yield Problem(list(problem.instance_path), problem.message, tuple(map(str, unexpected)))


@cache
def _offline_validator() -> Any:
    """openapi-spec-validator with no URL handlers: it never fetches. References that
    leave the document were refused or inlined by generator.refs, so one still
    outside it (an escaped ``$ref`` key) is reported, never read."""
    from openapi_spec_validator import OpenAPIV31SpecValidator  # 0.2 s to import: only when used

    return type("OfflineSpecValidator", (OpenAPIV31SpecValidator,), {"resolver_handlers": {}})


def _semantic(document: dict[str, Any]) -> Iterator[Problem]:
    """openapi-spec-validator's findings; its semantic checks can trip over a malformed
    document after reporting it, and that must not hide what it found."""
    from referencing.exceptions import Unresolvable

    try:
        for problem in _offline_validator()(document).iter_errors():
            parts = list(getattr(problem, "absolute_path", ()) or ())
            yield Problem(parts, str(getattr(problem, "message", problem)))
    except (KeyError, TypeError, AttributeError, ValueError, Unresolvable) as exc:
        yield Problem(
            [], f"the validator could not read the document ({type(exc).__name__}: {exc})"
        )
    except RecursionError:  # it follows allOf and $ref cycles; the lowering breaks them
        yield Problem(
            [], "the semantic checks stopped at a reference cycle; the rest was not checked"
        )


def documents_only(parts: list[Any]) -> bool:
    """Whether a problem at ``parts`` only damages documentation (a warning, not an error)."""
    if not parts:
        return False
    if parts[0] in _DOCUMENTING_ROOTS:
        return True
    return any(str(p) in _DOCUMENTING_KEYS or str(p).startswith("x-") for p in parts) or (
        str(parts[-1]) in _CHECKED_LATER
    )
