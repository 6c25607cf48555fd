"""Split prose API docs into blocks: headings, endpoint lines, parts, tables, references, prose.

Docs copied from a web page keep no heading markup, so a heading is known by its
shape: a short capitalised line that neither ends nor continues a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.readers.markdown.tables import Notes, Table, is_table_line, parse_table


@dataclass(frozen=True)
class Heading:
    line: int
    text: str


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


Block = Heading | Endpoint | Part | Table | Reference | Prose

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
}

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
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*$|^\*\*([^*]+)\*\*$")
_PART = re.compile(r"^(?P<words>[a-z ]+?)\s*(?:\(?(?P<status>\d{3})\)?(?:\s+[a-z ]+)?)?:?$")
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


def split_blocks(text: str, notes: Notes) -> list[Block]:
    lines = text.splitlines()
    blocks: list[Block] = []
    index = 0
    in_fence = in_endpoint = False
    while index < len(lines):
        stripped = lines[index].strip()
        if stripped.startswith(_FENCE):
            in_fence = not in_fence
        elif in_fence or not stripped:
            pass
        elif is_table_line(stripped):
            end = _table_end(lines, index)
            rows = [(number + 1, lines[number]) for number in range(index, end)]
            blocks.append(parse_table(rows, notes))
            index = end
            continue
        else:
            after_blank = index == 0 or not lines[index - 1].strip()
            previous = blocks[-1] if blocks and not after_blank else None
            blocks.append(_classify(lines, index, previous, in_endpoint))
            in_endpoint = isinstance(blocks[-1], Endpoint) or (
                in_endpoint and not isinstance(blocks[-1], Heading)
            )
        index += 1
    return blocks


def _table_end(lines: list[str], start: int) -> int:
    end = start
    while end < len(lines) and lines[end].strip() and is_table_line(lines[end]):
        end += 1
    return end


def _classify(lines: list[str], index: int, previous: Block | None, in_endpoint: bool) -> Block:
    """References ("The order object") are only looked for under an endpoint: elsewhere
    such a line is a heading or prose."""
    number, text = index + 1, lines[index].strip()
    endpoint = _ENDPOINT.match(text)
    if endpoint and endpoint.group(2)[:1] in "/h":
        return Endpoint(number, endpoint.group(1), endpoint.group(2))
    marked = _MARKDOWN_HEADING.match(text)
    if marked:
        return _heading_or_part(number, (marked.group(1) or marked.group(2)).strip())
    reference = _REFERENCE.match(text) if in_endpoint else None
    if reference:
        name = " ".join(reference.group("name").split()).lower()
        return Reference(number, text, name, bool(reference.group("many")))
    part = _part(number, text)
    if part:
        return part
    if _looks_like_heading(text, _next_line(lines, index), previous):
        return Heading(number, text)
    return Prose(number, text)


def _heading_or_part(number: int, text: str) -> Heading | Part:
    return _part(number, text) or Heading(number, text)


def _part(number: int, text: str) -> Part | None:
    match = _PART.match(text.lower())
    if not match or match.group("words") not in PART_WORDS:
        return None
    return Part(number, PART_WORDS[match.group("words")], match.group("status") or "")


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
