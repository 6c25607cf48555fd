"""Put a rendered package on disk atomically, or compare it with what is there.

Files are written into a sibling temporary directory and swapped in with one
atomic exchange (Linux ``renameat2(RENAME_EXCHANGE)``), or elsewhere with two
renames whose interruption the next run repairs, so a package is always either
the old one or the new one, never half of each nor missing. Only a directory
holding clientgen's manifest (or an empty one) is ever replaced: the manifest
beside the files records the digest of every input, so an unchanged
regeneration can stop before reading a spec. Temporaries of killed runs are
named with their pid and removed by the next run.
"""

from __future__ import annotations

import contextlib
import ctypes
import difflib
import errno
import fnmatch
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.diagnostics import ClientgenError
from generator.digest import file_digest

MANIFEST = ".clientgen.json"
MAX_NAME_BYTES = 200  # file systems allow 255 per name; leave room for the temporaries' suffix
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


def safe_target(output_root: Path, name: str) -> Path:
    """``output_root/name``, refusing anything that would land outside it."""
    if len(name.encode()) > MAX_NAME_BYTES:
        raise ClientgenError(
            f"client name {name[:40]!r}... is longer than {MAX_NAME_BYTES} bytes",
            str(output_root),
            "name the client with --name (or 'name:' in clientgen.yaml)",
        )
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


def preserved(path: str, globs: Sequence[str]) -> bool:
    """Whether a file is the user's (``preserve:`` globs in the declarations)."""
    return any(fnmatch.fnmatchcase(path, glob) for glob in globs)


def _user_tree(target: Path, preserve: Sequence[str]) -> dict[str, bytes]:
    on_disk = _read_tree(target) if target.is_dir() else {}
    on_disk.pop(MANIFEST, None)
    return {path: data for path, data in on_disk.items() if not preserved(path, preserve)}


def has_manifest(target: Path) -> bool:
    """Whether clientgen wrote ``target`` (its manifest is there)."""
    return (target / MANIFEST).is_file()


def package_state(
    target: Path, inputs: str, preserve: Sequence[str] = ()
) -> tuple[list[str], bool]:
    """What ``target`` holds, from one read of it: the files changed or added by hand
    since clientgen wrote it (a rewrite would lose them), and whether it was generated
    from ``inputs`` with nothing edited since."""
    try:
        manifest = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [], False
    written = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(written, dict):
        return [], False
    on_disk = {path: file_digest(data) for path, data in _user_tree(target, preserve).items()}
    edited = sorted(path for path, digest in on_disk.items() if written.get(path) != digest)
    current = manifest.get("inputs") == inputs and not edited and set(on_disk) == set(written)
    return edited, current


def kept_files(target: Path, preserve: Sequence[str]) -> dict[str, bytes]:
    """The user's own files in ``target``, to carry into the regenerated package."""
    if not preserve or not target.is_dir():
        return {}
    on_disk = _read_tree(target)
    on_disk.pop(MANIFEST, None)
    return {path: data for path, data in on_disk.items() if preserved(path, preserve)}


def compare(target: Path, files: dict[str, bytes], preserve: Sequence[str] = ()) -> list[Change]:
    """What writing ``files`` would change in ``target`` (the manifest and the user's files aside)."""
    on_disk = _user_tree(target, preserve)
    files = {path: data for path, data in files.items() if not preserved(path, preserve)}
    changes = []
    for path in sorted(set(files) | set(on_disk)):
        if path not in on_disk:
            changes.append(Change(path, "added", added=files[path].count(b"\n")))
        elif path not in files:
            changes.append(Change(path, "removed"))
        elif on_disk[path] != files[path]:
            old = on_disk[path].decode("utf-8", "replace").splitlines()
            new = files[path].decode("utf-8").splitlines()
            diff = list(difflib.unified_diff(old, new, lineterm="", n=0))
            added = sum(1 for d in diff if d.startswith("+") and not d.startswith("+++"))
            removed = sum(1 for d in diff if d.startswith("-") and not d.startswith("---"))
            changes.append(Change(path, "changed", added, removed))
    return changes


def _is_ours(target: Path) -> bool:
    """Whether ``target`` holds clientgen's manifest (so clientgen may replace it)."""
    try:
        manifest = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and manifest.get("generator") == "clientgen"


