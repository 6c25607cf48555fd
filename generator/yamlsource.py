"""YAML loading with resource limits, remembering where every node came from.

User-written files (the declarations, overlays) must produce errors that point
at a line. PyYAML's composer knows the marks; this keeps them beside the data
so later checks can say ``overrides/x.yaml:12`` instead of "somewhere".

Every document clientgen parses is untrusted, so ``FastLoader`` (libyaml's
parser, PyYAML's safe constructor) composes under limits: nesting depth, node
count, nodes added by aliases (a kilobyte "billion laughs" would otherwise
become gigabytes once copied), scalar length, document size, and no control
characters. A breach is a ``YAMLLimitError``: a ``MarkedYAMLError`` with the
line, so every caller that reports YAML syntax errors reports it too.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent
from yaml.resolver import Resolver

from generator.diagnostics import ClientgenError

try:  # libyaml's parser is several times faster on large specs
    from yaml._yaml import CParser

    _PARSER: tuple[type, ...] = (CParser,)

    def _init_parser(loader: Any, stream: str) -> None:
        CParser.__init__(loader, stream)

except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    _PARSER = (Reader, Scanner, Parser)

    def _init_parser(loader: Any, stream: str) -> None:
        Reader.__init__(loader, stream)
        Scanner.__init__(loader)
        Parser.__init__(loader)


_ParserBase: Any = type("_ParserBase", _PARSER, {})


__all__ = [
    "MAX_ALIAS_NODES",
    "MAX_DEPTH",
    "MAX_DOCUMENT_BYTES",
    "MAX_NODES",
    "MAX_SCALAR_CHARS",
    "FastLoader",
    "LineMap",
    "YAMLLimitError",
    "check_input_file",
    "check_text",
    "load_yaml_file",
    "load_yaml_text",
    "read_limited",
]

# Real APIs stay far below these: the deepest of 2,600 APIs.guru specs nests 28
# levels, the largest (Microsoft Graph beta) is 47 MB of JSON.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 128
MAX_NODES = 5_000_000
MAX_ALIAS_NODES = 1_000_000  # nodes repeated through `*alias` references, all told
MAX_SCALAR_CHARS = 1024 * 1024  # the longest string in APIs.guru is 518 KB (Rubrik)
# What libyaml refuses without a line: C0 controls but tab, LF and CR; DEL and C1
# but NEL; surrogates; U+FFFE and U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


_LIMIT_HINT = "a limit against hostile documents: real API descriptions stay far below it"


class YAMLLimitError(yaml.MarkedYAMLError):
    """A document over one of the limits, or a value YAML cannot hold; carries its line.

    ``note`` is the hint for the user.
    """

    def __init__(self, problem: str, problem_mark: Any, note: str = _LIMIT_HINT) -> None:
        super().__init__(problem=problem, problem_mark=problem_mark, note=note)


def _mark(text: str, index: int) -> yaml.Mark:
    line = text.count("\n", 0, index)
    column = index - (text.rfind("\n", 0, index) + 1)
    return yaml.Mark("<document>", index, line, column, None, 0)


def check_text(text: str) -> None:
    """Refuse a document over the size limit or holding control characters YAML forbids."""
    if len(text) > MAX_DOCUMENT_BYTES:
        raise YAMLLimitError(
            problem=f"the document is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB",
            problem_mark=_mark(text, 0),
        )
    bad = _CONTROL.search(text)
    if bad is not None:
        raise YAMLLimitError(
            problem=f"control character U+{ord(bad.group()):04X} is not allowed in YAML",
            problem_mark=_mark(text, bad.start()),
            note="remove it, or write it as an escape inside a double-quoted string",
        )


def _breach(problem: str, event: Any) -> YAMLLimitError:
    return YAMLLimitError(problem=problem, problem_mark=event.start_mark)


class _LimitedComposer(Composer):
    """PyYAML's composer over libyaml's events, counting what it builds as it goes."""

    peek_event: Callable[[], Any]  # the parser's, mixed in by FastLoader

    def __init__(self) -> None:
        super().__init__()
        self._depth = 0
        self._nodes = 0
        self._alias_nodes = 0
        self._open: set[str] = set()
        self._sizes: dict[str, int] = {}

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            anchor: str = event.anchor or ""
            if anchor in self._open:
                raise _breach(f"alias *{anchor} refers to a node that contains it", event)
            self._alias_nodes += self._sizes.get(anchor, 0)
            if self._alias_nodes > MAX_ALIAS_NODES:
                raise _breach(f"aliases expand to more than {MAX_ALIAS_NODES:,} nodes", event)
            return super().compose_node(parent, index)
        self._depth += 1
        self._nodes += 1
        if self._depth > MAX_DEPTH:
            raise _breach(f"the document nests deeper than {MAX_DEPTH} levels", event)
        if self._nodes > MAX_NODES:
            raise _breach(f"the document has more than {MAX_NODES:,} nodes", event)
        value = getattr(event, "value", None)
        if isinstance(value, str) and len(value) > MAX_SCALAR_CHARS:
            raise _breach(f"a value is longer than {MAX_SCALAR_CHARS // (1024 * 1024)} MB", event)
        anchored: str | None = event.anchor
        before = self._nodes + self._alias_nodes
        if anchored is not None:
            self._open.add(anchored)
        node = super().compose_node(parent, index)
        if anchored is not None:
            self._open.discard(anchored)
            self._sizes[anchored] = self._nodes + self._alias_nodes - before + 1
        self._depth -= 1
        return node


class _LimitedConstructor(SafeConstructor):
    """The safe constructor, with bad scalars (huge integers, impossible dates) as marked errors."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError) as exc:
            what = node.tag.rsplit(":", 1)[-1]
            problem = (
                "an integer has more than 4300 digits"
                if what == "int" and "digits" in str(exc)
                else f"invalid {what} value"
            )
            raise YAMLLimitError(
                problem, node.start_mark, "quote the value to keep it as a string"
            ) from None

    def flatten_mapping(self, node: yaml.MappingNode) -> None:
        """Merge keys (``<<``) flatten recursively: bound the chain like nesting."""
        self._merge_depth = getattr(self, "_merge_depth", 0) + 1
        try:
            if self._merge_depth > MAX_DEPTH:
                raise YAMLLimitError(
                    problem=f"merge keys (<<) chain deeper than {MAX_DEPTH} levels",
                    problem_mark=node.start_mark,
                )
            super().flatten_mapping(node)
        finally:
            self._merge_depth -= 1


