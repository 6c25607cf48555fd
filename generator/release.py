"""Versions and changelog of a generated package, decided from what changed for its users.

Each package carries the intermediate model it was generated from
(``openapi.json``, which also shows a reviewer the spec change as a diff) and a
``CHANGELOG.md``. When a regeneration changes the package, the previous model
and the new one are compared the way ``clientgen diff`` compares them, and the
version moves by semantic versioning: major for SDK-breaking changes, minor
for additions, patch for the rest (docs, generator changes). A regeneration
that changes nothing keeps the version, so ``generate --check`` stays stable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from generator.oas import HTTP_METHODS

if TYPE_CHECKING:  # the comparison is imported only by a build that changed a package
    from generator.diff import Comparison

SNAPSHOT = "openapi.json"
SOURCE_KEY = "x-clientgen-source"
CHANGELOG = "CHANGELOG.md"
MANIFEST = ".clientgen.json"
FIRST_VERSION = "0.1.0"
_LISTED = 40  # entries per section; the rest are counted


@dataclass(frozen=True)
class Previous:
    """What the last generation left in the package directory."""

    version: str
    document: dict[str, Any] | None
    changelog: str
    files: dict[str, str]  # path -> digest of what clientgen wrote (hand edits do not count)


def read_previous(target: Path) -> Previous | None:
    try:
        manifest = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    release = manifest.get("release") if isinstance(manifest, dict) else None
    version = release.get("package_version") if isinstance(release, dict) else None
    try:
        document = json.loads((target / SNAPSHOT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        document = None
    try:
        changelog = (target / CHANGELOG).read_text(encoding="utf-8")
    except OSError:
        changelog = ""
    written = manifest.get("files")
    files = {str(k): str(v) for k, v in written.items()} if isinstance(written, dict) else {}
    return Previous(str(version or FIRST_VERSION), document, changelog, files)


def snapshot(document: dict[str, Any]) -> bytes:
    """The model as committed beside the package, encoded: where an operation was found is
    kept as the file's name, so the snapshot is the same wherever the repository is
    checked out. Only the operations that say where they were found are copied, not the
    document (a deep copy took a quarter of a second on the GitHub API)."""
    paths = document.get("paths")
    if isinstance(paths, dict):
        document = {
            **document,
            "paths": {path: _found_by_name(item) for path, item in paths.items()},
        }
    text = json.dumps(document, indent=1, ensure_ascii=False, default=str) + "\n"
    return text.encode("utf-8")


def _found_by_name(item: Any) -> Any:
    """A path item whose operations' ``x-clientgen-source`` file is the file's name only."""
    if not isinstance(item, dict):
        return item
    renamed = dict(item)
    for key, operation in item.items():
        found = operation.get(SOURCE_KEY) if isinstance(operation, dict) else None
        if isinstance(found, dict) and isinstance(found.get("file"), str):
            named = {**found, "file": PurePath(found["file"]).name}
            renamed[key] = {**operation, SOURCE_KEY: named}
    return renamed


def bumped(version: str, part: str) -> str:
    major, minor, patch = (int(p) for p in [*version.split("."), "0", "0"][:3])
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def summary(document: dict[str, Any]) -> dict[str, Any]:
    """What the manifest records, readably, about the source of a generation."""
    info = document.get("info") or {}
    operations = sum(
        1
        for item in (document.get("paths") or {}).values()
        if isinstance(item, dict)
        for method, op in item.items()
        if isinstance(op, dict) and method in HTTP_METHODS
    )
    return {"source_version": str(info.get("version", "")), "operations": operations}


def first_entry(version: str, document: dict[str, Any]) -> str:
    facts = summary(document)
    return (
        f"# Changelog\n\n## {version}\n\nFirst generation: {facts['operations']} operations "
        f"from API version {facts['source_version'] or 'unknown'}.\n"
    )


def entry(version: str, part: str, comparison: Comparison, document: dict[str, Any]) -> str:
    from generator.diff import Level

    sections = (
        (Level.BREAKING, "Breaking changes"),
        (Level.WARNING, "Changes to check"),
        (Level.INFO, "Added and changed"),
    )
    facts = summary(document)
    lines = [
        f"## {version}",
        "",
        f"A {part} release: API version {facts['source_version'] or 'unknown'}, "
        f"{facts['operations']} operations.",
    ]
    sdk = [f for f in comparison.findings if f.view == "sdk"]
    for level, title in sections:
        chosen = sorted((f for f in sdk if f.level is level), key=lambda f: (f.check, f.where))
        if not chosen:
            continue
        lines += ["", f"### {title}", ""]
        lines += [f"- `{f.where}`: {f.what}" for f in chosen[:_LISTED]]
        if len(chosen) > _LISTED:
            lines.append(f"- ... and {len(chosen) - _LISTED} more")
    if not sdk:
        docs = any(f.view == "wire" for f in comparison.findings)
        lines += ["", "Documentation only." if docs else "Regenerated (no change to the API)."]
    return "\n".join(lines) + "\n"


def with_entry(changelog: str, new_entry: str) -> str:
    """The changelog with ``new_entry`` first, under the title."""
    title = "# Changelog\n\n"
    body = changelog[len(title) :] if changelog.startswith(title) else changelog
    return title + new_entry + ("\n" + body if body else "")
