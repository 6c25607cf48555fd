"""Split prose API docs into blocks: headings, endpoint lines, parts, tables, references, prose.

Docs copied from a web page keep no heading markup, so a heading is known by its
shape: a short capitalised line that neither ends nor continues a sentence.
Markdown docs mark headings (``##``, or HTML ``<h2 id=..>`` as widdershins
writes them) and keep code blocks: a block is kept whole with the label line
before it (widdershins' ``> 201 Response``, ``> Body parameter``), since
examples and curl commands are evidence too. Generators state endpoints in
their own ways: `` `GET /pets` `` (widdershins), ``### [GET]/pets``
(openapi-to-md), ``GET /pets`` or a full URL (hand-written).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.readers.markdown.tables import (
    Notes,
    Table,
    bullet_field_line,
    bullet_table,
    is_table_line,
    parse_table,
)


@dataclass(frozen=True)
class Heading:
    """``level``: 1..6 when the document marks it, 0 when it is known by its shape."""

    line: int
    text: str
    level: int = 0


@dataclass(frozen=True)
class Endpoint:
    line: int
    method: str
    path: str


@dataclass(frozen=True)
class Part:
    """A sub-heading under an endpoint ("Body", "Response 201", "Query Parameters")."""

    line: int
    role: str
    status: str
    words: str = ""


@dataclass(frozen=True)
class Reference:
    """A line standing for a schema: "See contact object", "An array of template objects"."""

    line: int
    text: str
    name: str
    many: bool


@dataclass(frozen=True)
class Prose:
    line: int
    text: str


@dataclass(frozen=True)
class Code:
    """A fenced code block; ``label`` is the quoted line above it (``201 Response``)."""

    line: int
    lang: str
    text: str
    label: str = ""


Block = Heading | Endpoint | Part | Table | Reference | Prose | Code

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")

# Sub-heading words (lower-cased, without a trailing colon) -> part role.
PART_WORDS: dict[str, str] = {
    "body": "body",
    "request": "body",
    "request body": "body",
    "body parameters": "body",
    "payload": "body",
    "response": "response",
    "responses": "response",
    "response body": "response",
    "returns": "response",
    "query parameters": "query",
    "query params": "query",
    "query": "query",
    "parameters": "query",
    "params": "query",
    "path parameters": "path",
    "path params": "path",
    "url parameters": "path",
    "headers": "header",
    "request headers": "header",
    "header parameters": "header",
    "fields": "fields",
    "attributes": "fields",
    "properties": "fields",
    "example": "example",
    "examples": "example",
    "example request": "example",
    "example response": "example",
    "sample response": "example",
    "sample request": "example",
    "example responses": "example",
    "response example": "example",
    "request example": "example",
    "response schema": "response",
    "status code": "response",
    "requestbody": "body",
    "request parameters": "query",
    "parameters query": "query",
    "parameters path": "path",
    "parameters header": "header",
    "parameters cookie": "cookie",
    "cookie parameters": "cookie",
    # Sub-sections whose tables and prose are about something else.
    "enumerated values": "example",
    "detailed descriptions": "example",
    "security advice": "example",
    "response headers": "example",
    "code samples": "example",
}

# Words widdershins writes between the parts of one schema table.
TABLE_CONNECTORS = frozenset({"allof", "anyof", "oneof", "and", "or", "xor", "continued", "not"})

# A line ending in one of these words is a sentence cut by the page's line wrap.
FUNCTION_WORDS = frozenset(
    (
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "via",
        "into",
        "onto",
        "and",
        "or",
        "but",
        "nor",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "that",
        "which",
        "who",
        "whose",
        "this",
        "these",
        "those",
        "it",
        "its",
        "as",
        "than",
        "then",
        "if",
        "when",
        "while",
        "so",
        "such",
        "your",
        "our",
        "their",
    )
)

_ENDPOINT = re.compile(rf"^`?({'|'.join(METHODS)})\s+(\S+?)`?$")
_ANGLE_VARIABLE = re.compile(r"(?<=/)<(?:\w+:)?(\w+)>")
_POSTMAN_BASE = re.compile(r"(?<=[\s`])\{\{\w+\}\}(?=/)")
_POSTMAN_VARIABLE = re.compile(r"\{\{(\w+)\}\}")
_ENDPOINT_LABEL = re.compile(r"^(?:endpoint|request|route|url|http request)\s*:\s*", re.I)
# openapi-to-md: "[GET]/pets"; some hand-written docs: "GET: /pets".
_BRACKET_ENDPOINT = re.compile(rf"^\[?({'|'.join(METHODS)})\]?:?\s*(/\S*|https?://\S+)$", re.I)
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$|^\*\*([^*]+)\*\*$")
_HTML_HEADING = re.compile(r"^<h([1-6])\b[^>]*>(.*?)</h\1>$", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
# widdershins' schema chapter: <h2 id="tocS_Pet">Pet</h2>
_SCHEMA_HEADING = re.compile(r"^<h[1-6]\s+id=\"tocS_", re.IGNORECASE)
_SETEXT = re.compile(r"^(?:={3,}|-{3,})$")
_TRAILING_ENDPOINT = re.compile(
    rf"^(?P<title>.*?)\s*[—–:|-]?\s*[`(]\s*(?P<method>{'|'.join(METHODS)})\s+"
    r"(?P<path>/\S*?|https?://\S+?)\s*[`)]$",
    re.IGNORECASE,
)
# Lines that are only markup: anchors, asides, comments, thematic breaks.
_MARKUP_ONLY = re.compile(r"^(?:<[^>]+>\s*)+$|^<!--.*-->$|^\{%.*%\}$|^(?:\*{3,}|-{3,}|_{3,})$")
# GitBook tabs name what their example is: {% tab title="200: OK The stations" %}
_TAB_TITLE = re.compile(r"^\{%\s*tab\s+title=\"(?P<title>[^\"]*)\"\s*%\}$")
_STATUS_BULLET = re.compile(r"^[-*+]\s+(?P<status>[1-5]\d\d|default)\b(?P<rest>.*)$")
_MEDIA_TYPE_LINE = re.compile(r"^[-*]?\s*`?[a-z]+/[\w.+-]+`?$")
_PART = re.compile(r"^(?P<words>[a-z ]+?)\s*(?:\(?(?P<status>\d{3})\)?(?:\s+[a-z ]+)?)?:?$")
_PART_NOISE = re.compile(r"[()*`_]+")
_REFERENCE = re.compile(
    r"^(?:see\s+(?:the\s+|an?\s+)?|(?:returns?\s+)?(?:an?|the)\s+(?:valid\s+)?|valid\s+)"
    r"(?P<many>(?:array|list)\s+of\s+(?:valid\s+)?)?"
    r"(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+objects?\.?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.:;,!?]$")
_NOT_IN_HEADINGS = re.compile(r"[{}<>=\"]|\.\s|://")
_OPEN_PROSE_END = re.compile(r"[^.:!?)\]]$")
_ENDS_WITH_URL = re.compile(r"://\S+$")
_FENCE = "```"
# openapi-to-md's "- Description  " bullet: the text below it, every line but the last
# ending in two spaces (its line breaks), is the spec's own Markdown, headings included.
_VERBATIM_LABEL = re.compile(r"^- (?:Summary|Operation id|Description|Security) {2}$")


def split_blocks(text: str, notes: Notes) -> list[Block]:
    lines = text.splitlines()
    blocks: list[Block] = []
    index = _front_matter_end(lines)
    marked = _marks_headings(lines)
    in_endpoint = False
    label = ""
    while index < len(lines):
        stripped = lines[index].strip()
        if _VERBATIM_LABEL.match(lines[index]):
            end = _verbatim_end(lines, index + 1)
            blocks.append(Prose(index + 1, stripped))
            text = "\n".join(line.rstrip() for line in lines[index + 1 : end]).strip()
            if text:
                blocks.append(Prose(index + 2, text))
            label, index = "", end
            continue
        if opens_fence(stripped):
            end = _fence_end(lines, index)
            body = "\n".join(lines[index + 1 : end])
            blocks.append(Code(index + 1, stripped[3:].strip().lower(), body, label))
            label, index = "", end + 1
            continue
        if not stripped or _MARKUP_ONLY.match(stripped):
            tab = _TAB_TITLE.match(stripped)
            label = tab.group("title") if tab else label
        elif _setext_level(lines, index):
            level = _setext_level(lines, index)
            setext = _endpoint(index + 1, stripped) or _heading_or_part(index + 1, stripped, level)
            blocks.extend(_split_heading(setext))
            in_endpoint = isinstance(blocks[-1], Endpoint) or (
                in_endpoint and not isinstance(blocks[-1], Heading)
            )
            index += 2  # the underline too
            continue
        elif stripped.startswith(">"):
            label = stripped.lstrip("> ").strip()
            index += 1
            continue
        elif bullet_field_line(stripped):
            end = _bullet_end(lines, index)
            blocks.append(bullet_table([(n + 1, lines[n]) for n in range(index, end)]))
            index = end
            continue
        elif is_table_line(stripped):
            rows, index = _table_run(lines, index)
            blocks.append(parse_table(rows, notes))
            continue
        else:
            after_blank = index == 0 or not lines[index - 1].strip()
            previous = blocks[-1] if blocks and not after_blank else None
            blocks.extend(_split_heading(_classify(lines, index, previous, in_endpoint, marked)))
            # "Returns the sitter:" right above a code block says what the block is.
            label = stripped if stripped.endswith(":") else ""
            in_endpoint = isinstance(blocks[-1], Endpoint) or (
                in_endpoint and not isinstance(blocks[-1], Heading)
            )
        index += 1
    return blocks


def _front_matter_end(lines: list[str]) -> int:
    """The line after a YAML front matter block (``---`` ... ``---``), else 0."""
    if not lines or lines[0].strip() != "---":
        return 0
    for index in range(1, min(len(lines), 200)):
        if lines[index].strip() == "---":
            return index + 1
    return 0


def _verbatim_end(lines: list[str], start: int) -> int:
    """The index after a text printed with two-space line breaks: its first line
    without them is its last."""
    index = start
    while index < len(lines) and lines[index].endswith("  "):
        index += 1
    return index + 1 if index < len(lines) and lines[index].strip() else index


def opens_fence(line: str) -> bool:
    """Whether a line opens a fenced code block: a backtick fence's info string holds no
    backtick (CommonMark), so ``` Authorization: KEY ``` on one line is a code span."""
    stripped = line.strip()
    return stripped.startswith(_FENCE) and "`" not in stripped.lstrip("`")


def closes_fence(line: str) -> bool:
    """Whether a line inside a fenced code block closes it."""
    return line.strip().startswith(_FENCE)


def _fence_end(lines: list[str], start: int) -> int:
    """The closing fence's index (or the last line when it is never closed)."""
    for index in range(start + 1, len(lines)):
        if closes_fence(lines[index]):
            return index
    return len(lines)


