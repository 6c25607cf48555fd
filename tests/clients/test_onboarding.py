"""The generated Digital Onboarding client over real HTTP: OAuth2 client credentials, contacts, templates."""

from __future__ import annotations

import asyncio
import base64
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.clients.conftest import make_driver
from tests.conftest import import_generated
from tests.runtime.driver import Driver
from tests.support.http_server import LocalServer, Recorded, Response, json_response

onboarding = import_generated("onboarding")

TOKEN_PATH = "/oauth2/token"
LEEWAY = 30.0  # the runtime's default leeway (ClientCredentialsAuth(leeway=30.0))
TEMPLATES = {
    "templates": [{"id": "t1", "name": "Welcome"}, {"id": "t2", "name": "Loan", "kind": "x"}]
}


@pytest.fixture
def api(flavor: str, local_server: LocalServer) -> Iterator[Driver]:
    yield from make_driver(flavor, onboarding, local_server)


def issue_tokens(server: LocalServer, *tokens: tuple[str, float]) -> None:
    """POST /oauth2/token hands out ``(access_token, expires_in)`` in turn; the last one repeats."""
    lock = threading.Lock()
    issued = list(tokens)

    def token(request: Recorded) -> Response:
        with lock:
            access_token, expires_in = issued.pop(0) if len(issued) > 1 else issued[0]
        return json_response(
            200, {"access_token": access_token, "token_type": "bearer", "expires_in": expires_in}
        )

    server.route("POST", TOKEN_PATH, token)


def require_token(token: str, body: object) -> object:
    def handler(request: Recorded) -> Response:
        if request.headers.get("Authorization") != f"Bearer {token}":
            return json_response(401, {"error": "invalid_token"})
        return json_response(200, body)

    return handler


