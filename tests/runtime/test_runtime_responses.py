"""Reading responses: lenient by default, strict on request, and only package errors escape
(issue 13, item 3)."""

from __future__ import annotations

import datetime

import pytest

from tests.runtime.driver import Driver
from tests.support.http_server import LocalServer, Response, json_response

CONTACT = {"id": "c1", "name": "Ada", "score": 3, "owner": {"id": "o1", "since": "2024-02-01"}}


def test_a_value_that_does_not_fit_is_kept_as_received_and_the_rest_typed(
    api: Driver, local_server: LocalServer
) -> None:
    odd = {**CONTACT, "name": 42, "owner": {"id": "o1", "since": "last spring"}}
    local_server.route("GET", "/contacts/c1", json_response(200, odd))

    contact = api.run(api.client().contacts.get("c1"))

    assert isinstance(contact, api.package.Contact)
    assert contact.name == 42  # as received
    assert contact.score == 3
    assert isinstance(contact.owner, api.package.models.Owner)
    assert contact.owner.since == "last spring"  # as received, the owner still typed
    assert contact.owner.id == "o1"


def test_a_missing_required_field_reads_as_none(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts/c1", json_response(200, {"id": "c1", "score": "7"}))

    contact = api.run(api.client().contacts.get("c1"))

    assert (contact.id, contact.name, contact.score) == ("c1", None, 7)


def test_one_bad_item_does_not_lose_the_page(api: Driver, local_server: LocalServer) -> None:
    items = [CONTACT, {**CONTACT, "id": "c2", "score": "many"}, {**CONTACT, "id": "c3"}]
    local_server.route("GET", "/contacts", json_response(200, {"data": items, "meta": {}}))

    page = api.run(api.client().contacts.list())

    assert [c.id for c in page.items] == ["c1", "c2", "c3"]
    assert [c.score for c in page.items] == [3, "many", 3]
    assert page.items[2].owner.since == datetime.date(2024, 2, 1)


def test_strict_response_validation_raises_a_package_error_with_the_body(
    api: Driver, local_server: LocalServer
) -> None:
    odd = {**CONTACT, "score": "many"}
    local_server.route("GET", "/contacts/c1", json_response(200, odd))
    client = api.client(strict_response_validation=True)

    with pytest.raises(api.package.APIError) as caught:
        api.run(client.contacts.get("c1"))

    error = caught.value
    assert type(error).__name__ == "APIResponseValidationError"
    assert error.body == odd
    assert error.status_code == 200
    assert f"GET {local_server.url}/contacts/c1" in str(error)
    assert "score" in str(error)


def test_strict_pages_raise_the_same_error(api: Driver, local_server: LocalServer) -> None:
    items = [{**CONTACT, "score": "many"}]
    local_server.route("GET", "/contacts", json_response(200, {"data": items, "meta": {}}))

    with pytest.raises(api.package.APIError, match="does not fit"):
        api.run(api.client(strict_response_validation=True).contacts.list())


@pytest.mark.parametrize(
    "body",
    [b"<html><body>Service moved</body></html>", b'{"id": "c1", "na', b"\xff\xfe"],
    ids=["html", "truncated-json", "binary"],
)
def test_a_body_that_is_not_json_raises_a_package_error(
    api: Driver, local_server: LocalServer, body: bytes
) -> None:
    local_server.route("GET", "/contacts/c1", Response(200, body, {"Content-Type": "text/html"}))

    with pytest.raises(api.package.APIError, match="not JSON"):
        api.run(api.client().contacts.get("c1"))


def test_a_page_without_its_items_raises_a_package_error(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route("GET", "/contacts", json_response(200, {"error": "maintenance"}))

    with pytest.raises(api.package.APIError, match="/data"):
        api.run(api.client().contacts.list())


def test_raw_response_parse_raises_a_package_error_too(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route("GET", "/contacts/c1", Response(200, b"<html/>", {}))

    raw = api.run(api.client().with_raw_response.contacts.get("c1"))

    assert raw.status_code == 200
    with pytest.raises(api.package.APIError):
        raw.parse()