def _bullet_end(lines: list[str], start: int) -> int:
    end = start
    while end < len(lines) and bullet_field_line(lines[end].strip()):
        end += 1
    return end


def _table_run(lines: list[str], start: int) -> tuple[list[tuple[int, str]], int]:
    """(numbered lines, end) of a table and the tables that continue it.

    widdershins splits a schema's table where a field is composed: "allOf", then a
    table of the parts (``» *anonymous*`` rows), "and"/"or", more parts, "continued",
    the remaining fields. They are one table (their header repeated) whose nesting
    runs on across the splits.
    """
    end = _table_end(lines, start)
    rows = [(number + 1, lines[number]) for number in range(start, end)]
    header = lines[start].strip()
    while True:
        word = _next_filled(lines, end)
        if word is None or lines[word].strip().strip("*_").lower() not in TABLE_CONNECTORS:
            return rows, end
        table = _next_filled(lines, word + 1)
        if table is None or lines[table].strip() != header:
            return rows, end
        after = _table_end(lines, table)
        rows.extend((number + 1, lines[number]) for number in range(table + 2, after))
        end = after


def _next_filled(lines: list[str], start: int) -> int | None:
    index = start
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index if index < len(lines) else None


def _table_end(lines: list[str], start: int) -> int:
    end = start
    while end < len(lines) and lines[end].strip() and is_table_line(lines[end]):
        end += 1
    return end