def basic(client_id: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode()


def token_requests(server: LocalServer) -> list[Recorded]:
    return server.requests_to("POST", TOKEN_PATH)


def test_first_call_requests_a_token_with_basic_credentials(
    api: Driver, local_server: LocalServer
) -> None:
    issue_tokens(local_server, ("tok-1", 3600))
    local_server.route("GET", "/v1/templates", require_token("tok-1", TEMPLATES))
    client = api.client(client_id="cid", client_secret="s3cret")
    assert token_requests(local_server) == []  # nothing before first use

    templates = api.run(client.templates.list())

    assert [t.name for t in templates.templates] == ["Welcome", "Loan"]
    assert isinstance(templates.templates[0], onboarding.models.Template)
    (auth,) = token_requests(local_server)
    assert auth.form()["grant_type"] == ["client_credentials"]
    assert auth.headers["Authorization"] == basic("cid", "s3cret")
    assert not auth.query and "s3cret" not in auth.path
    assert b"s3cret" not in auth.body  # the secret travels in the Basic header only
    for request in local_server.requests:
        assert "s3cret" not in request.path and "cid" not in str(request.query)


def test_token_request_form_has_only_the_grant_type(api: Driver, local_server: LocalServer) -> None:
    issue_tokens(local_server, ("tok-1", 3600))
    local_server.route("GET", "/v1/templates", require_token("tok-1", TEMPLATES))
    client = api.client(client_id="cid", client_secret="s3cret")

    api.run(client.templates.list())

    (auth,) = token_requests(local_server)
    assert auth.form() == {"grant_type": ["client_credentials"]}


def test_token_is_reused_then_renewed_shortly_before_expiry(
    api: Driver, local_server: LocalServer
) -> None:
    # Lives 0.6 s beyond the runtime's leeway: fresh now, due for renewal after 0.7 s.
    issue_tokens(local_server, ("tok-1", LEEWAY + 0.6), ("tok-2", 3600))
    local_server.route("GET", "/v1/templates", require_token("tok-1", TEMPLATES))
    client = api.client(client_id="cid", client_secret="s3cret")

    api.run(client.templates.list())
    api.run(client.templates.list())
    assert len(token_requests(local_server)) == 1

    time.sleep(0.7)
    local_server.route("GET", "/v1/templates", require_token("tok-2", TEMPLATES))
    api.run(client.templates.list())

    assert len(token_requests(local_server)) == 2
    # Renewed proactively: no request was refused with the old token.
    assert all(
        r.headers["Authorization"] in ("Bearer tok-1", "Bearer tok-2")
        for r in local_server.requests_to("GET", "/v1/templates")
    )
    assert len(local_server.requests_to("GET", "/v1/templates")) == 3


def test_short_lived_token_is_reused_within_its_lifetime(
    api: Driver, local_server: LocalServer
) -> None:
    issue_tokens(local_server, ("tok-1", 2), ("tok-2", 2))
    local_server.route("GET", "/v1/templates", json_response(200, TEMPLATES))
    client = api.client(client_id="cid", client_secret="s3cret")

    api.run(client.templates.list())
    api.run(client.templates.list())

    assert len(token_requests(local_server)) == 1


def test_invalid_token_401_renews_exactly_once_and_the_call_succeeds(
    api: Driver, local_server: LocalServer
) -> None:
    issue_tokens(local_server, ("tok-1", 3600), ("tok-2", 3600))
    local_server.route("GET", "/v1/templates", require_token("tok-2", TEMPLATES))
    client = api.client(client_id="cid", client_secret="s3cret")

    templates = api.run(client.templates.list())

    assert templates.templates[0].id == "t1"
    assert len(token_requests(local_server)) == 2
    calls = local_server.requests_to("GET", "/v1/templates")
    assert [c.headers["Authorization"] for c in calls] == ["Bearer tok-1", "Bearer tok-2"]


def test_token_rejected_again_after_renewal_raises_without_looping(
    api: Driver, local_server: LocalServer
) -> None:
    issue_tokens(local_server, ("tok-1", 3600), ("tok-2", 3600), ("tok-3", 3600))
    local_server.route("GET", "/v1/templates", json_response(401, {"error": "invalid_token"}))
    client = api.client(client_id="cid", client_secret="s3cret")

    with pytest.raises(onboarding.AuthenticationError) as caught:
        api.run(client.templates.list())

    assert caught.value.status_code == 401
    assert len(token_requests(local_server)) == 2
    assert len(local_server.requests_to("GET", "/v1/templates")) == 2
    assert "s3cret" not in str(caught.value)


def test_bad_credentials_raise_authentication_error_without_the_secret(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route("POST", TOKEN_PATH, json_response(401, {"error": "invalid_client"}))
    client = api.client(client_id="cid", client_secret="s3cret-value")

    with pytest.raises(onboarding.AuthenticationError) as caught:
        api.run(client.templates.list())

    assert "s3cret-value" not in str(caught.value)
    assert "s3cret-value" not in repr(caught.value)
    assert local_server.requests_to("GET", "/v1/templates") == []


def test_secret_is_not_in_the_client_repr(api: Driver) -> None:
    client = api.client(client_id="cid", client_secret="s3cret-value")

    assert "s3cret-value" not in repr(client)
    assert "s3cret-value" not in repr(vars(client))


def test_fifty_concurrent_calls_after_expiry_request_one_token(
    flavor: str, local_server: LocalServer
) -> None:
    # tok-1 is issued already expired, so the next calls all need a new one at once.
    issue_tokens(local_server, ("tok-1", 0), ("tok-2", 3600), ("tok-3", 3600))
    local_server.route("GET", "/v1/templates", lambda r: json_response(200, TEMPLATES))
    base = dict(base_url=local_server.url, client_id="cid", client_secret="s3cret")

    if flavor == "sync":
        with onboarding.Client(**base) as client:
            client.templates.list()
            with ThreadPoolExecutor(max_workers=50) as pool:
                results = list(pool.map(lambda _: client.templates.list(), range(50)))
    else:

        async def main() -> list[object]:
            async with onboarding.AsyncClient(**base) as client:
                await client.templates.list()
                return list(await asyncio.gather(*(client.templates.list() for _ in range(50))))

        results = asyncio.run(main())

    assert len(results) == 50
    assert len(token_requests(local_server)) == 2  # tok-1, then exactly one renewal
    calls = local_server.requests_to("GET", "/v1/templates")
    assert len(calls) == 51
    assert {c.headers["Authorization"] for c in calls[1:]} == {"Bearer tok-2"}


@pytest.mark.parametrize("cls", ["Client", "AsyncClient"])
def test_missing_base_url_is_a_clear_value_error(cls: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ONBOARDING_BASE_URL", raising=False)
    with pytest.raises(ValueError, match="base_url"):
        getattr(onboarding, cls)(client_id="cid", client_secret="s3cret")


def test_contact_upsert_sends_the_contact_and_parses_it(
    api: Driver, local_server: LocalServer
) -> None:
    issue_tokens(local_server, ("tok-1", 3600))
    created = {
        "id": "0b7c0f62-7d1e-4a5e-9b1a-2f0f3f6a7f11",
        "unique_id": "u-1",
        "name_first": "Ann",
        "address2": "Flat 2",
        "inserted_at": "2024-05-01T10:00:00Z",
        "extra": 1,
    }
    local_server.route("POST", "/v1/contacts", require_token("tok-1", created))
    client = api.client(client_id="cid", client_secret="s3cret")

    contact = api.run(
        client.contacts.upsert(
            unique_id="u-1", name_first="Ann", address2="Flat 2", meta_public={"plan": "gold"}
        )
    )

    (call,) = local_server.requests_to("POST", "/v1/contacts")
    assert call.json() == {
        "unique_id": "u-1",
        "name_first": "Ann",
        "address2": "Flat 2",
        "meta_public": {"plan": "gold"},
    }
    assert isinstance(contact, onboarding.models.Contact)
    assert contact.address2 == "Flat 2" and str(contact.id) == created["id"]
    assert contact.inserted_at is not None and contact.inserted_at.year == 2024


def test_contact_batch_upsert_sends_contacts_and_reads_new_and_existing(
    api: Driver, local_server: LocalServer
) -> None:
    issue_tokens(local_server, ("tok-1", 3600))
    answer = {
        "new_contacts": [{"unique_id": "u-1", "email": "a@x.io"}],
        "existing_contacts": [{"unique_id": "u-2", "email": "b@x.io"}],
    }
    local_server.route("POST", "/v1/contacts", require_token("tok-1", answer))
    client = api.client(client_id="cid", client_secret="s3cret")
    Contact = onboarding.models.Contact

    result = api.run(
        client.contacts.batch_upsert(
            contacts=[
                Contact(unique_id="u-1", email="a@x.io"),
                Contact(unique_id="u-2", email="b@x.io", address2="Unit 3"),
            ]
        )
    )

    (call,) = local_server.requests_to("POST", "/v1/contacts")
    assert call.json() == {
        "contacts": [
            {"unique_id": "u-1", "email": "a@x.io"},
            {"unique_id": "u-2", "email": "b@x.io", "address2": "Unit 3"},
        ]
    }
    assert isinstance(result, onboarding.models.ContactsBatchUpsertResponse)
    assert [c.unique_id for c in result.new_contacts] == ["u-1"]
    assert [c.email for c in result.existing_contacts] == ["b@x.io"]


def test_templates_list(api: Driver, local_server: LocalServer) -> None:
    issue_tokens(local_server, ("tok-1", 3600))
    local_server.route("GET", "/v1/templates", require_token("tok-1", TEMPLATES))
    client = api.client(client_id="cid", client_secret="s3cret")

    result = api.run(client.templates.list())

    assert [(t.id, t.name) for t in result.templates] == [("t1", "Welcome"), ("t2", "Loan")]
    assert result.templates[1].model_extra == {"kind": "x"}


def test_templates_list_is_named_list(api: Driver) -> None:
    client = api.client(client_id="cid", client_secret="s3cret")
    assert callable(getattr(client.templates, "list", None))
