"""Object inputs take a model or a plain dict typed by a ``<Name>Param`` TypedDict."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from tests.clientmodel.conftest import (
    generate,
    import_package,
    load_spec,
    lower_spec,
    mypy_user_code,
)


def test_models_a_body_carries_get_a_typed_dict_keyed_by_wire_name() -> None:
    client, _ = lower_spec(load_spec("params.yaml"))
    dicts = {m.name: m for m in client.models if m.typed_dict}

    # Pet is a flattened body (its fields are the arguments); Color's keys "hex-code" and
    # "from" are no attribute names, so its TypedDict is written in the functional form.
    assert set(dicts) == {"OwnerParam", "AddressParam", "ColorParam"}
    assert not dicts["ColorParam"].keys_are_names and dicts["OwnerParam"].keys_are_names
    assert {f.alias: (f.type, f.required) for f in dicts["OwnerParam"].fields} == {
        "name": ("str", True),
        "email": ("str | None", False),  # None only where the schema allows null
        "home": ("Address | AddressParam", False),
    }


def test_body_arguments_naming_a_model_take_the_model_or_its_dict() -> None:
    client, _ = lower_spec(load_spec("params.yaml"))
    bodies = {f"{r.attr}.{op.name}": op.body for r in client.resources for op in r.operations}
    create, replace, label = (
        bodies["pets.create"],
        bodies["owners.replace"],
        bodies["labels.create"],
    )

    assert create is not None and replace is not None and label is not None
    assert {f.name: f.type for f in create.fields}["owner"] == "Owner | OwnerParam"
    assert replace.type == "list[Owner | OwnerParam]"
    assert {f.name: f.type for f in label.fields}["color"] == "Color | ColorParam | NotGiven"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate("params.yaml", tmp_path_factory.mktemp("params"), "params")


_USE = """\
from params_client import Client
from params_client.models import Owner


def create(client: Client) -> None:
    client.pets.create(name="Rex", owner={owner}, friends=[{{"name": "Ann"}}, Owner(name="Bo")])
    client.owners.replace(body=[{{"name": "Cy", "email": None}}])
    client.labels.create(color={color})
"""


def test_dict_arguments_type_check_under_mypy_strict(package: Path) -> None:
    assert (
        mypy_user_code(
            package,
            _USE.format(
                owner='{"name": "Ann", "email": "a@example.com"}',
                color='{"hex-code": "#fff", "from": 1}',
            ),
        )
        == ""
    )


def test_a_dict_with_a_wrong_value_type_or_key_is_a_type_error(package: Path) -> None:
    color = '{"hex-code": "#fff"}'
    wrong_type = mypy_user_code(package, _USE.format(owner='{"name": 1}', color=color))
    wrong_key = mypy_user_code(
        package, _USE.format(owner='{"name": "Ann", "nmae": "x"}', color=color)
    )
    owner = '{"name": "Ann"}'
    wrong_hyphen = mypy_user_code(package, _USE.format(owner=owner, color='{"hex-code": 1}'))
    missing = mypy_user_code(package, _USE.format(owner=owner, color='{"from": 1}'))

    assert 'Argument "owner" to "create"' in wrong_type and '"dict[str, int]"' in wrong_type
    assert 'Argument "owner" to "create"' in wrong_key
    assert 'Argument "color" to "create"' in wrong_hyphen
    assert 'Argument "color" to "create"' in missing


def _calls(package: ModuleType) -> list[object]:
    """The JSON bodies ``create`` and ``replace`` send, from Client then AsyncClient."""
    sent: list[object] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        if request.method == "PUT":
            return httpx.Response(204)
        return httpx.Response(201, json={"id": 1, "name": "Rex", "owner": {"name": "Ann"}})

    owner = {"name": "Ann", "email": None}
    friends = [{"name": "Cy"}, package.models.Owner(name="Bo")]
    with package.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer))) as c:
        c.pets.create(name="Rex", owner=owner, friends=friends)
        c.owners.replace(body=friends)

    async def run() -> None:
        transport = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        async with package.AsyncClient(http_client=transport) as client:
            await client.pets.create(name="Rex", owner=owner, friends=friends)
            await client.owners.replace(body=friends)

    asyncio.run(run())
    return sent


def test_models_and_dicts_are_sent_alike_sync_and_async(package: Path) -> None:
    pet = {
        "name": "Rex",
        "owner": {"name": "Ann", "email": None},
        "friends": [{"name": "Cy"}, {"name": "Bo"}],
    }
    owners = [{"name": "Cy"}, {"name": "Bo"}]

    assert _calls(import_package(package, "params")) == [pet, owners, pet, owners]
