"""The generated OurPeople client over real HTTP: token exchange, refresh, retries, errors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from tests.clients.conftest import make_driver
from tests.conftest import import_generated
from tests.runtime.driver import Driver
from tests.support.http_server import LocalServer, Recorded, Response, json_response

ourpeople = import_generated("ourpeople")

DELIVERIES = [
    {"id": "d1", "broadcastId": "b1", "broadcastName": "Welcome", "status": "sent"},
    {"id": "d2", "broadcastId": "b2", "broadcastName": "Rota", "status": "queued", "new": 1},
]


@pytest.fixture
def api(flavor: str, local_server: LocalServer) -> Iterator[Driver]:
    yield from make_driver(flavor, ourpeople, local_server)


def issue_tokens(server: LocalServer, *tokens: str) -> None:
    """POST /v1/auth hands out ``tokens`` in turn; POST /v1/auth/refresh the next one."""
    issued = iter(tokens)

    def exchange(request: Recorded) -> Response:
        return json_response(200, {"token": next(issued), "refresh_token": "refresh-1"})

    server.route("POST", "/v1/auth", exchange)
    server.route("POST", "/v1/auth/refresh", exchange)


def require_token(token: str, body: object) -> object:
    def handler(request: Recorded) -> Response:
        if request.headers.get("Authorization") != f"Bearer {token}":
            return json_response(401, {"error": "invalid_token"})
        return json_response(200, body)

    return handler


def test_first_call_exchanges_credentials_for_a_token(
    api: Driver, local_server: LocalServer
) -> None:
    issue_tokens(local_server, "jwt-1")
    local_server.route("GET", "/v1/broadcasts/deliveries", require_token("jwt-1", DELIVERIES))
    client = api.client(client_id="id-1", client_secret="s3cret")

    deliveries = api.run(client.broadcasts.list_deliveries())

    assert [d.broadcast_name for d in deliveries] == ["Welcome", "Rota"]
    assert isinstance(deliveries[0], ourpeople.models.Delivery)
    assert deliveries[1].model_extra == {"new": 1}
    (auth,) = local_server.requests_to("POST", "/v1/auth")
    assert auth.json() == {"id": "id-1", "secret": "s3cret"}
    assert "s3cret" not in auth.path and not auth.query


def test_expired_token_is_refreshed_once_and_the_call_retried(
    api: Driver, local_server: LocalServer
) -> None:
    issue_tokens(local_server, "jwt-1", "jwt-2")
    local_server.route(
        "GET",
        "/v1/broadcasts/b1",
        require_token("jwt-2", {"id": "b1", "name": "Hello", "createdAt": "2024-05-01T10:00:00Z"}),
    )
    client = api.client(client_id="id-1", client_secret="s3cret")

    broadcast = api.run(client.broadcasts.get("b1"))

    assert broadcast.name == "Hello"
    assert broadcast.created_at == datetime.fromisoformat("2024-05-01T10:00:00+00:00")
    (refresh,) = local_server.requests_to("POST", "/v1/auth/refresh")
    assert refresh.json() == {"refresh_token": "refresh-1"}
    assert len(local_server.requests_to("GET", "/v1/broadcasts/b1")) == 2


def test_rejected_refresh_falls_back_to_one_fresh_exchange(
    api: Driver, local_server: LocalServer
) -> None:
    issue_tokens(local_server, "jwt-1", "jwt-2")
    local_server.route("POST", "/v1/auth/refresh", json_response(401, {"error": "expired"}))
    local_server.route("GET", "/v1/broadcasts/b1", require_token("jwt-2", {"id": "b1"}))
    client = api.client(client_id="id-1", client_secret="s3cret")

    api.run(client.broadcasts.get("b1"))

    paths = [r.path for r in local_server.requests]
    assert paths == [
        "/v1/auth",
        "/v1/broadcasts/b1",
        "/v1/auth/refresh",
        "/v1/auth",
        "/v1/broadcasts/b1",
    ]


def test_failed_refresh_and_exchange_raise_an_authentication_error(
    api: Driver, local_server: LocalServer
) -> None:
    issue_tokens(local_server, "jwt-1", "jwt-2")
    local_server.route("POST", "/v1/auth/refresh", json_response(401, {"error": "expired"}))
    local_server.route("GET", "/v1/broadcasts/b1", json_response(401, {"error": "invalid_token"}))
    client = api.client(client_id="id-1", client_secret="s3cret")

    with pytest.raises(ourpeople.AuthenticationError) as caught:
        api.run(client.broadcasts.get("b1"))

    assert caught.value.status_code == 401
    assert "s3cret" not in str(caught.value)


def test_content_recipients_pass_rating_and_read_nullable_timestamps(
    api: Driver, local_server: LocalServer
) -> None:
    issue_tokens(local_server, "jwt-1")
    recipients = [
        {"id": "r1", "name": "Ann", "seenAt": "2024-05-01T10:00:00Z", "respondedAt": None}
    ]
    local_server.route(
        "GET",
        "/v1/broadcasts/deliveries/d1/contents/c%2F1/recipients",
        json_response(200, recipients),
    )
    client = api.client(client_id="id-1", client_secret="s3cret")

    result = api.run(client.broadcasts.list_content_recipients("d1", "c/1", rating=5))

    assert result[0].responded_at is None and result[0].seen_at is not None
    (call,) = local_server.requests_to(
        "GET", "/v1/broadcasts/deliveries/d1/contents/c%2F1/recipients"
    )
    assert call.query == {"rating": ["5"]}


def test_missing_broadcast_raises_not_found_with_body(
    api: Driver, local_server: LocalServer
) -> None:
    issue_tokens(local_server, "jwt-1")
    local_server.route(
        "GET", "/v1/broadcasts/nope", json_response(404, {"message": "no such broadcast"})
    )
    client = api.client(client_id="id-1", client_secret="s3cret")

    with pytest.raises(ourpeople.NotFoundError) as caught:
        api.run(client.broadcasts.get("nope"))

    assert caught.value.status_code == 404
    assert caught.value.body == {"message": "no such broadcast"}
    assert "GET" in str(caught.value) and "/v1/broadcasts/nope" in str(caught.value)


def test_rate_limited_get_is_retried_after_retry_after(
    api: Driver, local_server: LocalServer
) -> None:
    issue_tokens(local_server, "jwt-1")
    local_server.route(
        "GET",
        "/v1/broadcasts/deliveries",
        [
            json_response(429, {"error": "slow down"}, headers={"Retry-After": "0"}),
            json_response(200, DELIVERIES),
        ],
    )
    client = api.client(client_id="id-1", client_secret="s3cret")

    deliveries = api.run(client.broadcasts.list_deliveries())

    assert len(deliveries) == 2
    assert len(local_server.requests_to("GET", "/v1/broadcasts/deliveries")) == 2


def test_raw_response_gives_http_details_and_parses(api: Driver, local_server: LocalServer) -> None:
    issue_tokens(local_server, "jwt-1")
    local_server.route(
        "GET",
        "/v1/broadcasts/deliveries",
        json_response(200, DELIVERIES, headers={"X-Request-Id": "abc"}),
    )
    client = api.client(client_id="id-1", client_secret="s3cret")

    raw = api.run(client.with_raw_response.broadcasts.list_deliveries())

    assert raw.status_code == 200 and raw.headers["X-Request-Id"] == "abc"
    assert raw.parse()[0].id == "d1"


def test_account_selects_the_server_and_credentials_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OURPEOPLE_CLIENT_ID", "env-id")
    monkeypatch.setenv("OURPEOPLE_CLIENT_SECRET", "env-secret")
    with ourpeople.Client(account="acme") as client:
        assert str(client.base_url) == "https://acme-api.ourpeople.co"
        assert "env-secret" not in repr(client.__dict__)


@pytest.mark.parametrize("account", ["evil.example/x#", "evil.example?", "a@evil.example"])
def test_the_account_cannot_change_the_host(account: str) -> None:
    client = ourpeople.Client(account=account, client_id="id-1", client_secret="s3cret")

    assert client.base_url.host.endswith("-api.ourpeople.co")
    assert client.base_url.path == "/"
    client.close()
