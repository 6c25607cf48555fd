"""Formatting generated Python with the pinned ruff formatter, a whole package at once.

Ruff's formatter is black-compatible and pinned exactly like black was, so
`generate --check` cannot flip on a formatter release; it formats a package in
one process, in parallel, in a fraction of a second where black took over a
minute on the GitHub API's models. A file that does not parse is a clientgen
bug: the unformatted code is kept and named in the error, so it can be reported.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

from ruff.__main__ import find_ruff_bin

from generator.diagnostics import ClientgenError

LINE_LENGTH = 100
_FAILURE = re.compile(
    r"Failed to (?:parse|format) (?P<path>\S+?):(?P<line>\d+):(?P<col>\d+): (?P<why>.*)"
)


def format_python_files(files: dict[str, str]) -> dict[str, str]:
    """The ``.py`` entries of ``files`` formatted; other entries unchanged."""
    sources = {path: text for path, text in files.items() if path.endswith(".py")}
    if not sources:
        return dict(files)
    ruff = find_ruff_bin()
    scratch = Path(tempfile.mkdtemp(prefix="clientgen-format-"))
    command = [
        ruff,
        "format",
        "--isolated",
        "--no-cache",
        "--line-length",
        str(LINE_LENGTH),
        "--target-version",
        "py311",
        str(scratch),
    ]
    try:
        for path, text in sources.items():
            target = scratch / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except BaseException:  # interrupted, or the build stopped this process
        _remove(scratch)
        raise
    if result.returncode != 0:
        raise _failure(result.stderr, scratch)  # the unformatted code is kept to report
    formatted = dict(files)
    for path in sources:
        formatted[path] = (scratch / path).read_text(encoding="utf-8")
    _remove(scratch)
    return formatted


def _failure(stderr: str, scratch: Path) -> ClientgenError:
    match = _FAILURE.search(stderr)
    if match is None:
        return ClientgenError(
            f"the formatter failed: {stderr.strip()[:300]}",
            str(scratch),
            "this is a clientgen bug: please report it with the spec",
        )
    relative = (
        Path(match["path"]).relative_to(scratch)
        if Path(match["path"]).is_absolute()
        else Path(match["path"])
    )
    return ClientgenError(
        f"generated code does not parse: {match['why']}",
        f"{relative}:{match['line']}",
        f"this is a clientgen bug: please report it with the spec (unformatted code kept in {scratch})",
    )


def _remove(root: Path) -> None:
    for path in sorted(root.rglob("*"), reverse=True):
        path.rmdir() if path.is_dir() else path.unlink()
    root.rmdir()
