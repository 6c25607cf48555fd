"""Per-call options, `with_options`, a caller's http_client, and retry policy
(issue 13, items 2, 5 and 6)."""

from __future__ import annotations

import time
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.runtime.driver import Driver
from tests.support.http_server import LocalServer, Response, json_response

CONTACT = {"id": "c1", "name": "Ada"}


def test_extra_headers_query_and_body_are_sent(api: Driver, local_server: LocalServer) -> None:
    local_server.route("POST", "/contacts", json_response(201, CONTACT))

    api.run(
        api.client().contacts.create(
            name="Ada",
            extra_headers={"X-Trace": "t1"},
            extra_query={"dry_run": True},
            extra_body={"tags": ["vip"]},
        )
    )

    (sent,) = local_server.requests
    assert sent.headers["X-Trace"] == "t1"
    assert sent.query == {"dry_run": ["true"]}
    assert sent.json() == {"name": "Ada", "tags": ["vip"]}


def test_max_retries_per_call(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts/c1", json_response(503, {}))
    client = api.client(max_retries=3)

    with pytest.raises(api.package.APIStatusError):
        api.run(client.contacts.get("c1", max_retries=0))
    assert len(local_server.requests) == 1

    with pytest.raises(api.package.APIStatusError):
        api.run(client.contacts.get("c1", max_retries=1))
    assert len(local_server.requests) == 3


def test_timeout_per_call(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts/c1", Response(200, CONTACT, delay=0.4))
    client = api.client(timeout=5.0, max_retries=0)

    with pytest.raises(api.package.APITimeoutError):
        api.run(client.contacts.get("c1", timeout=0.1))
    assert api.run(client.contacts.get("c1")).id == "c1"


def test_with_options_returns_a_configured_copy(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts/c1", [json_response(503, {}), json_response(200, CONTACT)])
    client = api.client(max_retries=2)

    impatient = client.with_options(max_retries=0, default_headers={"X-Team": "ops"})

    assert impatient is not client and impatient.max_retries == 0
    assert impatient.contacts._client is impatient
    with pytest.raises(api.package.APIStatusError):
        api.run(impatient.contacts.get("c1"))
    assert local_server.requests[0].headers["X-Team"] == "ops"
    assert api.run(client.contacts.get("c1")).id == "c1"  # the original still retries
    assert "X-Team" not in local_server.requests[-1].headers


def test_a_closed_copy_leaves_the_pool_open(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts/c1", json_response(200, CONTACT))
    client = api.client()

    api.run(client.with_options(timeout=3.0).close())

    assert api.run(client.contacts.get("c1")).id == "c1"


def test_a_passed_http_client_keeps_its_timeout_unless_overridden(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route("GET", "/contacts/c1", Response(200, CONTACT, delay=0.4))
    http: Any = (httpx.AsyncClient if api.is_async else httpx.Client)(timeout=0.1)

    with pytest.raises(api.package.APITimeoutError):
        api.run(api.client(http_client=http, max_retries=0).contacts.get("c1"))
    overridden = api.client(http_client=http, timeout=5.0)
    assert api.run(overridden.contacts.get("c1")).id == "c1"
    api.run(http.aclose() if api.is_async else http.close())


def test_unauthenticated_pages_send_no_credentials(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer
) -> None:
    local_server.route("GET", "/public", json_response(200, {"data": []}))
    pagination = fakeapi._pagination.OffsetPagination("limit", "offset", "/data")
    client = api.client(auth=fakeapi._auth.ApiKeyAuth("X-Key", "k-123"))

    api.run(client.get_page("/public", item_type=dict, pagination=pagination, authenticated=False))

    assert "X-Key" not in local_server.requests[0].headers


# -- Retries (issue 13, item 5) ------------------------------------------------------


def test_retry_after_within_the_max_wait_is_honoured(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route(
        "GET",
        "/contacts/c1",
        [json_response(429, {}, {"Retry-After": "0.4"}), json_response(200, CONTACT)],
    )

    started = time.monotonic()
    api.run(api.client().contacts.get("c1"))

    assert time.monotonic() - started >= 0.35
    assert len(local_server.requests) == 2


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_beyond_the_max_wait_fails_at_once(
    api: Driver, local_server: LocalServer, status: int
) -> None:
    local_server.route("GET", "/contacts/c1", json_response(status, {}, {"Retry-After": "300"}))
    client = api.client(max_retries=3)

    started = time.monotonic()
    with pytest.raises(api.package.APIStatusError) as caught:
        api.run(client.contacts.get("c1"))

    assert time.monotonic() - started < 1.0
    assert len(local_server.requests) == 1
    assert caught.value.retry_after == 300.0
    assert "retry after 300 s" in str(caught.value)
    if status == 429:
        assert isinstance(caught.value, api.package.RateLimitError)


def test_max_retry_wait_is_configurable(api: Driver, local_server: LocalServer) -> None:
    local_server.route(
        "GET",
        "/contacts/c1",
        [json_response(429, {}, {"Retry-After": "0.3"}), json_response(200, CONTACT)],
    )

    with pytest.raises(api.package.RateLimitError):
        api.run(api.client().with_options(max_retry_wait=0.1).contacts.get("c1"))


def test_post_with_an_idempotency_key_is_retried_with_the_same_key(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route("POST", "/contacts", [json_response(500, {}), json_response(201, CONTACT)])

    assert api.run(api.client().contacts.create(name="Ada")).id == "c1"

    keys = [r.headers["Idempotency-Key"] for r in local_server.requests]
    assert len(keys) == 2 and keys[0] == keys[1] and keys[0]


def test_caller_opts_in_to_post_retries_with_an_idempotency_key_header(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route("POST", "/contacts/c1/notes", [json_response(503, {}), Response(204, None)])

    api.run(api.client().contacts.note("c1", text="hi", extra_headers={"Idempotency-Key": "k1"}))

    assert [r.headers["Idempotency-Key"] for r in local_server.requests] == ["k1", "k1"]


def test_a_callers_idempotency_key_is_kept(api: Driver, local_server: LocalServer) -> None:
    local_server.route("POST", "/contacts", json_response(201, CONTACT))

    api.run(api.client().contacts.create(name="Ada", idempotency_key="mine"))

    assert local_server.requests[0].headers["Idempotency-Key"] == "mine"