def _setext_level(lines: list[str], index: int) -> int:
    """1 or 2 when the next line underlines this one (``=====`` / ``-----``), else 0."""
    if index + 1 >= len(lines) or is_table_line(lines[index]):
        return 0
    underline = _SETEXT.match(lines[index + 1].strip())
    if underline is None or lines[index].strip().startswith(("-", "*", "#")):
        return 0
    return 1 if underline.group(0).startswith("=") else 2


def _marks_headings(lines: list[str]) -> bool:
    """Whether the document marks its headings (``#``, ``<h2>``): then a line is never a
    heading by its shape alone. Two marks are enough; a copied page has none."""
    marks = 0
    for line in lines:
        stripped = line.strip()
        if (
            (stripped.startswith("#") and _MARKDOWN_HEADING.match(stripped))
            or (stripped.startswith("<h") and _HTML_HEADING.match(stripped))
            or (stripped[:3] in ("===", "---") and _SETEXT.match(stripped))
        ):
            marks += 1
            if marks >= 2:
                return True
    return False


def _classify(
    lines: list[str],
    index: int,
    previous: Block | None,
    in_endpoint: bool,
    headings_marked: bool = False,
) -> Block:
    """References ("The order object") are only looked for under an endpoint: elsewhere
    such a line is a heading or prose."""
    number, text = index + 1, lines[index].strip()
    endpoint = _endpoint(number, text)
    if endpoint is not None:
        return endpoint
    marked = _MARKDOWN_HEADING.match(text) or _HTML_HEADING.match(text)
    if marked:
        level = len(marked.group(1)) if marked.group(1) else 0
        level = int(marked.group(1)) if marked.group(1) and marked.group(1).isdigit() else level
        words = _TAG.sub("", marked.group(2) or marked.group(3) or "").strip()
        if _SCHEMA_HEADING.match(text):  # a schema named "Response" is no response part
            return Heading(number, words, level)
        return _endpoint(number, words) or _heading_or_part(number, words, level)
    status = _STATUS_BULLET.match(text) if in_endpoint else None
    if status:
        return Part(number, "response", status.group("status"), text)
    if in_endpoint and _MEDIA_TYPE_LINE.match(text):
        return Part(number, "media", "", text)
    reference = _REFERENCE.match(text) if in_endpoint else None
    if reference:
        name = " ".join(reference.group("name").split()).lower()
        return Reference(number, text, name, bool(reference.group("many")))
    part = _part(number, text)
    if part:
        return part
    if not headings_marked and _looks_like_heading(text, _next_line(lines, index), previous):
        return Heading(number, text)
    return Prose(number, text)


