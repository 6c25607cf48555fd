"""The declarations: which clients exist and where they come from.

``clientgen.yaml``, or a ``[tool.clientgen]`` table in ``pyproject.toml`` (same
keys, same errors), is found from the current directory upward, as black and
ruff find pyproject.toml, so ``clientgen generate`` works from any
subdirectory of a project. Every path in it is relative to the file.
"""

from __future__ import annotations

import keyword
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import __version__
from generator.diagnostics import ClientgenError
from generator.templates_dir import templates_dir
from generator.yamlsource import LineMap, check_input_file, load_yaml_file, read_limited

CONFIG_NAME = "clientgen.yaml"
PYPROJECT = "pyproject.toml"
_TOOL_TABLE = re.compile(r"^\s*\[\[?tool\.clientgen[\].]", re.MULTILINE)
_TOML_KEY = re.compile(r"""^["']?([A-Za-z0-9_-]+)["']?\s*=""")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_CLIENT_KEYS = {"name", "source", "reader", "overrides", "package", "preserve", "meta", "url"}
_TOP_KEYS = {"output", "clients", "templates", "clientgen"}


@dataclass(frozen=True)
class ClientDecl:
    """One declared client. ``package`` is the import name (``<name>_client``)."""

    name: str
    source: Path
    reader: str | None
    overrides: Path | None
    package: str
    # Globs (relative to the package directory) of files the user owns: kept on regeneration.
    preserve: tuple[str, ...] = ()
    meta: bool = True  # `meta: none`: only the importable package
    url: str | None = None  # where the document is published: `clientgen fetch` re-captures it

    @property
    def distribution(self) -> str:
        return self.package.replace("_", "-")


@dataclass(frozen=True)
class Project:
    root: Path
    config_path: Path
    output: Path
    clients: tuple[ClientDecl, ...]
    templates: Path | None = None  # the user's template overrides (laid out like templates/)
    pinned: str | None = None  # `clientgen: <version>`: the version whose output is committed

    def select(self, names: list[str]) -> list[ClientDecl]:
        """The named clients (all when none named), refusing unknown names."""
        if not names:
            return list(self.clients)
        known = {c.name: c for c in self.clients}
        for name in names:
            if name not in known:
                raise ClientgenError(
                    f"unknown client {name!r}",
                    str(self.config_path),
                    f"declared clients: {', '.join(sorted(known)) or 'none'}",
                )
        return [known[name] for name in names]


def find_config(start: Path) -> Path:
    """The nearest clientgen.yaml, or pyproject.toml with a [tool.clientgen] table."""
    for directory in (start, *start.parents):
        candidate = directory / CONFIG_NAME
        if candidate.is_file():
            return candidate
        pyproject = directory / PYPROJECT
        if pyproject.is_file() and _TOOL_TABLE.search(pyproject.read_text(encoding="utf-8")):
            return pyproject
    raise ClientgenError(
        f"no {CONFIG_NAME} (or [tool.clientgen] in {PYPROJECT}) found in {start} or above",
        str(start),
        f"create {CONFIG_NAME} (see README), or use --source FILE --output DIR",
    )


class TomlLines(LineMap):
    """Lines of the keys of [tool.clientgen] in a pyproject.toml, so its errors are located
    like clientgen.yaml's (tomllib gives values, not positions)."""

    def __init__(self, path: Path, text: str) -> None:
        super().__init__(path)
        section: tuple[str | int, ...] | None = None
        clients = -1
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if line.startswith("[[tool.clientgen.clients]]"):
                clients += 1
                section = ("clients", clients)
            elif line.startswith("[tool.clientgen]"):
                section = ()
            elif line.startswith("["):
                section = None
                continue
            else:
                key = _TOML_KEY.match(line)
                if key is None or section is None:
                    continue
                section_key: tuple[str | int, ...] = (*section, key.group(1))
                self._lines.setdefault(section_key, number)
                continue
            self._lines.setdefault(section, number)


def _load(path: Path) -> tuple[Any, LineMap]:
    if path.name != PYPROJECT:
        return load_yaml_file(path)
    try:
        text = read_limited(path).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ClientgenError(f"cannot read {path.name}: {exc}", str(path)) from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ClientgenError(f"TOML syntax error: {exc}", str(path), "fix pyproject.toml") from None
    except RecursionError:
        raise ClientgenError(
            "pyproject.toml nests too deeply to read", str(path), "fix pyproject.toml"
        ) from None
    return document.get("tool", {}).get("clientgen"), TomlLines(path, text)


