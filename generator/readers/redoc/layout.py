"""How each common scraper lays out the text of a ReDoc 2 page, made one stream of lines.

ReDoc renders every operation the same way: a heading (the summary), its
description, ``Authorizations:``, parameter blocks (``query Parameters``),
``Request Body schema: <media>`` with a field table, ``Responses`` with one
status per line, then, in the right-hand panel, the endpoint (the method and
the path, then each server URL followed by the path), ``Request samples`` and
``Response samples`` with their tabs, ``Content type``, ``Copy`` and the
sample. Scrapers keep that order and differ in how they print it:

- BeautifulSoup ``get_text("\\n")``: every text node on its own line (``get``
  then ``/jobs``; ``query`` then `` Parameters``; JSON one token per line);
- inscriptis: tables in aligned columns (name left, type and description
  right), the endpoint as ``get /jobs``, JSON members as ``* "key" : value``;
- html2text: Markdown (``### Responses``, ``##### query Parameters``, tables
  as ``name| type ... |`` rows, ``get/jobs``, samples in backticks with ``*``
  bullets, lines wrapped at 78 characters).

:func:`logical_lines` removes what is only markup (heading marks, bold, the
line breaks BeautifulSoup puts inside one caption), so the rest of the reader
sees one vocabulary; the raw line is kept for inscriptis's columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from generator.oas import HTTP_METHODS

Layout = Literal["bs4", "inscriptis", "html2text", "seed"]

# ReDoc's menu abbreviates DELETE; its endpoint box spells every method out.
_METHOD_WORDS = "|".join(sorted({*HTTP_METHODS, "del"}, key=len, reverse=True))
ENDPOINT = re.compile(rf"^({_METHOD_WORDS})\s*(/\S*)$", re.IGNORECASE)
METHOD_ONLY = re.compile(rf"^({_METHOD_WORDS})$", re.IGNORECASE)
_PARAM_WORD = re.compile(r"^(path|query|header|cookie)$", re.IGNORECASE)
_BODY_CAPTION = re.compile(r"^Request Body schema:\s*$")
_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_WRAPPED_URL = re.compile(r"(?:^|\s)\S*/\S*-$")
_BOLD = re.compile(r"\*\*\s*([^*]*?)\s*\*\*")


@dataclass
class Line:
    no: int  # 1-based line number in the source
    text: str  # stripped, markup removed
    raw: str  # as the scraper printed it
    heading: bool = False  # a Markdown heading (html2text)


def detect_layout(text: str) -> Layout:
    """Which scraper printed this page, from how it shows endpoints and captions."""
    sample = text[:2_000_000]
    if re.search(r"^#{2,5} (?:Responses|\w+ Parameters|Request Body schema)", sample, re.M):
        return "html2text"
    if re.search(rf"^\s+(?:{_METHOD_WORDS}) /\S*\s*$", sample, re.M | re.I):
        return "inscriptis"
    if re.search(rf"^(?:{_METHOD_WORDS})\n/\S*\n", sample, re.M | re.I):
        return "bs4"
    if re.search(rf"^(?:{_METHOD_WORDS}) ?/\S*$", sample, re.M | re.I):
        return "inscriptis"
    return "seed"


def _clean(raw: str, layout: Layout) -> tuple[str, bool]:
    text = raw.strip()
    heading = False
    if layout == "html2text":
        if _HEADING_MARK.match(text):
            text, heading = _HEADING_MARK.sub("", text), True
        text = _BOLD.sub(r"\1", text).strip()
    return text, heading


def logical_lines(text: str, layout: Layout) -> list[Line]:
    """Non-blank lines with markup removed and split captions joined."""
    result: list[Line] = []
    raw_lines = text.splitlines()
    index = 0
    while index < len(raw_lines):
        raw = raw_lines[index]
        index += 1
        cleaned, heading = _clean(raw, layout)
        if not cleaned:
            continue
        line = Line(index, cleaned, raw, heading)
        if layout == "bs4":
            index = _join_bs4(line, raw_lines, index)
        while layout == "html2text" and _WRAPPED_URL.search(line.text) and index < len(raw_lines):
            following = raw_lines[index].strip()
            if not following or " " in following:
                break
            line.text += following  # html2text wraps long paths after a hyphen
            index += 1
        result.append(line)
    return result


def _next_text(raw_lines: list[str], index: int) -> tuple[str, int]:
    while index < len(raw_lines) and not raw_lines[index].strip():
        index += 1
    if index >= len(raw_lines):
        return "", index
    return raw_lines[index].strip(), index


def _join_bs4(line: Line, raw_lines: list[str], index: int) -> int:
    """BeautifulSoup splits ``query`` / ``Parameters`` and ``Request Body schema:`` / media."""
    following, at = _next_text(raw_lines, index)
    if _PARAM_WORD.match(line.text) and following == "Parameters":
        line.text = f"{line.text} Parameters"
        return at + 1
    if _BODY_CAPTION.match(line.text) and following and " " not in following:
        line.text = f"Request Body schema: {following}"
        return at + 1
    return index
