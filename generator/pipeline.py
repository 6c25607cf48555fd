"""The pipeline, top to bottom: read -> repair -> overrides -> validate -> lower -> render.

Each step is one module; this one only connects them and decides nothing of
its own. Nothing here touches disk except reading inputs.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import __version__
from generator.background import background
from generator.clientmodel.lower import lower
from generator.clientmodel.model import ClientModel
from generator.diagnostics import ClientgenError, Diagnostic, Severity, warning
from generator.digest import file_digest
from generator.job import Job
from generator.progress import stage
from generator.readers import read_source
from generator.refs import check_internal_refs
from generator.release import (
    CHANGELOG,
    FIRST_VERSION,
    SNAPSHOT,
    bumped,
    entry,
    first_entry,
    read_previous,
    snapshot,
    summary,
    with_entry,
)
from generator.render import render_package
from generator.repair import repair
from generator.validate import validate_document

if TYPE_CHECKING:
    from generator.overlay import AppliedAction  # JSONPath costs a tenth of a second to import


@dataclass
class Document:
    document: dict[str, Any]
    reader: str
    applied: list[AppliedAction] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ClientgenError(
            f"cannot read source: {exc.strerror}", str(path), "check the path"
        ) from None
    except UnicodeDecodeError as exc:
        raise ClientgenError(f"source is not UTF-8 text ({exc.reason})", str(path)) from None


def build_document(job: Job) -> Document:
    """The patched, validated intermediate model of one source."""
    text = read_text(job.source)
    source = str(job.source)
    with stage(job.name, "read"):
        reader, result = read_source(text, job.reader, source)
    document = result.document
    document.setdefault("x-clientgen-reader", {"name": reader.name})
    with stage(job.name, "repair"):
        repaired = repair(document, source, result.index)
    built = Document(document, reader.name, diagnostics=[*result.diagnostics, *repaired.notes])
    if job.overrides is None:
        built.diagnostics.extend(repaired.findings)
    else:
        from generator.overlay import apply_overlay, load_overlay

        with stage(job.name, "patch"):
            built.document, built.applied = apply_overlay(document, load_overlay(job.overrides))
        built.diagnostics += [
            warning(
                f"override action '{action.description}' changes nothing: the source now "
                "says the same",
                action.location,
                "delete the action",
            )
            for action in built.applied
            if action.redundant
        ]
        check_internal_refs(built.document, source)
        built.diagnostics.extend(validate_document(built.document, source))
    errors = [d for d in built.diagnostics if d.severity is Severity.ERROR]
    if errors:
        raise _first_error(errors)
    return built


def _first_error(errors: list[Diagnostic]) -> ClientgenError:
    first = errors[0]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return ClientgenError(first.message + more, first.location, first.hint)


def build_model(job: Job, built: Document) -> tuple[ClientModel, list[Diagnostic]]:
    return lower(built.document, job.name, job.package, str(job.source))


def build_files(job: Job) -> tuple[dict[str, str], list[Diagnostic]]:
    built = build_document(job)
    model, notes = build_model(job, built)
    return render_package(model, job.templates), built.diagnostics + notes


@dataclass
class Build:
    """A package ready to write: its files (encoded), what the stages noted, and its
    release record."""

    files: dict[str, bytes]
    notes: list[Diagnostic]
    release: dict[str, Any]


def build_release(job: Job, target: Path) -> Build:
    """The package for ``job``, versioned against what the last generation left in ``target``.

    A package that comes out the same keeps its version and changelog; one that
    changes gets the next version by what changed for its users (generator.release)."""
    with _without_cycle_collection():
        return _build_release(job, target)


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """A build allocates millions of objects and leaves almost no reference cycles: the
    cyclic collector's passes over the growing heap cost a tenth of the build's time
    and free nothing measurable (peak memory on the GitHub API is the same without)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build_release(job: Job, target: Path) -> Build:
    built = build_document(job)
    # The snapshot needs only the document: another core writes it during the lowering.
    with background(partial(snapshot, built.document)) as snapshot_data:
        with stage(job.name, "lower"):
            model, notes = build_model(job, built)
        previous = read_previous(target)
        version = previous.version if previous else FIRST_VERSION
        changelog = (previous.changelog if previous else "") or first_entry(version, built.document)
        files = _package(job, model, version, changelog) | {SNAPSHOT: snapshot_data.result()}
    if previous is not None and previous.document is not None and _changed(files, previous.files):
        from generator.diff import compare  # only a build that changed a package compares

        old_model, _ = lower(previous.document, job.name, job.package, str(job.source))
        comparison = compare(previous.document, built.document, old_model, model)
        version = bumped(version, comparison.bump)
        new_entry = entry(version, comparison.bump, comparison, built.document)
        changelog = with_entry(changelog, new_entry)
        files = _package(job, model, version, changelog) | {SNAPSHOT: files[SNAPSHOT]}
    record = {"package_version": version, "generator_version": __version__}
    if not job.meta:
        files = {path: text for path, text in files.items() if path.startswith(f"{job.package}/")}
    return Build(files, built.diagnostics + notes, record | summary(built.document))


def _package(job: Job, model: ClientModel, version: str, changelog: str) -> dict[str, bytes]:
    """The rendered package and its changelog, encoded (the snapshot is added by the caller)."""
    versioned = replace(model, version=version, generator_version=__version__)
    with stage(job.name, "render"):
        files = render_package(versioned, job.templates) | {CHANGELOG: changelog}
    return {path: text.encode("utf-8") for path, text in files.items()}


def _changed(files: dict[str, bytes], previous: dict[str, str]) -> bool:
    """Whether anything but the changelog differs from what the last generation wrote."""
    paths = (set(files) | set(previous)) - {CHANGELOG}
    return any(
        path not in files or previous.get(path) != file_digest(files[path]) for path in paths
    )
