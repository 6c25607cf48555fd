"""The fidelity scorer judges what a page can state, and reads every valid $ref."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from _fidelity_score import compare


def _doc(content: dict[str, Any], schemes: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.0.0",
        "paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "content": content}}}}},
        "components": {"securitySchemes": schemes or {}},
    }


def test_fields_read_from_examples_are_not_judged_where_the_source_has_no_schema() -> None:
    truth = _doc({"application/json": {"example": {"id": 1}}})
    got = _doc({"application/json": {"schema": {"properties": {"id": {"type": "integer"}}}}})
    assert compare(truth, got)["response_f1"] is None
    schema = {"application/json": {"schema": {"properties": {"name": {"type": "string"}}}}}
    assert compare(_doc(schema), got)["response_f1"] == 0.0


def test_scheme_names_are_scored_apart_from_their_types() -> None:
    truth = _doc({}, {"azure_auth": {"type": "oauth2", "flows": {}}})
    got = _doc({}, {"AzureAuth": {"type": "apiKey", "in": "header", "name": "x"}})
    scores = compare(truth, got)
    assert (scores["security"], scores["scheme_names"]) == (0.0, 1.0)


def test_a_percent_encoded_ref_is_followed() -> None:
    path_item = {"get": {"parameters": [{"name": "account", "in": "path"}], "responses": {}}}
    truth = {"openapi": "3.0.0", "paths": {"/{account}": path_item}}
    got = {
        "openapi": "3.0.0",
        "paths": {"/{account}": {"$ref": "#/x-items/~1%7Baccount%7D"}},
        "x-items": {"/{account}": path_item},
    }
    assert compare(truth, got)["params_f1"] == 1.0


def _spec(op: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "openapi": "3.0.0",
        "servers": [{"url": "https://api.example.com/v1"}],
        "paths": {"/items/{id}": {"parameters": [{"name": "trace", "in": "query"}], "get": op}},
        **extra,
    }


def _answer(schema: dict[str, Any], **media: Any) -> dict[str, Any]:
    content = {"application/json": {"schema": schema, **media}}
    return {"responses": {"200": {"description": "ok", "content": content}}}


def test_openapi_to_md_is_judged_on_the_fields_it_prints() -> None:
    """An object without ``type`` prints as nothing, an untyped property is left out:
    the stated figure leaves them out of the truth and still counts what is printed."""
    untyped = {"properties": {"a": {"type": "string"}, "b": {"type": "string"}}}
    truth = _spec(
        _answer({"$ref": "#/components/schemas/Area"}), components={"schemas": {"Area": untyped}}
    )
    got = _spec(_answer({"type": "object"}))
    for form, stated in (("openapi-to-md", None), ("widdershins-md", 0.0), (None, 0.0)):
        scores = compare(truth, got, form)
        assert (scores["response_f1"], scores["response_stated_f1"]) == (0.0, stated)
    typed = {"type": "object", "properties": {"a": {"type": "string"}, "data": {"title": "x"}}}
    truth = _spec(_answer(typed))
    found = _spec(_answer({"type": "object", "properties": {"a": {"type": "string"}}}))
    scores = compare(truth, found, "openapi-to-md")
    assert scores["response_f1"] < 1.0 and scores["response_stated_f1"] == 1.0
    wrong = _spec(_answer({"type": "object", "properties": {"z": {"type": "string"}}}))
    assert compare(truth, wrong, "openapi-to-md")["response_stated_f1"] == 0.0
    # recovered although not printed (a guess that happens to be right): neither way
    both = _spec(_answer(typed))
    assert compare(truth, both, "openapi-to-md")["response_stated_f1"] == 1.0


def test_openapi_to_md_states_allof_members_and_example_keys() -> None:
    """``type`` with ``allOf`` prints the own properties only, but the printed example
    states the composed ones; an ``allOf`` without ``type`` prints its members."""
    schemas = {"Base": {"type": "object", "properties": {"id": {"type": "string"}}}}
    own = {
        "type": "object",
        "allOf": [{"$ref": "#/components/schemas/Base"}],
        "properties": {"etag": {"type": "string"}},
    }
    only_own = _spec(_answer({"type": "object", "properties": {"etag": {"type": "string"}}}))
    truth = _spec(_answer(own), components={"schemas": schemas})
    assert compare(truth, only_own, "openapi-to-md")["response_stated_f1"] == 1.0
    shown = _spec(
        _answer(own, examples={"x": {"value": {"id": "1", "etag": "e"}}}),
        components={"schemas": schemas},
    )
    assert compare(shown, only_own, "openapi-to-md")["response_stated_f1"] < 1.0
    members = _spec(
        _answer({"allOf": [{"$ref": "#/components/schemas/Base"}]}), components={"schemas": schemas}
    )
    assert compare(members, only_own, "openapi-to-md")["response_stated_f1"] == 0.0


def test_openapi_to_md_parameters_and_servers_it_prints() -> None:
    """Path-level and cookie parameters and ``servers`` are never printed; a path
    parameter is stated by its ``{name}``; a query parameter whose schema has no type
    prints an empty block."""
    op = {
        "parameters": [
            {"name": "id", "in": "path", "schema": {"type": "string"}},
            {"name": "q", "in": "query", "schema": {"type": "string"}},
            {"name": "raw", "in": "query", "schema": {}},
            {"name": "c", "in": "cookie", "schema": {"type": "string"}},
        ],
        "responses": {},
    }
    truth = _spec(op)
    got = _spec(
        {
            "parameters": [{"name": "id", "in": "path"}, {"name": "q", "in": "query"}],
            "responses": {},
        }
    )
    got["servers"] = []
    scores = compare(truth, got, "openapi-to-md")
    assert scores["params_f1"] < 1.0 and scores["params_stated_f1"] == 1.0
    assert scores["servers_found"] is None
    assert compare(truth, got, "widdershins-md")["servers_found"] == 0.0
    truth["info"] = {"description": "Calls go to https://api.example.com/v1/ and back."}
    assert compare(truth, got, "openapi-to-md")["servers_found"] == 0.0
    # the root of an endpoint's URL is stated; a URL inside another one is not
    truth["info"] = {"description": "curl https://api.example.com/v1/items/42"}
    assert compare(truth, got, "openapi-to-md")["servers_found"] == 0.0
    truth["info"] = {"description": "Sign in at https://api.example.com/v1/oauth/authorize"}
    assert compare(truth, got, "openapi-to-md")["servers_found"] is None
