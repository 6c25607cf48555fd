"""Problems the semantic checks locate only within a value are warnings at the source."""

from __future__ import annotations

from typing import Any

import pytest

from generator.validate import find_problems, findings


def _spec(prop: dict[str, Any]) -> dict[str, Any]:
    schema = {"type": "object", "properties": {"p": prop}}
    response = {"description": "ok", "content": {"application/json": {"schema": schema}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": response}}}},
    }


@pytest.mark.parametrize(
    ("prop", "inside"),
    [
        # nordigen: an array default whose item does not fit (found at /0 of the default)
        ({"type": "array", "items": {"type": "integer"}, "default": ["balances"]}, "/0"),
        # opensuse obs: an example inside an xml object (found at the schema's own path)
        ({"type": "string", "xml": {"attribute": True, "example": "x"}}, "/properties/p/xml"),
    ],
)
def test_a_problem_located_within_a_value_is_a_warning(prop: dict[str, Any], inside: str) -> None:
    found = findings(find_problems(_spec(prop), "spec.yaml"), "spec.yaml")
    assert found, "the problem is still reported"
    assert {d.severity for d in found} == {"warning"}
    assert all(d.location == "spec.yaml" for d in found)
    assert any(f"(at {inside} within the value checked)" in d.message for d in found)
