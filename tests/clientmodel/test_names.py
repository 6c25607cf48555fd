"""Names never shadow: spec names that the generated code uses itself are renamed
by a fixed rule and reported, in each scope (module, client attributes,
constructor arguments)."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import httpx
import pytest

from generator.clientmodel.scopes import client_attributes, module_names
from generator.render import _RUNTIME_EXPORTS
from tests.clientmodel.conftest import generate, import_package, load_spec, lower_spec, mypy_strict


def test_schemas_named_like_runtime_or_typing_names_get_a_model_suffix() -> None:
    client, diagnostics = lower_spec(load_spec("names.yaml"))

    names = {m.name for m in client.models}
    renamed = {"Mapping", "Any", "List", "Field", "BaseModel", "TypeAlias", "Client", "Timeout"}
    renamed |= {"NotGiven", "SyncOffsetPage"}
    assert {f"{n}Model" for n in renamed} <= names
    assert not names & module_names()
    assert any(
        "'Timeout' would clash" in d.message and "Timeout" in d.location for d in diagnostics
    )


def test_every_runtime_export_is_reserved_at_module_level() -> None:
    exported = {name for names in _RUNTIME_EXPORTS.values() for name in names}
    assert exported <= module_names()


def test_tags_named_like_client_attributes_get_a_trailing_underscore() -> None:
    client, _ = lower_spec(load_spec("names.yaml"))

    attrs = {r.attr for r in client.resources}
    assert attrs == {"client", "request_", "timeout_", "base_url_", "with_raw_response_", "pets"}
    assert not attrs & client_attributes()


def test_resource_classes_never_reuse_a_model_or_runtime_name() -> None:
    client, _ = lower_spec(load_spec("names.yaml"))

    classes = {r.attr: r.class_name for r in client.resources}
    assert classes["client"] == "ClientResource" and classes["timeout_"] == "TimeoutResource"
    assert classes["pets"] == "PetsResource"  # the model AsyncPets holds the async twin's name
    models = {m.name for m in client.models}
    for resource in client.resources:
        assert not set(resource.class_names) & (models | module_names())


def test_server_variables_yield_to_credentials_and_constructor_arguments() -> None:
    client, _ = lower_spec(load_spec("names.yaml"))

    credentials = [c.name for s in client.auth for c in s.credentials]
    variables = [v.name for v in client.server_variables]
    assert credentials == ["api_key", "app_id", "username", "password", "token"]
    assert variables == ["server_username", "server_token", "server_url"]


def test_renames_are_the_same_every_run() -> None:
    first, _ = lower_spec(load_spec("names.yaml"))
    second, _ = lower_spec(load_spec("names.yaml"))
    assert first == second


@pytest.fixture(scope="module")
def package_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate("names.yaml", tmp_path_factory.mktemp("names"), "clashing")


def test_a_package_full_of_clashing_names_passes_mypy_strict(package_root: Path) -> None:
    assert mypy_strict(package_root, "clashing") == ""


def test_a_package_full_of_clashing_names_imports_and_calls(package_root: Path) -> None:
    package = import_package(package_root, "clashing")
    parameters = inspect.signature(package.Client.__init__).parameters
    assert {"username", "server_username", "token", "server_token", "api_key", "app_id"} <= set(
        parameters
    )
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json=json.loads(request.content))

    transport = httpx.Client(transport=httpx.MockTransport(answer))
    with package.Client(token="t", server_username="acme", http_client=transport) as client:
        made = client.timeout_.create(seconds=1.5)
        assert isinstance(made, package.models.TimeoutModel) and made.seconds == 1.5
        assert callable(client.request) and callable(client.with_raw_response.timeout_.create)
    assert str(seen[0].url) == "https://acme.example.com/t0/v1/timeout"
