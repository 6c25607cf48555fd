"""The digest of everything that shapes a package, for the no-op fast path.

Kept apart from the pipeline so a run with nothing to do imports almost
nothing: hashing the inputs takes milliseconds, importing the validators and
the template engine takes most of a second.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__
from generator.templates_dir import templates_dir

if TYPE_CHECKING:
    from generator.job import Job


def file_digest(data: bytes) -> str:
    """What a manifest records of each file it lists."""
    return hashlib.sha256(data).hexdigest()


def inputs_digest(job: Job) -> str:
    """Everything that shapes the output: sources, overrides, templates, generator, formatter."""
    sha = hashlib.sha256()
    for part in (
        _tools_digest(job.templates),
        job.name,
        job.package,
        job.reader or "",
        str(job.meta),
    ):
        sha.update(part.encode() + b"\0")
    for path in [job.source, *([job.overrides] if job.overrides else [])]:
        sha.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return sha.hexdigest()


@cache
def _tools_digest(templates: Path | None) -> str:
    """The generator, the formatter and the templates: the same for every job of a run."""
    sha = hashlib.sha256()
    for part in (__version__, _formatter_version()):
        sha.update(part.encode() + b"\0")
    paths = sorted(Path(__file__).resolve().parent.rglob("*.py"))
    for root in (templates_dir(), *([templates] if templates else [])):
        paths += sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in paths:
        sha.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return sha.hexdigest()


def _formatter_version() -> str:
    """ruff's version, from its dist-info directory's name: importing importlib.metadata
    costs a fifth of a no-op run."""
    spec = find_spec("ruff")
    if spec is not None and spec.origin is not None:
        found = list(Path(spec.origin).parent.parent.glob("ruff-*.dist-info"))
        if len(found) == 1:
            return found[0].name.removeprefix("ruff-").removesuffix(".dist-info")
    from importlib.metadata import version

    return version("ruff")
