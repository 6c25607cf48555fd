"""Put a rendered package on disk atomically, or compare it with what is there.

Files are written into a sibling temporary directory and swapped in with two
renames, so a package is always either the old one or the new one, never half
of each. A manifest beside the files records the digest of every input, so an
unchanged regeneration can stop before reading a spec.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.diagnostics import ClientgenError

MANIFEST = ".clientgen.json"
# Build and tool litter that may appear inside a generated package; never ours.
_IGNORED_PARTS = {"__pycache__", "build", "dist", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


@dataclass(frozen=True)
class Change:
    path: str
    kind: str  # "added", "removed", "changed"
    added: int = 0
    removed: int = 0

    def __str__(self) -> str:
        counts = f" (+{self.added} -{self.removed})" if self.kind == "changed" else ""
        return f"{self.kind:8} {self.path}{counts}"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def safe_target(output_root: Path, name: str) -> Path:
    """``output_root/name``, refusing anything that would land outside it."""
    root = output_root.resolve()
    target = (root / name).resolve()
    if target.parent != root:
        raise ClientgenError(f"refusing to write outside {root}: {name!r}", str(output_root))
    return target


def _checked_relative(path: str) -> PurePosixPath:
    relative = PurePosixPath(path)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise ClientgenError(f"refusing to write file {path!r}", path, "this is a clientgen bug")
    return relative


def is_current(target: Path, inputs: str) -> bool:
    """Whether ``target`` was generated from ``inputs`` and nobody edited it since."""
    try:
        manifest = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if manifest.get("inputs") != inputs or not isinstance(manifest.get("files"), dict):
        return False
    on_disk = _read_tree(target)
    on_disk.pop(MANIFEST, None)
    return set(on_disk) == set(manifest["files"]) and all(
        digest(data) == manifest["files"][path] for path, data in on_disk.items()
    )


def compare(target: Path, files: dict[str, str]) -> list[Change]:
    """What writing ``files`` would change in ``target`` (the manifest aside)."""
    on_disk = _read_tree(target) if target.is_dir() else {}
    on_disk.pop(MANIFEST, None)
    changes = []
    for path in sorted(set(files) | set(on_disk)):
        if path not in on_disk:
            changes.append(Change(path, "added", added=files[path].count("\n")))
        elif path not in files:
            changes.append(Change(path, "removed"))
        else:
            old = on_disk[path].decode("utf-8", "replace").splitlines()
            new = files[path].splitlines()
            if old != new or on_disk[path] != files[path].encode():
                diff = list(difflib.unified_diff(old, new, lineterm="", n=0))
                added = sum(1 for d in diff if d.startswith("+") and not d.startswith("+++"))
                removed = sum(1 for d in diff if d.startswith("-") and not d.startswith("---"))
                changes.append(Change(path, "changed", added, removed))
    return changes


def write_package(target: Path, files: dict[str, str], inputs: str) -> None:
    """Replace ``target`` with exactly ``files`` plus a manifest, atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        for path, text in files.items():
            destination = staging / _checked_relative(path)
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(text.encode("utf-8"))
        manifest = {
            "generator": "clientgen",
            "inputs": inputs,
            "files": {path: digest(text.encode("utf-8")) for path, text in sorted(files.items())},
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        _swap(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap(staging: Path, target: Path) -> None:
    if not target.exists():
        os.replace(staging, target)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    os.replace(target, retired / "package")
    try:
        os.replace(staging, target)
    except BaseException:
        os.replace(retired / "package", target)
        raise
    finally:
        shutil.rmtree(retired, ignore_errors=True)


def _read_tree(root: Path) -> dict[str, bytes]:
    found = {}
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if any(p in _IGNORED_PARTS or p.endswith(".egg-info") for p in relative.parts):
            continue
        if path.is_file() and not path.name.endswith(".pyc"):
            found[relative.as_posix()] = path.read_bytes()
    return found
