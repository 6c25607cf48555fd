"""Auth flows over real HTTP: OAuth2 client credentials, token exchange, static keys."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType
from typing import Any

import pytest

from tests.runtime.driver import Driver
from tests.support.http_server import LocalServer, Recorded, Response, json_response

SECRET = "cl13nt-s3cr3t"
CONTACT = {"id": "c1", "name": "Ada"}


class TokenService:
    """A token endpoint plus one protected resource, on the local server.

    Tokens are ``tok-1``, ``tok-2``...; ``reject(token)`` returns the 401
    response the resource gives a token, or ``None`` to accept it.
    """

    def __init__(
        self,
        server: LocalServer,
        *,
        token_path: str = "/v1/oauth/token",
        expires_in: Callable[[int], float | None] = lambda n: 3600,
        reject: Callable[[str], Response | None] = lambda token: None,
        token_delay: float = 0.0,
    ) -> None:
        self.server = server
        self.token_path = token_path
        self._expires_in = expires_in
        self._reject = reject
        self._delay = token_delay
        self._lock = threading.Lock()
        self.issued: list[str] = []
        server.route("POST", token_path, self._issue)
        server.route("GET", "/v1/contacts/c1", self._resource)

    def _issue(self, request: Recorded) -> Response:
        with self._lock:
            token = f"tok-{len(self.issued) + 1}"
            self.issued.append(token)
        body: dict[str, Any] = {"access_token": token, "token_type": "bearer"}
        if (lifetime := self._expires_in(len(self.issued))) is not None:
            body["expires_in"] = lifetime
        return Response(200, body, delay=self._delay)

    def _resource(self, request: Recorded) -> Response:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        return self._reject(token) or json_response(200, CONTACT)

    @property
    def token_requests(self) -> list[Recorded]:
        return self.server.requests_to("POST", self.token_path)

    @property
    def tokens_used(self) -> list[str]:
        api = self.server.requests_to("GET", "/v1/contacts/c1")
        return [r.headers["Authorization"] for r in api]


def oauth2(fakeapi: ModuleType, **options: Any) -> Any:
    """A `ClientCredentialsAuth` with a relative token URL and this module's secret."""
    return fakeapi._oauth2.ClientCredentialsAuth("/oauth/token", "my-client", SECRET, **options)


def assert_no_secret_in_queries(server: LocalServer, *secrets: str) -> None:
    for request in server.requests:
        assert not any(s in str(request.query) for s in secrets), request


def get_contact(api: Driver, client: Any) -> Any:
    return api.run(client.contacts.get("c1"))


@pytest.fixture
def v1_url(local_server: LocalServer) -> str:
    """The API base URL: token URLs are relative to it, base path included."""
    return local_server.url + "/v1"


# -- OAuth2 client credentials ------------------------------------------------