def check_replaceable(target: Path) -> None:
    """Refuse to replace anything but a package clientgen wrote, an empty directory, or nothing."""
    parent = target.parent
    if parent.exists() and not parent.is_dir():
        raise ClientgenError(
            f"the output path {parent} is a file, not a directory",
            str(parent),
            "choose a directory for the output",
        )
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise ClientgenError(
            f"{target} exists and is not a directory clientgen wrote",
            str(target),
            "choose another output directory or client name, or remove it yourself",
        )
    if target.is_dir() and not _is_ours(target) and any(target.iterdir()):
        raise ClientgenError(
            f"{target} exists and was not written by clientgen (no {MANIFEST}): not replacing it",
            str(target),
            "choose another output directory or client name, or remove it yourself",
        )


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _temporaries(target: Path) -> Iterator[tuple[Path, str, int]]:
    """Our temporaries beside ``target``: (path, "new" or "old", the pid that made it)."""
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.(new|old)-(\d+)-")
    with contextlib.suppress(OSError):
        for entry in target.parent.iterdir():
            found = pattern.match(entry.name)
            if found and entry.is_dir() and not entry.is_symlink():
                yield entry, found.group(1), int(found.group(2))


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def recover(target: Path) -> None:
    """Finish what a killed run left: restore a retired package, remove stale temporaries.

    A run killed between the two renames of the fallback swap leaves no package
    but ``.<name>.old-<pid>-*/package``: that is moved back. Temporaries of runs
    still alive are left alone.
    """
    stale = [(path, kind) for path, kind, pid in _temporaries(target) if not _alive(pid)]
    for path, kind in stale:
        retired = path / "package"
        if kind == "old" and not os.path.lexists(target) and retired.is_dir():
            os.rename(retired, target)
    for path, _ in stale:
        shutil.rmtree(path, ignore_errors=True)


def write_package(
    target: Path,
    files: dict[str, bytes],
    inputs: str,
    keep: dict[str, bytes] | None = None,
    release: dict[str, object] | None = None,
) -> None:
    """Replace ``target`` with exactly ``files`` plus a manifest, atomically.

    ``keep``: the user's own files (``preserve:``), carried over as they are and
    left out of the manifest, so editing them never makes the package stale."""
    keep = keep or {}
    files = {path: data for path, data in files.items() if path not in keep}
    check_replaceable(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ClientgenError(
            f"cannot create the output directory: {exc.strerror}", str(target.parent)
        ) from None
    recover(target)
    try:
        staging = Path(
            tempfile.mkdtemp(prefix=f".{target.name}.new-{os.getpid()}-", dir=target.parent)
        )
    except OSError as exc:
        raise ClientgenError(
            f"cannot write into {target.parent}: {exc.strerror}", str(target.parent)
        ) from None
    try:
        os.chmod(staging, 0o777 & ~_umask())  # mkdtemp makes it 0700; packages follow the umask
        for path, data in files.items():
            destination = staging / _checked_relative(path)
            try:
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(data)
            except OSError as exc:
                raise ClientgenError(
                    f"cannot write {path}: {exc.strerror}",
                    str(target / path),
                    "a name from the spec may be too long for the file system: "
                    "rename it with an override",
                ) from None
        for path, data in keep.items():
            destination = staging / _checked_relative(path)
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(data)
        manifest = {
            "generator": "clientgen",
            "inputs": inputs,
            # Readable facts (package and generator version, the source's version and
            # operation count); generator.release reads the package version back.
            "release": release or {},
            "files": {path: file_digest(data) for path, data in sorted(files.items())},
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        _swap(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    if sys.platform != "linux":
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    error = ctypes.get_errno()
    if error in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False  # old kernel, or a file system without exchange
    raise OSError(error, os.strerror(error), str(b))


def _swap(staging: Path, target: Path) -> None:
    """Put ``staging`` at ``target``; afterwards ``staging`` holds the old package, if any."""
    if not os.path.lexists(target):
        os.rename(staging, target)
        return
    if _exchange(staging, target):
        return
    # Two renames; a kill between them leaves the old package in the retired
    # directory, which recover() moves back on the next run.
    retired = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-{os.getpid()}-", dir=target.parent))
    os.rename(target, retired / "package")
    try:
        os.rename(staging, target)
    except BaseException:
        os.rename(retired / "package", target)
        raise
    finally:
        shutil.rmtree(retired, ignore_errors=True)


def _read_tree(root: Path) -> dict[str, bytes]:
    found = {}
    for folder, folders, names in os.walk(root):
        folders[:] = [f for f in folders if f not in _IGNORED_PARTS and not f.endswith(".egg-info")]
        for name in names:
            path = Path(folder, name)
            if name in _IGNORED_PARTS or name.endswith((".egg-info", ".pyc")) or path.is_symlink():
                continue
            if path.is_file():
                found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found
