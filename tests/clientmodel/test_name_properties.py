"""Properties of the name scopes over clash-prone names: whatever a spec calls its
schemas, tags and server variables, every scope's names stay unique and clear of
the names the generated code uses."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.clientmodel.scopes import CONSTRUCTOR_ARGUMENTS, client_attributes, module_names
from tests.clientmodel.conftest import lower_spec

CLASHY = [
    *sorted(module_names() | client_attributes() | CONSTRUCTOR_ARGUMENTS),
    *("token", "username", "password", "api_key", "Pets", "AsyncPets", "PetsWithRawResponse"),
]
NAMES = st.sampled_from(CLASHY) | st.text("abcAB_2", min_size=1, max_size=6)


def _document(schemas: list[str], tags: list[str], variables: list[str]) -> dict[str, Any]:
    paths = {
        f"/p{i}": {
            "get": {
                "tags": [tag],
                "operationId": f"op{i}",
                "responses": {"204": {"description": "none"}},
            }
        }
        for i, tag in enumerate(tags)
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Clash", "version": "1"},
        "servers": [
            {
                "url": "https://" + "".join(f"{{{v}}}." for v in variables) + "example.com",
                "variables": {v: {"default": "x"} for v in variables},
            }
        ],
        "security": [{"basic": []}, {"bearer": []}, {"key": []}],
        "paths": paths,
        "components": {
            "schemas": {
                s: {"type": "object", "properties": {"a": {"type": "string"}}} for s in schemas
            },
            "securitySchemes": {
                "basic": {"type": "http", "scheme": "basic"},
                "bearer": {"type": "http", "scheme": "bearer"},
                "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
            },
        },
    }


@settings(max_examples=60, deadline=None)
@given(
    st.lists(NAMES, min_size=1, max_size=6, unique=True),
    st.lists(NAMES, min_size=1, max_size=5, unique=True),
    st.lists(NAMES, max_size=4, unique=True),
)
def test_every_scope_stays_unique_and_clear_of_generated_names(
    schemas: list[str], tags: list[str], variables: list[str]
) -> None:
    client, _ = lower_spec(_document(schemas, tags, variables))

    classes = [m.name for m in client.models] + [n for r in client.resources for n in r.class_names]
    assert len(classes) == len(set(classes)) and not set(classes) & module_names()
    attrs = [r.attr for r in client.resources]
    assert len(attrs) == len(set(attrs)) and not set(attrs) & client_attributes()
    arguments = [v.name for v in client.server_variables]
    arguments += [c.name for s in client.auth for c in s.credentials]
    assert len(arguments) == len(set(arguments)) and not set(arguments) & CONSTRUCTOR_ARGUMENTS
    assert all(a.isidentifier() for a in attrs + arguments + classes)
