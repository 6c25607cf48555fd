"""The operation report: every operation listed, inference shown, hostile text escaped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.readers.redoc.reader import read
from generator.report import render_text
from generator.report_html import render_html

COURIER = Path(__file__).resolve().parents[1] / "specs" / "courier" / "courier.redoc.txt"
HOSTILE = "<script>alert('x')</script>"


@dataclass(frozen=True)
class Applied:
    description: str
    target: str
    matched: Sequence[str]


def hostile_document() -> dict[str, Any]:
    operation = {
        "operationId": HOSTILE,
        "tags": ["things"],
        "responses": {"200": {"description": "OK"}},
        "x-clientgen-inferred": {
            "method": {"value": "GET", "confidence": 0.4, "evidence": [HOSTILE]},
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": HOSTILE, "version": "1"},
        "paths": {"/things/{id}": {"get": operation}, "/plain": {"post": {"responses": {}}}},
    }


def test_text_lists_every_courier_operation_with_its_origin() -> None:
    document = read(COURIER.read_text(encoding="utf-8"), "courier.redoc.txt").document
    text = render_text(document, None)
    count = sum(len(item) for item in document["paths"].values())
    assert text.count("  ->  ") == count == 177
    assert "GET     /v1/announcers/  ->  announcers.listAnnouncers" in text
    assert "inferred: method, path (confidence 0.85)" in text


def test_overrides_are_shown_on_the_operations_they_touched() -> None:
    applied = [Applied("Rename it", "$.paths['/things/{id}'].get", ["/paths/~1things~1{id}/get"])]
    text = render_text(hostile_document(), applied)
    assert "override: Rename it" in text
    assert "1 touched by overrides" in text


def test_html_escapes_hostile_strings_and_is_self_contained() -> None:
    applied = [Applied(HOSTILE, "$", ["/paths/~1plain"])]
    page = render_html(hostile_document(), applied)
    assert "<script>alert" not in page
    assert page.count("<script>") == 1  # the filter box's, inline
    assert "&lt;script&gt;" in page
    assert "src=" not in page and "<link" not in page and "@import" not in page
    groups = page.split('<h2 id="operations">')[1]
    assert groups.count('<tr class="op') == 2


def test_html_opens_on_a_summary_and_the_operations_needing_review() -> None:
    page = render_html(hostile_document(), None)
    summary, rest = page.split('<h2 id="review">')
    assert "Operations by origin" in summary and "Repairs and drops (0)" in summary
    review = rest.split('<h2 id="operations">')[0]
    assert review.count('<tr class="op inferred review"') == 1
    assert "/things/{id}" in review and "/plain" not in review
