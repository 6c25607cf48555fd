"""``clientgen report``: every operation, what was declared and what was guessed.

A scraped source leaves much to inference, and an override is only written
when someone can see what needs one. The report lists each operation with
its client name, whether method and path were declared or inferred (with
confidence and evidence from ``x-clientgen-inferred``), and the overlay
actions that touched it. Text for terminals and diffs; HTML as one
self-contained page with every value escaped.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from generator.oas import HTTP_METHODS


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


def _title(document: dict[str, Any]) -> str:
    info = document.get("info") or {}
    return f"{info.get('title', 'API')} {info.get('version', '')}".strip()


def _summary_line(rows: Sequence[Row]) -> str:
    inferred = sum(1 for row in rows if row.origin != "declared")
    overridden = sum(1 for row in rows if row.overrides)
    return f"{len(rows)} operations, {inferred} inferred, {overridden} touched by overrides"


def render_text(
    document: dict[str, Any],
    applied: Sequence[AppliedAction] | None,
    names: Mapping[tuple[str, str], str] | None = None,
) -> str:
    rows = operation_rows(document, applied, names)
    lines = [_title(document), _summary_line(rows), ""]
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


_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: #f0f0f0; }
tr.inferred td.origin { background: #fff4d6; }
td.method { font-family: monospace; font-weight: bold; }
td.path, td.name { font-family: monospace; }
ul { margin: 0; padding-left: 1.2em; }
"""


def _cell(css: str, text: str) -> str:
    return f'<td class="{css}">{html.escape(text)}</td>'


def _list_cell(css: str, items: Sequence[str]) -> str:
    inner = "".join(f"<li>{html.escape(item)}</li>" for item in items)
    return f'<td class="{css}"><ul>{inner}</ul></td>' if items else f'<td class="{css}"></td>'


def _html_row(row: Row) -> str:
    css = "declared" if row.origin == "declared" else "inferred"
    cells = [
        _cell("method", row.method),
        _cell("path", row.path),
        _cell("name", row.name),
        _cell("origin", row.origin),
        _cell("confidence", row.confidence),
        _list_cell("evidence", row.evidence),
        _list_cell("overrides", row.overrides),
    ]
    return f'<tr class="{css}">' + "".join(cells) + "</tr>"


def render_html(
    document: dict[str, Any],
    applied: Sequence[AppliedAction] | None,
    names: Mapping[tuple[str, str], str] | None = None,
) -> str:
    rows = operation_rows(document, applied, names)
    title = html.escape(_title(document))
    header = "".join(
        f"<th>{name}</th>"
        for name in (
            "Method",
            "Path",
            "Client name",
            "Origin",
            "Confidence",
            "Evidence",
            "Overrides",
        )
    )
    body = "\n".join(_html_row(row) for row in rows)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{_STYLE}</style></head>\n<body>\n<h1>{title}</h1>\n"
        f"<p>{html.escape(_summary_line(rows))}</p>\n"
        f"<table><thead><tr>{header}</tr></thead><tbody>\n{body}\n</tbody></table>\n"
        f"{_repairs_html(document)}"
        "</body></html>\n"
    )


def _repairs_html(document: dict[str, Any]) -> str:
    repairs = repair_lines(document)
    if not repairs:
        return ""
    items = "".join(f"<li>{html.escape(line)}</li>" for line in repairs)
    return f'<h2>Repairs</h2>\n<ul class="repairs">{items}</ul>\n'
