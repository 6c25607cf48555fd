"""One finding of ``clientgen diff``, and the sink that levels and collects them."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.diff.checks import CHECKS, Level, level_of


@dataclass(frozen=True, order=True)
class Finding:
    level: Level
    check: str
    where: str
    what: str

    @property
    def view(self) -> str:
        return self.check.split(".", 1)[0]


@dataclass
class Sink:
    """Findings at the level the configuration gives their check (or none, if silenced)."""

    levels: dict[str, Level | None] = field(default_factory=dict)
    found: list[Finding] = field(default_factory=list)

    def add(self, check: str, where: str, what: str) -> None:
        assert check in CHECKS, check
        level = level_of(check, self.levels)
        if level is not None:
            self.found.append(Finding(level, check, where, what))

    @property
    def verdict(self) -> Level | None:
        return max((f.level for f in self.found), default=None)
