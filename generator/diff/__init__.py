"""``clientgen diff``: what changed between two captures of an API, for the reviewer.

Two views of one change: the wire (the OpenAPI documents) and the SDK (the
client models that the templates render). Both sides go through the same
pipeline, overrides included, so the comparison is of what would be generated.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diagnostics import ClientgenError
from generator.diff.checks import CHECKS, Level
from generator.diff.findings import Finding, Sink
from generator.diff.sdk import sdk_findings
from generator.diff.wire import wire_findings

__all__ = ["Comparison", "Finding", "Level", "compare", "load_levels"]


@dataclass
class Comparison:
    findings: list[Finding]
    verdict: Level | None

    @property
    def bump(self) -> str:
        """The semantic-version part a release of the generated package should raise."""
        if self.verdict is Level.BREAKING:
            return "major"
        if any(f.check.endswith(".added") or f.check.endswith("-added") for f in self.findings):
            return "minor"
        return "patch"


def compare(
    old_document: dict[str, Any],
    new_document: dict[str, Any],
    old_model: Any,
    new_model: Any,
    levels: dict[str, Level | None] | None = None,
) -> Comparison:
    sink = Sink(levels or {})
    wire_findings(old_document, new_document, sink)
    sdk_findings(old_model, new_model, sink)
    return Comparison(sink.found, sink.verdict)


def load_levels(path: Path) -> dict[str, Level | None]:
    """A config file ``{checks: {<check id>: breaking|warning|info|doc-only|off}}``."""
    from generator.yamlsource import load_yaml_file

    data, lines = load_yaml_file(path)
    checks = data.get("checks") if isinstance(data, dict) else None
    if not isinstance(checks, dict):
        raise ClientgenError(
            "a diff configuration needs a 'checks' mapping", f"{path}:1", "checks: {id: level}"
        )
    levels: dict[str, Level | None] = {}
    for check, value in checks.items():
        where = lines.where("checks", str(check))
        if check not in CHECKS:
            raise ClientgenError(
                f"unknown check {check!r}", where, "clientgen diff --list-checks names them all"
            )
        try:
            # YAML 1.1 reads an unquoted `off` as false.
            levels[check] = None if value in ("off", False) else Level.parse(str(value))
        except ValueError:
            raise ClientgenError(
                f"unknown level {value!r} for {check}",
                where,
                "use breaking, warning, info, doc-only or off",
            ) from None
    return levels