class FastLoader(_ParserBase, _LimitedComposer, _LimitedConstructor, Resolver):  # type: ignore[misc]
    """libyaml's parser, composed and constructed safely under the limits above."""

    def __init__(self, stream: str | bytes | Any) -> None:
        if not isinstance(stream, str | bytes):
            stream = stream.read()
        if isinstance(stream, bytes):
            try:
                stream = stream.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise yaml.YAMLError(f"the document is not UTF-8 text ({exc.reason})") from None
        check_text(stream)
        _init_parser(self, stream)
        _LimitedComposer.__init__(self)
        _LimitedConstructor.__init__(self)
        Resolver.__init__(self)

    # The Python composer over the C parser's events, so every node is counted.
    check_node = Composer.check_node
    get_node = Composer.get_node
    get_single_node = Composer.get_single_node
    compose_document = Composer.compose_document


def check_input_file(path: Path, location: str) -> None:
    """Refuse an input that is not a regular file or is over the size limit, before reading."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise ClientgenError(
            f"cannot read {path}: {exc.strerror}", location, "check the path"
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise ClientgenError(
            f"{path} is not a regular file", location, "name a file, not a device or pipe"
        )
    if info.st_size > MAX_DOCUMENT_BYTES:
        raise ClientgenError(
            f"{path} is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB",
            location,
            "a limit against hostile documents: split the document or trim what is not needed",
        )


def read_limited(path: Path, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of a regular file, refusing special files and anything over ``limit``."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise ClientgenError("not a regular file", str(path), "name a file, not a device or pipe")
    if info.st_size > limit:
        raise ClientgenError(
            f"the file is larger than {limit // (1024 * 1024)} MB",
            str(path),
            "split the document, or remove what the client does not need",
        )
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise ClientgenError("not a regular file", str(path), "name a regular file")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ClientgenError(f"the file is larger than {limit // (1024 * 1024)} MB", str(path))
    return data


class LineMap:
    """Maps a JSON-pointer-like key path to the 1-based line it starts on."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lines: dict[tuple[str | int, ...], int] = {}

    def record(self, node: yaml.Node, at: tuple[str | int, ...]) -> None:
        stack = [(node, at)]  # iterative: depth is bounded, but Python's stack is small
        while stack:
            node, at = stack.pop()
            self._lines[at] = node.start_mark.line + 1
            if isinstance(node, yaml.MappingNode):
                stack.extend((value, (*at, str(key.value))) for key, value in node.value)
            elif isinstance(node, yaml.SequenceNode):
                stack.extend((item, (*at, index)) for index, item in enumerate(node.value))

    def where(self, *at: str | int) -> str:
        """``file:line`` of the deepest recorded prefix of ``at``."""
        for end in range(len(at), -1, -1):
            line = self._lines.get(tuple(at[:end]))
            if line is not None:
                return f"{self.path}:{line}"
        return str(self.path)


def _located(exc: yaml.YAMLError, path: Path | str, line_offset: int = 0) -> ClientgenError:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = f":{line_offset + mark.line + 1}" if mark is not None else ""
        problem = exc.problem or exc.context or "invalid YAML"
        if isinstance(exc, YAMLLimitError):
            return ClientgenError(problem, f"{path}{line}", exc.note or "")
        return ClientgenError(
            f"YAML syntax error: {problem}",
            f"{path}{line}",
            "check indentation and quoting on that line",
        )
    return ClientgenError(f"YAML error: {str(exc).splitlines()[0]}", str(path))


def load_yaml_text(text: str, path: Path | str, line_offset: int = 0) -> Any:
    """Parse YAML, turning syntax errors and breached limits into a located ClientgenError.

    ``line_offset``: lines of the file before ``text`` (prose before an embedded spec).
    """
    try:
        return yaml.load(text, Loader=FastLoader)
    except yaml.YAMLError as exc:
        raise _located(exc, path, line_offset) from None


def load_yaml_file(path: Path) -> tuple[Any, LineMap]:
    """Load a user-written YAML file with its line map (one parse for both)."""
    try:
        raw = read_limited(path)
    except OSError as exc:
        raise ClientgenError(
            f"cannot read file: {exc.strerror}", str(path), "check the path"
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ClientgenError(f"the file is not UTF-8 text ({exc.reason})", str(path)) from None
    lines = LineMap(path)
    try:
        loader = FastLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise _located(exc, path) from None
    if node is not None:
        lines.record(node, ())
    return data, lines
