"""Credentials stay on their origin: redirects elsewhere go without them (issue 17, HIGH 2).

An origin is scheme, host and port: a second local server on another port of
127.0.0.1 is another origin, and so is plain http on the API's own host.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.runtime.driver import Driver
from tests.support.http_server import LocalServer, Recorded, Response, json_response

SECRET = "k-s3cr3t-value"
CONTACT = {"id": "c1", "name": "Ada"}
BASIC = base64.b64encode(f"ada:{SECRET}".encode()).decode()


def oauth2(fakeapi: ModuleType) -> httpx.Auth:
    auth: httpx.Auth = fakeapi._oauth2.ClientCredentialsAuth("/oauth/token", "my-client", SECRET)
    return auth


# name -> (auth factory, text that must not reach another origin)
AUTHS: dict[str, tuple[Callable[[ModuleType], httpx.Auth], str]] = {
    "api-key-header": (lambda m: m._auth.ApiKeyAuth("X-Key", SECRET), SECRET),
    "api-key-query": (lambda m: m._auth.ApiKeyAuth("key", SECRET, location="query"), SECRET),
    "api-key-cookie": (lambda m: m._auth.ApiKeyAuth("sid", SECRET, location="cookie"), SECRET),
    "bearer": (lambda m: m._auth.BearerTokenAuth(SECRET), SECRET),
    "basic": (lambda m: httpx.BasicAuth("ada", SECRET), BASIC),
    "oauth2": (oauth2, "tok-1"),
}


def carries(request: Recorded, secret: str) -> bool:
    """Whether the secret went along anywhere: a header, the query string or the body."""
    headers = " ".join(f"{k}: {v}" for k, v in request.headers.items())
    return secret in headers or secret in str(request.query) or secret.encode() in request.body


@pytest.fixture
def other_server() -> Iterator[LocalServer]:
    """A second server: same host, another port, so another origin."""
    with LocalServer() as server:
        yield server


@pytest.fixture(params=list(AUTHS))
def credentials(
    request: pytest.FixtureRequest, fakeapi: ModuleType, local_server: LocalServer
) -> tuple[httpx.Auth, str]:
    factory, secret = AUTHS[request.param]
    local_server.route(
        "POST", "/oauth/token", json_response(200, {"access_token": "tok-1", "expires_in": 600})
    )
    return factory(fakeapi), secret


def redirect(to: str, status: int = 307) -> Response:
    return Response(status, None, {"Location": to})


def test_same_origin_redirect_keeps_credentials(
    api: Driver, local_server: LocalServer, credentials: tuple[httpx.Auth, str]
) -> None:
    auth, secret = credentials
    local_server.route("GET", "/contacts/c1", redirect("/moved/c1"))
    local_server.route("GET", "/moved/c1", json_response(200, CONTACT))

    contact = api.run(api.client(auth=auth).contacts.get("c1"))

    assert contact.id == "c1"
    (moved,) = local_server.requests_to("GET", "/moved/c1")
    assert carries(moved, secret)


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_cross_origin_redirect_drops_credentials(
    api: Driver,
    local_server: LocalServer,
    other_server: LocalServer,
    credentials: tuple[httpx.Auth, str],
    status: int,
) -> None:
    auth, secret = credentials
    local_server.route("GET", "/contacts/c1", redirect(other_server.url + "/c1", status))
    other_server.route("GET", "/c1", json_response(200, CONTACT))

    contact = api.run(api.client(auth=auth).contacts.get("c1"))

    assert contact.id == "c1"
    assert carries(local_server.requests_to("GET", "/contacts/c1")[0], secret)
    (elsewhere,) = other_server.requests
    assert not carries(elsewhere, secret)
    assert "Authorization" not in elsewhere.headers


def test_redirect_back_to_the_api_origin_gets_credentials_again(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, other_server: LocalServer
) -> None:
    local_server.route("GET", "/contacts/c1", redirect(other_server.url + "/bounce"))
    other_server.route("GET", "/bounce", redirect(local_server.url + "/moved/c1"))
    local_server.route("GET", "/moved/c1", json_response(200, CONTACT))
    auth = fakeapi._auth.ApiKeyAuth("X-Key", SECRET)

    api.run(api.client(auth=auth).contacts.get("c1"))

    assert not carries(other_server.requests[0], SECRET)
    assert carries(local_server.requests_to("GET", "/moved/c1")[0], SECRET)


def test_endless_redirects_raise_a_connection_error(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer
) -> None:
    local_server.route("GET", "/contacts/c1", redirect("/contacts/c1"))

    with pytest.raises(api.package.APIConnectionError, match="redirects for GET"):
        api.run(api.client().contacts.get("c1"))


def test_https_to_plain_http_on_the_same_host_drops_credentials(
    api: Driver, fakeapi: ModuleType
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.scheme == "https":
            return httpx.Response(301, headers={"Location": "http://api.example.com/contacts/c1"})
        return httpx.Response(200, json=CONTACT)

    transport = httpx.MockTransport(handler)
    http: Any = (httpx.AsyncClient if api.is_async else httpx.Client)(
        transport=transport, follow_redirects=True
    )
    auth = fakeapi._auth.ApiKeyAuth("X-Key", SECRET)
    client = api.client(base_url="https://api.example.com", auth=auth, http_client=http)

    api.run(client.contacts.get("c1"))

    first, second = seen
    assert first.headers["X-Key"] == SECRET
    assert "X-Key" not in second.headers
    assert SECRET not in str(second.url)


def test_caller_http_client_that_does_not_follow_redirects_is_respected(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route("GET", "/contacts/c1", redirect("/moved/c1", 302))
    http: Any = httpx.AsyncClient() if api.is_async else httpx.Client()

    response = api.run(api.client(http_client=http).with_raw_response.contacts.get("c1"))

    assert response.status_code == 302
    assert local_server.requests_to("GET", "/moved/c1") == []
    api.run(http.aclose() if api.is_async else http.close())


# -- Token endpoints (issue 17, HIGH 3) -----------------------------------------------

TOKEN_AUTHS: dict[str, Callable[[ModuleType], httpx.Auth]] = {
    "oauth2-basic": oauth2,
    "oauth2-body": lambda m: m._oauth2.ClientCredentialsAuth(
        "/oauth/token", "my-client", SECRET, client_auth="body"
    ),
    "token-exchange": lambda m: m._token_exchange.TokenExchangeAuth(
        "/oauth/token", {"client_id": "my-client", "client_secret": SECRET}, "access_token"
    ),
}


@pytest.mark.parametrize("kind", list(TOKEN_AUTHS))
@pytest.mark.parametrize("status", [307, 308, 302])
def test_token_endpoint_redirect_to_another_origin_is_an_error(
    api: Driver,
    fakeapi: ModuleType,
    local_server: LocalServer,
    other_server: LocalServer,
    kind: str,
    status: int,
) -> None:
    local_server.route("POST", "/oauth/token", redirect(other_server.url + "/steal", status))
    other_server.route("POST", "/steal", json_response(200, {"access_token": "evil"}))
    local_server.route("GET", "/contacts/c1", json_response(200, CONTACT))
    client = api.client(auth=TOKEN_AUTHS[kind](fakeapi))

    with pytest.raises(api.package.AuthenticationError, match="redirected") as caught:
        api.run(client.contacts.get("c1"))

    assert other_server.requests == []  # the secret was not re-posted, no token taken from there
    assert local_server.requests_to("GET", "/contacts/c1") == []
    message = str(caught.value)
    assert f"POST {local_server.url}/oauth/token" in message
    assert other_server.url in message
    assert SECRET not in message


def test_token_endpoint_redirect_on_its_own_origin_is_refused_too(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer
) -> None:
    local_server.route("POST", "/oauth/token", redirect("/oauth/token2", 307))
    local_server.route("POST", "/oauth/token2", json_response(200, {"access_token": "t"}))

    with pytest.raises(api.package.AuthenticationError, match="never redirected"):
        api.run(api.client(auth=oauth2(fakeapi)).contacts.get("c1"))

    assert local_server.requests_to("POST", "/oauth/token2") == []
