"""Defects the real-world corpus found (docs/corpus.md, "Failure causes"), each on
its minimal spec: lowered, type-checked, and called with Client and AsyncClient."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from tests.clientmodel.conftest import generate, import_package, load_spec, lower_spec, mypy_strict


def _list_both_ways(
    package: ModuleType, resource: str, answer: object
) -> tuple[list[object], list[httpx.Request]]:
    """``client.<resource>.list()`` with ``Client`` then ``AsyncClient``, the server
    answering ``answer`` as JSON: the results and the requests sent."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=answer)

    with package.Client(http_client=httpx.Client(transport=httpx.MockTransport(handler))) as c:
        results = [getattr(c, resource).list()]

    async def run() -> object:
        transport = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with package.AsyncClient(http_client=transport) as client:
            return await getattr(client, resource).list()

    results.append(asyncio.run(run()))
    return results, sent


# -- a response that is a named string enum (vocadb.net) ---------------------------


@pytest.fixture(scope="module")
def enum_response(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate("enum_response.yaml", tmp_path_factory.mktemp("enums"), "enumresp")


def test_a_response_enum_is_open_and_cast_to_a_type_mypy_accepts() -> None:
    client, _ = lower_spec(load_spec("enum_response.yaml"))
    (op,) = client.resources[0].operations

    assert op.response_type == "Rating | str"
    assert op.cast_to() == 'cast("type[str]", Rating | str)'


def test_a_package_returning_a_response_enum_passes_mypy_strict(enum_response: Path) -> None:
    assert mypy_strict(enum_response, "enumresp") == ""


def test_an_unknown_response_enum_value_is_returned_as_received(enum_response: Path) -> None:
    package = import_package(enum_response, "enumresp")

    results, _ = _list_both_ways(package, "rating", "Meh")

    assert results == ["Meh", "Meh"]


def test_a_list_of_enum_values_is_open_too_and_type_checks(tmp_path: Path) -> None:
    root = generate("enum_list_response.yaml", tmp_path, "enumlist")
    client, _ = lower_spec(load_spec("enum_list_response.yaml"))
    (op,) = client.resources[0].operations

    assert op.response_type == "list[Rating | str]"
    assert mypy_strict(root, "enumlist") == ""
    results, _ = _list_both_ways(import_package(root, "enumlist"), "ratings", ["Like", "Meh"])
    assert results == [["Like", "Meh"], ["Like", "Meh"]]


# -- an optional form body on a GET (stripe.com) -----------------------------------


def test_an_optional_form_body_left_out_sends_no_body(tmp_path: Path) -> None:
    package = import_package(generate("form_get.yaml", tmp_path, "formget"), "formget")

    results, sent = _list_both_ways(package, "account", {"id": "a"})

    assert [r.id for r in results] == ["a", "a"]  # type: ignore[attr-defined]
    assert [(r.method, r.content) for r in sent] == [("GET", b""), ("GET", b"")]


def test_an_integer_enum_is_open_to_any_integer() -> None:
    document = load_spec("enum_response.yaml")
    level = {"type": "integer", "enum": [1, 2, 3]}
    document["components"]["schemas"]["Rating"] = level
    document["components"]["schemas"]["Scored"] = {
        "type": "object",
        "properties": {"level": level},
    }
    client, _ = lower_spec(document)
    (op,) = client.resources[0].operations
    scored = next(m for m in client.models if m.name == "Scored")

    assert (op.response_type, op.cast_to()) == ("Rating | int", 'cast("type[int]", Rating | int)')
    assert scored.fields[0].type == "Annotated[Literal[1, 2, 3], tolerant] | int | None"


def test_a_described_json_media_type_wins_over_one_with_only_examples() -> None:
    """zuora lists ``application/json`` with examples only, then the same media type
    with a charset and the schema: the method returns the schema's model."""
    client, _ = lower_spec(load_spec("media_choice.yaml"))
    (op,) = [op for r in client.resources for op in r.operations]
    assert op.response_type == "Codes"


def test_a_204_with_content_in_the_spec_returns_none() -> None:
    """amazonaws billingconductor declares a JSON body on its only success, a 204:
    the method said it returned the model and returned None."""
    document = {
        "openapi": "3.1.0",
        "info": {"title": "NoContent", "version": "1"},
        "paths": {
            "/tags": {
                "get": {
                    "operationId": "listTags",
                    "responses": {
                        "204": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {"tags": {"type": "string"}},
                                    }
                                }
                            },
                        }
                    },
                }
            }
        },
    }
    client, _ = lower_spec(document)
    (op,) = [op for r in client.resources for op in r.operations]
    assert op.response_type == "None"
