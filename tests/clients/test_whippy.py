"""The generated Whippy client over real HTTP: API key header, messaging, contacts, paging, filters, errors, limits."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from uuid import UUID

import pydantic
import pytest

from tests.clients.conftest import make_driver
from tests.conftest import import_generated
from tests.runtime.driver import Driver
from tests.support.http_server import LocalServer, Recorded, Response, json_response

whippy = import_generated("whippy")

KEY = "wk_live_SECRET123"
CID = UUID("0b7c0f62-7d1e-4a5e-9b1a-2f0f3f6a7f11")
SEQ = UUID("6f1d2c3b-0a9e-4c8d-8b7a-111111111111")


@pytest.fixture
def api(flavor: str, local_server: LocalServer) -> Iterator[Driver]:
    yield from make_driver(flavor, whippy, local_server)


def contact(n: int) -> dict[str, object]:
    return {"id": f"00000000-0000-4000-8000-{n:012d}", "phone": f"+1555000{n:04d}", "name": f"C{n}"}


def paged_contacts(total: int) -> object:
    everyone = [contact(n) for n in range(total)]

    def handler(request: Recorded) -> Response:
        limit = int(request.query.get("limit", ["50"])[0])
        offset = int(request.query.get("offset", ["0"])[0])
        return json_response(200, {"data": everyone[offset : offset + limit], "total": total})

    return handler


def assert_key_only_in_header(server: LocalServer) -> None:
    assert server.requests, "no request was sent"
    for request in server.requests:
        assert request.headers["X-WHIPPY-KEY"] == KEY
        assert KEY not in request.path and KEY not in str(request.query)


def test_send_sms_sends_the_key_header_and_body(api: Driver, local_server: LocalServer) -> None:
    answer = {"data": {"id": str(CID), "conversation_id": str(SEQ), "delivery_status": "queued"}}
    local_server.route("POST", "/messaging/sms", json_response(201, answer))
    client = api.client(api_key=KEY)

    sent = api.run(
        client.messaging.send_sms(
            to="+15550001", from_="+15550002", body="Hi there", conversation_status="open"
        )
    )

    (call,) = local_server.requests_to("POST", "/messaging/sms")
    assert call.json() == {
        "to": "+15550001",
        "from": "+15550002",
        "body": "Hi there",
        "conversation_status": "open",
    }
    assert isinstance(sent, whippy.models.SendMessageResponse)
    assert sent.data.id == CID and sent.data.delivery_status == "queued"
    assert_key_only_in_header(local_server)


def test_send_sms_takes_body_keyword(api: Driver, local_server: LocalServer) -> None:
    local_server.route(
        "POST", "/messaging/sms", json_response(201, {"data": {"delivery_status": "queued"}})
    )
    client = api.client(api_key=KEY)

    api.run(client.messaging.send_sms(to="+15550001", from_="+15550002", body="Hi"))

    assert local_server.requests_to("POST", "/messaging/sms")[0].json()["body"] == "Hi"


def test_api_key_is_redacted_in_debug_logs(
    api: Driver, local_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="whippy_client")
    local_server.route("GET", f"/contacts/{CID}", json_response(200, {"data": contact(1)}))
    client = api.client(api_key=KEY)

    api.run(client.contacts.get(CID))

    assert any(r.name.startswith("whippy_client") for r in caplog.records), (
        "the package logged nothing at DEBUG"
    )
    assert KEY not in caplog.text
    assert_key_only_in_header(local_server)


def test_contacts_create_sends_body_and_parses(api: Driver, local_server: LocalServer) -> None:
    local_server.route(
        "POST",
        "/contacts",
        json_response(
            201, {"data": {**contact(7), "state": "open", "created_at": "2024-05-01T10:00:00Z"}}
        ),
    )
    client = api.client(api_key=KEY)

    created = api.run(
        client.contacts.create(
            phone="+15550007",
            name="C7",
            address=whippy.models.Address(city="Austin", postal_code="73301"),
            properties={"tier": "gold"},
        )
    )

    (call,) = local_server.requests_to("POST", "/contacts")
    assert call.json() == {
        "phone": "+15550007",
        "name": "C7",
        "address": {"city": "Austin", "postal_code": "73301"},
        "properties": {"tier": "gold"},
    }
    assert created.data.name == "C7" and created.data.state == "open"
    assert created.data.created_at is not None and created.data.created_at.year == 2024
    assert_key_only_in_header(local_server)


def test_contacts_update_puts_to_the_contact(api: Driver, local_server: LocalServer) -> None:
    local_server.route(
        "PUT",
        f"/contacts/{CID}",
        json_response(200, {"data": {"id": str(CID), "phone": "+15550009", "email": "x@y.io"}}),
    )
    client = api.client(api_key=KEY)

    updated = api.run(client.contacts.update(CID, phone="+15550009", email="x@y.io"))

    (call,) = local_server.requests_to("PUT", f"/contacts/{CID}")
    assert call.json() == {"phone": "+15550009", "email": "x@y.io"}
    assert updated.data.id == CID and updated.data.email == "x@y.io"


def test_contacts_list_one_page_with_limit_offset_and_total(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route("GET", "/contacts", paged_contacts(5))
    client = api.client(api_key=KEY)

    pages = [api.run(client.contacts.list(limit=2, offset=offset)) for offset in (0, 2, 4)]

    assert [[c.name for c in p.items] for p in pages] == [["C0", "C1"], ["C2", "C3"], ["C4"]]
    assert {p.total for p in pages} == {5}
    assert [r.query for r in local_server.requests_to("GET", "/contacts")] == [
        {"limit": ["2"], "offset": [str(o)]} for o in (0, 2, 4)
    ]


def test_contacts_list_iterates_across_three_pages(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts", paged_contacts(5))
    client = api.client(api_key=KEY)

    page = api.run(client.contacts.list(limit=2))

    assert [c.name for c in page.items] == ["C0", "C1"] and page.has_next_page()
    assert [c.name for c in api.collect(page)] == ["C0", "C1", "C2", "C3", "C4"]
    assert [r.query["offset"] for r in local_server.requests_to("GET", "/contacts")] == [
        ["0"],
        ["2"],
        ["4"],
    ]


def test_conversation_filters_repeat_the_array_key(api: Driver, local_server: LocalServer) -> None:
    conv = {"id": str(CID), "status": "open", "channel_type": "phone", "unread_count": 2}
    local_server.route("GET", "/conversations", json_response(200, {"data": [conv], "total": 1}))
    client = api.client(api_key=KEY)

    result = api.run(
        client.conversations.list(status=["open", "closed"], type_=["phone"], limit=10)
    )

    (call,) = local_server.requests_to("GET", "/conversations")
    assert call.query == {
        "status[]": ["open", "closed"],
        "type[]": ["phone"],
        "limit": ["10"],
        "offset": ["0"],
    }
    assert result.total == 1 and result.items[0].status == "open"


def test_conversations_list_is_named_list(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/conversations", json_response(200, {"data": [], "total": 0}))
    client = api.client(api_key=KEY)

    page = api.run(client.conversations.list(status=["open"]))

    assert api.collect(page) == []


def test_unprocessable_entity_carries_the_body(api: Driver, local_server: LocalServer) -> None:
    local_server.route(
        "POST", "/messaging/sms", json_response(422, {"error": "invalid phone", "status": 422})
    )
    client = api.client(api_key=KEY)

    with pytest.raises(whippy.UnprocessableEntityError) as caught:
        api.run(client.messaging.send_sms(to="nope", from_="+15550002", body="x"))

    assert caught.value.status_code == 422
    assert caught.value.body == {"error": "invalid phone", "status": 422}
    assert "POST" in str(caught.value) and "/messaging/sms" in str(caught.value)
    assert KEY not in str(caught.value)
    assert len(local_server.requests_to("POST", "/messaging/sms")) == 1  # a POST 422 is not retried


def test_too_long_sms_body_is_rejected_before_sending(
    api: Driver, local_server: LocalServer
) -> None:
    client = api.client(api_key=KEY)

    with pytest.raises(ValueError, match="1000"):
        api.run(client.messaging.send_sms(to="+15550001", from_="+15550002", body="x" * 1001))

    assert local_server.requests == []


def test_too_many_sequence_contacts_are_rejected_before_sending(
    api: Driver, local_server: LocalServer
) -> None:
    client = api.client(api_key=KEY)
    person = whippy.models.CreateContactRequest(phone="+15550001")

    with pytest.raises(ValueError, match="4000"):
        api.run(client.sequences.create_contacts(SEQ, to=[person] * 4001))
    with pytest.raises(ValueError):
        api.run(client.sequences.create_contacts(SEQ, to=[]))

    assert local_server.requests == []


def test_limit_above_maximum_is_rejected_before_sending(
    api: Driver, local_server: LocalServer
) -> None:
    client = api.client(api_key=KEY)

    with pytest.raises(ValueError, match="500"):
        api.run(client.contacts.list(limit=501))

    assert local_server.requests == []


def test_key_never_in_repr(api: Driver) -> None:
    client = api.client(api_key=KEY)
    assert KEY not in repr(client) and KEY not in repr(vars(client))


def test_documented_limits_bind_requests_but_not_responses() -> None:
    """A server exceeding its own documented limit must not break a client that reads."""
    from whippy_client._models import parse_json, validate_request

    too_long = {"to": "+15550001", "from": "+15550002", "body": "x" * 1001}
    assert parse_json(whippy.models.SendSmsRequest, too_long).body == "x" * 1001
    with pytest.raises(pydantic.ValidationError, match="must be at most 1000 long"):
        validate_request(whippy.models.SendSmsRequest, too_long)
    with pytest.raises(pydantic.ValidationError):
        whippy.models.SendSmsRequest.model_validate(too_long)
