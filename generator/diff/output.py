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


# Past this many findings of one informational check, a listing shows a few and a count:
# a reviewer reads every breaking change, not 3,000 new response fields.
_SHOWN_PER_CHECK = 8


def _abridged(findings: list[Finding]) -> list[Finding | tuple[str, int]]:
    """Breaking changes and warnings in full; the rest a few per check, then a count."""
    shown: list[Finding | tuple[str, int]] = []
    per_check: dict[str, int] = {}
    for finding in findings:
        seen = per_check[finding.check] = per_check.get(finding.check, 0) + 1
        if finding.level >= Level.WARNING or seen <= _SHOWN_PER_CHECK:
            shown.append(finding)
        elif seen == _SHOWN_PER_CHECK + 1:
            rest = sum(1 for f in findings if f.check == finding.check) - _SHOWN_PER_CHECK
            shown.append((finding.check, rest))
    return shown


def text(findings: Sequence[Finding], verdict: Level | None, title: str) -> str:
    lines = [f"{title}: {_headline(findings, verdict)}"]
    for view, heading in _VIEWS.items():
        chosen = _ordered(findings, view)
        if chosen:
            lines += ["", f"{heading}:"]
            for f in _abridged(chosen):
                if isinstance(f, tuple):
                    lines.append(f"  {'':9} ... and {f[1]} more  [{f[0]}]")
                else:
                    lines.append(f"  {f.level.label:9} {f.where}: {f.what}  [{f.check}]")
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
        for f in _abridged(chosen):
            if isinstance(f, tuple):
                lines.append(f"| | ... and {f[1]} more | | `{f[0]}` |")
            else:
                lines.append(
                    f"| {f.level.label} | `{_cell(f.where)}` | {_cell(f.what)} | `{f.check}` |"
                )
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
