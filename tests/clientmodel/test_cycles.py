"""Self-referencing schemas become forward references that import and type-check;
cycles that describe no value are clean errors; nothing recurses without bound."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import cli
from generator.clientmodel.model import ClientModel, ModelDef
from generator.diagnostics import ClientgenError
from tests.clientmodel.conftest import (
    SPECS,
    generate,
    import_package,
    load_spec,
    lower_spec,
    mypy_strict,
)


def _model(client: ClientModel, name: str) -> ModelDef:
    return next(m for m in client.models if m.name == name)


def test_an_array_of_itself_is_a_lazy_named_alias() -> None:
    client, _ = lower_spec(load_spec("cycles.yaml"))

    tree = _model(client, "Tree")
    assert (tree.alias_of, tree.recursive) == ("list[Tree]", True)


def test_a_union_holding_lists_and_maps_of_itself_is_a_lazy_named_alias() -> None:
    client, _ = lower_spec(load_spec("cycles.yaml"))

    json_value = _model(client, "Json")
    assert json_value.recursive
    assert json_value.alias_of == "str | float | bool | list[Json] | dict[str, Json] | None"


def test_a_cycle_through_a_class_orders_the_alias_after_the_class() -> None:
    client, _ = lower_spec(load_spec("cycles.yaml"))

    names = [m.name for m in client.models]
    assert names.index("Node") < names.index("NodeList")
    assert not _model(client, "NodeList").recursive and "Node" in client.rebuild_models


def test_a_union_with_itself_as_a_member_drops_that_member() -> None:
    client, _ = lower_spec(load_spec("cycles.yaml"))

    assert _model(client, "SelfOrText").alias_of == "str"
    assert not _model(client, "SelfOrText").recursive


def test_a_cycle_of_bare_references_is_a_clean_error() -> None:
    with pytest.raises(ClientgenError, match="Ping -> Pong -> Ping") as caught:
        lower_spec(load_spec("cycles_empty.yaml"))
    assert caught.value.diagnostic.location.endswith("#/components/schemas/Ping")


def test_the_cli_refuses_a_cycle_of_bare_references_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = cli.main(
        ["generate", "--source", str(SPECS / "cycles_empty.yaml"), "--output", str(tmp_path)]
    )
    assert status == 2 and not any(tmp_path.iterdir())
    assert "describe no value" in capsys.readouterr().err


def _deep_document(depth: int) -> dict[str, Any]:
    nested: dict[str, Any] = {"type": "string"}
    for _ in range(depth):
        nested = {"type": "object", "properties": {"inner": nested}}
    chain = {f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(depth)}
    chain[f"S{depth}"] = {"type": "integer"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Deep", "version": "1"},
        "paths": {
            "/deep": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "deep",
                            "content": {"application/json": {"schema": nested}},
                        }
                    }
                }
            }
        },
        "components": {"schemas": chain},
    }


def test_ten_thousand_levels_of_nesting_and_references_lower_without_recursion_error() -> None:
    client, diagnostics = lower_spec(_deep_document(10_000))

    assert client.models and any("nest deeper" in d.message for d in diagnostics)


@pytest.fixture(scope="module")
def cycles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate("cycles.yaml", tmp_path_factory.mktemp("cycles"), "cyclic")


def test_recursive_models_import_parse_and_send(cycles: Path) -> None:
    package = import_package(cycles, "cyclic")
    models = package.models
    document = models.Document.model_validate({"body": {"a": [1, "x", None]}, "status": ["draft"]})
    assert document.body == {"a": [1, "x", None]} and document.status == ["draft"]
    node = models.Node.model_validate({"name": "a", "children": [{"name": "b", "children": []}]})
    assert node.children[0].name == "b"

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/trees":
            return httpx.Response(200, json=[[], [[]]])
        return httpx.Response(200, json=json.loads(request.content)["body"])

    transport = httpx.Client(transport=httpx.MockTransport(answer))
    with package.Client(http_client=transport) as client:
        assert client.trees.list() == [[], [[]]]
        assert client.documents.create(body={"k": [1, {"m": None}]}) == {"k": [1, {"m": None}]}


def test_recursive_models_pass_mypy_strict(cycles: Path) -> None:
    assert mypy_strict(cycles, "cyclic") == ""


def test_ref_cycles_through_parameters_and_responses_lower_to_nothing_not_a_crash() -> None:
    client, _ = lower_spec(load_spec("cycles.yaml"))

    (odd,) = [op for r in client.resources for op in r.operations if op.operation_id == "getOdd"]
    assert [p.name for p in odd.params] == ["q"] and odd.response_type == "None"
