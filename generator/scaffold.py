"""``clientgen init``: add an API to a project in one step.

Copies the document into ``specs/<name>/`` byte for byte, declares the client
(in clientgen.yaml, or pyproject.toml's [tool.clientgen] when that is where the
project declares), and writes an overrides stub beside the others. The stub is
not declared until it holds an action: an Overlay document needs at least one.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from generator.config import CONFIG_NAME, PYPROJECT, find_config, load_project
from generator.diagnostics import ClientgenError

_STUB = """\
# Overrides for {name} (OpenAPI Overlay 1.0): what the document leaves out.
# Write actions against `clientgen export {name}`; comment each with why it exists.
# Then declare this file for the client in {config} (overrides: {path}).
overlay: 1.0.0
info:
  title: {name} overrides
  version: 1.0.0
actions:
  # - target: $
  #   description: Add the API root the document does not name
  #   update:
  #     servers: [{{url: https://api.example.com}}]
"""


def init(source: Path, name: str, reader: str | None, cwd: Path) -> tuple[Path, Path]:
    """Add ``source`` as client ``name``; returns (the declarations file, the copied spec)."""
    if not source.is_file():
        raise ClientgenError(f"no such file: {source}", str(source), "check the path")
    try:
        config = find_config(cwd.resolve())
    except ClientgenError:
        config = cwd / CONFIG_NAME
        config.write_text(
            "# The clients this project generates (see clientgen's README).\n"
            "output: generated\nclients:\n",
            encoding="utf-8",
        )
    root = config.parent
    if config.stat().st_size and _declares(config, name):
        raise ClientgenError(f"client {name!r} is already declared", str(config), "pick --name")
    spec = root / "specs" / name / source.name
    if spec.exists() and spec.read_bytes() != source.read_bytes():
        raise ClientgenError(f"{spec} exists and differs", str(spec), "pick another --name")
    spec.parent.mkdir(parents=True, exist_ok=True)
    if not spec.exists():
        shutil.copyfile(source, spec)
    overrides = root / "overrides" / f"{name}.yaml"
    if not overrides.exists():
        overrides.parent.mkdir(parents=True, exist_ok=True)
        relative = overrides.relative_to(root).as_posix()
        overrides.write_text(_STUB.format(name=name, config=config.name, path=relative))
    _declare(config, name, spec.relative_to(root).as_posix(), reader)
    load_project(root)  # the declaration must read back as valid
    return config, spec


def _declares(config: Path, name: str) -> bool:
    try:
        return any(c.name == name for c in load_project(config.parent).clients)
    except ClientgenError:
        return False


def _declare(config: Path, name: str, source: str, reader: str | None) -> None:
    text = config.read_text(encoding="utf-8")
    if config.name == PYPROJECT:
        entry = f'\n[[tool.clientgen.clients]]\nname = "{name}"\nsource = "{source}"\n'
        entry += f'reader = "{reader}"\n' if reader else ""
    else:
        if not _clients_last(text):
            raise ClientgenError(
                "cannot add the client: 'clients:' is not the last key of the file",
                str(config),
                f"declare it by hand: - name: {name}, source: {source}",
            )
        found = re.search(r"^([ \t]*)- ", text, re.MULTILINE)
        dash = found.group(1) if found else "  "
        entry = f"{dash}- name: {name}\n{dash}  source: {source}\n"
        entry += f"{dash}  reader: {reader}\n" if reader else ""
    separator = "" if text.endswith("\n") or not text else "\n"
    config.write_text(text + separator + entry, encoding="utf-8")


def _clients_last(text: str) -> bool:
    """Whether the last top-level key of a clientgen.yaml is ``clients:`` (so entries append)."""
    top = [line for line in text.splitlines() if line and not line[0].isspace()]
    keys = [line for line in top if not line.startswith(("#", "-"))]
    return bool(keys) and keys[-1].startswith("clients:")
