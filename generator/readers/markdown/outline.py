"""The outline of prose API docs: resource groups, the objects they define, endpoint sections.

Copied headings lost their levels, so nesting is recovered by meaning: a heading
that defines an object or names a path segment opens a resource group (the tag);
other headings are sub-sections of it, and the heading right above an endpoint
line is that endpoint's summary. A table outside an endpoint defines an object,
named by its prose ("contact objects", "A contact will take this shape") or heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from generator.readers.markdown.lines import (
    FUNCTION_WORDS,
    Block,
    Endpoint,
    Heading,
    Part,
    Prose,
    Reference,
)
from generator.readers.markdown.names import nouns, object_key, openapi_path, title
from generator.readers.markdown.tables import Notes, Row, Table


@dataclass
class ObjectDef:
    key: str
    description: str
    rows: list[Row] = field(default_factory=list)


@dataclass
class Section:
    """One endpoint line and what follows it up to the next heading."""

    method: str
    raw_path: str
    line: int
    summary: str
    tag: str
    description: list[str] = field(default_factory=list)
    parts: dict[tuple[str, str], list[Table | Reference]] = field(default_factory=dict)

    def rows(self, *roles: str) -> list[Row]:
        """The table rows under these parts (a reference to an object is not a row)."""
        return [
            row
            for (kind, _), items in self.parts.items()
            if kind in roles
            for item in items
            if isinstance(item, Table)
            for row in item.rows
        ]


@dataclass
class Outline:
    intro: list[str] = field(default_factory=list)
    objects: dict[str, ObjectDef] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)
    groups: dict[str, list[str]] = field(default_factory=dict)


# Where a table sits under an endpoint without a sub-heading, by HTTP method.
DEFAULT_ROLES: dict[str, str] = {"GET": "query", "DELETE": "query", "HEAD": "query"}
# Words before "object(s)" that name no object ("these objects", "valid JSON object").
NOT_OBJECT_NAMES = FUNCTION_WORDS | {
    "valid",
    "json",
    "nested",
    "following",
    "all",
    "other",
    "same",
    "each",
    "every",
    "data",
    "response",
    "request",
}

_READ_ONLY = re.compile(r"\bread[- ]?only\b", re.IGNORECASE)
_OBJECT_MENTION = re.compile(r"\b([a-z]\w*) objects?\b", re.IGNORECASE)
_SHAPE_MENTION = re.compile(
    r"(?:^|\.\s+)(?:an?|each|every)\s+([a-z]\w*)\s+(?:will|must|should|can|has|have|is|takes?)\b",
    re.IGNORECASE,
)


def outline_of(blocks: list[Block], notes: Notes, skip_lines: set[int]) -> Outline:
    walker = _Walker(_groups(blocks), notes, skip_lines)
    for block in blocks:
        walker.take(block)
    walker.close()
    return walker.outline


def _groups(blocks: list[Block]) -> dict[int, str]:
    """Heading line -> tag, for headings that name a path segment or are followed by a table.

    A heading naming a path segment is tagged by the segment ("The order object" and
    "Orders" are both ``Orders``), so one resource gets one tag however it is headed.
    """
    segments = {
        object_key(noun): title(noun)
        for block in blocks
        if isinstance(block, Endpoint)
        for noun in nouns(openapi_path(block.path)[1])
    }
    groups: dict[int, str] = {}
    for index, block in enumerate(blocks):
        if not isinstance(block, Heading):
            continue
        following = next((b for b in blocks[index + 1 :] if not isinstance(b, Prose)), None)
        key = object_key(block.text)
        if key in segments or isinstance(following, Table):
            groups[block.line] = segments.get(key, block.text)
    return groups


class _Walker:
    def __init__(self, groups: dict[int, str], notes: Notes, skip_lines: set[int]) -> None:
        self.groups = groups
        self.seen: list[tuple[str, str]] = []  # (object key, tag) of group headings so far
        self.notes = notes
        self.skip_lines = skip_lines
        self.outline = Outline()
        self.heading: Heading | None = None
        self.heading_taken = False
        self.section: Section | None = None
        self.part: Part | None = None
        self.prose: list[str] = []
        self.last_object: ObjectDef | None = None
        self.in_intro = True

    def take(self, block: Block) -> None:
        match block:
            case Heading():
                self._heading(block)
            case Endpoint():
                self._endpoint(block)
            case Part():
                self._part(block)
            case Table():
                self._table(block)
            case Reference():
                self._reference(block)
            case Prose():
                self._prose(block.line, block.text)

    def close(self) -> None:
        if self.section is not None:
            self.outline.sections.append(self.section)
        self.section, self.part = None, None

    def _heading(self, heading: Heading) -> None:
        self.close()
        self.heading, self.heading_taken = heading, False
        self.prose, self.last_object = [], None
        if heading.line in self.groups:
            tag = self.groups[heading.line]
            self.seen.append((object_key(heading.text), tag))
            self.in_intro = False
            self.outline.groups.setdefault(tag, [])

    def _endpoint(self, endpoint: Endpoint) -> None:
        self.close()
        summary = self.heading.text if self.heading and not self.heading_taken else ""
        if not summary:
            self.notes.note(endpoint.line, "endpoint without a heading of its own: no summary")
        self.heading_taken, self.in_intro = True, False
        tag = self._tag(endpoint.path)
        self.section = Section(endpoint.method, endpoint.path, endpoint.line, summary, tag)

    def _tag(self, path: str) -> str:
        """The latest group naming a segment of the path, else the latest group."""
        keys = {object_key(noun) for noun in nouns(openapi_path(path)[1])}
        latest = self.seen[-1][1] if self.seen else ""
        return next((tag for key, tag in reversed(self.seen) if key in keys), latest)

    def _part(self, part: Part) -> None:
        if self.section is not None:
            self.part = part
            # An empty part still says something: "Response 204" alone is a 204.
            self.section.parts.setdefault((part.role, part.status), [])
        elif part.role not in ("fields", "example"):
            self.notes.warn(part.line, f"'{part.role}' sub-heading outside an endpoint ignored")

    def _table(self, table: Table) -> None:
        if self.section is None:
            self._object_table(table)
            return
        role, status = (self.part.role, self.part.status) if self.part else ("", "")
        if role == "example":
            return
        if role in ("", "fields"):
            role = DEFAULT_ROLES.get(self.section.method, "body")
            self.notes.note(
                table.line, f"table under an endpoint without a sub-heading: read as {role}"
            )
        self.section.parts.setdefault((role, status), []).append(table)

    def _reference(self, reference: Reference) -> None:
        if self.section is not None and self.part is not None and self.part.role != "example":
            key = (self.part.role, self.part.status)
            self.section.parts.setdefault(key, []).append(reference)
        else:
            self._prose(reference.line, reference.text)

    def _prose(self, line: int, text: str) -> None:
        if line in self.skip_lines:
            return
        if self.section is not None:
            if self.part is None or self.part.role != "example":
                self.section.description.append(text)
            return
        self.prose.append(text)
        if self.in_intro:
            self.outline.intro.append(text)
        elif (
            self.heading is not None
            and self.heading.line in self.groups
            and self.last_object is None
        ):
            self.outline.groups[self.groups[self.heading.line]].append(text)

    def _object_table(self, table: Table) -> None:
        intro = " ".join(self.prose)
        read_only = bool(_READ_ONLY.search(intro))
        key = self._object_key(intro, read_only)
        known = self.outline.objects.get(key)
        if known is None:
            known = ObjectDef(key, "" if read_only else intro)
            self.outline.objects[key] = known
        rows = [replace(row, read_only=True) for row in table.rows] if read_only else table.rows
        known.rows.extend(rows)
        self.prose, self.last_object = [], known

    def _object_key(self, intro: str, read_only: bool) -> str:
        mentions = [*_OBJECT_MENTION.findall(intro), *_SHAPE_MENTION.findall(intro)]
        candidates = [object_key(word) for word in mentions if word.lower() not in NOT_OBJECT_NAMES]
        if read_only and not candidates and self.last_object is not None:
            return self.last_object.key
        from_heading = object_key(self.heading.text) if self.heading else ""
        if from_heading and (from_heading in candidates or not candidates):
            return from_heading
        if candidates:
            return candidates[0]
        line = self.heading.line if self.heading else 1
        self.notes.warn(
            line, "a field table names no object; called 'object'", "rename the schema in overrides"
        )
        return "object"
