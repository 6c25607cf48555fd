"""The repair step: each slip real specs and recovered documents make is mended,
located and reported, and the document then validates."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diagnostics import Severity
from generator.repair import REPAIRS_KEY, repair
from generator.report import render_text
from generator.validate import validate_document
from tests.conftest import clientgen as run_cli


def spec(operation: dict[str, Any], path: str = "/items", **extra: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {path: {"get": operation}},
        **extra,
    }


OK = {"200": {"description": "ok"}}


def repaired(document: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    result = repair(document, "spec.yaml")
    errors = [d for d in validate_document(document, "spec.yaml") if d.severity is Severity.ERROR]
    assert errors == [], "the repaired document must validate"
    assert [d for d in result.findings if d.severity is Severity.ERROR] == []
    return document, [str(n) for n in result.notes]


def test_a_valid_document_is_left_alone() -> None:
    document = spec({"operationId": "list", "responses": OK})
    before = copy.deepcopy(document)
    after, notes = repaired(document)
    assert notes == []
    assert after == before


def test_duplicate_required_entries_are_removed_where_they_stand() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a", "a"]}
    document = spec({"responses": OK}, components={"schemas": {"Item": schema}})
    after, notes = repaired(document)
    assert after["components"]["schemas"]["Item"]["required"] == ["a"]
    assert notes == [
        "spec.yaml#/components/schemas/Item/required: warning: repaired: removed repeated or "
        "non-name entries (must be unique)"
    ]


def test_response_keys_in_other_spellings_are_read_as_status_codes() -> None:
    document = spec({"responses": {"DEFAULT": {"description": "x"}, "2xx": {"description": "y"}}})
    after, notes = repaired(document)
    assert list(after["paths"]["/items"]["get"]["responses"]) == ["default", "2XX"]
    assert len(notes) == 2


def test_a_response_key_that_is_no_status_is_dropped_and_the_rest_kept() -> None:
    document = spec({"responses": {"200": {"description": "ok"}, "Payload": {}}})
    after, notes = repaired(document)
    assert list(after["paths"]["/items"]["get"]["responses"]) == ["200"]
    assert "/paths/~1items/get/responses/Payload" in notes[0]


def test_swagger2_parameters_get_a_schema_and_a_style() -> None:
    parameter = {
        "name": "ids",
        "in": "query",
        "type": "array",
        "items": {"type": "integer"},
        "collectionFormat": "csv",
    }
    document = spec({"parameters": [parameter], "responses": OK})
    after, _ = repaired(document)
    assert after["paths"]["/items"]["get"]["parameters"] == [
        {
            "name": "ids",
            "in": "query",
            "schema": {"type": "array", "items": {"type": "integer"}},
            "style": "form",
            "explode": False,
        }
    ]


def test_body_and_form_parameters_become_request_bodies() -> None:
    body = {"name": "b", "in": "body", "required": True, "schema": {"type": "object"}}
    document = spec({"parameters": [body], "responses": OK})
    after, _ = repaired(document)
    operation = after["paths"]["/items"]["get"]
    assert operation["parameters"] == []
    assert operation["requestBody"] == {
        "required": True,
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
    form = {"name": "f", "in": "formData", "type": "string", "required": True}
    after, _ = repaired(spec({"parameters": [form], "responses": OK}))
    schema = after["paths"]["/items"]["get"]["requestBody"]["content"][
        "application/x-www-form-urlencoded"
    ]["schema"]
    assert schema == {"type": "object", "properties": {"f": {"type": "string"}}, "required": ["f"]}


def test_keywords_not_allowed_where_they_stand_are_dropped() -> None:
    parameter = {
        "name": "id",
        "in": "path",
        "required": True,
        "allowEmptyValue": True,
        "schema": {"type": "string"},
    }
    document = spec({"parameters": [parameter], "responses": OK}, path="/items/{id}")
    after, notes = repaired(document)
    assert "allowEmptyValue" not in after["paths"]["/items/{id}"]["get"]["parameters"][0]
    assert "dropped allowEmptyValue" in notes[0]


def test_a_parameter_declared_twice_keeps_the_first() -> None:
    first = {"name": "q", "in": "query", "schema": {"type": "string"}}
    second = {"name": "q", "in": "query", "schema": {"type": "integer"}}
    after, notes = repaired(spec({"parameters": [first, second], "responses": OK}))
    assert after["paths"]["/items"]["get"]["parameters"] == [first]
    assert "declared twice" in notes[0]


def test_path_parameters_and_the_template_are_made_to_agree() -> None:
    stray = {"name": "gone", "in": "path", "required": True, "schema": {"type": "string"}}
    document = spec({"parameters": [stray], "responses": OK}, path="/items/{id}")
    after, notes = repaired(document)
    assert after["paths"]["/items/{id}"]["get"]["parameters"] == [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    assert len(notes) == 2


def test_a_required_flag_on_a_property_moves_to_its_object() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string", "required": True}}}
    document = spec({"responses": OK}, components={"schemas": {"Item": schema}})
    after, _ = repaired(document)
    assert after["components"]["schemas"]["Item"] == {
        "type": "object",
        "properties": {"a": {"type": "string"}},
        "required": ["a"],
    }


def test_type_words_and_nullable_are_said_the_json_schema_way() -> None:
    schema = {"type": "object", "properties": {"when": {"type": "DateTime", "nullable": True}}}
    document = spec({"responses": OK}, components={"schemas": {"Item": schema}})
    after, _ = repaired(document)
    assert after["components"]["schemas"]["Item"]["properties"]["when"] == {
        "type": ["string", "null"],
        "format": "date-time",
    }


def test_a_broken_reference_leaves_an_open_slot() -> None:
    media = {"application/json": {"schema": {"$ref": "#/components/schemas/Gone"}}}
    document = spec({"responses": {"200": {"description": "ok", "content": media}}})
    after, notes = repaired(document)
    schema = after["paths"]["/items"]["get"]["responses"]["200"]["content"]["application/json"]
    assert "$ref" not in schema["schema"]
    assert notes == [
        "spec.yaml#/paths/~1items/get/responses/200/content/application~1json/schema: warning: "
        "repaired: removed the $ref to '#/components/schemas/Gone' (it names nothing)"
    ]


def test_duplicate_operation_ids_are_numbered() -> None:
    document = spec({"operationId": "op", "responses": OK})
    document["paths"]["/other"] = {"get": {"operationId": "op", "responses": OK}}
    after, _ = repaired(document)
    assert after["paths"]["/other"]["get"]["operationId"] == "op2"


def test_what_no_rule_knows_is_dropped_at_its_pointer() -> None:
    document = spec({"responses": OK, "produces": ["application/json"]})
    document["host"] = "example.com"
    after, notes = repaired(document)
    assert "produces" not in after["paths"]["/items"]["get"]
    assert "host" not in after
    assert {n.split(":")[0] for n in notes} == {
        "spec.yaml#/host",
        "spec.yaml#/paths/~1items/get/produces",
    }


def test_every_repair_is_recorded_for_the_report() -> None:
    document = spec({"responses": {"DEFAULT": {"description": "x"}}})
    repair(document, "spec.yaml")
    assert document[REPAIRS_KEY] == [
        {
            "at": "/paths/~1items/get/responses/DEFAULT",
            "did": "renamed response 'DEFAULT' to 'default'",
            "why": "its spelling",
        }
    ]
    assert "/paths/~1items/get/responses/DEFAULT: renamed response 'DEFAULT' to 'default'" in (
        render_text(document, None)
    )


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_a_sloppy_spec_generates_a_client_with_located_warnings(
    tmp_path: Path, version: str
) -> None:
    document = spec(
        {
            "operationId": "getItem",
            "parameters": [{"name": "id", "in": "path", "type": "integer"}],
            "responses": {
                "DEFAULT": {"description": "x"},
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": "#/nope"}}},
                },
            },
        },
        path="/items/{id}",
    )
    document["openapi"] = version
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")
    result = run_cli("generate", "--source", "spec.yaml", "--output", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "spec.yaml#/paths/~1items~1{id}/get/responses/DEFAULT: warning: repaired:" in (
        result.stderr
    )
    assert "spec.yaml#/paths/~1items~1{id}/get/parameters/0: warning: repaired: moved type" in (
        result.stderr
    )
    assert (tmp_path / "out").is_dir()


def test_siblings_of_a_response_reference_are_kept_by_inlining_it() -> None:
    headers = {"X-Rate": {"schema": {"type": "integer"}}}
    document = spec(
        {"responses": {"200": {"$ref": "#/components/responses/Ok", "headers": headers}}},
        components={"responses": {"Ok": {"description": "fine"}}},
    )
    after, notes = repaired(document)
    assert after["paths"]["/items"]["get"]["responses"]["200"] == {
        "description": "fine",
        "headers": headers,
    }
    assert "inlined #/components/responses/Ok to keep headers" in notes[0]


def test_a_stray_top_level_value_is_dropped_but_never_paths_or_info() -> None:
    document = spec({"responses": OK})
    document["items"] = ""  # a key a damaged capture put at the top
    after, notes = repaired(document)
    assert "items" not in after and "paths" in after and "info" in after
    assert notes[0].startswith("spec.yaml#/items: warning: repaired: dropped this value")


def test_a_schema_keyword_whose_value_is_no_schema_is_dropped() -> None:
    schema = {"type": "array", "items": "", "additionalProperties": 3}
    document = spec({"responses": OK}, components={"schemas": {"List": schema}})
    after, notes = repaired(document)
    assert after["components"]["schemas"]["List"] == {"type": "array"}
    assert len(notes) == 2


def test_a_loop_of_bare_references_is_opened() -> None:
    schemas = {
        "A": {"$ref": "#/components/schemas/B"},
        "B": {"$ref": "#/components/schemas/A"},
        "C": {"$ref": "#/components/schemas/C"},
    }
    document = spec({"responses": OK}, components={"schemas": schemas})
    after, notes = repaired(document)
    assert after["components"]["schemas"]["B"] == {}
    assert after["components"]["schemas"]["C"] == {}
    assert after["components"]["schemas"]["A"] == {"$ref": "#/components/schemas/B"}
    assert len(notes) == 2


def test_a_loop_through_an_allof_wrapper_is_opened_too() -> None:
    wrapped = {"allOf": [{"$ref": "#/components/schemas/Id"}, {"description": "The id."}]}
    document = spec({"responses": OK}, components={"schemas": {"Id": wrapped}})
    after, notes = repaired(document)
    assert after["components"]["schemas"]["Id"] == {"allOf": [{}, {"description": "The id."}]}
    assert "a loop of references" in notes[0]


def test_a_broken_reference_an_anchor_shares_is_repaired_once() -> None:
    """YAML anchors share one object in two places: it is repaired where first met (it
    used to be repaired twice, the second time with a KeyError)."""
    shared = {"allOf": [{"$ref": "#/components/schemas/Missing"}]}
    document = spec(
        {"responses": OK},
        components={"schemas": {"A": {"properties": {"x": shared, "y": shared}}}},
    )
    after, notes = repaired(document)
    assert after["components"]["schemas"]["A"]["properties"]["y"]["allOf"] == [
        {"description": "(was a reference to #/components/schemas/Missing, which is missing)"}
    ]
    assert notes == [
        "spec.yaml#/components/schemas/A/properties/y/allOf/0: warning: repaired: removed the "
        "$ref to '#/components/schemas/Missing' (it names nothing)"
    ]
