"""Field tables as each scraper prints them, back to ``name [required] | type ... |`` rows.

ReDoc prints a field as a two-cell row: the name (with ``required`` or
``deprecated`` under it) and the type cell (``string <uuid>``, constraints,
``Default:``, ``Example:``, ``Enum:``, then the description). The shared row
grammar (:mod:`generator.readers.common.param_rows`) reads the one-line form;
this module only gets each scraper's table into it:

- html2text prints Markdown rows, the name glued to its flag
  (``idrequired| string ...``), long rows wrapped onto further lines;
- BeautifulSoup prints every cell fragment on its own line: a row starts at a
  name followed by a flag or a type word;
- inscriptis aligns the cells in columns: a row starts where a type word
  starts the right-hand column, and the name sits in the left-hand column
  somewhere within the row's lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from generator.readers.redoc.layout import Layout, Line

_TYPE_START = re.compile(
    r"^(?:Array of\b|(?:string|integer|number|boolean|object|array|any|null)\b"
    r"(?:\s+or\s+null\b)?(?!\s*[a-z]))"
)
_ANY_TYPE = re.compile(r"^(?:Array\b|(?:string|integer|number|boolean|object|array|any|null)\b|\()")
_FLAGS = ("required", "deprecated")
_NAME = re.compile(r"^[^\s|]{1,100}$")
_MD_SEPARATOR = re.compile(r"^-{3,}\|")
_CAPTION_COLON = re.compile(r"\b(Enum|Items Enum|Example|Default|Value)\s+:")
_UNDERLINE = re.compile(r"^[\s\-|]+$")


def _row(name: str, flags: Sequence[str], details: Sequence[str]) -> str:
    body = _CAPTION_COLON.sub(r"\1:", " ".join(d.strip() for d in details if d.strip()))
    head = " ".join([name, *flags])
    return f"{head} | {body} |"


def _split_flags(name: str) -> tuple[str, list[str]]:
    """``idrequired`` (html2text glues the flag to the name) -> ``id``, [required]."""
    flags: list[str] = []
    changed = True
    while changed:
        changed = False
        for flag in _FLAGS:
            if name.endswith(flag) and len(name) > len(flag):
                name, changed = name[: -len(flag)].rstrip(), True
                flags.insert(0, flag)
    return name, flags


def markdown_rows(lines: Sequence[Line]) -> list[tuple[int, str]]:
    rows: list[tuple[int, list[str]]] = []
    for line in lines:
        text = line.text
        if _MD_SEPARATOR.match(text) or _UNDERLINE.match(text):
            continue
        if "|" in text and not text.startswith("|"):
            rows.append((line.no, [text]))
        elif rows:
            rows[-1][1].append(text)
    result = []
    for number, parts in rows:
        joined = " ".join(parts)
        name_cell, _, rest = joined.partition("|")
        name, flags = _split_flags(name_cell.strip())
        # a table inside a description (``name | -name``) has no type cell
        if _NAME.match(name) and _ANY_TYPE.match(rest.strip()):
            result.append((number, _row(name, flags, [rest.rstrip(" |")])))
    return result


def _starts_row(lines: Sequence[Line], index: int) -> bool:
    text = lines[index].text
    if not _NAME.match(text) or text in _FLAGS or index + 1 >= len(lines):
        return False
    following = lines[index + 1].text
    return following in _FLAGS or bool(_TYPE_START.match(following))


def bs4_rows(lines: Sequence[Line]) -> list[tuple[int, str]]:
    starts = [i for i in range(len(lines)) if _starts_row(lines, i)]
    result = []
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(lines)
        flags: list[str] = []
        index = start + 1
        while index < end and lines[index].text in _FLAGS:
            flags.append(lines[index].text)
            index += 1
        details = [line.text for line in lines[index:end]]
        result.append((lines[start].no, _row(lines[start].text, flags, details)))
    return result


def _type_column(lines: Sequence[Line]) -> int | None:
    """The column where inscriptis starts the type cell (its most common type-word indent)."""
    left = min((len(line.raw) - len(line.raw.lstrip()) for line in lines), default=0)
    starts: Counter[int] = Counter()
    for line in lines:
        for match in re.finditer(r"(?:^|\s{2,})(\S.*?)(?=\s{2,}|$)", line.raw):
            column = match.start(1)
            if column > left and _TYPE_START.match(match.group(1)):
                starts[column] += 1
    return starts.most_common(1)[0][0] if starts else None


def _cells(line: Line, column: int) -> tuple[Line, str, str]:
    """(line, name cell, type cell); text running across the column is all type cell."""
    raw = line.raw
    if column > 0 and raw[column - 1 : column].strip():
        return line, "", " " + raw.strip()
    return line, raw[:column].strip(), raw[column:].rstrip()


def column_rows(lines: Sequence[Line]) -> list[tuple[int, str]]:
    column = _type_column(lines)
    if column is None:
        return []
    cells = [_cells(line, column) for line in lines]
    starts = [
        i for i, (_, _, right) in enumerate(cells) if right[:1].strip() and _TYPE_START.match(right)
    ]
    result = []
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(cells)
        names = [left for _, left, _ in cells[start:end] if left]
        flags = [n for n in names if n in _FLAGS]
        plain = [n for n in names if n not in _FLAGS and _NAME.match(n)]
        if not plain:
            continue
        details = [right for _, _, right in cells[start:end]]
        result.append((cells[start][0].no, _row(plain[0], flags, details)))
    return result


def field_rows(lines: Sequence[Line], layout: Layout) -> list[tuple[int, str]]:
    """(line number, row text) for every field row of one table."""
    if layout == "html2text":
        return markdown_rows(lines)
    if layout == "inscriptis":
        return column_rows(lines)
    return bs4_rows(lines)
