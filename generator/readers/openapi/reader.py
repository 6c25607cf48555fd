"""Reader for OpenAPI (3.0, 3.1) and Swagger 2.0 documents, clean or captured.

A capture may wrap the spec in prose (a page that introduces it), or may
have lost its line breaks; both are recovered here. Everything downstream sees
one thing: an OpenAPI 3.1 document with JSON-compatible values.
"""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

import yaml

from generator.diagnostics import ClientgenError, Diagnostic, info
from generator.docindex import DocumentIndex
from generator.readers.base import Reader, ReadResult
from generator.readers.openapi.upgrade import upgrade_to_31
from generator.refs import resolve_external_refs
from generator.yamlsource import FastLoader

_YAML_START = re.compile(r"^(openapi|swagger)\s*:\s*\S", re.MULTILINE)
_YAML_KEY = re.compile(r"^(openapi|swagger)", re.MULTILINE)
_JSON_LINE = re.compile(r"^\s*\{", re.MULTILINE)
_VERSION_FIELD = re.compile(r'"(openapi|swagger)"\s*:')
# A line that can continue a top-level YAML block: blank, indented, a comment,
# a list item, or a `key:` at column 0.
_YAML_CONTINUES = re.compile(r"^(\s*$|\s|#|- |-$|[\w$'\"./{}\[\]-][^:]*:(\s|$))")


def detect(text: str) -> float:
    """Sure when the document starts as a spec; less when prose comes first (a page
    that introduces its spec), so docs that merely quote a spec in an example go
    to the reader of docs."""
    json_start = _json_start(text)
    yaml_start = _yaml_start(text, json_start)
    starts = [s for s in (json_start, yaml_start.start() if yaml_start else None) if s is not None]
    if starts:
        return 1.0 if not text[: min(starts)].strip() else 0.8
    head = text[:4000]
    return 0.6 if re.search(r"\bopenapi:\s*['\"]?3\.\d", head) else 0.0


def read(text: str, source: str) -> ReadResult:
    diagnostics: list[Diagnostic] = []
    document = _parse(text, source, diagnostics)
    if not isinstance(document, dict):
        raise ClientgenError("the document is not a mapping", source, "is this an OpenAPI file?")
    if "swagger" in document:
        from generator.readers.openapi.swagger2 import convert  # only Swagger 2.0 input pays for it

        document, notes = convert(document, source)
        diagnostics.extend(notes)
    if "openapi" not in document:
        raise ClientgenError(
            "not an OpenAPI document: no 'openapi' or 'swagger' field",
            source,
            "pass a different --reader, or check the file",
        )
    # Always: a text pre-check would miss an escaped key ("\u0024ref"), and the
    # confinement of what a spec may read must not depend on how it spells $ref.
    index = DocumentIndex(resolve_external_refs(document, source))
    diagnostics.extend(upgrade_to_31(document, source, index))
    return ReadResult(document, diagnostics, index=index)


def _parse(text: str, source: str, diagnostics: list[Diagnostic]) -> Any:
    json_start = _json_start(text)
    yaml_start = _yaml_start(text, json_start)
    if json_start is not None and (not yaml_start or json_start < yaml_start.start()):
        return _parse_json(text, json_start, source, diagnostics)
    if yaml_start is None:
        raise ClientgenError(
            "no OpenAPI document found (no line starting with 'openapi:' or 'swagger:')",
            f"{source}:1",
            "is this a ReDoc page or prose docs? try --reader redoc_text or markdown_docs",
        )
    return _parse_yaml(text, _block_start(text, yaml_start.start()), source, diagnostics)


def _json_start(text: str) -> int | None:
    """Offset of the first line opening a JSON object, if the text names a spec version."""
    opening = _JSON_LINE.search(text)
    if opening is None or not _VERSION_FIELD.search(text, opening.start()):
        return None
    return opening.start()


