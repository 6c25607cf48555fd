"""Reader for prose API docs: headings, `METHOD /path` lines and field tables.

Such docs are usually a web page copied as text, so the structure is recovered
from the shape of lines (.lines), the outline of sections (.outline) and the
words of tables and prose (.schemas, .names) into an OpenAPI 3.1 document
(.document). What the docs leave unsaid is reported, never invented.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from generator.diagnostics import ClientgenError
from generator.readers.base import DETECT_SAMPLE, Reader, ReadResult
from generator.readers.markdown.document import build_document
from generator.readers.markdown.lines import METHODS, split_blocks
from generator.readers.markdown.names import openapi_path
from generator.readers.markdown.outline import outline_of
from generator.readers.markdown.tables import Notes, is_table_line

_ENDPOINT_LINE = re.compile(rf"^`?(?:{'|'.join(METHODS)})\s+(?:/|https?://)\S*`?\s*$", re.M)
_OTHER_FORMS = re.compile(r"^\s*(?:openapi|swagger)\s*:|^Response samples$", re.M | re.I)
_ROOT_SENTENCE = re.compile(
    r"\b(?:api root|root url|base url|base uri|api base|base path|server url|api host)\b",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://[^\s<>\"'`)]+")
_TITLE = re.compile(r"\b(?:The[ \t]+)?((?:[A-Z][\w-]*[ \t]+){1,4}API)\b")


def detect(text: str) -> float:
    """Endpoint lines next to pipe tables, and no OpenAPI or ReDoc markers."""
    text = text[:DETECT_SAMPLE]
    if _OTHER_FORMS.search(text):
        return 0.05
    endpoints = len(_ENDPOINT_LINE.findall(text))
    tables = sum(1 for line in text.splitlines() if is_table_line(line))
    if endpoints and tables:
        return 0.9
    return 0.4 if endpoints else 0.0


def read(text: str, source: str) -> ReadResult:
    notes = Notes(source)
    lines = text.splitlines()
    root_line, root_url = _api_root(lines)
    if root_line and not root_url:
        notes.warn(
            root_line,
            "the sentence giving the API root names no URL; no servers",
            "set servers in the overrides file",
        )
    blocks = split_blocks(text, notes)
    empty_root = {root_line} if root_line and not root_url else set()
    outline = outline_of(blocks, notes, empty_root)
    if not outline.sections:
        raise ClientgenError(
            "no endpoint line (METHOD /path) found in these docs",
            f"{source}:1",
            "check the reader chosen for this source",
        )
    from_paths = [openapi_path(section.raw_path)[0] for section in outline.sections]
    servers = list(dict.fromkeys(url for url in [root_url, *from_paths] if url))
    document = build_document(outline, notes, _title(text, source), servers)
    document["x-clientgen-reader"] = {"name": READER.name, "diagnostics": len(notes.items)}
    return ReadResult(document, notes.items)


def _api_root(lines: list[str]) -> tuple[int, str]:
    """(line, URL) of the sentence that gives the API root; the URL may wrap to the next line."""
    for index, line in enumerate(lines):
        if _ROOT_SENTENCE.search(line):
            url = _URL.search(" ".join(lines[index : index + 2]))
            return index + 1, url.group(0).rstrip(".,;:") if url else ""
    return 0, ""


def _title(text: str, source: str) -> str:
    match = _TITLE.search(text)
    return " ".join(match.group(1).split()) if match else PurePath(source).stem.split(".")[0]


READER = Reader(name="markdown_docs", detect=detect, read=read)
