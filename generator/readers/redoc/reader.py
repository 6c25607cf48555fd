"""Reader for the text of a scraped ReDoc reference page.

The scrape keeps headings, parameter rows and JSON samples, and loses HTTP
methods, most paths, body schemas, servers and auth. The pipeline: cut the
page into segments (:mod:`.segments`), parse rows and samples
(:mod:`.facts`), place each operation on a method and path
(:mod:`.placement`), and build the OpenAPI document
(:mod:`.build`). What was inferred says so, with evidence and confidence,
so a report can show it and overrides can correct it.
"""

from __future__ import annotations

import re
from typing import Any

from generator.diagnostics import ClientgenError, Diagnostic
from generator.readers.base import DETECT_SAMPLE, Document, Reader, ReadResult
from generator.readers.common.jsonapi import ResourceRegistry, is_error_document
from generator.readers.common.paths import split_path
from generator.readers.redoc.build import (
    OperationBuilder,
    assign_operation_ids,
    enum_hints,
    envelope,
    pagination,
    parameters,
)
from generator.readers.redoc.facts import Facts, digest
from generator.readers.redoc.placement import Placement, place_all
from generator.readers.redoc.segments import Page, cut_page

_MARKERS = [
    re.compile(r"^Response samples$", re.MULTILINE),
    re.compile(r"^Request samples$", re.MULTILINE),
    re.compile(r"^Request Body schema: ", re.MULTILINE),
    re.compile(r"^(path|query|header) Parameters$", re.MULTILINE),
    re.compile(r"^Responses$", re.MULTILINE),
]


def detect(text: str) -> float:
    """ReDoc's section captions, one line each; an OpenAPI file has none of them."""
    text = text[:DETECT_SAMPLE]
    found = sum(1 for marker in _MARKERS if marker.search(text))
    return {0: 0.0, 1: 0.2, 2: 0.5}.get(found, 0.9)


def read(text: str, source: str) -> ReadResult:
    page = cut_page(text, source)
    diagnostics: list[Diagnostic] = list(page.diagnostics)
    all_facts = [digest(segment, source, diagnostics) for segment in page.segments]
    if not all_facts:
        raise ClientgenError(
            "no operations found in this ReDoc text",
            f"{source}:1",
            "is this a scraped ReDoc page? it needs 'Responses' or 'Response samples' sections",
        )
    placements = place_all(all_facts, source, diagnostics)
    document = _document(page, placements, source)
    document["x-clientgen-reader"] = {"name": "redoc_text", "diagnostics": len(diagnostics)}
    return ReadResult(document, diagnostics)


def _document(page: Page, placements: list[Placement], source: str) -> Document:
    registry = ResourceRegistry()
    has_errors = any(
        is_error_document(value) for p in placements for value in p.facts.responses.values()
    )
    builder = OperationBuilder(registry, source, has_errors)
    operation_ids = assign_operation_ids(placements)
    paths: dict[str, dict[str, Any]] = {}
    for index, placement in enumerate(placements):
        operation = _operation(builder, placement, operation_ids[index], source)
        paths.setdefault(placement.path.value, {})[placement.method.value.lower()] = operation
    info: dict[str, Any] = {"title": page.title or "API", "version": page.version or "0.0.0"}
    if page.description:
        info["description"] = "\n".join(page.description)
    tags = list(
        dict.fromkeys(tag for item in paths.values() for op in item.values() for tag in op["tags"])
    )
    return {
        "openapi": "3.1.0",
        "info": info,
        "tags": [{"name": tag} for tag in tags],
        "paths": paths,
        "components": {"schemas": registry.components()},
    }


def _operation(
    builder: OperationBuilder, placement: Placement, op_id: str, source: str
) -> dict[str, Any]:
    facts = placement.facts
    segment = facts.segment
    hints = enum_hints(facts)
    inferred: dict[str, Any] = {"method": placement.method.extension()}
    if not placement.declared:
        inferred["path"] = placement.path.extension()
    operation: dict[str, Any] = {
        "operationId": op_id,
        "tags": [split_path(placement.path.value).base],
    }
    if segment.summary:
        operation["summary"] = segment.summary
    if segment.description:
        operation["description"] = "\n".join(segment.description)
    if segment.deprecated:
        operation["deprecated"] = True
    params = parameters(facts, placement.path.value)
    if params:
        operation["parameters"] = params
    if facts.has_body:
        operation["requestBody"], body_guess = builder.request_body(facts, hints)
        inferred["requestBody"] = body_guess.extension()
    operation["responses"], response_guess = builder.responses(facts, hints)
    inferred["responses"] = response_guess.extension()
    confidence = min(placement.method.confidence, placement.path.confidence)
    inferred["operationId"] = {
        "value": op_id,
        "confidence": round(confidence, 2),
        "evidence": ["derived from the inferred method and path"],
    }
    _extensions(operation, facts)
    operation["x-clientgen-inferred"] = inferred
    operation["x-clientgen-source"] = {"file": source, "line": facts.line}
    return operation


def _extensions(operation: dict[str, Any], facts: Facts) -> None:
    paging = pagination(facts)
    if paging:
        operation["x-clientgen-pagination"] = paging
    wrap = envelope(facts)
    if wrap:
        operation["x-clientgen-envelope"] = wrap


READER = Reader(name="redoc_text", detect=detect, read=read)
