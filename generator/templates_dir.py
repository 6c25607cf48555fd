"""Where the templates are: next to the sources in a checkout, inside the wheel otherwise."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def templates_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "_templates", here.parent / "templates"):
        if (candidate / "package").is_dir():
            return candidate
    raise FileNotFoundError("clientgen's templates are missing from this installation")
