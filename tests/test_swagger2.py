"""Swagger 2.0 -> OpenAPI 3.0.3 conversion, one construct at a time.

Every converted document must validate with openapi-spec-validator's OpenAPI
3.0 validator; constructs without a 3.0 form must give a diagnostic that names
the construct and its JSON pointer.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV30SpecValidator

from generator.diagnostics import Diagnostic, Severity
from generator.readers.openapi.swagger2 import convert

SOURCE = "spec.json"


def swagger(paths: dict[str, Any] | None = None, **top: Any) -> dict[str, Any]:
    """A minimal valid Swagger 2.0 document with the given paths and top-level fields."""
    return {"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": paths or {}, **top}


def get(**op: Any) -> dict[str, Any]:
    """A GET operation with a 200 response unless ``responses`` is given."""
    return {"get": {"responses": {"200": {"description": "ok"}}, **op}}


def post(**op: Any) -> dict[str, Any]:
    return {"post": {"responses": {"200": {"description": "ok"}}, **op}}


def convert_valid(doc: dict[str, Any]) -> tuple[dict[str, Any], list[Diagnostic]]:
    """Convert and assert the result is a valid OpenAPI 3.0 document."""
    out, diagnostics = convert(doc, SOURCE)
    errors = [e.message for e in OpenAPIV30SpecValidator(out).iter_errors()]
    assert errors == [], json.dumps(out, indent=1)
    assert out["openapi"] == "3.0.3"
    return out, diagnostics


def problems(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity is not Severity.INFO]


def test_definitions_become_component_schemas_with_every_ref_rewritten() -> None:
    doc = swagger(
        {
            "/pets": get(
                responses={
                    "200": {
                        "description": "ok",
                        "schema": {"type": "array", "items": {"$ref": "#/definitions/Pet"}},
                    }
                }
            )
        },
        definitions={
            "Pet": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "owner": {"$ref": "#/definitions/Owner"},
                    "tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}},
                    "extra": {"additionalProperties": {"$ref": "#/definitions/Tag"}},
                },
            },
            "Owner": {"allOf": [{"$ref": "#/definitions/Tag"}, {"type": "object"}]},
            "Tag": {"type": "string"},
        },
    )
    out, diagnostics = convert_valid(doc)
    assert problems(diagnostics) == []
    schemas = out["components"]["schemas"]
    assert set(schemas) == {"Pet", "Owner", "Tag"}
    pet = schemas["Pet"]["properties"]
    assert pet["owner"] == {"$ref": "#/components/schemas/Owner"}
    assert pet["tags"]["items"] == {"$ref": "#/components/schemas/Tag"}
    assert pet["extra"]["additionalProperties"] == {"$ref": "#/components/schemas/Tag"}
    assert schemas["Owner"]["allOf"][0] == {"$ref": "#/components/schemas/Tag"}
    content = out["paths"]["/pets"]["get"]["responses"]["200"]["content"]
    assert content["application/json"]["schema"]["items"] == {"$ref": "#/components/schemas/Pet"}
    assert "#/definitions/" not in json.dumps(out)


def test_body_parameter_becomes_request_body_per_consumes() -> None:
    body = {
        "name": "pet",
        "in": "body",
        "required": True,
        "description": "the pet",
        "schema": {"$ref": "#/definitions/Pet"},
        "x-body-extra": 1,
    }
    doc = swagger(
        {
            "/a": post(parameters=[body]),
            "/b": post(parameters=[body], consumes=["application/xml"]),
        },
        consumes=["application/json", "text/json"],
        definitions={"Pet": {"type": "object"}},
    )
    out, _ = convert_valid(doc)
    a = out["paths"]["/a"]["post"]
    assert "parameters" not in a
    assert a["requestBody"]["required"] is True
    assert a["requestBody"]["description"] == "the pet"
    assert a["requestBody"]["x-body-extra"] == 1
    assert a["requestBody"]["x-codegen-request-body-name"] == "pet"
    assert a["requestBody"]["content"] == {
        "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}},
        "text/json": {"schema": {"$ref": "#/components/schemas/Pet"}},
    }
    assert list(out["paths"]["/b"]["post"]["requestBody"]["content"]) == ["application/xml"]


def test_body_parameter_without_consumes_is_json() -> None:
    doc = swagger({"/a": post(parameters=[{"name": "b", "in": "body", "schema": {}}])})
    out, _ = convert_valid(doc)
    assert list(out["paths"]["/a"]["post"]["requestBody"]["content"]) == ["application/json"]


def test_form_data_becomes_urlencoded_body_with_encoding_for_arrays() -> None:
    fields = [
        {"name": "name", "in": "formData", "type": "string", "required": True},
        {"name": "age", "in": "formData", "type": "integer", "format": "int32", "minimum": 0},
        {
            "name": "tags",
            "in": "formData",
            "type": "array",
            "items": {"type": "string"},
            "collectionFormat": "multi",
        },
    ]
    out, diagnostics = convert_valid(swagger({"/f": post(parameters=fields)}))
    assert problems(diagnostics) == []
    body = out["paths"]["/f"]["post"]["requestBody"]
    assert body["required"] is True
    media = body["content"]["application/x-www-form-urlencoded"]
    assert media["schema"] == {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "age": {"type": "integer", "format": "int32", "minimum": 0},
            "tags": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["name"],
    }
    assert media["encoding"] == {"tags": {"style": "form", "explode": True}}


def test_form_data_with_a_file_becomes_multipart() -> None:
    fields = [
        {"name": "file", "in": "formData", "type": "file", "description": "the upload"},
        {"name": "note", "in": "formData", "type": "string"},
    ]
    doc = swagger({"/u": post(parameters=fields, consumes=["multipart/form-data"])})
    out, _ = convert_valid(doc)
    content = out["paths"]["/u"]["post"]["requestBody"]["content"]
    assert list(content) == ["multipart/form-data"]
    props = content["multipart/form-data"]["schema"]["properties"]
    assert props["file"] == {"type": "string", "format": "binary", "description": "the upload"}
    # Without consumes a file field still means multipart.
    out, _ = convert_valid(swagger({"/u": post(parameters=fields[:1])}))
    assert list(out["paths"]["/u"]["post"]["requestBody"]["content"]) == ["multipart/form-data"]


def test_simple_parameters_move_type_and_constraints_into_schema() -> None:
    params = [
        {"name": "id", "in": "path", "required": True, "type": "string", "format": "uuid"},
        {
            "name": "limit",
            "in": "query",
            "type": "integer",
            "default": 10,
            "minimum": 1,
            "maximum": 100,
            "allowEmptyValue": True,
            "x-example": 5,
        },
        {"name": "sort", "in": "query", "type": "string", "enum": ["asc", "desc"]},
        {"name": "X-Trace", "in": "header", "type": "string", "pattern": "^[a-f0-9]+$"},
    ]
    out, diagnostics = convert_valid(swagger({"/p/{id}": get(parameters=params)}))
    assert problems(diagnostics) == []
    converted = {p["name"]: p for p in out["paths"]["/p/{id}"]["get"]["parameters"]}
    assert converted["id"] == {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "format": "uuid"},
    }
    limit = converted["limit"]
    assert limit["schema"] == {"type": "integer", "default": 10, "minimum": 1, "maximum": 100}
    assert limit["allowEmptyValue"] is True
    assert limit["example"] == 5
    assert limit["x-example"] == 5
    assert converted["sort"]["schema"]["enum"] == ["asc", "desc"]
    assert converted["X-Trace"]["schema"]["pattern"] == "^[a-f0-9]+$"


@pytest.mark.parametrize(
    ("location", "fmt", "style", "explode"),
    [
        ("query", None, "form", False),
        ("query", "csv", "form", False),
        ("query", "ssv", "spaceDelimited", False),
        ("query", "pipes", "pipeDelimited", False),
        ("query", "multi", "form", True),
        ("path", "csv", "simple", False),
        ("header", None, "simple", False),
    ],
)
def test_collection_format_becomes_style_and_explode(
    location: str, fmt: str | None, style: str, explode: bool
) -> None:
    param: dict[str, Any] = {
        "name": "ids",
        "in": location,
        "type": "array",
        "items": {"type": "integer"},
        "required": True,
    }
    if fmt:
        param["collectionFormat"] = fmt
    path = "/x/{ids}" if location == "path" else "/x"
    out, diagnostics = convert_valid(swagger({path: get(parameters=[param])}))
    assert problems(diagnostics) == []
    (converted,) = out["paths"][path]["get"]["parameters"]
    assert (converted["style"], converted["explode"]) == (style, explode)
    assert converted["schema"] == {"type": "array", "items": {"type": "integer"}}


def test_collection_format_without_equivalent_is_a_diagnostic() -> None:
    params = [
        {"name": "a", "in": "query", "type": "array", "items": {}, "collectionFormat": "tsv"},
        {"name": "b", "in": "header", "type": "array", "items": {}, "collectionFormat": "pipes"},
    ]
    out, diagnostics = convert_valid(swagger({"/x": get(parameters=params)}))
    locations = {d.location for d in diagnostics if d.severity is Severity.ERROR}
    assert locations == {
        "spec.json#/paths/~1x/get/parameters/0/collectionFormat",
        "spec.json#/paths/~1x/get/parameters/1/collectionFormat",
    }
    assert any("'tsv'" in d.message for d in diagnostics)
    assert out["paths"]["/x"]["get"]["parameters"][0]["style"] == "form"


def test_responses_get_content_per_produces_examples_and_headers() -> None:
    responses = {
        "200": {
            "description": "ok",
            "schema": {"type": "object"},
            "examples": {"application/json": {"a": 1}},
            "headers": {
                "X-Rate-Limit": {"type": "integer", "format": "int32", "description": "calls"},
                "X-Ids": {"type": "array", "items": {"type": "string"}},
            },
            "x-resp": True,
        },
        "204": {"description": "nothing"},
        "default": {"description": "error", "schema": {"$ref": "#/definitions/Error"}},
    }
    doc = swagger(
        {"/r": get(responses=responses, produces=["application/json", "application/xml"])},
        definitions={"Error": {"type": "object"}},
    )
    out, _ = convert_valid(doc)
    converted = out["paths"]["/r"]["get"]["responses"]
    ok = converted["200"]
    assert ok["content"]["application/json"] == {"schema": {"type": "object"}, "example": {"a": 1}}
    assert ok["content"]["application/xml"] == {"schema": {"type": "object"}}
    assert ok["headers"]["X-Rate-Limit"] == {
        "description": "calls",
        "schema": {"type": "integer", "format": "int32"},
    }
    assert ok["headers"]["X-Ids"]["style"] == "simple"
    assert ok["x-resp"] is True
    assert converted["204"] == {"description": "nothing"}
    error_schema = converted["default"]["content"]["application/json"]["schema"]
    assert error_schema == {"$ref": "#/components/schemas/Error"}


def test_integer_response_codes_and_file_responses() -> None:
    responses = {200: {"description": "the file", "schema": {"type": "file"}}}
    doc = swagger({"/d": get(responses=responses, produces=["application/octet-stream"])})
    out, _ = convert_valid(doc)
    content = out["paths"]["/d"]["get"]["responses"]["200"]["content"]
    assert content == {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
    }


def test_security_definitions_become_security_schemes() -> None:
    definitions = {
        "basic": {"type": "basic", "description": "user/pass"},
        "key": {"type": "apiKey", "name": "X-API-Key", "in": "header", "x-key": 1},
        "implicit": {
            "type": "oauth2",
            "flow": "implicit",
            "authorizationUrl": "https://a/auth",
            "scopes": {"read": "Read"},
        },
        "password": {"type": "oauth2", "flow": "password", "tokenUrl": "https://a/token"},
        "application": {
            "type": "oauth2",
            "flow": "application",
            "tokenUrl": "https://a/token",
            "scopes": {},
        },
        "accessCode": {
            "type": "oauth2",
            "flow": "accessCode",
            "authorizationUrl": "https://a/auth",
            "tokenUrl": "https://a/token",
            "scopes": {"write": "Write"},
        },
    }
    doc = swagger({"/s": get()}, securityDefinitions=definitions, security=[{"key": []}])
    out, diagnostics = convert_valid(doc)
    assert problems(diagnostics) == []
    schemes = out["components"]["securitySchemes"]
    assert schemes["basic"] == {"type": "http", "scheme": "basic", "description": "user/pass"}
    assert schemes["key"] == {"type": "apiKey", "name": "X-API-Key", "in": "header", "x-key": 1}
    assert schemes["implicit"]["flows"] == {
        "implicit": {"authorizationUrl": "https://a/auth", "scopes": {"read": "Read"}}
    }
    assert schemes["password"]["flows"] == {
        "password": {"tokenUrl": "https://a/token", "scopes": {}}
    }
    assert schemes["application"]["flows"] == {
        "clientCredentials": {"tokenUrl": "https://a/token", "scopes": {}}
    }
    assert schemes["accessCode"]["flows"] == {
        "authorizationCode": {
            "authorizationUrl": "https://a/auth",
            "tokenUrl": "https://a/token",
            "scopes": {"write": "Write"},
        }
    }
    assert out["security"] == [{"key": []}]


def test_unknown_security_scheme_is_a_diagnostic() -> None:
    doc = swagger({"/s": get()}, securityDefinitions={"odd": {"type": "oauth2", "flow": "magic"}})
    out, diagnostics = convert_valid(doc)
    assert [d.location for d in diagnostics] == ["spec.json#/securityDefinitions/odd/flow"]
    assert "components" not in out


@pytest.mark.parametrize(
    ("top", "urls"),
    [
        ({"host": "api.x.com", "basePath": "/v1", "schemes": ["https", "http"]},
         ["https://api.x.com/v1", "http://api.x.com/v1"]),
        ({"host": "api.x.com"}, ["https://api.x.com"]),
        ({"host": "api.x.com:8080", "basePath": "/", "schemes": ["http"]},
         ["http://api.x.com:8080"]),
        ({"basePath": "/v2"}, ["/v2"]),
        ({}, None),
    ],
)  # fmt: skip
def test_host_base_path_and_schemes_become_servers(
    top: dict[str, Any], urls: list[str] | None
) -> None:
    out, _ = convert_valid(swagger({"/s": get()}, **top))
    servers = out.get("servers")
    assert (None if servers is None else [s["url"] for s in servers]) == urls


def test_global_parameters_and_responses_become_components() -> None:
    doc = swagger(
        {
            "/g": post(
                parameters=[
                    {"$ref": "#/parameters/limit"},
                    {"$ref": "#/parameters/body"},
                ],
                responses={"404": {"$ref": "#/responses/NotFound"}},
            ),
            "/f": post(parameters=[{"$ref": "#/parameters/field"}]),
        },
        parameters={
            "limit": {"name": "limit", "in": "query", "type": "integer"},
            "body": {"name": "body", "in": "body", "schema": {"$ref": "#/definitions/Thing"}},
            "field": {"name": "field", "in": "formData", "type": "string", "required": True},
        },
        responses={"NotFound": {"description": "gone", "schema": {"$ref": "#/definitions/Thing"}}},
        definitions={"Thing": {"type": "object"}},
    )
    out, diagnostics = convert_valid(doc)
    assert problems(diagnostics) == []
    components = out["components"]
    assert components["parameters"] == {
        "limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    }
    assert components["requestBodies"]["body"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Thing"
    }
    assert components["responses"]["NotFound"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Thing"
    }
    op = out["paths"]["/g"]["post"]
    assert op["parameters"] == [{"$ref": "#/components/parameters/limit"}]
    assert op["requestBody"] == {"$ref": "#/components/requestBodies/body"}
    assert op["responses"]["404"] == {"$ref": "#/components/responses/NotFound"}
    form = out["paths"]["/f"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]
    assert form["schema"]["required"] == ["field"]


def test_path_level_parameters_stay_and_path_level_bodies_move_into_operations() -> None:
    path_item = {
        "parameters": [
            {"name": "id", "in": "path", "required": True, "type": "string"},
            {"name": "payload", "in": "body", "schema": {"type": "object"}},
            {"name": "q", "in": "query", "type": "string"},
        ],
        **post(),
        **get(parameters=[{"name": "q", "in": "query", "type": "integer"}]),
    }
    out, _ = convert_valid(swagger({"/i/{id}": path_item}))
    item = out["paths"]["/i/{id}"]
    assert [p["name"] for p in item["parameters"]] == ["id", "q"]
    assert item["post"]["requestBody"]["content"]["application/json"]["schema"] == {
        "type": "object"
    }
    assert item["get"]["parameters"] == [
        {"name": "q", "in": "query", "schema": {"type": "integer"}}
    ]


def test_extensions_are_kept_everywhere() -> None:
    doc = swagger(
        {
            "/e": {
                "x-path": 1,
                "get": {
                    "x-op": 2,
                    "parameters": [{"name": "a", "in": "query", "type": "string", "x-param": 3}],
                    "responses": {"200": {"description": "ok"}, "x-responses": 4},
                },
            },
            "x-paths": {"note": 5},
        },
        definitions={"S": {"type": "object", "x-schema": 6}},
        **{"x-root": 7},
    )
    doc["info"]["x-logo"] = {"url": "u"}
    out, _ = convert_valid(doc)
    assert out["x-root"] == 7
    assert out["info"]["x-logo"] == {"url": "u"}
    assert out["paths"]["x-paths"] == {"note": 5}
    item = out["paths"]["/e"]
    assert item["x-path"] == 1
    assert item["get"]["x-op"] == 2
    assert item["get"]["parameters"][0]["x-param"] == 3
    assert item["get"]["responses"]["x-responses"] == 4
    assert out["components"]["schemas"]["S"]["x-schema"] == 6


def test_schema_dialect_differences_are_lowered() -> None:
    definitions = {
        "Animal": {
            "type": "object",
            "discriminator": "kind",
            "required": [],
            "properties": {
                "kind": {"type": "string"},
                "nick": {"type": "string", "x-nullable": True},
                "photo": {"type": "file"},
                "weight": {"type": ["number", "null"]},
            },
        }
    }
    out, diagnostics = convert_valid(swagger({"/a": get()}, definitions=definitions))
    assert problems(diagnostics) == []
    animal = out["components"]["schemas"]["Animal"]
    assert animal["discriminator"] == {"propertyName": "kind"}
    assert "required" not in animal
    assert animal["properties"]["nick"] == {"type": "string", "x-nullable": True, "nullable": True}
    assert animal["properties"]["photo"] == {"type": "string", "format": "binary"}
    assert animal["properties"]["weight"] == {"type": "number", "nullable": True}


def test_unconvertible_constructs_are_diagnostics_with_pointers() -> None:
    doc = swagger(
        {
            "/bad": {
                "get": {
                    "parameters": [
                        {"name": "f", "in": "query", "type": "file"},
                        {"name": "c", "in": "cookie", "type": "string"},
                        {"$ref": "#/parameters/missing"},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "t": {"type": ["string", "integer"]},
                                    "u": {"items": [{"type": "string"}]},
                                    "v": {"$ref": "#/definitions/Nowhere"},
                                },
                            },
                        }
                    },
                },
                "post": {
                    "parameters": [
                        {"name": "b", "in": "body", "schema": {}},
                        {"name": "x", "in": "formData", "type": "string"},
                    ],
                    "responses": {"200": {"description": "ok"}},
                },
            }
        }
    )
    out, diagnostics = convert(doc, SOURCE)
    errors = {d.location: d.message for d in diagnostics if d.severity is Severity.ERROR}
    base = "spec.json#/paths/~1bad"
    schema = f"{base}/get/responses/200/schema/properties"
    assert set(errors) == {
        f"{base}/get/parameters/0/type",
        f"{base}/get/parameters/1/in",
        f"{base}/get/parameters/2",
        f"{schema}/t/type",
        f"{schema}/u/items",
        f"{schema}/v/$ref",
        f"{base}/post/parameters/1",
    }
    assert "file" in errors[f"{base}/get/parameters/0/type"]
    assert "'cookie'" in errors[f"{base}/get/parameters/1/in"]
    assert "body and formData" in errors[f"{base}/post/parameters/1"]
    assert out["paths"]["/bad"]["post"]["requestBody"]["content"]["application/json"]


def test_external_refs_are_kept_with_a_warning() -> None:
    schema = {"$ref": "common.yaml#/definitions/Thing"}
    responses = {"200": {"description": "ok", "schema": schema}}
    out, diagnostics = convert(swagger({"/x": get(responses=responses)}), SOURCE)
    media = out["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["schema"] == {"$ref": "common.yaml#/components/schemas/Thing"}
    assert [d.severity for d in diagnostics] == [Severity.WARNING]
    assert "external reference" in diagnostics[0].message


def test_missing_info_fields_and_responses_are_filled_with_warnings() -> None:
    doc = {"swagger": "2.0", "info": {}, "paths": {"/n": {"get": {}}}}
    out, diagnostics = convert_valid(doc)
    assert out["info"] == {"title": "Untitled API", "version": "0"}
    assert out["paths"]["/n"]["get"]["responses"] == {"default": {"description": ""}}
    assert {d.location for d in diagnostics} == {
        "spec.json#/info/title",
        "spec.json#/info/version",
        "spec.json#/paths/~1n/get/responses",
    }


def test_operation_fields_are_copied() -> None:
    op = {
        "tags": ["pets"],
        "summary": "s",
        "description": "d",
        "operationId": "listPets",
        "deprecated": True,
        "security": [],
        "externalDocs": {"url": "https://docs"},
    }
    out, _ = convert_valid(swagger({"/o": get(**op)}, tags=[{"name": "pets"}]))
    converted = out["paths"]["/o"]["get"]
    assert {k: converted[k] for k in op} == op
    assert out["tags"] == [{"name": "pets"}]


def test_input_is_not_mutated() -> None:
    doc = swagger(
        {"/m": post(parameters=[{"name": "b", "in": "body", "schema": {"type": "file"}}])},
        definitions={"D": {"type": "object", "discriminator": "k", "required": []}},
    )
    before = copy.deepcopy(doc)
    convert(doc, SOURCE)
    assert doc == before


def test_a_broken_path_level_parameter_is_reported_once() -> None:
    path_item = {"parameters": [{"$ref": "#/parameters/gone"}], **get(), **post()}
    out, diagnostics = convert(swagger({"/once": path_item}), SOURCE)
    assert [d.location for d in diagnostics] == ["spec.json#/paths/~1once/parameters/0"]
    assert "parameters" not in out["paths"]["/once"]
