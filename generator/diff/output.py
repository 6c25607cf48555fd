"""``clientgen diff`` output: text for people, JSON for tools, Markdown for a pull
request comment, GitHub workflow commands for annotations."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from generator.diff.checks import Level
from generator.diff.findings import Finding

_VIEWS = {"sdk": "For users of the generated client", "wire": "On the wire"}


def _headline(findings: Sequence[Finding], verdict: Level | None) -> str:
    if verdict is None:
        return "no changes"
    counts = {level: sum(1 for f in findings if f.level is level) for level in Level}
    parts = [f"{counts[level]} {level.label}" for level in reversed(Level) if counts[level]]
    return f"{verdict.label.upper()}: " + ", ".join(parts)


def _ordered(findings: Sequence[Finding], view: str) -> list[Finding]:
    chosen = [f for f in findings if f.view == view]
    return sorted(chosen, key=lambda f: (-f.level, f.check, f.where))


def text(findings: Sequence[Finding], verdict: Level | None, title: str) -> str:
    lines = [f"{title}: {_headline(findings, verdict)}"]
    for view, heading in _VIEWS.items():
        chosen = _ordered(findings, view)
        if chosen:
            lines += ["", f"{heading}:"]
            lines += [f"  {f.level.label:9} {f.where}: {f.what}  [{f.check}]" for f in chosen]
    return "\n".join(lines) + "\n"


def as_json(findings: Sequence[Finding], verdict: Level | None, title: str) -> str:
    payload = {
        "title": title,
        "verdict": verdict.label if verdict is not None else None,
        "findings": [
            {
                "level": f.level.label,
                "check": f.check,
                "view": f.view,
                "where": f.where,
                "what": f.what,
            }
            for f in sorted(findings, key=lambda f: (-f.level, f.check, f.where))
        ],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def markdown(findings: Sequence[Finding], verdict: Level | None, title: str) -> str:
    lines = [f"### {_cell(title)}: {_headline(findings, verdict)}"]
    for view, heading in _VIEWS.items():
        chosen = _ordered(findings, view)
        if not chosen:
            continue
        lines += [
            "",
            f"**{heading}**",
            "",
            "| level | where | change | check |",
            "|---|---|---|---|",
        ]
        lines += [
            f"| {f.level.label} | `{_cell(f.where)}` | {_cell(f.what)} | `{f.check}` |"
            for f in chosen
        ]
    return "\n".join(lines) + "\n"


def github(findings: Sequence[Finding], verdict: Level | None, title: str) -> str:
    """GitHub workflow commands: breaking as errors, warnings as warnings, the rest notices."""
    command = {Level.BREAKING: "error", Level.WARNING: "warning"}
    lines = []
    for f in sorted(findings, key=lambda f: (-f.level, f.check, f.where)):
        message = f"{f.where}: {f.what}".replace("%", "%25").replace("\n", "%0A")
        check_title = f"{f.check} ({f.level.label})".replace(",", "%2C").replace(":", "%3A")
        lines.append(f"::{command.get(f.level, 'notice')} title={check_title}::{message}")
    lines.append(f"{title}: {_headline(findings, verdict)}")
    return "\n".join(lines) + "\n"


FORMATS: dict[str, Callable[[Sequence[Finding], Level | None, str], str]] = {
    "text": text,
    "json": as_json,
    "markdown": markdown,
    "github": github,
}
