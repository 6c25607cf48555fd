"""allOf composition: every part's properties and requirements land in the model."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pydantic
import pytest

from generator.clientmodel.model import ClientModel, ModelDef
from tests.clientmodel.conftest import generate, import_package, load_spec, lower_spec, mypy_strict


def _model(client: ClientModel, name: str) -> ModelDef:
    return next(m for m in client.models if m.name == name)


def _fields(client: ClientModel, name: str) -> dict[str, tuple[str, bool]]:
    return {f.alias: (f.type, f.required) for f in _model(client, name).fields}


def test_a_ref_part_and_an_inline_part_merge_properties_and_required() -> None:
    client, _ = lower_spec(load_spec("allof.yaml"))

    assert _fields(client, "Pet") == {
        "name": ("str", True),
        "tag": ("str | None", False),
        "owner": ("NewPetOwner | None", False),
        "id": ("int", True),
    }


def test_nested_allof_and_parts_of_parts_are_flattened_in_declaration_order() -> None:
    client, _ = lower_spec(load_spec("allof.yaml"))

    dog = _fields(client, "Dog")
    assert list(dog) == ["name", "tag", "owner", "id", "bark", "size"]
    assert dog["bark"] == ("bool", True) and dog["id"] == ("int", True)
    assert dog["size"][0].startswith("Annotated[Literal[")
    dog_name = next(f for f in _model(client, "Dog").fields if f.alias == "name")
    assert dog_name.description == "The dog's name."  # the schema's own declaration refines
    assert _model(client, "Dog").description == "A dog."


def test_a_nested_object_declared_in_a_part_is_one_class() -> None:
    client, _ = lower_spec(load_spec("allof.yaml"))

    assert _fields(client, "Dog")["owner"] == ("NewPetOwner | None", False)
    assert not [
        m.name for m in client.models if m.name.endswith("Owner") and m.name != "NewPetOwner"
    ]


def test_an_allof_cycle_is_reported_and_does_not_recurse() -> None:
    client, diagnostics = lower_spec(load_spec("allof.yaml"))

    assert set(_fields(client, "Loop")) == {"a", "b"}
    assert set(_fields(client, "LoopPart")) == {"a", "b"}
    assert any("cycle" in d.message and "Loop" in d.location for d in diagnostics)


def test_a_single_ref_part_beside_a_description_is_that_type() -> None:
    client, _ = lower_spec(load_spec("allof.yaml"))

    assert _fields(client, "Described") == {"pet": ("Pet | None", False)}


def test_a_composed_request_body_takes_inherited_fields_as_arguments() -> None:
    client, _ = lower_spec(load_spec("allof.yaml"))

    (create,) = [op for r in client.resources for op in r.operations if op.operation_id == "addDog"]
    assert create.body is not None and create.body.model == "Dog"
    arguments = {f.name: (f.type, f.required) for f in create.body.fields}
    assert arguments["name"] == ("str", True) and arguments["id"] == ("int", True)
    assert arguments["size"] == ('Literal["small", "large"] | NotGiven', False)  # never None


@pytest.fixture(scope="module")
def pets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate("allof.yaml", tmp_path_factory.mktemp("allof"), "allofpets")


def test_generated_composed_models_validate_requests_and_parse_responses(pets: Path) -> None:
    package = import_package(pets, "allofpets")
    sent: list[object] = []

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        sent.append(body)
        return httpx.Response(201, json={**body, "owner": {"email": "a@b.c"}})

    with package.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer))) as client:
        dog = client.dogs.create(name="Rex", id=7, bark=True, size="small")
        with pytest.raises(TypeError, match="'id'"):
            client.dogs.create(name="Rex", bark=True)  # type: ignore[call-arg]
    with pytest.raises(pydantic.ValidationError, match="id"):
        package.models.Dog.model_validate({"name": "Rex", "bark": True})

    assert sent == [{"name": "Rex", "id": 7, "bark": True, "size": "small"}]
    assert (dog.id, dog.name, dog.bark, dog.owner.email) == (7, "Rex", True, "a@b.c")
    assert isinstance(dog.owner, package.models.NewPetOwner)


def test_generated_composed_package_passes_mypy_strict(pets: Path) -> None:
    assert mypy_strict(pets, "allofpets") == ""
