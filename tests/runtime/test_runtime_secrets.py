"""Secrets never reach a message, a repr or a log line, even when a server echoes them
(issue 13, item 11; issue 17, item 10), and token endpoints fail and retry like any call
(issue 13, item 4)."""

from __future__ import annotations

import base64
import logging
from types import ModuleType
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest

from tests.runtime.driver import Driver
from tests.support.http_server import LocalServer, Recorded, Response, json_response

SECRET = "k3y/with+odd chars=="
CONTACT = {"id": "c1", "name": "Ada"}


def echoes(secret: str) -> list[str]:
    """The ways a server echoes a secret back."""
    return [
        secret,
        quote(secret, safe=""),
        quote_plus(secret),
        base64.b64encode(secret.encode()).decode(),
    ]


@pytest.fixture(params=["header", "query", "bearer", "basic"])
def auth(request: pytest.FixtureRequest, fakeapi: ModuleType) -> httpx.Auth:
    if request.param == "bearer":
        return fakeapi._auth.BearerTokenAuth(SECRET)  # type: ignore[no-any-return]
    if request.param == "basic":
        return httpx.BasicAuth("ada", SECRET)
    return fakeapi._auth.ApiKeyAuth("key", SECRET, location=request.param)  # type: ignore[no-any-return]


@pytest.mark.parametrize("echo", range(4), ids=["raw", "url-encoded", "url-plus", "base64"])
def test_an_echoed_secret_is_masked_in_the_error(
    api: Driver, local_server: LocalServer, auth: httpx.Auth, echo: int
) -> None:
    shown = echoes(SECRET)[echo]
    local_server.route("GET", "/contacts/c1", json_response(400, {"error": f"bad key {shown}"}))

    with pytest.raises(api.package.APIStatusError) as caught:
        api.run(api.client(auth=auth).contacts.get("c1"))

    for text in (str(caught.value), repr(caught.value)):
        assert not any(form in text for form in echoes(SECRET)), text
        assert "bad key ***" in text


def test_an_echoed_basic_header_is_masked(api: Driver, local_server: LocalServer) -> None:
    def echo(request: Recorded) -> Response:
        return json_response(401, {"got": request.headers["Authorization"]})

    local_server.route("GET", "/contacts/c1", echo)

    with pytest.raises(api.package.AuthenticationError) as caught:
        api.run(api.client(auth=httpx.BasicAuth("ada", SECRET)).contacts.get("c1"))

    assert base64.b64encode(f"ada:{SECRET}".encode()).decode() not in str(caught.value)


def test_an_api_key_in_the_query_reaches_no_log_line(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    local_server.route("GET", "/contacts/c1", json_response(404, {"error": "no"}))
    auth = fakeapi._auth.ApiKeyAuth("token_value", "q-s3cr3t-key", location="query")

    with caplog.at_level(logging.DEBUG), pytest.raises(api.package.NotFoundError) as caught:
        api.run(api.client(auth=auth, max_retries=0).contacts.get("c1"))

    assert local_server.requests[0].query == {"token_value": ["q-s3cr3t-key"]}
    assert any(r.name == "httpx" for r in caplog.records)  # httpx's own INFO line is there...
    assert "q-s3cr3t-key" not in caplog.text  # ...without the key
    assert "q-s3cr3t-key" not in str(caught.value)


def test_a_token_endpoint_echoing_the_secret_is_masked(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer
) -> None:
    echoed = quote_plus(SECRET)
    local_server.route("POST", "/oauth/token", json_response(400, {"error": f"bad {echoed}"}))
    auth = fakeapi._oauth2.ClientCredentialsAuth("/oauth/token", "me", SECRET)

    with pytest.raises(api.package.AuthenticationError) as caught:
        api.run(api.client(auth=auth).contacts.get("c1"))

    assert echoed not in str(caught.value) and SECRET not in str(caught.value)


# -- Token endpoints fail and retry like any call (issue 13, item 4) ----------------------


def oauth2(fakeapi: ModuleType) -> Any:
    return fakeapi._oauth2.ClientCredentialsAuth("/oauth/token", "me", SECRET)


@pytest.mark.parametrize("status", [503, 429, 408])
def test_a_failing_token_endpoint_is_retried(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, status: int
) -> None:
    local_server.route(
        "POST",
        "/oauth/token",
        [json_response(status, {}), json_response(200, {"access_token": "tok-1"})],
    )
    local_server.route("POST", "/contacts/c1/notes", Response(204, None))

    # A POST without an idempotency key: it was never sent, so retrying is safe.
    api.run(api.client(auth=oauth2(fakeapi)).contacts.note("c1", text="hi"))

    assert len(local_server.requests_to("POST", "/oauth/token")) == 2
    (note,) = local_server.requests_to("POST", "/contacts/c1/notes")
    assert note.headers["Authorization"] == "Bearer tok-1"


@pytest.mark.parametrize(
    ("status", "error"), [(503, "InternalServerError"), (429, "RateLimitError")]
)
def test_a_token_endpoint_still_failing_raises_its_status_class(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, status: int, error: str
) -> None:
    local_server.route("POST", "/oauth/token", json_response(status, {}))

    with pytest.raises(api.package.APIStatusError) as caught:
        api.run(api.client(auth=oauth2(fakeapi), max_retries=1).contacts.get("c1"))

    assert type(caught.value).__name__ == error
    assert str(caught.value).startswith(f"OAuth2 token request failed: {status}")
    assert len(local_server.requests_to("POST", "/oauth/token")) == 2


def test_an_unreadable_expires_in_keeps_the_token_until_rejected(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer
) -> None:
    token = {"access_token": "tok-1", "expires_in": "soon"}
    local_server.route("POST", "/oauth/token", json_response(200, token))
    local_server.route("GET", "/contacts/c1", json_response(200, CONTACT))
    client = api.client(auth=oauth2(fakeapi))

    api.run(client.contacts.get("c1"))
    api.run(client.contacts.get("c1"))

    assert len(local_server.requests_to("POST", "/oauth/token")) == 1