def test_oauth2_token_fetched_on_first_use_and_cached(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    service = TokenService(local_server)
    client = api.client(base_url=v1_url, auth=oauth2(fakeapi, scopes=["read", "write"]))

    assert local_server.requests == []
    get_contact(api, client)
    get_contact(api, client)

    (token_request,) = service.token_requests
    basic = base64.b64encode(f"my-client:{SECRET}".encode()).decode()
    assert token_request.headers["Authorization"] == f"Basic {basic}"
    assert token_request.form() == {"grant_type": ["client_credentials"], "scope": ["read write"]}
    assert service.tokens_used == ["Bearer tok-1", "Bearer tok-1"]
    assert_no_secret_in_queries(local_server, SECRET, "my-client")


def test_oauth2_client_auth_body_sends_credentials_in_the_form(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    service = TokenService(local_server)
    client = api.client(base_url=v1_url, auth=oauth2(fakeapi, client_auth="body"))

    get_contact(api, client)

    (token_request,) = service.token_requests
    assert "Authorization" not in token_request.headers
    assert token_request.query == {}
    assert token_request.form() == {
        "grant_type": ["client_credentials"],
        "client_id": ["my-client"],
        "client_secret": [SECRET],
    }


@pytest.mark.parametrize(
    ("lifetime", "leeway", "due_after"),
    [(1.0, 0.9, 0.1), (0.4, 30.0, 0.2)],
    ids=["leeway-before-expiry", "half-life-when-shorter-than-leeway"],
)
def test_oauth2_renews_before_expiry(
    api: Driver,
    fakeapi: ModuleType,
    local_server: LocalServer,
    v1_url: str,
    lifetime: float,
    leeway: float,
    due_after: float,
) -> None:
    service = TokenService(local_server, expires_in=lambda n: lifetime)
    client = api.client(base_url=v1_url, auth=oauth2(fakeapi, leeway=leeway))

    get_contact(api, client)
    get_contact(api, client)
    time.sleep(due_after + 0.05)
    get_contact(api, client)

    assert service.tokens_used == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]


def test_oauth2_scopes_given_as_one_string_are_space_separated(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    service = TokenService(local_server)

    get_contact(api, api.client(base_url=v1_url, auth=oauth2(fakeapi, scopes="read  write")))

    assert service.token_requests[0].form()["scope"] == ["read write"]


@pytest.mark.parametrize(
    "rejection",
    [
        json_response(401, {"error": "invalid_token"}),
        json_response(401, {}, {"WWW-Authenticate": 'Bearer error="invalid_token"'}),
    ],
    ids=["body", "www-authenticate"],
)
def test_oauth2_invalid_token_renews_once_and_retries(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, v1_url: str, rejection: Response
) -> None:
    service = TokenService(local_server, reject=lambda t: rejection if t == "tok-1" else None)
    client = api.client(base_url=v1_url, auth=oauth2(fakeapi))

    assert get_contact(api, client).id == "c1"

    assert service.tokens_used == ["Bearer tok-1", "Bearer tok-2"]
    assert len(service.token_requests) == 2


def test_oauth2_renews_only_once_when_the_new_token_is_refused_too(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    refused = json_response(401, {"error": "invalid_token"})
    service = TokenService(local_server, reject=lambda token: refused)
    client = api.client(base_url=v1_url, auth=oauth2(fakeapi))

    with pytest.raises(api.package.AuthenticationError):
        get_contact(api, client)

    assert len(service.token_requests) == 2
    assert service.tokens_used == ["Bearer tok-1", "Bearer tok-2"]


def test_oauth2_other_401_is_not_a_reason_to_renew(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    service = TokenService(local_server, reject=lambda t: json_response(401, {"error": "nope"}))
    client = api.client(base_url=v1_url, auth=oauth2(fakeapi))

    with pytest.raises(api.package.AuthenticationError):
        get_contact(api, client)

    assert len(service.token_requests) == 1


def test_oauth2_bad_credentials_raise_authentication_error(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    refusal = {"error": "invalid_client", "error_description": f"unknown secret {SECRET}"}
    local_server.route("POST", "/v1/oauth/token", json_response(401, refusal))
    client = api.client(base_url=v1_url, auth=oauth2(fakeapi, client_auth="body"))

    with pytest.raises(api.package.AuthenticationError) as caught:
        get_contact(api, client)

    error = caught.value
    assert error.status_code == 401
    assert error.body == refusal
    assert str(error).startswith("OAuth2 token request failed: 401 Unauthorized for POST")
    assert SECRET not in str(error)
    assert [r.path for r in local_server.requests] == ["/v1/oauth/token"]


def test_oauth2_token_endpoint_error_status_is_kept(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    local_server.route("POST", "/v1/oauth/token", json_response(400, {"error": "invalid_scope"}))
    client = api.client(base_url=v1_url, auth=oauth2(fakeapi, scopes=["admin"]))

    with pytest.raises(api.package.AuthenticationError) as caught:
        get_contact(api, client)

    assert (caught.value.status_code, caught.value.body) == (400, {"error": "invalid_scope"})


def test_oauth2_failed_token_request_releases_the_lock(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    local_server.route("POST", "/v1/oauth/token", Response(200, {"access_token": "t"}, delay=0.3))
    client = api.client(base_url=v1_url, auth=oauth2(fakeapi), timeout=0.05, max_retries=0)

    with pytest.raises(api.package.APITimeoutError):
        get_contact(api, client)
    service = TokenService(local_server)  # a fast token endpoint from now on

    # The same auth (and lock), with time enough for a loaded machine.
    assert get_contact(api, client.with_options(timeout=5.0)).id == "c1"
    assert service.tokens_used == ["Bearer tok-1"]


def expire_first_token(fakeapi: ModuleType, local_server: LocalServer) -> tuple[TokenService, Any]:
    """A service whose first token is stale 0.1 s after issue, and whose token
    endpoint is slow (so concurrent callers really overlap), and an auth for it."""
    service = TokenService(
        local_server, expires_in=lambda n: 1 if n == 1 else 3600, token_delay=0.05
    )
    return service, oauth2(fakeapi, leeway=0.9)


def assert_one_renewal_served_all(service: TokenService, results: list[Any]) -> None:
    assert [c.id for c in results] == ["c1"] * 50
    assert len(service.token_requests) == 2
    assert service.tokens_used[1:] == ["Bearer tok-2"] * 50


def test_oauth2_fifty_threads_after_expiry_make_one_token_request(
    fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    service, auth = expire_first_token(fakeapi, local_server)
    with fakeapi.Client(base_url=v1_url, auth=auth) as client:
        client.contacts.get("c1")
        time.sleep(0.15)
        with ThreadPoolExecutor(max_workers=50) as pool:
            results = list(pool.map(lambda _: client.contacts.get("c1"), range(50)))

    assert_one_renewal_served_all(service, results)


def test_oauth2_fifty_tasks_after_expiry_make_one_token_request(
    fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    service, auth = expire_first_token(fakeapi, local_server)

    async def scenario() -> list[Any]:
        async with fakeapi.AsyncClient(base_url=v1_url, auth=auth) as client:
            await client.contacts.get("c1")
            await asyncio.sleep(0.15)
            return await asyncio.gather(*(client.contacts.get("c1") for _ in range(50)))

    results = asyncio.run(scenario())

    assert_one_renewal_served_all(service, results)


def test_oauth2_first_use_by_fifty_threads_makes_one_token_request(
    fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    service = TokenService(local_server, token_delay=0.05)
    with (
        fakeapi.Client(base_url=v1_url, auth=oauth2(fakeapi)) as client,
        ThreadPoolExecutor(max_workers=50) as pool,
    ):
        list(pool.map(lambda _: client.contacts.get("c1"), range(50)))

    assert len(service.token_requests) == 1


# -- Token exchange (OurPeople style) --------------------------------------------

CREDENTIALS = {"id": "client-1", "secret": SECRET}


def token_exchange(fakeapi: ModuleType, **options: Any) -> Any:
    """A `TokenExchangeAuth` shaped like OurPeople's ``/v1/auth`` endpoints."""
    return fakeapi._token_exchange.TokenExchangeAuth(
        "/auth",
        CREDENTIALS,
        "/token",
        refresh_url="/auth/refresh",
        refresh_token_field="/refresh_token",
        **options,
    )


def jwt(claims: dict[str, Any]) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': 'none'})}.{part(claims)}.sig"


class ExchangeService:
    """``POST /v1/auth`` and ``/v1/auth/refresh`` plus a resource accepting ``accepted`` tokens."""

    def __init__(
        self,
        server: LocalServer,
        *,
        exchange: Response,
        refresh: Response | None = None,
        accepted: tuple[str, ...] = (),
    ) -> None:
        self.server = server
        server.route("POST", "/v1/auth", exchange)
        if refresh is not None:
            server.route("POST", "/v1/auth/refresh", refresh)
        ok, refused = json_response(200, CONTACT), json_response(401, {"message": "expired"})
        server.route(
            "GET",
            "/v1/contacts/c1",
            lambda r: ok if r.headers["Authorization"] in accepted else refused,
        )

    def paths(self) -> list[str]:
        return [r.path for r in self.server.requests]


def test_token_exchange_posts_credentials_as_json(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    service = ExchangeService(
        local_server,
        exchange=json_response(200, {"token": "jwt-1", "refresh_token": "ref-1"}),
        accepted=("Bearer jwt-1",),
    )
    client = api.client(base_url=v1_url, auth=token_exchange(fakeapi))

    get_contact(api, client)
    get_contact(api, client)

    assert service.paths() == ["/v1/auth", "/v1/contacts/c1", "/v1/contacts/c1"]
    assert local_server.requests[0].json() == CREDENTIALS
    assert_no_secret_in_queries(local_server, SECRET)


def test_token_exchange_refreshes_once_on_401_and_retries(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    service = ExchangeService(
        local_server,
        exchange=json_response(200, {"token": "jwt-1", "refresh_token": "ref-1"}),
        refresh=json_response(200, {"token": "jwt-2"}),
        accepted=("Bearer jwt-2",),
    )
    client = api.client(base_url=v1_url, auth=token_exchange(fakeapi))

    assert get_contact(api, client).id == "c1"

    assert service.paths() == ["/v1/auth", "/v1/contacts/c1", "/v1/auth/refresh", "/v1/contacts/c1"]
    assert local_server.requests[2].json() == {"refresh_token": "ref-1"}


def test_token_exchange_rejected_refresh_falls_back_to_one_fresh_exchange(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    service = ExchangeService(
        local_server,
        exchange=[
            json_response(200, {"token": "jwt-1", "refresh_token": "ref-s3cr3t"}),
            json_response(200, {"token": "jwt-2", "refresh_token": "ref-2"}),
        ],
        refresh=json_response(401, {"message": "refresh token ref-s3cr3t expired"}),
        accepted=("Bearer jwt-2",),
    )
    client = api.client(base_url=v1_url, auth=token_exchange(fakeapi))

    assert get_contact(api, client).id == "c1"

    assert service.paths() == [
        "/v1/auth",
        "/v1/contacts/c1",
        "/v1/auth/refresh",
        "/v1/auth",
        "/v1/contacts/c1",
    ]


def test_token_exchange_failing_fallback_exchange_raises_authentication_error(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    service = ExchangeService(
        local_server,
        exchange=[
            json_response(200, {"token": "jwt-1", "refresh_token": "ref-s3cr3t"}),
            json_response(403, {"message": f"account locked for {SECRET}"}),
        ],
        refresh=json_response(401, {"message": "refresh token ref-s3cr3t expired"}),
    )
    client = api.client(base_url=v1_url, auth=token_exchange(fakeapi))

    with pytest.raises(api.package.AuthenticationError) as caught:
        get_contact(api, client)

    assert str(caught.value).startswith("Token exchange failed: 403 Forbidden for POST")
    assert SECRET not in str(caught.value)
    assert service.paths() == ["/v1/auth", "/v1/contacts/c1", "/v1/auth/refresh", "/v1/auth"]


def test_token_exchange_uses_jwt_exp_to_refresh_before_expiry(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    # Lives 3 s and is due 2.5 s before exp: due after 0.5 s, with room for a slow first call.
    first = jwt({"sub": "client-1", "exp": time.time() + 3})
    service = ExchangeService(
        local_server,
        exchange=json_response(200, {"token": first, "refresh_token": "ref-1"}),
        refresh=json_response(200, {"token": "jwt-2", "refresh_token": "ref-2"}),
        accepted=(f"Bearer {first}", "Bearer jwt-2"),
    )
    client = api.client(base_url=v1_url, auth=token_exchange(fakeapi, leeway=2.5))

    get_contact(api, client)
    time.sleep(0.6)
    get_contact(api, client)

    assert service.paths() == ["/v1/auth", "/v1/contacts/c1", "/v1/auth/refresh", "/v1/contacts/c1"]


def test_token_exchange_bad_credentials_raise_authentication_error(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, v1_url: str
) -> None:
    ExchangeService(local_server, exchange=json_response(401, {"message": "bad credentials"}))
    client = api.client(base_url=v1_url, auth=token_exchange(fakeapi))

    with pytest.raises(api.package.AuthenticationError, match=r"^Token exchange failed: 401"):
        get_contact(api, client)


# -- Static credentials and secrecy -------------------------------------------------


@pytest.mark.parametrize(
    ("location", "where"),
    [("header", "headers"), ("query", "query"), ("cookie", "headers")],
)
def test_api_key_sent_where_declared(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer, location: str, where: str
) -> None:
    local_server.route("GET", "/contacts/c1", json_response(200, CONTACT))
    auth = fakeapi._auth.ApiKeyAuth("X-Key", "k-123", location=location)

    get_contact(api, api.client(auth=auth, max_retries=0))

    sent = local_server.requests[0]
    expected = {"header": ("X-Key", "k-123"), "cookie": ("Cookie", "X-Key=k-123")}
    if where == "query":
        assert sent.query == {"X-Key": ["k-123"]}
    else:
        name, value = expected[location]
        assert sent.headers[name] == value


def test_bearer_token_sent(api: Driver, fakeapi: ModuleType, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts/c1", json_response(200, CONTACT))

    get_contact(api, api.client(auth=fakeapi._auth.BearerTokenAuth("t-1")))

    assert local_server.requests[0].headers["Authorization"] == "Bearer t-1"


def test_reprs_hide_secrets(fakeapi: ModuleType) -> None:
    auths = [
        fakeapi._auth.BearerTokenAuth(SECRET),
        fakeapi._auth.ApiKeyAuth("X-Key", SECRET),
        oauth2(fakeapi),
        token_exchange(fakeapi),
    ]

    for auth in auths:
        assert SECRET not in repr(auth)
        assert "***" in repr(auth)


def test_token_flows_log_no_secrets(
    api: Driver,
    fakeapi: ModuleType,
    local_server: LocalServer,
    v1_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    TokenService(local_server)
    client = api.client(base_url=v1_url, auth=oauth2(fakeapi))

    with caplog.at_level(logging.DEBUG):
        get_contact(api, client)

    assert SECRET not in caplog.text
    assert "tok-1" not in caplog.text


def test_absolute_http_token_url_to_remote_host_refused(fakeapi: ModuleType) -> None:
    with pytest.raises(ValueError, match="plain http"):
        fakeapi._oauth2.ClientCredentialsAuth("http://auth.example.com/token", "id", SECRET)
