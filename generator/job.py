"""One client to build, as the declarations file or the command line names it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Job:
    name: str
    source: Path
    package: str
    reader: str | None = None
    overrides: Path | None = None
    preserve: tuple[str, ...] = ()  # globs of files in the package that the user owns
    templates: Path | None = None  # the user's templates, each replacing ours
    # False: only the importable package (no pyproject, README, changelog), for vendoring
    # inside a distribution of one's own.
    meta: bool = True
