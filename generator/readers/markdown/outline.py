"""The outline of prose API docs: resource groups, the objects they define, endpoint sections.

Copied headings lost their levels, so nesting is recovered by meaning: a heading
that defines an object or names a path segment opens a resource group (the tag);
other headings are sub-sections of it, and the heading right above an endpoint
line is that endpoint's summary. A table outside an endpoint defines an object,
named by its prose ("contact objects", "A contact will take this shape") or heading.

Marked-up docs also have chapters: under a "Schemas" (or "Models", openapi-to-md's
"References") heading each sub-heading names one object; under "Authentication"
nothing is an object. Code blocks are evidence: a curl command or raw request
opens an endpoint section when no endpoint line did (and agrees with one that
follows), and JSON, YAML or TypeScript blocks give samples and shapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from generator.readers.common.curl import Call
from generator.readers.markdown.code_blocks import (
    call_of,
    example_value,
    parses_as_json,
    pointed_schema,
    states_endpoint,
)
from generator.readers.markdown.lines import (
    FUNCTION_WORDS,
    Block,
    Code,
    Endpoint,
    Heading,
    Part,
    Prose,
    Reference,
)
from generator.readers.markdown.names import nouns, object_key, openapi_path, template_ids, title
from generator.readers.markdown.tables import Notes, Row, Table, linked_type
from generator.readers.markdown.typescript import parse_type_block

Schema = dict[str, Any]


@dataclass(frozen=True)
class Shape:
    """A schema a code block states outright (openapi-to-md's TypeScript literals)."""

    line: int
    schema: Schema


@dataclass
class ObjectDef:
    """``name``: the exact name a schema chapter gives it (else made from ``key``)."""

    key: str
    description: str
    rows: list[Row] = field(default_factory=list)
    name: str = ""
    schema: Schema | None = None
    samples: list[str] = field(default_factory=list)
    root_type: str = ""  # a type cell standing for the whole schema (see Table.root_type)
    enums: dict[str, list[str]] = field(default_factory=dict)  # field name -> values


@dataclass
class Section:
    """One endpoint line and what follows it up to the next heading."""

    method: str
    raw_path: str
    line: int
    summary: str
    tag: str
    description: list[str] = field(default_factory=list)
    parts: dict[tuple[str, str], list[Table | Reference | Shape]] = field(default_factory=dict)
    # (role, status) -> example payloads as written (JSON or YAML text)
    samples: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    from_call: bool = False
    # (role, status) -> the schema an example only points into (when nothing states one)
    pointed: dict[tuple[str, str], Reference] = field(default_factory=dict)
    enums: dict[str, list[str]] = field(default_factory=dict)  # parameter/field -> values

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
    # security scheme name -> what a schema chapter states of it (JSON text or a word)
    security: dict[str, str] = field(default_factory=dict)
    # component parameter key -> (heading line, its block): openapi-to-md's References
    parameters: dict[str, tuple[int, str]] = field(default_factory=dict)


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

# Chapter headings (lower-cased) whose sub-headings each name one object.
SCHEMA_CHAPTERS = frozenset(
    {"schemas", "models", "definitions", "data models", "objects", "types", "references"}
)
PARAMETER_PARTS = frozenset({"query", "path", "header", "cookie"})
AUTH_CHAPTERS = frozenset({"authentication", "authorization", "security", "auth"})
SAMPLE_LANGS = frozenset({"json", "yaml", "yml", "json5", ""})
# Languages a labelled example may be tagged with although it holds JSON (GitBook).
LOOSE_SAMPLE_LANGS = frozenset({"javascript", "js"})
TYPE_LANGS = frozenset({"typescript", "ts"})
SECURITY_PREFIX = "#/components/securitySchemes/"
_REF_HEADING = re.compile(r"^#/components/(\w+)/(.+)$")
# "201 Response" (widdershins), "200: OK The stations" (GitBook tabs).
_RESPONSE_LABEL = re.compile(
    r"^(?P<status>[1-5]\d\d|default)(?:\s+response\b|:|\s*$)", re.IGNORECASE
)
_BODY_LABEL = re.compile(r"\b(?:body parameter|request body|example request)\b", re.IGNORECASE)
# The same, in a hand-written label line ("Send this payload:", "Request:").
_SENDS_LABEL = re.compile(r"\b(?:request|payload|send|body)\b", re.IGNORECASE)
# A hand-written label line above an example: "Returns the sitter:", "Example response (200):".
_RETURNS_LABEL = re.compile(
    r"\b(?:returns?|responds?|response)\b(?:\D*(?P<status>[1-5]\d\d))?", re.IGNORECASE
)
_FIELD_LABEL = re.compile(
    r"^[-*]\s*(summary|description|operation id|security|examples)\s*$", re.IGNORECASE
)

_TITLE_LINE = re.compile(r"^\*([A-Za-z_][\w.-]*)\*$")
_READ_ONLY = re.compile(r"\bread[- ]?only\b", re.IGNORECASE)
_OBJECT_MENTION = re.compile(r"\b([a-z]\w*) objects?\b", re.IGNORECASE)
_SHAPE_MENTION = re.compile(
    r"(?:^|\.\s+)(?:an?|each|every)\s+([a-z]\w*)\s+(?:will|must|should|can|has|have|is|takes?)\b",
    re.IGNORECASE,
)


def outline_of(blocks: list[Block], notes: Notes, skip_lines: set[int]) -> Outline:
    walker = _Walker(_groups(blocks), notes, skip_lines, _lead_ins(blocks))
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
        if key in segments or (isinstance(following, Table) and following.kind == "fields"):
            groups[block.line] = segments.get(key, block.text)
    return groups


def _lead_ins(blocks: list[Block]) -> set[int]:
    """Lines of headings followed by an endpoint's parts before any endpoint:
    headings of an endpoint's description, its parts after them."""
    found: set[int] = set()
    part_next = False  # walking back: whether a part comes before the next endpoint
    for block in reversed(blocks):
        if states_endpoint(block):
            part_next = False
        elif isinstance(block, Part) and block.role != "media":
            part_next = True
        elif isinstance(block, Heading) and part_next:
            found.add(block.line)
    return found


class _Walker:
    def __init__(
        self, groups: dict[int, str], notes: Notes, skip_lines: set[int], lead_ins: set[int]
    ) -> None:
        self.groups = groups
        self.lead_ins = lead_ins
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
        self.chapter, self.chapter_level = "", 0
        self.defining: ObjectDef | None = None  # the object a schema chapter heading names
        self.scheme = ""  # the security scheme a heading names
        self.parameter = ""  # the component parameter a heading names
        self.aside = False  # under a component that is no schema (examples, responses...)
        self.unnamed = False  # a parameter part's media type: a block without its name follows
        self.titled = ""  # widdershins' "*Title*" above a response schema table
        self.section_level = 0  # the level of the heading above the endpoint line
        self.describing = False  # under a heading of the endpoint's description
        self.pending_field = ""  # openapi-to-md's "- Summary" bullet: its value follows
        self.example_objects = False  # after openapi-to-md's "- Examples": Example objects

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
            case Code():
                self._code(block)
            case Prose():
                self._prose(block.line, block.text)

    def close(self) -> None:
        if self.section is not None:
            self.outline.sections.append(self.section)
        self.section, self.part, self.unnamed, self.describing = None, None, False, False

    def _heading(self, heading: Heading) -> None:
        if self._in_description(heading):
            self._prose(heading.line, heading.text)
            self.describing = True  # its tables and lists are the description's too
            return
        self.close()
        self.heading, self.heading_taken = heading, False
        self.prose, self.last_object = [], None
        self.defining, self.scheme, self.parameter, self.aside = None, "", "", False
        self._chapter(heading)
        if heading.line in self.groups:
            tag = self.groups[heading.line]
            self.seen.append((object_key(heading.text), tag))
            self.in_intro = False
            self.outline.groups.setdefault(tag, [])

    def _in_description(self, heading: Heading) -> bool:
        """A heading before any part of its endpoint, deeper than the endpoint's or
        followed by that endpoint's parts: the spec's own description has headings
        (widdershins copies it: ``<h4>Description</h4>``, ``## Media Asset Styles``)."""
        if self.section is None or self.part is not None:
            return False
        return 0 < self.section_level < heading.level or heading.line in self.lead_ins

    def _chapter(self, heading: Heading) -> None:
        """Track "Schemas"/"Authentication" chapters of marked-up docs."""
        if not heading.level:
            return
        words = heading.text.strip().lower()
        if self.chapter and heading.level <= self.chapter_level:
            self.chapter = ""
        if words in SCHEMA_CHAPTERS or words in AUTH_CHAPTERS:
            self.chapter = "schemas" if words in SCHEMA_CHAPTERS else "auth"
            self.chapter_level = heading.level
            return
        if self.chapter != "schemas":
            return
        ref = _REF_HEADING.match(heading.text.strip())
        if ref and ref.group(1) == "securitySchemes":
            self.scheme = ref.group(2)
            return
        if ref and ref.group(1) == "parameters":
            self.parameter = ref.group(2)
            return
        if ref and ref.group(1) != "schemas":
            self.aside = True
            return
        name = ref.group(2) if ref else heading.text.strip()
        self.defining = self._define(name)

    def _define(self, name: str) -> ObjectDef:
        key = object_key(name)
        known = self.outline.objects.get(key)
        if known is not None and known.name and known.name != name:
            key = name.lower()  # "Activity" and "Activities" are two schemas
            known = self.outline.objects.get(key)
        if known is None:
            known = ObjectDef(key, "", name=name)
            self.outline.objects[key] = known
        return known

    def _code(self, code: Code) -> None:
        if self.parameter:
            self.outline.parameters.setdefault(self.parameter, (code.line, code.text))
            return
        if self.aside:
            return
        if self.section is None and self.defining is None and not self.scheme:
            call = call_of(code)
            if call is not None:
                self._call_section(code, call)
            return
        if self.scheme:
            self.outline.security[self.scheme] = code.text
            return
        if self.section is None and self.defining is not None:
            if code.lang in TYPE_LANGS:
                self.defining.schema = parse_type_block(code.text)
            elif code.lang in SAMPLE_LANGS:
                self.defining.samples.append(code.text)
            return
        if self.section is not None:
            self._section_code(self.section, code)

    def _section_code(self, section: Section, code: Code) -> None:
        call = call_of(code)
        if call is not None:
            if call.method == section.method:
                section.calls.append(call)
            return
        role, status = (self.part.role, self.part.status) if self.part else ("", "")
        if self.unnamed:
            self.unnamed = False
            self.notes.note(
                code.line, f"a {role} parameter given by media type: its name is not shown"
            )
            return
        label = _RESPONSE_LABEL.match(code.label)
        if code.lang in LOOSE_SAMPLE_LANGS and not (label and parses_as_json(code.text)):
            return
        returns = _RETURNS_LABEL.search(code.label) if code.label.endswith(":") else None
        if label:
            role, status = "response", label.group("status")
        elif returns:
            role, status = "response", returns.group("status") or ""
        elif _BODY_LABEL.search(code.label) or (
            code.label.endswith(":") and _SENDS_LABEL.search(code.label)
        ):
            role, status = "body", ""
        elif code.label and code.lang in SAMPLE_LANGS and not code.label.endswith(":"):
            # widdershins names an example by its response's description ("Success"):
            # the status table below says which status that is.
            section.samples.setdefault(("label", code.label.lower()), []).append(code.text)
            return
        elif role == "example" and self.part is not None:
            words = self.part.words
            role = "response" if "response" in words else "body" if "request" in words else ""
        elif role in ("", "fields") and code.lang in ("json", "json5"):
            # An example nothing introduces, under an endpoint: what it answers.
            role, status = "response", ""
        if role not in ("body", "response", "query", "path", "header", "cookie"):
            return
        if code.lang in TYPE_LANGS:
            shape = parse_type_block(code.text)
            if shape is not None:
                section.parts.setdefault((role, status), []).append(Shape(code.line, shape))
        elif (code.lang in SAMPLE_LANGS or code.lang in LOOSE_SAMPLE_LANGS) and role in (
            "body",
            "response",
        ):
            text = example_value(code.text) if self.example_objects else code.text
            pointed = pointed_schema(text)
            if pointed:  # {"$ref": "#/components/schemas/Pet/example"}: an example of Pet
                section.pointed.setdefault(
                    (role, status), Reference(code.line, text, pointed, False)
                )
            else:
                section.samples.setdefault((role, status), []).append(text)

    def _call_section(self, code: Code, call: Call) -> None:
        """An example request where no endpoint line was: it states the endpoint."""
        self._endpoint(Endpoint(code.line, call.method, template_ids(call.url)))
        if self.section is not None:
            self.section.calls.append(call)
            self.section.from_call = True

    def _endpoint(self, endpoint: Endpoint) -> None:
        current = self.section
        if current is not None and current.from_call and current.method == endpoint.method:
            # The endpoint line after its example states the path as the docs name it.
            current.raw_path, current.from_call = endpoint.path, False
            return
        self.close()
        summary = self.heading.text if self.heading and not self.heading_taken else ""
        if not summary:
            self.notes.note(endpoint.line, "endpoint without a heading of its own: no summary")
        self.section_level = self.heading.level if summary and self.heading else 0
        self.heading_taken, self.in_intro = True, False
        tag = self._tag(endpoint.path)
        self.section = Section(endpoint.method, endpoint.path, endpoint.line, summary, tag)

    def _tag(self, path: str) -> str:
        """The latest group naming a segment of the path, else the latest group."""
        keys = {object_key(noun) for noun in nouns(openapi_path(path)[1])}
        latest = self.seen[-1][1] if self.seen else ""
        return next((tag for key, tag in reversed(self.seen) if key in keys), latest)

    def _part(self, part: Part) -> None:
        if part.role == "media":
            # openapi-to-md prints a parameter with ``content`` as its media type, no name
            self.unnamed = self.part is not None and self.part.role in PARAMETER_PARTS
            return
        self.example_objects, self.unnamed, self.titled = False, False, ""
        self.describing = False
        if self.section is not None:
            self.part = part
            # An empty part still says something: "Response 204" alone is a 204.
            self.section.parts.setdefault((part.role, part.status), [])
        elif part.role not in ("fields", "example"):
            self.notes.warn(part.line, f"'{part.role}' sub-heading outside an endpoint ignored")

    def _table(self, table: Table) -> None:
        if table.kind == "values":
            self._enum_table(table)
            return
        # an "Authentication" chapter with endpoints in it is a tag: their tables are theirs
        in_auth = self.chapter == "auth" and self.section is None
        if table.kind == "index" or in_auth or self.scheme or self.aside or self.describing:
            return
        if self.section is None:
            if table.kind == "fields":
                self._object_table(table)
            return
        role, status = (self.part.role, self.part.status) if self.part else ("", "")
        if role == "example":
            return
        if table.kind == "status":
            self._status_table(self.section, table)
            return
        table, self.titled = _untitled(table, self.titled), ""
        placed = [row for row in table.rows if row.place]
        if placed:
            self._placed_rows(self.section, table)
            return
        if role in ("", "fields"):
            role = DEFAULT_ROLES.get(self.section.method, "body")
            self.notes.note(
                table.line, f"table under an endpoint without a sub-heading: read as {role}"
            )
        self.section.parts.setdefault((role, status), []).append(table)

    def _enum_table(self, table: Table) -> None:
        """widdershins' "Enumerated Values": (parameter or property, value) rows."""
        enums = (
            self.section.enums
            if self.section is not None
            else self.defining.enums
            if self.defining is not None
            else None
        )
        if enums is None:
            return
        for row in table.rows:
            if row.value:
                enums.setdefault(row.name.rsplit(".", 1)[-1], []).append(row.value)

    def _status_table(self, section: Section, table: Table) -> None:
        """One row per status; a linked schema is a reference, "Inline" comes later."""
        for row in table.rows:
            status = row.name.lower()
            if not (status.isdigit() or status == "default"):
                continue
            items = section.parts.setdefault(("response", status), [])
            named = section.samples.pop(("label", row.description.lower()), [])
            if named:
                section.samples.setdefault(("response", status), []).extend(named)
            link = linked_type(row.type_word)
            if link is not None:
                name, many = link
                items.append(Reference(row.line, row.type_word, name, many))

    def _placed_rows(self, section: Section, table: Table) -> None:
        """Rows of a table with an In column go where that column says."""
        root = _body_root(table.rows)
        by_place: dict[str, list[Row]] = {}
        for row in table.rows:
            place = {"formdata": "body", "": "body"}.get(row.place, row.place)
            kept = self._body_row(section, row, root) if place == "body" else row
            if kept is not None:
                by_place.setdefault(place, []).append(kept)
        for place, rows in by_place.items():
            section.parts.setdefault((place, ""), []).append(Table(rows[0].line, tuple(rows)))

    def _body_row(self, section: Section, row: Row, root: str) -> Row | None:
        """widdershins lists the body as one row (``body``, its schema) with the fields
        below it: the row is the body's reference, the fields lose the prefix."""
        if not root:
            return row
        if row.name == root:
            link = linked_type(row.type_word)
            if link is not None:
                ref = Reference(row.line, row.type_word, link[0], link[1])
                section.parts.setdefault(("body", ""), []).append(ref)
            return None
        for prefix in (f"{root}.", f"{root}[]."):
            if row.name.startswith(prefix):
                return replace(row, name=row.name.removeprefix(prefix))
        return row

    def _reference(self, reference: Reference) -> None:
        if self.section is not None and self.part is not None and self.part.role != "example":
            key = (self.part.role, self.part.status)
            self.section.parts.setdefault(key, []).append(reference)
        else:
            self._prose(reference.line, reference.text)

    def _prose(self, line: int, text: str) -> None:
        if line in self.skip_lines:
            return
        field_label = _FIELD_LABEL.match(text)
        if field_label:
            self.pending_field = field_label.group(1).lower()
            self.example_objects = self.pending_field == "examples"
            return
        if self.section is not None and self.pending_field:
            pending, self.pending_field = self.pending_field, ""
            if pending == "summary":  # the bullet states it: it beats a chapter heading
                self.section.summary = text
            if pending != "description":
                return
        if self.section is not None:
            title = _TITLE_LINE.match(text)
            if title and self.part is not None and self.part.role == "response":
                self.titled = title.group(1)
            elif self.part is None or self.part.role != "example":
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
        if self.defining is not None:
            self.defining.rows.extend(table.rows)
            self.defining.root_type = self.defining.root_type or table.root_type
            if self.prose and not self.defining.description:
                self.defining.description = " ".join(self.prose)
            self.prose = []
            return
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


def _untitled(table: Table, title: str) -> Table:
    """widdershins prints a titled array schema as one row named by its title (the line
    above, ``*ArrayOfPets*``) with the items' fields below: that row is the schema."""
    if not title or not table.rows or table.rows[0].name != title:
        return table
    root, rest = table.rows[0], table.rows[1:]
    prefixes = (f"{title}.", f"{title}[].")
    if not all(row.name.startswith(prefixes) for row in rest):
        return table
    rows = tuple(replace(row, name=row.name.split(".", 1)[1]) for row in rest)
    return replace(table, rows=rows, root_type=root.type_word)


def _body_root(rows: tuple[Row, ...]) -> str:
    """The name of the row standing for the whole body: the only top-level body row,
    when fields are listed below it or its type links a schema ("" when none)."""
    body = [row for row in rows if row.place == "body"]
    top = [row for row in body if "." not in row.name]
    if len(top) != 1:
        return ""
    name = top[0].name
    below = any(row.name.startswith((f"{name}.", f"{name}[].")) for row in body)
    return name if below or linked_type(top[0].type_word) is not None or name == "body" else ""