def load_project(start: Path) -> Project:
    path = find_config(start.resolve())
    data, lines = _load(path)
    if not isinstance(data, dict):
        raise ClientgenError("expected a mapping with 'clients:'", lines.where(), "see README")
    _reject_unknown(data, _TOP_KEYS, lines, ())
    root = path.parent
    raw_clients = data.get("clients")
    if not isinstance(raw_clients, list) or not raw_clients:
        raise ClientgenError(
            "'clients' must be a non-empty list", lines.where("clients"), "see README"
        )
    clients = [_client(root, item, lines, i) for i, item in enumerate(raw_clients)]
    _reject_duplicates(clients, lines)
    output = root / _string(data.get("output", "generated"), lines, ("output",))
    templates = None
    if data.get("templates") is not None:
        templates = root / _string(data["templates"], lines, ("templates",))
        _check_template_overrides(templates, lines.where("templates"))
    pinned = data.get("clientgen")
    if pinned is not None:
        pinned = _string(str(pinned), lines, ("clientgen",))
        if pinned != __version__:
            raise ClientgenError(
                f"this project pins clientgen {pinned}; this is clientgen {__version__}",
                lines.where("clientgen"),
                f"run clientgen {pinned} (pipx install clientgen=={pinned}), or update the pin "
                "and regenerate",
            )
    return Project(root, path, output, tuple(clients), templates, pinned)


def _check_template_overrides(directory: Path, location: str) -> None:
    """Each file must replace one of ours: a misspelt name would silently change nothing."""
    if not directory.is_dir():
        raise ClientgenError(f"templates directory not found: {directory}", location)
    ours = templates_dir()
    for path in sorted(directory.rglob("*")):
        relative = path.relative_to(directory)
        if (
            path.is_file()
            and "__pycache__" not in relative.parts
            and not (ours / relative).is_file()
        ):
            raise ClientgenError(
                f"template override {relative.as_posix()} replaces nothing",
                str(path),
                "name a file of clientgen's templates/ (e.g. package/README.md.jinja)",
            )


def _client(root: Path, item: Any, lines: LineMap, index: int) -> ClientDecl:
    at: tuple[str | int, ...] = ("clients", index)
    if not isinstance(item, dict):
        raise ClientgenError("a client must be a mapping", lines.where(*at), "see README")
    _reject_unknown(item, _CLIENT_KEYS, lines, at)
    for required in ("name", "source"):
        if required not in item:
            raise ClientgenError(f"client is missing '{required}'", lines.where(*at), "see README")
    name = _string(item["name"], lines, (*at, "name"))
    if not _NAME.match(name) or keyword.iskeyword(name):
        raise ClientgenError(
            f"client name {name!r} is not a lower-case identifier",
            lines.where(*at, "name"),
            "use letters, digits and underscores, starting with a letter",
        )
    source = root / _string(item["source"], lines, (*at, "source"))
    if not source.is_file():
        raise ClientgenError(
            f"source file not found: {source}", lines.where(*at, "source"), "check the path"
        )
    check_input_file(source, lines.where(*at, "source"))
    overrides = None
    if item.get("overrides") is not None:
        overrides = root / _string(item["overrides"], lines, (*at, "overrides"))
        if not overrides.is_file():
            raise ClientgenError(
                f"overrides file not found: {overrides}",
                lines.where(*at, "overrides"),
                "check the path",
            )
        check_input_file(overrides, lines.where(*at, "overrides"))
    package = _string(item.get("package", f"{name}_client"), lines, (*at, "package"))
    if not _NAME.match(package) or keyword.iskeyword(package):
        raise ClientgenError(
            f"package {package!r} is not a valid import name", lines.where(*at, "package")
        )
    reader = item.get("reader")
    preserve = item.get("preserve", [])
    if not isinstance(preserve, list):
        raise ClientgenError(
            "'preserve' must be a list of globs", lines.where(*at, "preserve"), "e.g. [notes.md]"
        )
    meta = item.get("meta", "full")
    if meta not in ("full", "none"):
        raise ClientgenError(
            f"meta must be 'full' or 'none', not {meta!r}",
            lines.where(*at, "meta"),
            "none writes only the importable package",
        )
    return ClientDecl(
        name=name,
        source=source,
        reader=_string(reader, lines, (*at, "reader")) if reader is not None else None,
        overrides=overrides,
        package=package,
        preserve=tuple(_string(g, lines, (*at, "preserve", i)) for i, g in enumerate(preserve)),
        meta=meta == "full",
        url=_string(item["url"], lines, (*at, "url")) if item.get("url") is not None else None,
    )


def _string(value: Any, lines: LineMap, at: tuple[str | int, ...]) -> str:
    if not isinstance(value, str) or not value:
        raise ClientgenError(f"'{at[-1]}' must be a non-empty string", lines.where(*at))
    return value


def _reject_unknown(
    data: dict[str, Any], allowed: set[str], lines: LineMap, at: tuple[str | int, ...]
) -> None:
    for key in data:
        if key not in allowed:
            raise ClientgenError(
                f"unknown key {key!r}",
                lines.where(*at, key),
                f"allowed keys: {', '.join(sorted(allowed))}",
            )


def _reject_duplicates(clients: list[ClientDecl], lines: LineMap) -> None:
    seen: set[str] = set()
    for index, client in enumerate(clients):
        for value in (client.name, client.package):
            if value in seen:
                raise ClientgenError(
                    f"{value!r} is declared twice",
                    lines.where("clients", index),
                    "names and packages must be unique",
                )
            seen.add(value)
