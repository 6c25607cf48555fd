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

from generator.diagnostics import ClientgenError, Diagnostic, info
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
from generator.readers.redoc.html import (
    dom_text,
    embedded_spec,
    is_html,
    looks_like_redoc,
    no_operations,
)
from generator.readers.redoc.placement import Placement, place_all
from generator.readers.redoc.rendered import RenderedPage, read_rendered, shows_endpoints
from generator.readers.redoc.repair import repair
from generator.readers.redoc.segments import Page, cut_page
from generator.readers.redoc.stated import add_servers_and_security

_MARKERS = [
    re.compile(r"^[#\s]*Response samples\s*$", re.MULTILINE),
    re.compile(r"^[#\s]*Request samples\s*$", re.MULTILINE),
    re.compile(r"^[#\s]*Request Body schema:", re.MULTILINE),
    re.compile(r"^[#\s]*(path|query|header|cookie)\s*(\n\s*)?Parameters\s*$", re.MULTILINE),
    re.compile(r"^[#\s]*Responses\s*$", re.MULTILINE),
]


def detect(text: str) -> float:
    """ReDoc's section captions, one line each (or its HTML); an OpenAPI file has none of them."""
    text = text[:DETECT_SAMPLE]
    if is_html(text):
        return 1.0 if looks_like_redoc(text) else 0.0
    found = sum(1 for marker in _MARKERS if marker.search(text))
    if found >= 3 and shows_endpoints(text):
        # certain: samples of a spec-about-specs API may hold '"openapi":' lines
        return 1.0
    return {0: 0.0, 1: 0.2, 2: 0.5}.get(found, 0.9)


def read(text: str, source: str) -> ReadResult:
    if is_html(text):
        embedded = embedded_spec(text)
        if embedded is not None:
            spec, what = embedded
            note = info(f"the page embeds its spec ({what}): read exactly", source)
            return ReadResult({}, [note], handoff=("openapi", spec))
        text = dom_text(text)
        if not shows_endpoints(text):
            raise no_operations(source)
    diagnostics: list[Diagnostic] = []
    rendered = shows_endpoints(text)
    page: Page = read_rendered(text, source, diagnostics) if rendered else cut_page(text, source)
    if not rendered:
        diagnostics.extend(page.diagnostics)
    all_facts = [digest(segment, source, diagnostics) for segment in page.segments]
    if not all_facts:
        raise ClientgenError(
            "no operations found in this ReDoc text",
            f"{source}:1",
            "is this a scraped ReDoc page? it needs 'Responses' or 'Response samples' sections",
        )
    placements = place_all(all_facts, source, diagnostics)
    document = _document(page, placements, source)
    if isinstance(page, RenderedPage):
        add_servers_and_security(document, page, placements)
    diagnostics.extend(repair(document, source))
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
    basis = "stated" if segment.method else "inferred"
    inferred["operationId"] = {
        "value": op_id,
        "confidence": round(confidence, 2),
        "evidence": [f"derived from the {basis} method and path"],
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
