"""SyncAPIClient/AsyncAPIClient over real HTTP: requests, retries, errors, parsing."""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest

from tests.runtime.driver import Driver
from tests.support.http_server import LocalServer, Recorded, Response, empty_response, json_response

CONTACT = {"id": "c1", "name": "Ada", "status": "active", "created-at": "2024-01-01"}


def test_request_joins_base_path_and_encodes_params(api: Driver, local_server: LocalServer) -> None:
    local_server.route(
        "GET", "/v1/contacts", json_response(200, {"data": [], "meta": {"total": 0}})
    )
    client = api.client(base_url=local_server.url + "/v1")

    api.run(client.contacts.list(status=["active", "archived"], limit=None))

    (sent,) = local_server.requests
    assert sent.path == "/v1/contacts"
    assert sent.query == {"status[]": ["active", "archived"]}
    assert sent.headers["User-Agent"].startswith("fakeapi-client/0.0.1 python-httpx/")


def test_path_parameters_stay_one_segment(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", r"/contacts/.+", lambda req: json_response(200, CONTACT))

    api.run(api.client().contacts.get("a/b c"))

    assert local_server.requests[0].path == "/contacts/a%2Fb%20c"


def test_response_parses_into_model_with_aliases(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts/c1", json_response(200, CONTACT))

    contact = api.run(api.client().contacts.get("c1"))

    assert isinstance(contact, api.package.Contact)
    assert (contact.name, contact.created_at) == ("Ada", "2024-01-01")


def test_empty_body_parses_to_none(api: Driver, local_server: LocalServer) -> None:
    local_server.route("DELETE", "/contacts/c1", empty_response(204))

    assert api.run(api.client().contacts.delete("c1")) is None


def test_retries_429_honouring_retry_after_then_succeeds(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route(
        "GET",
        "/contacts/c1",
        [
            json_response(429, {"error": "slow down"}, {"Retry-After": "0"}),
            json_response(200, CONTACT),
        ],
    )

    contact = api.run(api.client().contacts.get("c1"))

    assert contact.id == "c1"
    assert len(local_server.requests) == 2


def test_retries_503_then_succeeds(api: Driver, local_server: LocalServer) -> None:
    local_server.route(
        "GET",
        "/contacts/c1",
        [json_response(503, {}), json_response(503, {}), json_response(200, CONTACT)],
    )

    assert api.run(api.client(max_retries=2).contacts.get("c1")).id == "c1"
    assert len(local_server.requests) == 3


def test_gives_up_after_max_retries(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts/c1", json_response(503, {"error": "down"}))

    with pytest.raises(api.package.APIStatusError) as caught:
        api.run(api.client(max_retries=1).contacts.get("c1"))

    assert caught.value.status_code == 503
    assert len(local_server.requests) == 2


def test_post_without_idempotency_key_is_not_retried_on_500(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route("POST", "/contacts/c1/notes", json_response(500, {"error": "boom"}))

    with pytest.raises(api.package.APIStatusError) as caught:
        api.run(api.client().contacts.note("c1", text="hi"))

    assert type(caught.value).__name__ == "InternalServerError"
    assert len(local_server.requests) == 1


def test_post_is_retried_on_429(api: Driver, local_server: LocalServer) -> None:
    local_server.route(
        "POST",
        "/contacts",
        [json_response(429, {}, {"retry-after-ms": "1"}), json_response(201, CONTACT)],
    )

    assert api.run(api.client().contacts.create(name="Ada")).id == "c1"
    assert [r.json() for r in local_server.requests] == [{"name": "Ada"}] * 2


def test_404_raises_not_found_with_status_and_body(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts/nope", json_response(404, {"error": "no such contact"}))

    with pytest.raises(api.package.NotFoundError) as caught:
        api.run(api.client().contacts.get("nope"))

    error = caught.value
    assert error.status_code == 404
    assert error.body == {"error": "no such contact"}
    assert error.response.status_code == 404
    assert error.request.method == "GET"
    assert str(error) == (
        f'404 Not Found for GET {local_server.url}/contacts/nope: {{"error": "no such contact"}}'
    )


def test_422_raises_unprocessable_entity_with_body(api: Driver, local_server: LocalServer) -> None:
    problem = {"errors": [{"field": "name", "message": "too long"}]}
    local_server.route("POST", "/contacts", json_response(422, problem))

    with pytest.raises(api.package.UnprocessableEntityError) as caught:
        api.run(api.client().contacts.create(name="A" * 300))

    assert caught.value.status_code == 422
    assert caught.value.body == problem


def test_connection_refused_raises_connection_error(api: Driver) -> None:
    with socket.socket() as sock:  # a port nobody listens on once closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = api.client(base_url=f"http://127.0.0.1:{port}", max_retries=1)

    with pytest.raises(api.package.APIConnectionError) as caught:
        api.run(client.contacts.get("c1"))

    assert not isinstance(caught.value, api.package.APITimeoutError)
    assert f"GET http://127.0.0.1:{port}/contacts/c1" in str(caught.value)


def test_timeout_raises_timeout_error(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts/c1", Response(200, CONTACT, delay=0.5))
    client = api.client(max_retries=0)

    with pytest.raises(api.package.APITimeoutError):
        api.run(client.contacts.get("c1", timeout=0.05))


def test_raw_response_gives_headers_and_parse(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts/c1", json_response(200, CONTACT, {"X-Request-Id": "r-1"}))

    raw = api.run(api.client().with_raw_response.contacts.get("c1"))

    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "r-1"
    assert raw.json() == CONTACT
    assert raw.parse().name == "Ada"
    assert raw.parse() is raw.parse()


def test_unknown_field_and_enum_value_accepted_in_response(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route(
        "GET", "/contacts/c1", json_response(200, {**CONTACT, "status": "snoozed", "tier": "gold"})
    )

    contact = api.run(api.client().contacts.get("c1"))

    assert contact.status == "snoozed"
    assert contact.model_extra == {"tier": "gold"}


def test_bad_enum_in_request_rejected_before_sending(
    api: Driver, local_server: LocalServer
) -> None:
    with pytest.raises(pydantic.ValidationError):
        api.run(api.client().contacts.create(name="Ada", status="snoozed"))

    assert local_server.requests == []


def test_request_body_uses_wire_names_and_omits_unset(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route(
        "POST", "/contacts", lambda req: json_response(201, {**CONTACT, **req.json()})
    )

    api.run(api.client().contacts.create(name="Bea", status="archived"))
    api.run(api.client().contacts.create(name="Cy"))

    assert [r.json() for r in local_server.requests] == [
        {"name": "Bea", "status": "archived"},
        {"name": "Cy"},
    ]


@pytest.mark.parametrize("host", ["api.example.com", "10.0.0.1"])
def test_plain_http_with_credentials_refused_for_remote_hosts(
    api: Driver, fakeapi: ModuleType, host: str
) -> None:
    auth = fakeapi._auth.BearerTokenAuth("s3cr3t")

    with pytest.raises(ValueError, match="plain http"):
        api.client(base_url=f"http://{host}/v1", auth=auth)


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "[::1]"])
def test_plain_http_with_credentials_allowed_for_this_machine(
    api: Driver, fakeapi: ModuleType, host: str
) -> None:
    client = api.client(base_url=f"http://{host}:8000", auth=fakeapi._auth.BearerTokenAuth("t"))

    assert client.base_url.scheme == "http"


def test_secrets_absent_from_errors_and_logs(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    local_server.route("GET", "/contacts/c1", json_response(404, {"error": "nope"}))
    auth = fakeapi._auth.ApiKeyAuth("x", "key-s3cr3t", location="query")
    base_url = local_server.url.replace("http://", "http://user:pw-s3cr3t@")
    client = api.client(base_url=base_url, auth=auth)

    with (
        caplog.at_level(logging.DEBUG, logger=fakeapi.__name__),
        pytest.raises(api.package.NotFoundError) as caught,
    ):
        api.run(client.contacts.get("c1"))

    assert local_server.requests[0].query == {"x": ["key-s3cr3t"]}
    ours = [r.getMessage() for r in caplog.records if r.name.startswith(fakeapi.__name__)]
    assert ours, "the client logs its requests at DEBUG"
    for text in [str(caught.value), repr(auth), repr(client), *ours]:
        assert "s3cr3t" not in text


def test_debug_log_redacts_secret_headers(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    local_server.route("GET", "/contacts/c1", json_response(200, CONTACT))
    client = api.client()
    headers = {"X-Tenant-Pass": "hdr-s3cr3t", "X-Api-Token": "tok-s3cr3t"}

    with caplog.at_level(logging.DEBUG, logger=fakeapi.__name__):
        api.run(client.request("GET", "/contacts/c1", cast_to=object, headers=headers))

    assert local_server.requests[0].headers["X-Tenant-Pass"] == "hdr-s3cr3t"
    assert "s3cr3t" not in caplog.text
    assert "'x-tenant-pass': '***'" in caplog.text


def test_caller_supplied_http_client_is_used_and_left_open(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route("GET", "/contacts/c1", json_response(200, CONTACT))
    seen: list[httpx.Request] = []
    hooks = {"request": [_recorder(seen, api.is_async)]}
    http_client: Any = (httpx.AsyncClient if api.is_async else httpx.Client)(event_hooks=hooks)
    client = api.client(http_client=http_client)

    api.run(client.contacts.get("c1"))
    api.run(client.close())

    assert len(seen) == 1
    assert not http_client.is_closed
    api.run(http_client.aclose() if api.is_async else http_client.close())


def _recorder(seen: list[httpx.Request], is_async: bool) -> Callable[..., Any]:
    if not is_async:
        return seen.append

    async def record(request: httpx.Request) -> None:
        seen.append(request)

    return record


def test_handler_sees_recorded_request(local_server: LocalServer) -> None:
    """The test server itself: a scripted sequence and recorded requests."""
    local_server.route("POST", r"/echo/(?P<n>\d+)", lambda req: json_response(200, _echo(req)))

    response = httpx.post(local_server.url + "/echo/7?a=1&a=2", json={"k": "v"})

    assert response.json() == {"n": "7", "a": ["1", "2"], "k": "v"}
    assert local_server.requests_to("POST", "/echo/7")[0].json() == {"k": "v"}


def _echo(request: Recorded) -> dict[str, object]:
    return {"n": request.path_params["n"], "a": request.query["a"], **request.json()}
