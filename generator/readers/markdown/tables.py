"""Field tables in prose docs, as copied from web pages.

Copying a rendered table loses leading pipes on some rows and sometimes the
header, so a table is any run of pipe-bearing lines; its columns come from the
header words when there is a header, else from the number of cells.

Generated docs (widdershins/Slate) nest fields with ``»`` marks (``» id``,
``»» name``): a row is read as a dotted name under the row above it at the
previous depth (``items[].name`` under an array), the way hand-written docs
write ``journey.template_id``. Their parameter tables say where each parameter
goes (an ``In`` column), and their response tables are keyed by status code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from generator.diagnostics import Diagnostic, info, warning


@dataclass
class Notes:
    """Diagnostics of one read, located in one source file."""

    source: str
    items: list[Diagnostic] = field(default_factory=list)

    def warn(self, line: int, message: str, hint: str = "") -> None:
        self._add(warning(message, f"{self.source}:{line}", hint))

    def note(self, line: int, message: str, hint: str = "") -> None:
        self._add(info(message, f"{self.source}:{line}", hint))

    def _add(self, diagnostic: Diagnostic) -> None:
        """Once each: a field read twice (as a body field and a path parameter) says it once."""
        if diagnostic not in self.items:
            self.items.append(diagnostic)


@dataclass(frozen=True)
class Row:
    name: str
    type_word: str
    description: str
    required: bool | None
    line: int
    read_only: bool = False
    place: str = ""  # the In column: path, query, header, cookie, body (or "")
    value: str = ""  # the Value column of an enum listing ("Enumerated Values")


@dataclass(frozen=True)
class Table:
    """``kind``: "fields" (one row per field), "status" (one row per response status:
    the name is the status, the type the response schema), "values" (enum listings), "index" (a table of contents)."""

    line: int
    rows: tuple[Row, ...]
    kind: str = "fields"
    # The type of the schema itself, when a row stands for it (widdershins' depth-0
    # ``*anonymous*`` row: ``[[Pet](#schemapet)]``, ``[object]``).
    root_type: str = ""

    @property
    def array_root(self) -> bool:
        """The rows are the fields of the items of an array."""
        return is_array_type(self.root_type)


# Header word (lower-cased, without `*` and `?`) -> column role.
COLUMN_WORDS: dict[str, str] = {
    "field": "name",
    "name": "name",
    "field name": "name",
    "parameter": "name",
    "param": "name",
    "key": "name",
    "attribute": "name",
    "property": "name",
    "argument": "name",
    "type": "type",
    "data type": "type",
    "description": "description",
    "desc": "description",
    "details": "description",
    "notes": "description",
    "meaning": "description",
    "comment": "description",
    "required": "required",
    "optional": "optional",
    "in": "place",
    "location": "place",
    "status": "status",
    "status code": "status",
    "code": "status",
    "http code": "status",
    "schema": "type",
    "value": "value",
    "values": "value",
    "restrictions": "restrictions",
    "method": "method",
    "path": "path",
    "endpoint": "path",
}
# Columns of a table of contents (openapi-to-md's "Path Table"), never of fields.
INDEX_COLUMNS = frozenset({"method", "path"})

# A table whose first column is one of these lists response statuses.
STATUS_COLUMNS = frozenset({"status"})
# Parameter locations an In column may give.
PLACES = frozenset({"path", "query", "header", "cookie", "body", "formdata"})
# Names of rows standing for the whole schema rather than a field.
ANONYMOUS = frozenset({"*anonymous*", "_anonymous_"})
# Deeper » rows attach at this depth (no schema is nested deeper in practice).
MAX_NESTING = 32
# What generators write in an empty description cell.
NO_DESCRIPTION = frozenset({"none", "-", "n/a"})
# Type cells that say nothing a part of a composition could not say better.
WEAK_TYPES = frozenset({"", "any", "object", "none", "inline"})

# Cell count of a headerless table -> the columns it most likely has.
GUESSED_COLUMNS: dict[int, tuple[str, ...]] = {
    1: ("name",),
    2: ("name", "description"),
    3: ("name", "type", "description"),
}

YES_WORDS = frozenset({"yes", "y", "true", "required", "x", "✓", "✔"})
NO_WORDS = frozenset({"no", "n", "false", "optional", "-"})

_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
_NESTING = re.compile(r"^((?:»\s*)+)")
_ARRAY_TYPE = re.compile(r"^\[.*\](?:\s*[¦|]\s*null)?$|^array\b", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_REQUIRED_PREFIX = re.compile(r"^\(?(required|optional)\)?[.:,]?\s*", re.IGNORECASE)


def is_table_line(text: str) -> bool:
    """A row keeps at least one cell-separating pipe even when its leading pipe is lost."""
    stripped = text.strip()
    return stripped.startswith("|") or stripped.endswith("|") or " | " in stripped


def split_cells(text: str) -> list[str]:
    stripped = text.strip()
    stripped = stripped.removeprefix("|")
    if stripped.endswith("|") and not stripped.endswith("\\|"):
        stripped = stripped[:-1]
    return [cell.strip().replace("\\|", "|") for cell in _UNESCAPED_PIPE.split(stripped)]


def parse_table(lines: list[tuple[int, str]], notes: Notes) -> Table:
    """``lines`` are (line number, text) of consecutive table lines."""
    first_line = lines[0][0]
    kind = "fields"
    if len(lines) > 1 and _SEPARATOR.match(lines[1][1]):
        header = split_cells(lines[0][1])
        if COLUMN_WORDS.get(header[0].strip("*?` ").lower()) in STATUS_COLUMNS:
            kind = "status"
        columns = _columns_from_header(header, first_line, notes)
        body = lines[2:]
    else:
        body = [entry for entry in lines if not _SEPARATOR.match(entry[1])]
        width = max(len(split_cells(text)) for _, text in body) if body else 2
        columns = GUESSED_COLUMNS.get(width, GUESSED_COLUMNS[3])
        notes.warn(first_line, f"table without a header; columns guessed as {', '.join(columns)}")
    rows = [_row(columns, number, text, notes) for number, text in body]
    if kind == "fields" and INDEX_COLUMNS & set(columns):
        kind = "index"
    elif (
        kind == "fields"
        and "value" in columns
        and "description" not in columns
        and "type" not in columns
    ):
        kind = "values"
    kept = [row for row in rows if row is not None]
    root_type = next(
        (
            row.type_word
            for row in kept
            if _depth(row.name) == 0 and row.name.strip().lower() in ANONYMOUS
        ),
        "",
    )
    return Table(first_line, _nested(kept), kind, root_type)


def _nested(rows: Iterable[Row]) -> tuple[Row, ...]:
    """``»`` depth marks become dotted names under the last row one level up.

    A table whose every row is marked (a response schema under an implied root)
    starts at its shallowest depth. An anonymous row stands for its parent: its
    children go to the parent and it is dropped.
    """
    marked = [(_depth(row.name), row) for row in rows]
    if not marked:
        return ()
    base = min(depth for depth, _ in marked)
    stack: list[str] = []  # dotted prefix per depth
    out: list[Row] = []
    for depth, row in marked:
        level = min(max(depth - base, 0), MAX_NESTING)
        bare = _NESTING.sub("", row.name).strip()
        name = bare.strip("`* ") if depth else row.name
        del stack[level:]
        parent = stack[-1] if stack else ""
        if bare.lower() in ANONYMOUS:
            stack.extend([parent] * (level + 1 - len(stack)))
            _give_type(out, parent, row.type_word)
            continue
        full = f"{parent}.{name}" if parent else name
        stack.extend([""] * (level - len(stack)))
        stack.append(full + ("[]" if is_array_type(row.type_word) else ""))
        out.append(replace(row, name=full) if full != row.name else row)
    return tuple(out)


def _give_type(rows: list[Row], parent: str, type_word: str) -> None:
    """An anonymous part's type is its parent's when the parent has none of its own
    (``participantToken | any``, then allOf ``» *anonymous* | [Token](#schematoken)``)."""
    name = parent.removesuffix("[]")
    for index in range(len(rows) - 1, -1, -1):
        if rows[index].name == name:
            if rows[index].type_word.lower() in WEAK_TYPES and type_word.lower() not in WEAK_TYPES:
                rows[index] = replace(rows[index], type_word=type_word)
            return


def _depth(name: str) -> int:
    match = _NESTING.match(name)
    return match.group(1).count("»") if match else 0


def _columns_from_header(cells: list[str], line: int, notes: Notes) -> tuple[str, ...]:
    columns = tuple(COLUMN_WORDS.get(cell.strip("*?` ").lower(), "") for cell in cells)
    unknown = [cell for cell, role in zip(cells, columns, strict=True) if not role]
    if unknown:
        notes.note(line, f"table columns ignored: {', '.join(unknown)}")
    if "name" not in columns:
        if columns[0] not in STATUS_COLUMNS:
            notes.warn(line, "table header names no field column; the first column is used")
        columns = ("name", *columns[1:])
    return columns


def _row(columns: tuple[str, ...], line: int, text: str, notes: Notes) -> Row | None:
    cells = split_cells(text)
    if len(cells) > len(columns):
        # A description holding a pipe spills into extra cells: join them back.
        cells = [*cells[: len(columns) - 1], " | ".join(cells[len(columns) - 1 :])]
    values = dict(zip(columns, cells + [""] * (len(columns) - len(cells)), strict=True))
    cell = values.get("name", "")
    if "<" in cell:  # GitBook marks a required name: id<mark style="color:red;">*</mark>
        cell = _TAG.sub("", cell)
    marked_required = cell.rstrip().endswith(("*", "\\*")) and not cell.strip().startswith("*")
    name = cell.replace("\\*", "*").strip("`* ")
    if _NESTING.sub("", values.get("name", "")).strip().lower() in ANONYMOUS:
        name = values["name"].strip()
    if not name:
        notes.warn(line, "table row without a field name skipped")
        return None
    description = values.get("description", "")
    if description.lower() in NO_DESCRIPTION:
        description = ""
    required = _flag(values.get("required", ""))
    if required is None and values.get("optional"):
        optional = _flag(values["optional"])
        required = None if optional is None else not optional
    if required is None and marked_required:
        required = True
    prefix = _REQUIRED_PREFIX.match(description)
    if prefix:
        required = prefix.group(1).lower() == "required"
        description = description[prefix.end() :]
    place = values.get("place", "").strip("`* ").lower()
    return Row(
        name,
        values.get("type", "").strip("` "),
        description,
        required,
        line,
        place=place if place in PLACES else "",
        value=values.get("value", "").strip("` "),
    )


def _flag(cell: str) -> bool | None:
    word = cell.strip("*` ").lower()
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    return None


# -- field lists written as bullets -----------------------------------------------------
# Hand-written docs often list fields as bullets instead of a table:
#   - `name` (string, required): The user's name
#   - **limit** *integer* - How many to return
#   - email (string): Where to write
_BULLET_FIELD = re.compile(
    r"^[-*+]\s+(?:`(?P<code>[^`]+)`|\*\*(?P<bold>[^*]+)\*\*|(?P<plain>[A-Za-z_][\w.\[\]-]*)(?=\s*\())"
    r"\s*(?:\((?P<paren>[^)]*)\)|\*(?P<italic>[^*]+)\*|_(?P<under>[^_]+)_)?"
    # "*string*, **required**": the required word marked on its own
    r"(?:\s*[,;]?\s*[*_`]*(?P<flag>(?i:required|optional))[*_`]*)?"
    r"\s*(?:(?:[:—–]|\s-\s|^-\s)\s*(?P<description>.*))?$"
)
_IDENTIFIER = re.compile(r"^[A-Za-z_$@][\w.\[\]$@-]*$")
_META_SPLIT = re.compile(r"[,;/]\s*|\s+")


def _bullet_match(text: str) -> re.Match[str] | None:
    match = _BULLET_FIELD.match(text.strip())
    if match is None:
        return None
    name = (match.group("code") or match.group("bold") or match.group("plain") or "").strip()
    meta = match.group("paren") or match.group("italic") or match.group("under")
    if not _IDENTIFIER.match(name):
        return None
    if meta is None and (name[:1].isupper() and "_" not in name):
        return None  # "**Note**: ..." is emphasis, not a field
    if meta is None and match.group("description") is None:
        return None
    return match


def bullet_field_line(text: str) -> bool:
    return _bullet_match(text) is not None


def bullet_table(lines: list[tuple[int, str]]) -> Table:
    """Rows from consecutive field bullets: name, the type and required words in the
    parentheses (or emphasis) after it, and the description after the separator."""
    rows: list[Row] = []
    for number, text in lines:
        match = _bullet_match(text)
        if match is None:
            continue
        name = (match.group("code") or match.group("bold") or match.group("plain") or "").strip()
        meta = match.group("paren") or match.group("italic") or match.group("under") or ""
        meta = f"{meta} {match.group('flag') or ''}"
        words = [word for word in _META_SPLIT.split(meta.strip()) if word]
        lowered = [word.lower().strip("`*") for word in words]
        required = True if "required" in lowered else False if "optional" in lowered else None
        kind = " ".join(w for w in words if w.lower().strip("`*") not in ("required", "optional"))
        description = (match.group("description") or "").strip()
        rows.append(Row(name, kind.strip("`*"), description, required, number))
    return Table(lines[0][0], _nested(rows))


_LINK_TYPE = re.compile(
    r"^(?P<open>\[?)\[(?P<name>[^\]]+)\]\(#[^)]*\)(?P<close>\]?)(?:\s*[¦|]\s*null)?$"
)


def linked_type(cell: str) -> tuple[str, bool] | None:
    """(schema name, is an array) of a type cell linking a schema:
    ``[Pet](#schemapet)``, ``[[Pet](#schemapet)]``."""
    match = _LINK_TYPE.match(cell.strip())
    if match is None:
        return None
    return match.group("name").strip(), bool(match.group("open") and match.group("close"))


def is_array_type(cell: str) -> bool:
    """``[string]``, ``[[Pet](#schemapet)]``, ``array[x]``; not a plain link ``[Pet](#...)``."""
    link = linked_type(cell)
    return link[1] if link is not None else bool(_ARRAY_TYPE.match(cell.strip()))
