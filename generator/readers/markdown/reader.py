"""Reader for Markdown and prose API docs: headings, endpoint lines, field tables, examples.

The styles it reads: widdershins/Slate (`` `GET /pets` ``, parameter tables with an
In column, nested ``»`` rows, schema chapters, status tables, ``> 201 Response``
examples, the Authentication chapter, ``Base URLs:``), openapi-to-md
(``### [GET]/pets``, TypeScript-like shapes, ``#/components/...`` references),
GitBook exports, hand-written READMEs (``## Create a user`` then ``POST /v1/users``
or a full URL, bullet field lists, curl examples as the only statement of an
endpoint) and prose copied from a web page, where headings are known by their shape.

The structure is recovered from the shape of lines (.lines), the outline of
sections (.outline) and the words of tables, code blocks and prose (.schemas,
.typescript, .names, .auth) into an OpenAPI 3.1 document (.document). What the
docs state is read first; what is inferred (from examples, names, words) is
recorded as such; what they leave unsaid is reported, never invented.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import PurePath
from urllib.parse import urlsplit

from generator.diagnostics import ClientgenError
from generator.readers.base import DETECT_SAMPLE, Reader, ReadResult
from generator.readers.common.curl import Call
from generator.readers.markdown.auth import (
    listed_schemes,
    mentioned_schemes,
    shown_schemes,
    stated_schemes,
)
from generator.readers.markdown.document import build_document
from generator.readers.markdown.lines import METHODS, closes_fence, opens_fence, split_blocks
from generator.readers.markdown.names import openapi_path
from generator.readers.markdown.outline import Section, outline_of
from generator.readers.markdown.tables import Notes, is_table_line

_ENDPOINT_LINE = re.compile(
    r"^(?:#{1,6}\s*)?(?:(?i:endpoint|request|route|url)\s*:\s*)?(?:<[^>]+>)*(?:\*\*)?"
    rf"`?\[?(?:{'|'.join(METHODS)})\]?`?(?:\*\*)?(?:<[^>]+>)*\s*`?"
    r"(?:\{\{\w+\}\})?(?:/|https?://)\S*`?\s*$",
    re.M,
)
# "### List items — `GET /v1/items`"
_HEADING_ENDPOINT = re.compile(
    rf"^#{{1,6}}\s.*[`(](?:{'|'.join(METHODS)})\s+(?:/|https?://)\S*[`)]\s*$", re.M
)
_CURL_LINE = re.compile(r"^\s*(?:\$\s*)?curl\s.*(?:https?://|\s/)", re.M)
_FENCE_LINE = re.compile(r"^\s*```", re.M)
# OpenAPI documents, and ReDoc pages as scrapers give them (ReDoc's own words).
# A spec itself (not one quoted in an example): its version key comes first.
_SPEC_START = re.compile(r"\A\s*(?:\{\s*)?[\"']?(?:openapi|swagger)[\"']?\s*:")
_OTHER_FORMS = re.compile(
    r"^(?:#+\s*)?Response samples\s*$"
    r"|^(?:#+\s*)?Request samples\s*$|^(?:#+\s*)?(?-i:(?:query|path|header|cookie)) Parameters\s*$",
    re.M | re.I,
)
_ROOT_SENTENCE = re.compile(
    r"\b(?:api root|root url|base urls?|base uri|api base|base path|server urls?|api host)\b"
    r"|\brequests?\s+(?:goes|go|is\s+sent|are\s+sent|are\s+made)\s+to\b"
    r"|\bapi endpoints?\s+(?:is|are)\b",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^\s*[-*+]\s")
_HREF = re.compile(r"href=\"(/[^\"\s]*)\"|\]\((/[^)\s]*)\)")
_URL = re.compile(r"https?://[^\s<>\"'`)]+")
# `code` in a line of prose (one or more backticks around it)
_CODE_SPAN = re.compile(r"(`+)([^`]+)\1")
# "{name}" in a path as re.escape writes it
_BRACED = re.compile(r"\\\{[^/]*?\\\}")
_TITLE = re.compile(r"\b(?:The[ \t]+)?((?:[A-Z][\w-]*[ \t]+){1,4}API)\b")


def detect(text: str) -> float:
    """Endpoint lines (or curl examples) next to pipe tables, code blocks or field lists,
    and no OpenAPI or ReDoc markers."""
    text = text[:DETECT_SAMPLE]
    if _SPEC_START.match(text) or _OTHER_FORMS.search(text):
        return 0.05
    endpoints = sum(len(p.findall(text)) for p in (_ENDPOINT_LINE, _HEADING_ENDPOINT, _CURL_LINE))
    tables = sum(1 for line in text.splitlines() if is_table_line(line))
    if endpoints and (tables or _FENCE_LINE.search(text)):
        return 0.9
    return 0.4 if endpoints else 0.0


def read(text: str, source: str) -> ReadResult:
    notes = Notes(source)
    lines = text.splitlines()
    root_line, root_urls = _api_root(lines)
    if root_line and not root_urls:
        notes.warn(
            root_line,
            "the sentence giving the API root names no URL; no servers",
            "set servers in the overrides file",
        )
    blocks = split_blocks(text, notes)
    empty_root = {root_line} if root_line and not root_urls else set()
    outline = outline_of(blocks, notes, empty_root)
    if not outline.sections:
        raise ClientgenError(
            "no endpoint line (METHOD /path) found in these docs",
            f"{source}:1",
            "check the reader chosen for this source",
        )
    from_paths = [openapi_path(section.raw_path)[0] for section in outline.sections]
    servers = list(dict.fromkeys(url for url in [*root_urls, *from_paths] if url))
    paths = [openapi_path(section.raw_path)[1] for section in outline.sections]
    prose, code = _by_fence(lines)
    spans = [span.group(2) for line in prose for span in _CODE_SPAN.finditer(line)]
    servers = servers or _roots_of_endpoint_urls([*code, *spans], paths)
    servers = list(dict.fromkeys(_without_shared_prefix(url, paths) for url in servers))
    schemes = {**stated_schemes(prose), **listed_schemes(outline.security)}
    calls = [
        _undocumented_headers(call, section)
        for section in outline.sections
        for call in section.calls
    ]
    shown = shown_schemes(calls) or mentioned_schemes(prose)
    document = build_document(outline, notes, _title(text, source), servers, schemes, shown)
    document["x-clientgen-reader"] = {"name": READER.name, "diagnostics": len(notes.items)}
    return ReadResult(document, notes.items)


def _api_root(lines: list[str]) -> tuple[int, list[str]]:
    """(line, URLs) of the sentence that gives the API root; the URL may wrap to the next
    line, or the sentence may introduce a list of them ("Base URLs:" then bullets)."""
    # A line that starts with the words ("Base URLs:", "Base URL: https://...") states the
    # root; a sentence that mentions one is read only when no such line gives a URL.
    candidates = [index for index, line in enumerate(lines) if _ROOT_SENTENCE.search(line)]
    labels = [i for i in candidates if _ROOT_SENTENCE.match(lines[i].strip().lstrip("*#>_ "))]
    for index in [*labels, *(i for i in candidates if i not in labels)]:
        listed = _listed_urls(lines, index + 1)
        url = _URL.search(" ".join(lines[index : index + 2]))
        found = _URL.findall(lines[index]) or listed or ([url.group(0)] if url else [])
        urls = [found_url.rstrip(".,;:") for found_url in found]
        if urls:
            return index + 1, list(dict.fromkeys(urls))
    return (candidates[0] + 1, []) if candidates else (0, [])


def _undocumented_headers(call: Call, section: Section) -> Call:
    """The call without the headers its section documents as parameters: a header the
    docs list as a parameter (``Authorization | header | string``) is no security scheme."""
    documented = {row.name.lower() for row in section.rows("header")}
    headers = {name: value for name, value in call.headers.items() if name not in documented}
    return replace(call, headers=headers)


def _without_shared_prefix(url: str, paths: list[str]) -> str:
    """The server without the path every endpoint line repeats ("Base URL:
    https://x.com/v1" with "GET /v1/users"): the paths say it already."""
    base = urlsplit(url).path.rstrip("/")
    if base and paths and all(path == base or path.startswith(base + "/") for path in paths):
        return url.rstrip("/")[: len(url.rstrip("/")) - len(base)]
    return url


def _roots_of_endpoint_urls(lines: list[str], paths: list[str]) -> list[str]:
    """Where nothing states the API root: what comes before a stated endpoint's path in a
    URL an example shows in code (``curl https://api.x.com/v1/video/upload`` for
    ``/video/upload``; links in prose and comments may point anywhere). Paths that start
    with a parameter would fit any URL and are not used."""
    templates = [
        _BRACED.sub("[^/]+", re.escape(path.rstrip("/")))
        for path in dict.fromkeys(paths)
        if path.strip("/") and not path.startswith("/{")
    ]
    if not templates:
        return []
    endpoint = re.compile("|".join(templates))
    roots: list[str] = []
    for line in lines:
        if line.lstrip().startswith(("//", "#")):  # a comment's link may point anywhere
            continue
        for url in _URL.findall(line):
            parts = urlsplit(url.rstrip(".,;:"))
            path = parts.path.rstrip("/")
            for at in (i for i, char in enumerate(path) if char == "/"):
                if endpoint.fullmatch(path[at:]):
                    roots.append(f"{parts.scheme}://{parts.netloc}{path[:at]}")
                    break
    return list(dict.fromkeys(roots))


def _listed_urls(lines: list[str], start: int) -> list[str]:
    """URLs of the bullet list starting at ``start`` (blank lines before it skipped)."""
    index = start
    while index < len(lines) and not lines[index].strip():
        index += 1
    urls: list[str] = []
    while index < len(lines) and _LIST_ITEM.match(lines[index]):
        # A server may be relative ("/api/v2", "//api.x.com"): the link target says it.
        href = _HREF.search(lines[index])
        urls.extend(
            _URL.findall(lines[index])[:1] or ([href.group(1) or href.group(2)] if href else [])
        )
        index += 1
    return urls


def _by_fence(lines: list[str]) -> tuple[list[str], list[str]]:
    """(prose lines, lines inside fenced code blocks)."""
    prose: list[str] = []
    code: list[str] = []
    in_fence = False
    for line in lines:
        if closes_fence(line) if in_fence else opens_fence(line):
            in_fence = not in_fence
        else:
            (code if in_fence else prose).append(line)
    return prose, code


def _title(text: str, source: str) -> str:
    match = _TITLE.search(text)
    return " ".join(match.group(1).split()) if match else PurePath(source).stem.split(".")[0]


READER = Reader(name="markdown_docs", detect=detect, read=read)
