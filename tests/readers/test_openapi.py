"""The openapi reader on the real OurPeople page and on broken input."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import ClientgenError, Severity
from generator.readers import choose_reader
from generator.readers.openapi.reader import read
from generator.validate import validate_document
from tests.conftest import REPO

PAGE = REPO / "specs" / "ourpeople" / "ourpeople.page.txt"


def test_page_prose_is_skipped_and_the_spec_read_whole() -> None:
    result = read(PAGE.read_text(encoding="utf-8"), str(PAGE))

    document = result.document
    assert document["openapi"] == "3.1.0"
    assert len(document["paths"]) == 6
    assert sum(len(item) for item in document["paths"].values()) == 6
    assert set(document["components"]["schemas"]) == {
        "AuthRequest",
        "RefreshRequest",
        "TokenResponse",
        "Delivery",
        "Broadcast",
        "ContentItem",
        "Recipient",
    }
    assert any("skipped 7 line(s) of prose" in d.message for d in result.diagnostics)


def test_nullable_becomes_a_31_type_list() -> None:
    document = read(PAGE.read_text(encoding="utf-8"), str(PAGE)).document
    seen_at = document["components"]["schemas"]["Recipient"]["properties"]["seenAt"]
    assert seen_at == {"type": ["string", "null"], "format": "date-time"}


def test_scraper_damage_in_info_is_a_located_warning_not_an_error() -> None:
    document = read(PAGE.read_text(encoding="utf-8"), str(PAGE)).document
    findings = validate_document(document, str(PAGE))
    assert [f.severity for f in findings] == [Severity.WARNING]
    assert findings[0].location.endswith("#/info/contact/email")


def test_damage_in_a_shaping_field_is_an_error() -> None:
    document = read(PAGE.read_text(encoding="utf-8"), str(PAGE)).document
    document["paths"]["/v1/auth"]["post"]["responses"] = "oops"
    errors = [f for f in validate_document(document, "x") if f.severity is Severity.ERROR]
    assert errors and errors[0].location == "x#/paths/~1v1~1auth/post/responses"


def test_yaml_syntax_error_points_at_the_source_line(tmp_path: Path) -> None:
    text = "Intro prose\n\nopenapi: 3.0.3\ninfo:\n  title: x\n   version: 1\npaths: {}\n"
    with pytest.raises(ClientgenError) as caught:
        read(text, "spec.txt")
    assert caught.value.diagnostic.location == "spec.txt:6"


def test_json_spec_after_prose_is_read() -> None:
    text = 'See below.\n{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {}}'
    assert read(text, "x.json").document["info"]["title"] == "t"


def test_a_document_that_is_not_openapi_is_refused() -> None:
    with pytest.raises(ClientgenError) as caught:
        choose_reader("just some words\n", None, "notes.txt")
    assert "notes.txt:1" in str(caught.value)


def test_a_reference_to_a_sibling_file_is_still_resolved(tmp_path: Path) -> None:
    (tmp_path / "pet.yaml").write_text("type: object\nproperties:\n  name: {type: string}\n")
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get:\n"
        "      responses:\n        '200':\n          description: ok\n          content:\n"
        "            application/json:\n              schema: {$ref: pet.yaml}\n"
    )
    document = read(spec.read_text(), str(spec)).document
    media = document["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["schema"]["properties"] == {"name": {"type": "string"}}
