"""The read step hands what its walks found to the repair (generator.docindex): the
repair comes out as it would from walking the document itself, also where the
document changed in between."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from generator import yamlsource
from generator.diagnostics import ClientgenError
from generator.docindex import SchemaWalk
from generator.oas import iter_schemas, schema_roots
from generator.readers import read_source
from generator.refs import check_document_limits, check_internal_refs
from generator.repair import Log, _fix_schemas, repair
from generator.validate import validate_document

OK = {"200": {"description": "ok"}}


def read_and_repair(document: dict[str, Any]) -> tuple[list[str], list[str], Any, Any]:
    """The repair's notes with the reader's index, and without (each on its own copy)."""
    _, result = read_source(json.dumps(document), None, "spec.json")
    assert result.index is not None
    walked = copy.deepcopy(result.document)
    with_index = repair(result.document, "spec.json", result.index)
    without = repair(walked, "spec.json")
    return (
        [str(n) for n in with_index.notes],
        [str(n) for n in without.notes],
        result.document,
        walked,
    )


def test_a_reference_the_upgrade_moves_is_still_repaired() -> None:
    """A nullable 3.0 reference is wrapped in anyOf by the upgrade: its $ref now sits in
    a new object, which the index lists."""
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"responses": OK}}},
        "components": {"schemas": {"A": {"$ref": "#/components/schemas/Gone", "nullable": True}}},
    }
    notes, walked_notes, after, walked = read_and_repair(document)
    assert notes == walked_notes
    assert notes == [
        "spec.json#/components/schemas/A/anyOf/0: warning: repaired: removed the $ref to "
        "'#/components/schemas/Gone' (it names nothing)"
    ]
    assert after == walked


def test_schemas_a_repair_brings_in_are_repaired_too() -> None:
    """Inlining a response to keep its headers copies its schemas: the upgrade's walk no
    longer lists every schema, so the schema repairs walk again."""
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "responses": {
                        "200": {
                            "$ref": "#/components/responses/R",
                            "headers": {"X": {"schema": {"type": "string"}}},
                        }
                    }
                }
            }
        },
        "components": {
            "responses": {
                "R": {
                    "description": "r",
                    "content": {"application/json": {"schema": {"type": "int"}}},
                }
            }
        },
    }
    notes, walked_notes, after, walked = read_and_repair(document)
    assert notes == walked_notes
    assert after == walked
    copied = "spec.json#/paths/~1a/get/responses/200/content/application~1json/schema/type"
    assert any(note.startswith(copied) for note in notes), notes
    assert validate_document(after, "spec.json") == []


def test_a_schema_slot_added_without_a_note_is_walked() -> None:
    """The upgrade's walk is used only while every schema slot is where it was."""
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "paths": {"/a": {"get": {"responses": OK}}},
        "components": {"schemas": {"A": {"type": "string"}}},
    }
    roots = list(schema_roots(document))
    stale = SchemaWalk(roots, list(iter_schemas(document, roots)))
    document["paths"]["/a"]["get"]["parameters"] = [
        {"name": "q", "in": "query", "schema": {"type": "int"}}
    ]
    log = Log("spec.json")
    _fix_schemas(document, log, stale)
    assert [e["at"] for e in log.entries] == ["/paths/~1a/get/parameters/0/schema/type"]


def test_the_limits_walk_still_names_where_a_limit_is_passed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The walk that finds the references is the one that refuses hostile documents."""
    monkeypatch.setattr(yamlsource, "MAX_SCALAR_CHARS", 10)
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"$ref": "#/x", "description": "x" * 11}}},
    }
    with pytest.raises(ClientgenError) as caught:
        read_source(json.dumps(document), None, "spec.json")
    assert caught.value.diagnostic.location == "spec.json#/paths/~1a/get/description"


def test_a_broken_reference_after_overrides_is_named_where_it_stands() -> None:
    document = {
        "openapi": "3.1.0",
        "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/N"}}}}},
        "components": {"schemas": {"B": {"items": {"$ref": "#/components/schemas/B"}}}},
    }
    with pytest.raises(ClientgenError) as caught:
        check_internal_refs(document, "spec.json")
    assert caught.value.diagnostic.location == "spec.json#/paths/~1a/get/responses/200"
    assert "broken $ref '#/components/responses/N'" in caught.value.diagnostic.message


def test_the_node_and_depth_limits_name_the_first_value_over_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The walk meets the last member first: the node past the count is /a here."""
    monkeypatch.setattr(yamlsource, "MAX_NODES", 3)
    with pytest.raises(ClientgenError) as caught:
        check_document_limits({"a": [1, {"b": {}}], "c": {"d": {}}}, "spec.json")
    assert caught.value.diagnostic.location == "spec.json#/a"
    assert caught.value.diagnostic.message == "the document has more than 3 nodes"
    monkeypatch.setattr(yamlsource, "MAX_NODES", 100)
    monkeypatch.setattr(yamlsource, "MAX_DEPTH", 2)
    with pytest.raises(ClientgenError) as caught:
        check_document_limits({"a": {"$ref": "#/c"}, "c": {"d": {"e": {}}}}, "spec.json")
    assert caught.value.diagnostic.location == "spec.json#/c/d/e"
    assert caught.value.diagnostic.message == "the document nests deeper than 2 levels"
