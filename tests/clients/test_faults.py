"""Every generated client, sync and async, against a misbehaving server (issue 17).

The runtime each package carries is driven through its real constructor and
auth: redirects to another origin, token endpoints that redirect or fail,
secrets echoed back, resets, a body dripped past the deadline, malformed,
oversized and compressed bodies; every logger at DEBUG, and no log line may
hold the secret. ``client.request`` is the one
path every generated method takes.
"""

from __future__ import annotations

import base64
import dataclasses
import gzip
import logging
import time
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from tests.clients.conftest import make_driver
from tests.conftest import import_generated
from tests.runtime.driver import Driver
from tests.support.http_server import LocalServer, Response, json_response

SECRET = "s3cr3t-Val/ue+42"


@dataclasses.dataclass(frozen=True)
class Api:
    """How to give one generated client its credentials, and what it sends."""

    name: str
    credentials: dict[str, str]
    token_path: str | None = None  # where it fetches tokens, if it does
    sent: str = SECRET  # what must never reach another origin

    @property
    def package(self) -> ModuleType:
        return import_generated(self.name)


APIS = [
    Api("whippy", {"api_key": SECRET}),
    Api("courier", {"token": SECRET}),
    Api("ourpeople", {"client_id": "id-1", "client_secret": SECRET}, "/v1/auth", "tok-1"),
    Api("onboarding", {"client_id": "id-1", "client_secret": SECRET}, "/oauth2/token", "tok-1"),
]


@pytest.fixture(params=APIS, ids=[a.name for a in APIS])
def target(request: pytest.FixtureRequest, local_server: LocalServer) -> Api:
    api: Api = request.param
    if api.token_path:
        body = {"token": "tok-1", "access_token": "tok-1", "expires_in": 3600}
        local_server.route("POST", api.token_path, json_response(200, body))
    return api


@pytest.fixture
def api(flavor: str, target: Api, local_server: LocalServer) -> Iterator[Driver]:
    yield from make_driver(flavor, target.package, local_server)


@pytest.fixture(autouse=True)
def no_secret_in_any_log(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Every scenario runs with every logger at DEBUG, and no log line holds the secret."""
    with caplog.at_level(logging.DEBUG):
        yield
    assert SECRET not in caplog.text
    assert base64.b64encode(SECRET.encode()).decode() not in caplog.text


@pytest.fixture
def other_server() -> Iterator[LocalServer]:
    with LocalServer() as server:
        yield server


def client(api: Driver, target: Api, **options: Any) -> Any:
    return api.client(**target.credentials, **options)


def carries(request: Any, secret: str) -> bool:
    text = " ".join(f"{k}: {v}" for k, v in request.headers.items()) + str(request.query)
    return secret in text or base64.b64encode(secret.encode()).decode() in text


@pytest.mark.parametrize("status", [302, 307, 308])
def test_a_redirect_to_another_origin_goes_without_credentials(
    api: Driver, target: Api, local_server: LocalServer, other_server: LocalServer, status: int
) -> None:
    local_server.route("GET", "/probe", Response(status, None, {"Location": other_server.url}))
    other_server.route("GET", "/", json_response(200, {"ok": True}))

    assert api.run(client(api, target).request("GET", "/probe", cast_to=object)) == {"ok": True}

    assert carries(local_server.requests_to("GET", "/probe")[0], target.sent)
    (elsewhere,) = other_server.requests
    assert not carries(elsewhere, target.sent)
    assert "Authorization" not in elsewhere.headers


def test_a_token_endpoint_redirecting_elsewhere_is_an_error(
    api: Driver, target: Api, local_server: LocalServer, other_server: LocalServer
) -> None:
    if target.token_path is None:
        pytest.skip(f"{target.name} fetches no tokens")
    moved = Response(307, None, {"Location": other_server.url + "/token"})
    local_server.route("POST", target.token_path, moved)

    with pytest.raises(target.package.AuthenticationError, match="never redirected"):
        api.run(client(api, target).request("GET", "/probe", cast_to=object))

    assert other_server.requests == []


def test_an_echoed_secret_is_masked(api: Driver, target: Api, local_server: LocalServer) -> None:
    echo = {"error": f"bad credential {SECRET} / {base64.b64encode(SECRET.encode()).decode()}"}
    local_server.route("GET", "/probe", json_response(403, echo))

    with pytest.raises(target.package.PermissionDeniedError) as caught:
        api.run(client(api, target).request("GET", "/probe", cast_to=object))

    assert SECRET not in str(caught.value)
    assert base64.b64encode(SECRET.encode()).decode() not in str(caught.value)


@pytest.mark.parametrize("body", [b"<html>Bad gateway</html>", b""], ids=["html", "empty"])
def test_a_malformed_success_is_a_package_error(
    api: Driver, target: Api, local_server: LocalServer, body: bytes
) -> None:
    local_server.route("GET", "/probe", Response(200, body, {"Content-Type": "text/html"}))
    model = target.package.models.BaseModel

    with pytest.raises(target.package.APIError):
        api.run(client(api, target).request("GET", "/probe", cast_to=model))


def test_an_oversized_body_is_refused(api: Driver, target: Api, local_server: LocalServer) -> None:
    local_server.route("GET", "/probe", json_response(200, {"blob": "x" * 50_000}))
    small = client(api, target, max_response_size=10_000)

    with pytest.raises(target.package.APIError, match="max_response_size"):
        api.run(small.request("GET", "/probe", cast_to=object))


def test_a_reset_connection_is_a_connection_error(
    api: Driver, target: Api, local_server: LocalServer
) -> None:
    local_server.route("GET", "/probe", Response(reset=True))
    once = client(api, target, max_retries=0)

    with pytest.raises(target.package.APIConnectionError):
        api.run(once.request("GET", "/probe", cast_to=object))


def test_a_server_dripping_its_body_hits_the_overall_deadline(
    api: Driver, target: Api, local_server: LocalServer
) -> None:
    local_server.route("GET", "/probe", Response(200, b'{"a": "' + b"x" * 60 + b'"}', drip=0.05))
    impatient = client(api, target, max_retries=0, timeout=1.0)
    started = time.monotonic()

    with pytest.raises(target.package.APITimeoutError):
        api.run(impatient.request("GET", "/probe", cast_to=object))
    assert time.monotonic() - started < 2.5  # the 3.4 s drip is cut at the 1 s deadline


def test_a_compressed_body_is_capped_after_decompression(
    api: Driver, target: Api, local_server: LocalServer
) -> None:
    bomb = gzip.compress(b'{"a": "' + b"0" * 4_000_000 + b'"}')  # 4 MB in about 4 KB
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    local_server.route("GET", "/probe", Response(200, bomb, headers))
    small = client(api, target, max_response_size=1_000_000)

    with pytest.raises(target.package.APIError, match="max_response_size"):
        api.run(small.request("GET", "/probe", cast_to=object))


def test_a_failing_token_endpoint_is_retried_then_reported_by_status(
    api: Driver, target: Api, local_server: LocalServer
) -> None:
    if target.token_path is None:
        pytest.skip(f"{target.name} takes a fixed credential, no token endpoint")
    local_server.route("POST", target.token_path, json_response(503, {"error": "busy"}))
    local_server.route("GET", "/probe", json_response(200, {"ok": True}))
    patient = client(api, target, max_retries=1)

    with pytest.raises(target.package.InternalServerError) as caught:
        api.run(patient.request("GET", "/probe", cast_to=object))
    assert caught.value.status_code == 503
    assert len(local_server.requests_to("POST", target.token_path)) == 2  # retried once
    assert SECRET not in str(caught.value)
