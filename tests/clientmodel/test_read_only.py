"""A required readOnly property is required in responses and never asked for in
requests: models that need it get a request-only shape, ``<Name>Input``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from generator.clientmodel.model import ClientModel, ModelDef, Operation
from tests.clientmodel.conftest import generate, import_package, load_spec, lower_spec, mypy_strict


def _model(client: ClientModel, name: str) -> ModelDef:
    return next(m for m in client.models if m.name == name)


def _operation(client: ClientModel, operation_id: str) -> Operation:
    return next(
        op for r in client.resources for op in r.operations if op.operation_id == operation_id
    )


def test_the_response_model_keeps_the_server_set_field_required() -> None:
    client, _ = lower_spec(load_spec("readonly.yaml"))

    pet = {f.alias: (f.type, f.required) for f in _model(client, "Pet").fields}
    assert pet["id"] == ("int", True)


def test_the_request_validates_against_a_shape_without_server_set_fields() -> None:
    client, _ = lower_spec(load_spec("readonly.yaml"))

    create = _operation(client, "createPet")
    assert create.body is not None and create.body.model == "PetInput"
    assert [f.name for f in create.body.fields] == ["name", "kind", "tags", "parent"]
    variant = {f.alias: f.type for f in _model(client, "PetInput").fields}
    assert variant == {
        "name": "str",
        "kind": 'Annotated[Literal["cat", "dog", "Pet"], tolerant] | None',
        "tags": "list[TagInput] | None",
        "parent": "PetInput | None",
    }
    assert [f.alias for f in _model(client, "TagInput").fields] == ["label"]


def test_an_alias_holding_such_a_model_gets_a_request_shape_too() -> None:
    client, _ = lower_spec(load_spec("readonly.yaml"))

    replace = _operation(client, "replacePets")
    assert replace.body is not None and replace.body.type == "PetListInput"
    assert _model(client, "PetListInput").alias_of == "list[PetInput]"


def test_a_model_whose_server_set_fields_are_optional_serves_both_sides() -> None:
    client, _ = lower_spec(load_spec("readonly.yaml"))

    label = _operation(client, "createLabel")
    assert label.body is not None and label.body.model == "Label"
    assert "LabelInput" not in {m.name for m in client.models}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate("readonly.yaml", tmp_path_factory.mktemp("readonly"), "readonly")


def test_a_create_call_sends_without_the_id_and_reads_it_back(shop: Path) -> None:
    package = import_package(shop, "readonly")
    sent: list[object] = []

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        sent.append(body)
        return httpx.Response(201, json={**body, "id": 41})

    transport = httpx.Client(transport=httpx.MockTransport(answer))
    with package.Client(http_client=transport) as client:
        tag = package.models.TagInput(label="old")
        pet = client.pets.create(name="Rex", tags=[tag])

    assert sent == [{"name": "Rex", "tags": [{"label": "old"}]}]
    assert isinstance(pet, package.models.Pet) and pet.id == 41


def test_a_package_with_request_shapes_passes_mypy_strict(shop: Path) -> None:
    assert mypy_strict(shop, "readonly") == ""


def test_request_shapes_are_defined_in_the_same_order_whatever_the_hash_seed() -> None:
    """Which models need a request shape is a set, whose order changes with Python's hash
    seed; models.py must not (``generate --check`` would flip between runs)."""
    script = (
        "from tests.clientmodel.conftest import load_spec, lower_spec\n"
        "print([m.name for m in lower_spec(load_spec('readonly.yaml'))[0].models])\n"
    )
    root = Path(__file__).parents[2]
    orders = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(root)},
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(8)
    }
    assert len(orders) == 1, orders
