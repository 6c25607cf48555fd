"""Signature types a user meets under mypy --strict: path ids take text, optional
arguments are None only where the API takes null."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.clientmodel.model import Operation
from tests.clientmodel.conftest import (
    generate,
    import_package,
    load_spec,
    lower_spec,
    mypy_user_code,
)


def _update() -> Operation:
    client, _ = lower_spec(load_spec("typing.yaml"))
    return client.resources[0].operations[0]


def test_a_uuid_path_id_also_accepts_text() -> None:
    (path_id,) = _update().path_params
    assert path_id.type == "UUID | str"


def test_an_optional_argument_is_none_only_when_the_schema_is_nullable() -> None:
    body = _update().body
    assert body is not None
    assert {f.name: f.type for f in body.fields} == {
        "name": "str | NotGiven",
        "note": "str | None | NotGiven",
    }


@pytest.fixture(scope="module")
def typed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate("typing.yaml", tmp_path_factory.mktemp("typing"), "typed")


def test_user_code_with_a_text_id_and_left_out_arguments_type_checks(typed: Path) -> None:
    code = (
        "from typed_client import Client\n\n"
        "def rename(client: Client) -> None:\n"
        '    client.things.update("0b7c0f62-7d1e-4a5e-9b1a-2f0f3f6a7f11", name="x", note=None)\n'
    )
    assert mypy_user_code(typed, code) == ""


@pytest.mark.parametrize("argument", ["name", "dry_run"])  # a body field, a query parameter
def test_none_for_a_non_nullable_argument_is_a_type_error(typed: Path, argument: str) -> None:
    code = (
        "from typed_client import Client\n\n"
        "def rename(client: Client) -> None:\n"
        f'    client.things.update("0b7c0f62-7d1e-4a5e-9b1a-2f0f3f6a7f11", {argument}=None)\n'
    )
    assert f'Argument "{argument}"' in mypy_user_code(typed, code)


def test_left_out_arguments_are_not_sent_and_none_is_sent_as_null(typed: Path) -> None:
    package = import_package(typed, "typed")
    sent: list[object] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append((request.url.path, json.loads(request.content)))
        return httpx.Response(200, json={"name": "x"})

    transport = httpx.Client(transport=httpx.MockTransport(answer))
    with package.Client(http_client=transport) as client:
        client.things.update("0b7c0f62-7d1e-4a5e-9b1a-2f0f3f6a7f11", note=None)

    assert sent == [("/things/0b7c0f62-7d1e-4a5e-9b1a-2f0f3f6a7f11", {"note": None})]


def test_a_query_parameter_left_out_is_not_sent_sync_and_async(typed: Path) -> None:
    package = import_package(typed, "typed")
    queries: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={"name": "x"})

    thing = "0b7c0f62-7d1e-4a5e-9b1a-2f0f3f6a7f11"
    with package.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer))) as c:
        c.things.update(thing)
        c.things.update(thing, dry_run=True)

    async def run() -> None:
        transport = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        async with package.AsyncClient(http_client=transport) as client:
            await client.things.update(thing)
            await client.things.update(thing, dry_run=False)

    asyncio.run(run())
    assert queries == ["", "dry_run=true", "", "dry_run=false"]


def test_an_optional_query_parameter_offers_its_type_without_none() -> None:
    document = load_spec("typing.yaml")
    document["paths"]["/things/{id}"]["patch"]["parameters"] = [
        {"name": "dry_run", "in": "query", "schema": {"type": "boolean"}},
        {"name": "tag", "in": "query", "schema": {"type": ["string", "null"]}},
    ]
    client, _ = lower_spec(document)
    dry_run, tag = client.resources[0].operations[0].keyword_params

    assert (dry_run.type, dry_run.given_type, dry_run.omittable) == (
        "bool | NotGiven",
        "bool",
        True,
    )
    assert (tag.type, tag.nullable) == ("str | None | NotGiven", True)


def test_parameters_carry_their_serialization_style_with_openapi_defaults() -> None:
    document = load_spec("typing.yaml")
    document["paths"]["/things/{id}"]["patch"]["parameters"] = [
        {"name": "ids", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
        {
            "name": "tags",
            "in": "query",
            "style": "pipeDelimited",
            "explode": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
        {"name": "filter", "in": "query", "style": "deepObject", "schema": {"type": "object"}},
        {"name": "X-Ids", "in": "header", "style": "form", "schema": {"type": "array"}},
    ]
    client, _ = lower_spec(document)
    params = {p.wire: (p.style, p.explode) for p in client.resources[0].operations[0].params}

    assert params == {
        "id": ("simple", False),
        "ids": ("form", True),
        "tags": ("pipeDelimited", False),
        "filter": ("deepObject", False),
        "X-Ids": ("simple", False),  # a style the location does not allow: its default
    }


def _enum_document() -> dict[str, Any]:
    state = {"type": "string", "enum": ["open", "closed"]}
    thing = {"type": "object", "properties": {"state": state, "kind": {"const": "thing"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Enums", "version": "1"},
        "servers": [{"url": "https://enums.example.com"}],
        "paths": {
            "/things": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "read only",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    }
                },
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Draft"}}
                        }
                    },
                    "responses": {"204": {"description": "done"}},
                },
            }
        },
        "components": {"schemas": {"Thing": thing, "Draft": {**thing}}},
    }


def test_enums_of_response_only_models_are_open_and_request_models_keep_them_closed() -> None:
    client, _ = lower_spec(_enum_document())
    types = {m.name: {f.alias: f.type for f in m.fields} for m in client.models}

    assert types["Thing"]["state"] == 'Annotated[Literal["open", "closed"], tolerant] | str | None'
    assert types["Draft"]["state"] == 'Annotated[Literal["open", "closed"], tolerant] | None'
    assert types["Thing"]["kind"] == 'Annotated[Literal["thing"], tolerant] | None'  # a tag: exact
