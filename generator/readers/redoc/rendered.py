"""Cut a ReDoc 2 page that shows its endpoints into operations, anchored on what it states.

Every operation's right-hand panel opens with its endpoint: the method and
the path, then each server URL followed by the path. That line is the anchor
of the operation. Between two anchors, the samples captions (``Request
samples``, ``Response samples``) belong to the operation above (they are in
its right-hand panel) and the left-panel captions (``Authorizations:``,
``query Parameters``, ``Request Body schema:``, ``Responses``) to the one
below; the operation below starts right after the last sample above ends.
Tabs, ``Content type``, ``Copy`` and example names are captions, never
operations. The segments come out in the shape :mod:`.facts` digests, with
the method, path, servers and security names the page shows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from generator.diagnostics import Diagnostic, info
from generator.readers.common.samples import bracket_depth
from generator.readers.redoc.layout import (
    ENDPOINT,
    METHOD_ONLY,
    Layout,
    Line,
    detect_layout,
    logical_lines,
)
from generator.readers.redoc.rows import field_rows
from generator.readers.redoc.security import SchemeText, read_schemes, requirement_names
from generator.readers.redoc.segments import Page, RowLine, Sample, Segment

_PARAMS = re.compile(r"^(path|query|header|cookie) Parameters$", re.IGNORECASE)
_BODY = re.compile(r"^Request Body schema:\s*(\S+)?")
_STATUS = re.compile(r"^[*\-]?\s*(\d{3}|\dXX|default)$", re.IGNORECASE)
_SAMPLES = {"Request samples": "request", "Response samples": "response"}
_LEFT = ("Authorizations:", "Responses", "Callbacks")
_SKIP = {"Copy", "Expand all", "Collapse all", "Expand all Collapse all", "Example", "Content type"}
_SAMPLE_START = re.compile(r'^`*\s*(?:[{\[]|"|-?\d|null\b|true\b|false\b)')
_BULLET = re.compile(r"^(?:[*+\-]|o(?=\s+[\"{\[]))\s+")
_TITLE = re.compile(r"^(.+?)\s*\(([^()]+)\)\s*$")
_MAX_TABS = 40
_DOWNLOAD = "Download OpenAPI specification"
_MENU_ENTRY = re.compile(
    r"^(?:[*+\-]|o(?=\s))\s*(get|post|put|patch|delete|del|head|options|trace|hook)\s*(\S.*)$", re.I
)
_CREDIT = "API docs by Redocly"
# one media type, or a drop-down's entries glued together (inscriptis, html2text)
_MEDIA = re.compile(r"^[\w.+-]+/[^\s;]*(?:;\s*[^\s;]+)*\s*$")
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//\S+$|^/\S*$", re.IGNORECASE)


@dataclass
class RenderedPage(Page):
    layout: Layout = "seed"
    schemes: list[SchemeText] = field(default_factory=list)


def shows_endpoints(text: str) -> bool:
    return detect_layout(text) != "seed"


def _is_left_caption(text: str) -> bool:
    return text in _LEFT or bool(_PARAMS.match(text) or _BODY.match(text))


class _Reader:
    def __init__(self, text: str, source: str) -> None:
        self.layout = detect_layout(text)
        self.lines = logical_lines(text, self.layout)
        self.source = source
        self.page = RenderedPage(layout=self.layout)

    def where(self, line: Line) -> str:
        return f"{self.source}:{line.no}"

    def anchors(self) -> list[tuple[int, int, str, str]]:
        """(first index, index after it, method, path) of every endpoint the page shows."""
        found = []
        lines = self.lines
        index = 0
        while index < len(lines):
            text = lines[index].text
            match = ENDPOINT.match(text)
            end = index + 1
            if match is None and METHOD_ONLY.match(text) and index + 1 < len(lines):
                following = lines[index + 1].text
                if following.startswith("/") and " " not in following:
                    match, end = ENDPOINT.match(f"{text} {following}"), index + 2
            if match and self._confirmed(end, match.group(2)):
                method = match.group(1).lower()
                found.append((index, end, "delete" if method == "del" else method, match.group(2)))
                index = end
                continue
            index += 1
        return found

    def _confirmed(self, end: int, path: str) -> bool:
        """The endpoint box repeats the path after each server URL (or the samples follow)."""
        for line in self.lines[end : end + 3]:
            if line.text.endswith(path) or line.text in _SAMPLES:
                return True
        return end >= len(self.lines)

    def run(self) -> RenderedPage:
        anchors = self.anchors()
        self._intro(anchors[0][0] if anchors else len(self.lines))
        start = self._first_start(anchors)
        shown: dict[tuple[str, str], int] = {}
        menu = self._menu(anchors[0][0] if anchors else 0)
        titles = menu if len(menu) == len(anchors) else [None] * len(anchors)
        for position, (first, after, method, path) in enumerate(anchors):
            limit = anchors[position + 1][0] if position + 1 < len(anchors) else len(self.lines)
            segment = Segment("path", self.lines[first].no, path=path)
            segment.method = method
            self._left(segment, self.lines[start:first], titles[position])
            start = self._right(segment, after, limit)
            if (method, path) in shown:
                # ReDoc shows an operation under each of its tags: the same operation again
                self.page.diagnostics.append(
                    info(
                        f"{method} {path} is shown again (under another tag); "
                        f"kept the one at line {shown[method, path]}",
                        self.where(self.lines[first]),
                    )
                )
                continue
            shown[method, path] = segment.line
            self.page.segments.append(segment)
        self.page.schemes = read_schemes(self.lines[: anchors[0][0] if anchors else None])
        return self.page

    def _intro(self, end: int) -> None:
        """The title ``Name (version)``: after the menu's credit line, above the download link."""
        head = self.lines[:end]
        download = next((i for i, line in enumerate(head) if line.text.startswith(_DOWNLOAD)), None)
        if download is None:
            first = next((line.text for line in head if line.heading), head[0].text if head else "")
            self.page.title = first
            return
        top = max(0, download - 6)
        credit = [i for i in range(top, download) if _CREDIT in head[i].text]
        top = credit[-1] + 1 if credit else download - 1
        joined = " ".join(line.text for line in head[top:download])
        joined = re.sub(r"\(\s+", "(", joined).replace(" )", ")")
        match = _TITLE.match(joined)
        self.page.title, self.page.version = (
            (match.group(1), match.group(2)) if match else (joined, "")
        )

    def _first_start(self, anchors: Sequence[tuple[int, int, str, str]]) -> int:
        """Where the first operation's left panel starts: its first caption, less its heading."""
        if not anchors:
            return 0
        first = anchors[0][0]
        captions = [i for i in range(first) if _is_left_caption(self.lines[i].text)]
        block = captions[0] if captions else first
        while block > 0 and _is_left_caption(self.lines[block - 1].text):
            block -= 1
        return max(0, block - 1)

    # -- the left panel: heading, description, security, parameters, body, statuses --

    def _menu(self, end: int) -> list[str]:
        """The summaries the navigation menu lists, one per operation in page order."""
        entries = []
        lines = self.lines[:end]
        credit = next((i for i, line in enumerate(lines) if _CREDIT in line.text), None)
        lines = lines[:credit]  # the menu ends with ReDoc's credit line
        for index, line in enumerate(lines):
            match = _MENU_ENTRY.match(line.text)
            if match and match.group(2).strip():
                entries.append(match.group(2).strip())
            elif METHOD_ONLY.match(line.text) and index + 1 < len(lines):
                entries.append(lines[index + 1].text)  # BeautifulSoup: the method, then the title
        return entries

    def _left(self, segment: Segment, lines: Sequence[Line], title: str | None) -> None:
        caption_at = [i for i, line in enumerate(lines) if _is_left_caption(line.text)]
        head = lines[: caption_at[0]] if caption_at else lines
        if title is not None:
            head = self._after_title(segment, head, title)
        self._heading(segment, head)
        bounds = [*caption_at, len(lines)]
        for start, end in pairwise(bounds):
            caption, block = lines[start].text, lines[start + 1 : end]
            if caption == "Authorizations:":
                segment.security = requirement_names(block)
            elif caption == "Responses":
                self._statuses(segment, block)
            elif match := _PARAMS.match(caption):
                self._rows(segment, match.group(1).lower(), block)
            elif match := _BODY.match(caption):
                segment.body_media = match.group(1) or "application/json"
                self._rows(segment, "body", block)

    def _after_title(self, segment: Segment, head: Sequence[Line], title: str) -> list[Line]:
        """The menu's title is the summary; what follows its heading is the description."""
        key = " ".join(title.split())
        found = next(
            (i for i in range(len(head) - 1, -1, -1) if key.startswith(head[i].text[:40])), None
        )
        segment.summary = title
        rest = list(head[found + 1 :]) if found is not None else []
        while rest and key.endswith(rest[0].text) and rest[0].text:
            rest.pop(0)  # the rest of a heading html2text wrapped
        segment.description = [line.text for line in rest if line.text != "Deprecated"]
        if any(line.text == "Deprecated" for line in head):
            segment.deprecated = True
        return []

    def _heading(self, segment: Segment, head: Sequence[Line]) -> None:
        if not head:
            return
        headings = [i for i, line in enumerate(head) if line.heading]
        at = headings[-1] if headings and self.layout == "html2text" else 0
        summary = head[at].text
        description = [line.text for line in head[at + 1 :]]
        if head[at].heading:  # html2text wraps a long heading onto plain lines
            while description and not description[0].startswith(("-", "*")) and len(summary) > 60:
                summary += " " + description.pop(0)
                break
        if summary.endswith(" Deprecated") or "Deprecated" in description[:1]:
            segment.deprecated = True
            summary = summary.removesuffix(" Deprecated")
        segment.summary = summary
        segment.description = [d for d in description if d != "Deprecated"]

    def _rows(self, segment: Segment, location: str, block: Sequence[Line]) -> None:
        for number, text in field_rows(block, self.layout):
            segment.rows.append(RowLine(location, number, text))

    def _statuses(self, segment: Segment, block: Sequence[Line]) -> None:
        segment.has_responses = True
        for index, line in enumerate(block):
            match = _STATUS.match(line.text)
            if match:
                status = match.group(1)
                status = "default" if status.lower() == "default" else status.upper()
                segment.statuses.append(status)
                if index + 1 < len(block) and not _STATUS.match(block[index + 1].text):
                    segment.status_notes.setdefault(status, block[index + 1].text)

    # -- the right panel: servers and samples --

    def _right(self, segment: Segment, index: int, limit: int) -> int:
        """Read servers and samples; returns where the next operation's left panel starts."""
        index = self._servers(segment, index, limit)
        end = index
        while index < limit:
            text = self.lines[index].text
            if text in _SAMPLES:
                index = end = self._samples(segment, _SAMPLES[text], index + 1, limit)
            elif _is_left_caption(text):
                break
            else:
                index += 1
        return end

    def _servers(self, segment: Segment, index: int, limit: int) -> int:
        """Each server URL followed by the path; a server's description may stand above it."""
        path = segment.path or ""
        while index < limit:
            text = self.lines[index].text
            if text in _SAMPLES or _is_left_caption(text):
                break
            if index + 1 < limit and self.lines[index + 1].text == path and text != path:
                url, step = text, 2  # BeautifulSoup: the URL, then the path on its own line
            elif path and text.endswith(path) and text != path:
                url, step = text[: -len(path)].rstrip(), 1
            elif any(self._server_follows(index + k, limit, path) for k in (1, 2, 3)):
                index += 1  # the server's description (html2text may wrap it)
                continue
            else:
                break
            if _URL.match(url):
                segment.servers.append(url)
            index += step
        return index

    def _server_follows(self, index: int, limit: int, path: str) -> bool:
        if index >= limit:
            return False
        text = self.lines[index].text
        following = self.lines[index + 1].text if index + 1 < limit else ""
        return bool(_URL.match(text) and following == path) or (
            text.endswith(path) and text != path and bool(_URL.match(text[: -len(path)].rstrip()))
        )

    def _samples(self, segment: Segment, kind: str, index: int, limit: int) -> int:
        """One samples block: tabs, content type, example names, ``Copy``, the visible sample."""
        tabs: list[str] = []
        start = index
        while index < limit and index - start < _MAX_TABS:
            text = " ".join(self.lines[index].text.split())
            if text in _SAMPLES or _is_left_caption(text):
                return index
            if text == "Copy":
                break
            if text == "Content type":
                index += 1
                while index < limit and _MEDIA.match(self.lines[index].text):
                    index += 1  # the media type, or each entry of its drop-down
                continue
            if text not in _SKIP:
                tab = _BULLET.sub("", text)
                if kind == "response" and not _STATUS.match(tab):
                    return index  # no sample body: the next operation's heading follows
                tabs.append(tab)
            index += 1
        else:
            return index
        index += 1
        while index < limit and " ".join(self.lines[index].text.split()) in _SKIP:
            index += 1
        if index >= limit:
            return index
        labels = [t for t in tabs if _STATUS.match(t)] if kind == "response" else tabs[:1]
        sample, index = self._sample_text(index, limit)
        if sample is not None:
            target = segment.request_samples if kind == "request" else segment.response_samples
            target.append(Sample(self.lines[start].no, labels[:1], [sample]))
        return index

    def _sample_text(self, index: int, limit: int) -> tuple[str | None, int]:
        first = self.lines[index].text
        if not _SAMPLE_START.match(first):
            return None, index + 1
        parts: list[str] = []
        depth = 0
        # html2text prints the sample as one code span: it ends at the closing backtick
        quoted = first.startswith("`")
        while index < limit:
            raw = self.lines[index].text
            text = _BULLET.sub("", raw.strip("`").strip())
            parts.append(text)
            depth = bracket_depth(text, depth)
            index += 1
            if (raw.endswith("`") and (len(raw) > 1 or len(parts) > 1)) if quoted else depth <= 0:
                break
        joined = " ".join(parts)
        try:
            value = json.loads(joined)
            if isinstance(value, str) and value.strip()[:1] in ("{", "["):
                # an example written as a string of JSON: ReDoc shows it quoted
                json.loads(value)
                joined = value
        except ValueError:
            self.page.diagnostics.append(
                info("a sample that is not JSON was skipped", self.where(self.lines[index - 1]))
            )
            return None, index
        return joined, index


def read_rendered(text: str, source: str, notes: list[Diagnostic]) -> RenderedPage:
    """The page's operations, each with what its endpoint box and panels state."""
    page = _Reader(text, source).run()
    notes.extend(page.diagnostics)
    return page
