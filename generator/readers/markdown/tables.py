"""Field tables in prose docs, as copied from web pages.

Copying a rendered table loses leading pipes on some rows and sometimes the
header, so a table is any run of pipe-bearing lines; its columns come from the
header words when there is a header, else from the number of cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class Table:
    line: int
    rows: tuple[Row, ...]


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
}

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
    if len(lines) > 1 and _SEPARATOR.match(lines[1][1]):
        columns = _columns_from_header(split_cells(lines[0][1]), first_line, notes)
        body = lines[2:]
    else:
        body = [entry for entry in lines if not _SEPARATOR.match(entry[1])]
        width = max(len(split_cells(text)) for _, text in body) if body else 2
        columns = GUESSED_COLUMNS.get(width, GUESSED_COLUMNS[3])
        notes.warn(first_line, f"table without a header; columns guessed as {', '.join(columns)}")
    rows = [_row(columns, number, text, notes) for number, text in body]
    return Table(first_line, tuple(row for row in rows if row is not None))


def _columns_from_header(cells: list[str], line: int, notes: Notes) -> tuple[str, ...]:
    columns = tuple(COLUMN_WORDS.get(cell.strip("*?` ").lower(), "") for cell in cells)
    unknown = [cell for cell, role in zip(cells, columns, strict=True) if not role]
    if unknown:
        notes.note(line, f"table columns ignored: {', '.join(unknown)}")
    if "name" not in columns:
        notes.warn(line, "table header names no field column; the first column is used")
        columns = ("name", *columns[1:])
    return columns


def _row(columns: tuple[str, ...], line: int, text: str, notes: Notes) -> Row | None:
    cells = split_cells(text)
    if len(cells) > len(columns):
        # A description holding a pipe spills into extra cells: join them back.
        cells = [*cells[: len(columns) - 1], " | ".join(cells[len(columns) - 1 :])]
    values = dict(zip(columns, cells + [""] * (len(columns) - len(cells)), strict=True))
    name = values.get("name", "").strip("`* ")
    if not name:
        notes.warn(line, "table row without a field name skipped")
        return None
    description = values.get("description", "")
    required = _flag(values.get("required", ""))
    if required is None and values.get("optional"):
        optional = _flag(values["optional"])
        required = None if optional is None else not optional
    prefix = _REQUIRED_PREFIX.match(description)
    if prefix:
        required = prefix.group(1).lower() == "required"
        description = description[prefix.end() :]
    return Row(name, values.get("type", "").strip("` "), description, required, line)


def _flag(cell: str) -> bool | None:
    word = cell.strip("*` ").lower()
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    return None