def _yaml_start(text: str, before: int | None) -> re.Match[str] | None:
    """The first ``openapi:`` or ``swagger:`` line that starts before ``before`` (when a
    JSON document starts there): a 13 MB JSON spec is not scanned for YAML keys."""
    if before is None:
        return _YAML_START.search(text)
    for key in _YAML_KEY.finditer(text, 0, before):
        found = _YAML_START.match(text, key.start())
        if found is not None:
            return found
    return None


def _block_start(text: str, start: int) -> int:
    """Where the YAML holding the `openapi:` line begins: its keys need not come first."""
    lines = text[:start].split("\n")[:-1]
    begin = len(lines)
    while begin and _YAML_CONTINUES.match(lines[begin - 1]):
        begin -= 1
    while begin < len(lines) and not lines[begin].strip():
        begin += 1
    return sum(len(line) + 1 for line in lines[:begin])


def _skipped_prose(text: str, start: int, source: str, diagnostics: list[Diagnostic]) -> int:
    """Record the prose before the spec; returns the 0-based line the spec starts on."""
    first_line = text.count("\n", 0, start)
    if first_line:
        diagnostics.append(
            info(f"skipped {first_line} line(s) of prose before the spec", f"{source}:1")
        )
    return first_line


def _parse_json(text: str, start: int, source: str, diagnostics: list[Diagnostic]) -> Any:
    offset = _skipped_prose(text, start, source, diagnostics)
    body = text[start:].lstrip()
    try:
        value, _ = json.JSONDecoder().raw_decode(body)
    except json.JSONDecodeError as exc:
        raise ClientgenError(
            f"JSON syntax error: {exc.msg}",
            f"{source}:{offset + exc.lineno}:{exc.colno}",
            "check the brackets, commas and quotes near that position",
        ) from None
    return value


def _parse_yaml(text: str, start: int, source: str, diagnostics: list[Diagnostic]) -> Any:
    offset = _skipped_prose(text, start, source, diagnostics)
    lines = text[start:].splitlines()
    if len(lines) <= 2 and len(text) - start > 400:
        from generator.readers.openapi.collapsed import looks_collapsed, rebuild

        if looks_collapsed(text[start:]):
            value, notes = rebuild(text[start:], source)
            diagnostics.append(
                info("the document had lost its line breaks; rebuilt it", f"{source}:1")
            )
            diagnostics.extend(notes)
            return _jsonify(value)
    end = next((i for i, line in enumerate(lines) if not _YAML_CONTINUES.match(line)), len(lines))
    if end < len(lines):
        diagnostics.append(
            info(
                f"ignored {len(lines) - end} line(s) after the spec", f"{source}:{offset + end + 1}"
            )
        )
    try:
        return _jsonify(yaml.load("\n".join(lines[:end]), Loader=FastLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = offset + (mark.line + 1 if mark else 1)
        raise ClientgenError(
            f"YAML syntax error: {exc.problem or exc.context}",
            f"{source}:{line}",
            "check indentation and quoting on that line",
        ) from None


def _jsonify(value: Any) -> Any:
    """YAML 1.1 gives dates and non-string keys; OpenAPI is JSON: make it so, in place.

    Iterative, so a deep document costs no recursion; a node YAML shares through
    an anchor is converted once."""
    stack, seen = [value], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, dict):
            if any(k.__class__ is not str for k in node):
                items = list(node.items())
                node.clear()
                node.update((_json_key(k), v) for k, v in items)
            for key, child in node.items():
                if isinstance(child, datetime.date):
                    node[key] = child.isoformat()
                elif isinstance(child, dict | list):
                    stack.append(child)
        elif isinstance(node, list):
            for index, child in enumerate(node):
                if isinstance(child, datetime.date):
                    node[index] = child.isoformat()
                elif isinstance(child, dict | list):
                    stack.append(child)
    return value.isoformat() if isinstance(value, datetime.date) else value


def _json_key(key: Any) -> str:
    return str(key).lower() if isinstance(key, bool) else str(key)


READER = Reader(name="openapi", detect=detect, read=read)
