"""YAML loading that remembers where every node came from.

User-written files (the declarations, overlays) must produce errors that point
at a line. PyYAML's composer knows the marks; this keeps them beside the data
so later checks can say ``overrides/x.yaml:12`` instead of "somewhere".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import ClientgenError

try:  # the C loader is several times faster on large specs
    from yaml import CSafeLoader as FastLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as FastLoader  # type: ignore[assignment]


__all__ = ["FastLoader", "LineMap", "load_yaml_file", "load_yaml_text"]


class LineMap:
    """Maps a JSON-pointer-like key path to the 1-based line it starts on."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lines: dict[tuple[str | int, ...], int] = {}

    def record(self, node: yaml.Node, at: tuple[str | int, ...]) -> None:
        self._lines[at] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                self._lines[(*at, str(key.value))] = key.start_mark.line + 1
                self.record(value, (*at, str(key.value)))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self.record(item, (*at, index))

    def where(self, *at: str | int) -> str:
        """``file:line`` of the deepest recorded prefix of ``at``."""
        for end in range(len(at), -1, -1):
            line = self._lines.get(tuple(at[:end]))
            if line is not None:
                return f"{self.path}:{line}"
        return str(self.path)


def load_yaml_text(text: str, path: Path) -> Any:
    """Parse YAML, turning syntax errors into a located ClientgenError."""
    try:
        return yaml.load(text, Loader=FastLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = exc.problem or exc.context or "invalid YAML"
        raise ClientgenError(
            f"YAML syntax error: {problem}",
            f"{path}{line}",
            "check indentation and quoting on that line",
        ) from None
    except yaml.YAMLError as exc:
        raise ClientgenError(f"YAML error: {exc}", str(path)) from None


def load_yaml_file(path: Path) -> tuple[Any, LineMap]:
    """Load a user-written YAML file with its line map."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ClientgenError(
            f"cannot read file: {exc.strerror}", str(path), "check the path"
        ) from None
    data = load_yaml_text(text, path)
    lines = LineMap(path)
    node = yaml.compose(text, Loader=FastLoader)
    if node is not None:
        lines.record(node, ())
    return data, lines