def _endpoint(number: int, text: str) -> Endpoint | None:
    words = text.strip("`* ")
    plain = _plain_endpoint(text)
    endpoint = _ENDPOINT.match(plain) or _BRACKET_ENDPOINT.match(words)
    if endpoint and endpoint.group(2)[:1] in "/h":
        return Endpoint(number, endpoint.group(1).upper(), endpoint.group(2).strip("`"))
    return None


def _plain_endpoint(text: str) -> str:
    """An endpoint line without its markup: GitBook's ``<mark>`GET`</mark> `https://..```,
    ``**POST** `/v1/users` ``, ``Endpoint: `GET /users` ``; Flask's ``<int:id>`` and
    Postman's ``{{id}}`` path variables become ``{id}``, a Postman ``{{baseUrl}}`` goes."""
    text = _ANGLE_VARIABLE.sub(r"{\1}", _ENDPOINT_LABEL.sub("", text.strip()))
    text = _POSTMAN_VARIABLE.sub(r"{\1}", _POSTMAN_BASE.sub("", text))
    if not any(mark in text for mark in ("<", "**", "` `")):
        return text
    return " ".join(_TAG.sub(" ", text).replace("`", " ").replace("**", " ").split())


def _heading_or_part(number: int, text: str, level: int = 0) -> Heading | Part:
    return _part(number, text) or Heading(number, text, level)


def _split_heading(block: Block) -> list[Block]:
    """``### List items — `GET /v1/items` ``: the heading and its endpoint."""
    if not isinstance(block, Heading):
        return [block]
    match = _TRAILING_ENDPOINT.match(block.text)
    if match is None or not match.group("title"):
        return [block]
    heading = Heading(block.line, match.group("title"), block.level)
    return [heading, Endpoint(block.line, match.group("method").upper(), match.group("path"))]


def _part(number: int, text: str) -> Part | None:
    words = " ".join(_PART_NOISE.sub(" ", text.lower()).split()).rstrip(": ")
    match = _PART.match(words)
    if not match or match.group("words") not in PART_WORDS:
        return None
    return Part(number, PART_WORDS[match.group("words")], match.group("status") or "", words)


def _next_line(lines: list[str], index: int) -> str:
    return lines[index + 1].strip() if index + 1 < len(lines) else ""


def _looks_like_heading(text: str, following: str, previous: Block | None) -> bool:
    words = text.split()
    if len(words) > 10 or len(text) > 80 or not (text[0].isupper() or text[0].isdigit()):
        return False
    if _SENTENCE_END.search(text) or _NOT_IN_HEADINGS.search(text):
        return False
    if words[-1].lower() in FUNCTION_WORDS:
        return False
    if _ENDPOINT.match(following):
        return True
    continues = following[:1].islower() and not is_table_line(following)
    cut_short = (
        isinstance(previous, Prose)
        and bool(_OPEN_PROSE_END.search(previous.text))
        and not _ENDS_WITH_URL.search(previous.text)
    )
    return not continues and not cut_short
