"""Cut the text of a scraped ReDoc page into operation segments.

ReDoc renders each operation as: a heading (the summary, which the scrape
prints twice and may cut the first copy at 50 characters, or the path when
there is no summary), parameter blocks (``query Parameters`` ...), ``Request
Body schema: <media type>`` with its field table, ``Responses``, then
``Request samples`` and ``Response samples`` with their tabs (``- Payload``,
``- 200``, ``- 4XX``) and the visible sample. An operation whose heading and
sections were lost survives as a ``Response samples`` block arriving when the
current operation already has one: that starts an *orphan* segment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar, Literal

from generator.diagnostics import Diagnostic, info, warning
from generator.readers.common.samples import bracket_depth

SegmentKind = Literal["path", "summary", "orphan"]
Mode = Literal["", "params", "body", "responses", "request", "response"]

PATH_HEADING = re.compile(r"^(/\S*)(?:\s+(Deprecated))?\s*$")
_PARAM_BLOCK = re.compile(r"^(path|query|header|cookie) Parameters$", re.IGNORECASE)
_BODY = re.compile(r"^Request Body schema:\s*(\S+)")
_TAB = re.compile(r"^- ([^\s\"{\[].*)$")
_SAMPLE_START = re.compile(r'^(?:[{\["]|-?\d|null\b|true\b|false\b)')
_STATUS_NOTE = re.compile(r"^(\d{3}|\dXX|default)\s+(\S.*)$", re.IGNORECASE)
_TITLE = re.compile(r"^(.+?)\s*\(([^()]+)\)\s*$")
_DEPRECATED_SUFFIX = re.compile(r"\s+Deprecated$")
_SECTION_WORDS = {"Responses", "Request samples", "Response samples"}


@dataclass
class Sample:
    line: int
    labels: list[str]
    lines: list[str]
    complete: bool = True


@dataclass
class RowLine:
    location: str  # path, query, header, cookie, or body
    line: int
    text: str


@dataclass
class Segment:
    kind: SegmentKind
    line: int
    path: str | None = None
    summary: str = ""
    description: list[str] = field(default_factory=list)
    deprecated: bool = False
    rows: list[RowLine] = field(default_factory=list)
    body_media: str | None = None
    has_responses: bool = False
    request_samples: list[Sample] = field(default_factory=list)
    response_samples: list[Sample] = field(default_factory=list)
    status_notes: dict[str, str] = field(default_factory=dict)
    # what a page showing its endpoints states (see rendered.py)
    method: str | None = None
    servers: list[str] = field(default_factory=list)
    security: list[list[str]] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)


@dataclass
class Page:
    title: str = ""
    version: str = ""
    description: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def is_structural(line: str) -> bool:
    """A line that can only open a heading or section, never continue a sample."""
    return bool(
        PATH_HEADING.match(line)
        or _PARAM_BLOCK.match(line)
        or _BODY.match(line)
        or line in _SECTION_WORDS
    )


class _Cutter:
    def __init__(self, lines: list[str], source: str) -> None:
        self.lines = lines
        self.source = source
        self.page = Page()
        self.segment: Segment | None = None
        self.mode: Mode = ""
        self.labels: list[str] = []
        self.index = 0

    def where(self, index: int) -> str:
        return f"{self.source}:{index + 1}"

    def start(self, kind: SegmentKind, index: int) -> Segment:
        self.segment = Segment(kind, index + 1)
        self.page.segments.append(self.segment)
        self.mode, self.labels = "", []
        return self.segment

    def current(self, index: int) -> Segment:
        if self.segment is None:
            self.page.diagnostics.append(
                info("a section before any heading: read as an operation", self.where(index))
            )
            return self.start("orphan", index)
        return self.segment

    def run(self) -> Page:
        self._header()
        while self.index < len(self.lines):
            line = self.lines[self.index].strip()
            self.index += 1
            if line:
                self._line(line, self.index - 1)
        return self.page

    def _header(self) -> None:
        """Title ``Name (version)`` and any intro text before the first operation."""
        while self.index < len(self.lines) and not self.lines[self.index].strip():
            self.index += 1
        if self.index >= len(self.lines):
            return
        first = self.lines[self.index].strip()
        if is_structural(first) or self._pairs(self.index):
            return
        match = _TITLE.match(first)
        self.page.title, self.page.version = match.groups() if match else (first, "")
        self.index += 1
        while self.index < len(self.lines):
            line = self.lines[self.index].strip()
            if is_structural(line) or self._pairs(self.index):
                return
            if line and line != self.page.title:
                self.page.description.append(line)
            self.index += 1

    def _pairs(self, index: int) -> bool:
        """A summary heading: this line, then the same text again (the first copy may be cut)."""
        if index + 1 >= len(self.lines):
            return False
        first, second = self.lines[index].strip(), self.lines[index + 1].strip()
        if not first or "|" in first or is_structural(first) or first.startswith(("-", "{", "}")):
            return False
        return second.startswith(first) and len(first) >= 3

    def _line(self, line: str, index: int) -> None:
        for handler in self._handlers:
            if handler(self, line, index):
                return
        self._text(line, index)

    def _path_heading(self, line: str, index: int) -> bool:
        match = PATH_HEADING.match(line)
        if not match:
            return False
        segment = self.start("path", index)
        segment.path, segment.deprecated = match.group(1), bool(match.group(2))
        return True

    def _param_block(self, line: str, index: int) -> bool:
        match = _PARAM_BLOCK.match(line)
        if not match:
            return False
        self.current(index)
        self.mode, self.labels = "params", [match.group(1).lower()]
        return True

    def _body(self, line: str, index: int) -> bool:
        match = _BODY.match(line)
        if not match:
            return False
        self.current(index).body_media = match.group(1)
        self.mode, self.labels = "body", ["body"]
        return True

    def _responses(self, line: str, index: int) -> bool:
        if line != "Responses":
            return False
        self.current(index).has_responses = True
        self.mode = "responses"
        return True

    def _samples_heading(self, line: str, index: int) -> bool:
        if line not in ("Request samples", "Response samples"):
            return False
        segment = self.segment
        request = line == "Request samples"
        seen = segment is not None and (
            segment.response_samples or (request and segment.request_samples)
        )
        if segment is None or seen:
            self.start("orphan", index)
        self.mode, self.labels = ("request" if request else "response"), []
        return True

    def _tab(self, line: str, index: int) -> bool:
        match = _TAB.match(line)
        if self.mode not in ("request", "response") or not match:
            return False
        self.labels.append(match.group(1).strip())
        return True

    def _sample(self, line: str, index: int) -> bool:
        if self.mode not in ("request", "response") or not _SAMPLE_START.match(line):
            return False
        sample = self._read_sample(index)
        segment = self.current(index)
        (segment.request_samples if self.mode == "request" else segment.response_samples).append(
            sample
        )
        self.labels = []
        return True

    def _row(self, line: str, index: int) -> bool:
        if self.mode not in ("params", "body"):
            return False
        segment = self.current(index)
        if "|" in line:
            previous = segment.rows[-1] if segment.rows else None
            if previous and previous.line and not previous.text.rstrip().endswith("|"):
                previous.text += " " + line  # a row wrapped onto a second line
            else:
                segment.rows.append(RowLine(self.labels[0], index + 1, line))
            return True
        # nested-table captions ("Array", "object") carry nothing; a summary pair does
        return self.mode == "body" and not self._pairs(index)

    def _status_note(self, line: str, index: int) -> bool:
        match = _STATUS_NOTE.match(line)
        if self.mode != "responses" or not match:
            return False
        self.current(index).status_notes[match.group(1).upper()] = match.group(2)
        return True

    _handlers: ClassVar[list[Callable[[_Cutter, str, int], bool]]] = [
        _path_heading,
        _param_block,
        _body,
        _responses,
        _samples_heading,
        _tab,
        _sample,
        _row,
        _status_note,
    ]

    def _text(self, line: str, index: int) -> None:
        segment = self.segment
        if segment is not None and not self.mode and not self._pairs(index):
            segment.description.append(line)
            return
        if segment is not None and self.mode in ("request", "response") and self.labels:
            self.page.diagnostics.append(
                info(f"sample tabs without a sample before {line[:60]!r}", self.where(index))
            )
        segment = self.start("summary", index)
        summary = line
        if self._pairs(index):
            summary = self.lines[index + 1].strip()
            self.index += 1
        deprecated = _DEPRECATED_SUFFIX.search(summary)
        segment.deprecated = bool(deprecated)
        segment.summary = summary[: deprecated.start()] if deprecated else summary

    def _read_sample(self, index: int) -> Sample:
        sample = Sample(index + 1, self.labels, [])
        depth = 0
        position = index
        while position < len(self.lines):
            line = self.lines[position].strip()
            if sample.lines and is_structural(line):
                break
            sample.lines.append(line)
            depth = bracket_depth(line, depth)
            position += 1
            if depth <= 0:
                self.index = position
                return sample
        sample.complete = False
        self.index = position
        self.page.diagnostics.append(
            warning(
                "a sample ends before its brackets close (truncated text?)",
                self.where(index),
                "the operation keeps what the other sections say",
            )
        )
        return sample


def cut_page(text: str, source: str) -> Page:
    """The page's title, version, intro, and its operation segments in order."""
    return _Cutter(text.splitlines(), source).run()
