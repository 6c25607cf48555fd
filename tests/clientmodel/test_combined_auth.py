"""Schemes needed together are sent together: an API key header and an app id
query parameter on one request, each masked; the next alternative when they are
not both given."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.clientmodel.conftest import generate, import_package, mypy_strict


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("combined")
    root = generate("combined_auth.yaml", out, "combined")
    return root, import_package(root, "combined")


def recorded(client_module: object, **credentials: str) -> httpx.Request:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"ok": True})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with client_module.Client(http_client=http, **credentials) as client:  # type: ignore[attr-defined]
        client.things.list()
    return seen[0]


def test_both_credentials_of_a_requirement_are_sent(package: tuple[Path, object]) -> None:
    request = recorded(package[1], api_key="k-123", app_id="app-9")
    assert request.headers["X-API-Key"] == "k-123"
    assert request.url.params["app_id"] == "app-9"
    assert "Authorization" not in request.headers


def test_the_next_alternative_is_used_when_one_is_missing(package: tuple[Path, object]) -> None:
    request = recorded(package[1], api_key="k-123", token="t-1")
    assert request.headers["Authorization"] == "Bearer t-1"
    assert "X-API-Key" not in request.headers


def test_without_a_full_alternative_the_error_names_what_goes_together(
    package: tuple[Path, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("COMBINED_API_KEY", "COMBINED_APP_ID", "COMBINED_TOKEN"):
        monkeypatch.delenv(variable, raising=False)
    with pytest.raises(ValueError, match=r"api_key= \(or set COMBINED_API_KEY\) and app_id="):
        package[1].Client(api_key="k-123")  # type: ignore[attr-defined]


def test_both_secrets_are_masked_and_the_package_type_checks(
    package: tuple[Path, object],
) -> None:
    client = package[1].Client(api_key="k-123", app_id="app-9")  # type: ignore[attr-defined]
    assert "k-123" not in repr(client._auth) and "app-9" not in repr(client._auth)
    assert set(client._auth.secrets()) == {"k-123", "app-9"}
    assert mypy_strict(package[0], "combined") == ""
