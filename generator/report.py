"""``clientgen report``: every operation, what was declared and what was guessed.

A scraped source leaves much to inference, and an override is only written
when someone can see what needs one. The report lists each operation with
its client name, whether method and path were declared or inferred (with
confidence and evidence from ``x-clientgen-inferred``), and the overlay
actions that touched it. Text for terminals and diffs; the HTML page for
reviewers is in :mod:`generator.report_html`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from generator.oas import HTTP_METHODS

# Operations whose method or path was inferred with less confidence than this are
# listed first, as needing a human's look.
REVIEW_BELOW = 0.5


class AppliedAction(Protocol):
    """What an overlay engine reports for one applied action."""

    @property
    def description(self) -> str: ...

    @property
    def target(self) -> str: ...

    @property
    def matched(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class Row:
    method: str
    path: str
    name: str
    origin: str  # "declared" or "inferred: method, path"
    confidence: str
    evidence: tuple[str, ...]
    overrides: tuple[str, ...]
    resource: str = ""

    @property
    def needs_review(self) -> bool:
        """Inferred with little evidence: the rows a reviewer should read first."""
        return bool(self.confidence) and float(self.confidence) < REVIEW_BELOW


def _escape_pointer(text: str) -> str:
    return text.replace("~", "~0").replace("/", "~1")


def _touches(action: AppliedAction, path: str, method: str) -> bool:
    operation = f"/paths/{_escape_pointer(path)}/{method}"
    path_item = f"/paths/{_escape_pointer(path)}"
    return any(
        pointer in (path_item, operation) or pointer.startswith(operation + "/")
        for pointer in action.matched
    )


def _row(
    path: str,
    method: str,
    operation: dict[str, Any],
    applied: Sequence[AppliedAction],
    client_name: str | None,
) -> Row:
    inferred = operation.get("x-clientgen-inferred") or {}
    guessed = [what for what in ("method", "path") if isinstance(inferred.get(what), dict)]
    confidences = [float(inferred[what].get("confidence", 0)) for what in guessed]
    evidence = tuple(
        f"{what}: {item}" for what in guessed for item in inferred[what].get("evidence", [])
    )
    resource = operation.get("x-clientgen-resource") or next(iter(operation.get("tags", [])), "")
    name = operation.get("x-clientgen-name") or operation.get("operationId", "")
    return Row(
        method=method.upper(),
        path=path,
        name=client_name or (f"{resource}.{name}" if resource and name else str(name or resource)),
        origin=("inferred: " + ", ".join(guessed)) if guessed else "declared",
        confidence=f"{min(confidences):.2f}" if confidences else "",
        evidence=evidence,
        overrides=tuple(a.description for a in applied if _touches(a, path, method)),
        resource=str(resource or path.strip("/").split("/")[0] or "/"),
    )


def operation_rows(
    document: dict[str, Any],
    applied: Sequence[AppliedAction] | None,
    names: Mapping[tuple[str, str], str] | None = None,
) -> list[Row]:
    """One row per operation; ``names`` maps (METHOD, path) to the generated client's call."""
    rows = []
    for path, item in (document.get("paths") or {}).items():
        for method, operation in (item or {}).items():
            if method in HTTP_METHODS and isinstance(operation, dict):
                client_name = (names or {}).get((method.upper(), path))
                rows.append(_row(path, method, operation, applied or (), client_name))
    return rows


def repair_lines(document: dict[str, Any]) -> list[str]:
    """What the repair step changed or dropped (``x-clientgen-repairs``), one line each."""
    entries = document.get("x-clientgen-repairs") or []
    return [
        f"{e.get('at') or '/'}: {e.get('did', '')} ({e.get('why', '')})"
        for e in entries
        if isinstance(e, dict)
    ]


def title(document: dict[str, Any]) -> str:
    info = document.get("info") or {}
    return f"{info.get('title', 'API')} {info.get('version', '')}".strip()


def summary_line(rows: Sequence[Row]) -> str:
    inferred = sum(1 for row in rows if row.origin != "declared")
    overridden = sum(1 for row in rows if row.overrides)
    return f"{len(rows)} operations, {inferred} inferred, {overridden} touched by overrides"


def render_text(
    document: dict[str, Any],
    applied: Sequence[AppliedAction] | None,
    names: Mapping[tuple[str, str], str] | None = None,
) -> str:
    rows = operation_rows(document, applied, names)
    lines = [title(document), summary_line(rows), ""]
    repairs = repair_lines(document)
    if repairs:
        lines += [f"{len(repairs)} repairs (the source did not validate as it was):"]
        lines += [f"  {line}" for line in repairs] + [""]
    for row in rows:
        confidence = f" (confidence {row.confidence})" if row.confidence else ""
        lines.append(f"{row.method:7} {row.path}  ->  {row.name}")
        lines.append(f"        {row.origin}{confidence}")
        lines += [f"        - {item}" for item in row.evidence]
        lines += [f"        override: {item}" for item in row.overrides]
    return "\n".join(lines) + "\n"
