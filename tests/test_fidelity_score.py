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
