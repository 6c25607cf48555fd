"""The generated courier client over real HTTP, answered with the document's own samples.

courier is recovered from a scraped ReDoc page (specs/courier/courier.redoc.txt),
so the local server replays the response samples printed on that page rather
than payloads invented here: JSON:API envelopes, pagination, create/get/update,
an action, the error document, a deprecated operation and tolerant reading.
"""

from __future__ import annotations

import copy
import functools
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from generator.readers.common.samples import bracket_depth, sample_to_json
from tests.clients.conftest import make_driver
from tests.conftest import REPO, import_generated
from tests.runtime.driver import Driver
from tests.support.http_server import LocalServer, Recorded, Response, json_response

courier = import_generated("courier")

TOKEN = "courier-test-token"
ORG = UUID("22222222-2222-4222-8222-222222222222")
AID = UUID("33333333-3333-4333-8333-333333333333")
SAMPLE_ID = "11111111-1111-1111-1111-111111111111"  # the id ReDoc prints in every sample


# --- the document's samples -------------------------------------------------------------


@functools.cache
def exported_spec() -> dict[str, Any]:
    """The recovered spec, as ``clientgen export courier --format json`` prints it."""
    clientgen = Path(sys.executable).with_name("clientgen")
    done = subprocess.run(
        [str(clientgen), "export", "courier", "--format", "json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    document: dict[str, Any] = json.loads(done.stdout)
    return document


@functools.cache
def _page_lines(file: str) -> tuple[str, ...]:
    return tuple(Path(file).read_text(encoding="utf-8").splitlines())


def _operation_lines(method: str, path: str) -> list[str]:
    """The page's lines for one operation: from its ``x-clientgen-source`` line to the next's."""
    spec = exported_spec()
    source = spec["paths"][path][method.lower()]["x-clientgen-source"]
    starts = sorted(
        op["x-clientgen-source"]["line"]
        for ops in spec["paths"].values()
        for op in ops.values()
        if isinstance(op, dict) and op.get("x-clientgen-source", {}).get("file") == source["file"]
    )
    following = [line for line in starts if line > source["line"]]
    lines = _page_lines(source["file"])
    end = following[0] - 1 if following else len(lines)
    return list(lines[source["line"] - 1 : end])  # x-clientgen-source lines are 1-based


def _sample_after(lines: list[str], heading: str) -> tuple[list[str], Any]:
    """The tab labels listed under ``heading`` and the one sample ReDoc printed (the first tab's)."""
    index = lines.index(heading) + 1
    tabs: list[str] = []
    while lines[index].startswith("- "):  # "- 200", "- 4XX", "- Payload"
        tabs.append(lines[index][2:].strip())
        index += 1
    sample: list[str] = []
    depth = 0
    for line in lines[index:]:
        sample.append(line)
        depth = bracket_depth(line, depth)
        if depth == 0:
            break
    return tabs, sample_to_json(sample)


def response_sample(method: str, path: str, status: str) -> Any:
    """The response sample the page shows for ``method path`` and ``status`` (a fresh copy).

    The export does not keep samples as ``example``s: the reader turns them into
    schemas (only enum-ish strings survive, as ``examples`` on properties). So the
    sample is read back from the page itself: the export's ``x-clientgen-source``
    says where the operation starts, its ``Response samples`` block lists the status
    tabs (``- 200``, ``- 4XX``) and prints the first tab's sample only, whose
    ``- "key": value`` text `generator.readers.samples.sample_to_json` parses.
    """
    tabs, sample = _sample_after(_operation_lines(method, path), "Response samples")
    if tabs[:1] != [status]:
        raise LookupError(f"{method} {path}: the page shows the {tabs[:1]} sample, not {status}")
    return copy.deepcopy(sample)


def request_sample(method: str, path: str) -> Any:
    """The request sample (``Request samples`` / ``- Payload``) the page shows for an operation."""
    tabs, sample = _sample_after(_operation_lines(method, path), "Request samples")
    assert tabs == ["Payload"], tabs
    return sample


def error_sample() -> Any:
    """The JSON:API error document: the page prints it only where 4XX is an operation's sole tab."""
    return response_sample("POST", "/v1/texts/{id}/callback/", "4XX")


def test_sample_helper_reads_the_page() -> None:
    listed = response_sample("GET", "/v1/announcers/", "200")
    assert listed["data"][0]["type"] == "announcers"
    assert listed["data"][0]["attributes"]["organization-id"] == SAMPLE_ID
    assert error_sample()["errors"][0]["status"] == 400
    with pytest.raises(LookupError):
        response_sample("GET", "/v1/announcers/", "4XX")  # the page printed the 200 tab


# --- the client -----------------------------------------------------------------------


@pytest.fixture
def api(flavor: str, local_server: LocalServer) -> Iterator[Driver]:
    yield from make_driver(flavor, courier, local_server)


def announcer(n: int) -> dict[str, Any]:
    """The document's listed announcer with the n-th id and name."""
    item: dict[str, Any] = response_sample("GET", "/v1/announcers/", "200")["data"][0]
    item["id"] = f"00000000-0000-4000-8000-{n:012d}"
    item["attributes"]["name"] = f"A{n}"
    return item


def paged_announcers(total: int) -> Any:
    everyone = [announcer(n) for n in range(total)]
    meta = response_sample("GET", "/v1/announcers/", "200")["meta"]

    def handler(request: Recorded) -> Response:
        limit = int(request.query["page[limit]"][0])
        offset = int(request.query["page[offset]"][0])
        more = offset + limit < total
        following = f"/v1/announcers/?page[limit]={limit}&page[offset]={offset + limit}"
        links = {"self": request.path, "next": following if more else None}  # JSON:API
        body = {"data": everyone[offset : offset + limit], "meta": meta, "links": links}
        return json_response(200, body)

    return handler


def take(api: Driver, page: Any, count: int) -> list[Any]:
    """The first ``count`` items of ``page``, iterating only as far as needed."""
    if not api.is_async:
        iterator = iter(page)
        return [next(iterator) for _ in range(count)]

    async def first() -> list[Any]:
        iterator = page.__aiter__()
        return [await iterator.__anext__() for _ in range(count)]

    return list(api.run(first()))


def test_list_walks_three_pages_lazily(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/v1/announcers/", paged_announcers(5))
    client = api.client(token=TOKEN)

    page = api.run(client.announcers.list(page_limit=2))

    assert [a.attributes.name for a in page.items] == ["A0", "A1"] and page.has_next_page()
    assert len(local_server.requests_to("GET", "/v1/announcers/")) == 1
    assert [a.attributes.name for a in take(api, page, 3)] == ["A0", "A1", "A2"]
    assert len(local_server.requests_to("GET", "/v1/announcers/")) == 2  # lazily: not page 3 yet

    everything = api.collect(api.run(client.announcers.list(page_limit=2)))

    assert [a.attributes.name for a in everything] == ["A0", "A1", "A2", "A3", "A4"]
    assert all(isinstance(a, courier.models.Announcer) for a in everything)
    assert everything[4].id == UUID("00000000-0000-4000-8000-000000000004")
    assert everything[0].attributes.organization_id == UUID(SAMPLE_ID)
    walked = local_server.requests_to("GET", "/v1/announcers/")[2:]
    assert [r.query for r in walked] == [
        {"page[limit]": ["2"], "page[offset]": [offset]} for offset in ("0", "2", "4")
    ]
    assert {r.headers["Authorization"] for r in local_server.requests} == {f"Bearer {TOKEN}"}


def test_list_sends_filters_by_their_wire_names(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/v1/announcers/", paged_announcers(1))
    client = api.client(token=TOKEN)

    api.run(client.announcers.list(filter_name="A0", organization_id=ORG, page_limit=10))

    (call,) = local_server.requests_to("GET", "/v1/announcers/")
    assert call.query == {
        "filter[name]": ["A0"],
        "organization-id": [str(ORG)],
        "page[limit]": ["10"],
        "page[offset]": ["0"],
    }


def test_create_wraps_the_resource_and_unwraps_data(api: Driver, local_server: LocalServer) -> None:
    answer = response_sample("POST", "/v1/announcers/", "201")
    local_server.route("POST", "/v1/announcers/", json_response(201, answer))
    client = api.client(token=TOKEN)

    created = api.run(
        client.announcers.create(
            name="Shift swap", event="individual-shared", organization_id=ORG, args={}
        )
    )

    (call,) = local_server.requests_to("POST", "/v1/announcers/")
    assert call.json() == {
        "data": {
            "type": "announcers",
            "attributes": {
                "name": "Shift swap",
                "event": "individual-shared",
                "organization-id": str(ORG),
                "args": {},
            },
        }
    }
    # the document's request sample has the same envelope and attribute spelling
    documented = request_sample("POST", "/v1/announcers/")["data"]
    assert set(call.json()["data"]) == set(documented)
    assert set(call.json()["data"]["attributes"]) <= set(documented["attributes"])
    assert isinstance(created, courier.models.Announcer)
    assert created.type == "announcers" and created.id == UUID(SAMPLE_ID)
    assert created.attributes.organization_id == UUID(SAMPLE_ID)
    assert created.attributes.created_by == UUID(SAMPLE_ID)
    assert created.attributes.event == "individual-shared"


def test_get_reads_one_announcer(api: Driver, local_server: LocalServer) -> None:
    answer = response_sample("GET", "/v1/announcers/{id}/", "200")
    local_server.route("GET", f"/v1/announcers/{AID}/", json_response(200, answer))
    client = api.client(token=TOKEN)

    found = api.run(client.announcers.get(str(AID)))

    (call,) = local_server.requests_to("GET", f"/v1/announcers/{AID}/")
    assert call.body == b""
    assert isinstance(found, courier.models.Announcer)
    assert found.id == UUID(SAMPLE_ID) and found.attributes.name == "string"


def test_update_patches_the_item_path(api: Driver, local_server: LocalServer) -> None:
    answer = response_sample("PATCH", "/v1/announcers/{id}/", "200")
    local_server.route("PATCH", f"/v1/announcers/{AID}/", json_response(200, answer))
    client = api.client(token=TOKEN)

    updated = api.run(client.announcers.update(str(AID), name="Renamed"))

    (call,) = local_server.requests_to("PATCH", f"/v1/announcers/{AID}/")
    assert call.json() == {
        "data": {"type": "announcers", "id": str(AID), "attributes": {"name": "Renamed"}}
    }
    assert [r.method for r in local_server.requests] == ["PATCH"]
    assert isinstance(updated, courier.models.Announcer) and updated.type == "announcers"


def test_update_sends_the_path_id_in_the_body(api: Driver, local_server: LocalServer) -> None:
    answer = response_sample("PATCH", "/v1/announcers/{id}/", "200")
    local_server.route("PATCH", f"/v1/announcers/{AID}/", json_response(200, answer))
    client = api.client(token=TOKEN)

    api.run(client.announcers.update(str(AID), name="R"))

    (call,) = local_server.requests_to("PATCH", f"/v1/announcers/{AID}/")
    assert call.json()["data"].get("id") == str(AID)


def test_enable_action_posts_to_the_action_path(api: Driver, local_server: LocalServer) -> None:
    path = "/v1/messaging-responders/{id}/enable/"
    local_server.route(
        "POST",
        f"/v1/messaging-responders/{AID}/enable/",
        json_response(201, response_sample("POST", path, "201")),
    )
    client = api.client(token=TOKEN)

    enabled = api.run(client.messaging_responders.enable(str(AID)))

    (call,) = local_server.requests_to("POST", f"/v1/messaging-responders/{AID}/enable/")
    assert not call.body or call.json() == request_sample("POST", path)  # the page sends { }
    assert isinstance(enabled, courier.models.MessagingResponder)
    assert enabled.type == "messaging-responders" and enabled.attributes.enabled is True
    rule = enabled.attributes.calendar_args.rules[0]
    assert (rule.day, rule.start_time) == ("everyday", "14:15:22Z")


def test_missing_announcer_raises_not_found_with_the_error_document(
    api: Driver, local_server: LocalServer
) -> None:
    problem = error_sample()
    problem["errors"][0]["status"] = 404
    local_server.route("GET", f"/v1/announcers/{AID}/", json_response(404, problem))
    client = api.client(token=TOKEN)

    with pytest.raises(courier.NotFoundError) as caught:
        api.run(client.announcers.get(str(AID)))

    assert caught.value.status_code == 404
    assert caught.value.body == problem
    assert caught.value.body["errors"][0]["source"]["pointer"] == "string"
    assert "GET" in str(caught.value) and f"/v1/announcers/{AID}/" in str(caught.value)
    assert TOKEN not in str(caught.value)


def test_invalid_create_raises_unprocessable_entity(api: Driver, local_server: LocalServer) -> None:
    problem = error_sample()
    problem["errors"][0]["status"] = 422
    local_server.route("POST", "/v1/announcers/", json_response(422, problem))
    client = api.client(token=TOKEN)

    with pytest.raises(courier.UnprocessableEntityError) as caught:
        api.run(client.announcers.create(name="x"))

    assert isinstance(caught.value, courier.APIStatusError)
    assert caught.value.status_code == 422 and caught.value.body == problem
    # a POST answered 422 is not retried
    assert len(local_server.requests_to("POST", "/v1/announcers/")) == 1


def test_deprecated_user_update_warns(api: Driver, local_server: LocalServer) -> None:
    answer = response_sample("PATCH", "/v1/users/{id}/", "200")
    local_server.route("PATCH", f"/v1/users/{AID}/", json_response(200, answer))
    client = api.client(token=TOKEN)

    with pytest.warns(DeprecationWarning, match="users.update"):
        user = api.run(client.users.update(str(AID), notifications=["email"]))

    assert user.type == "users" and user.attributes.notifications == ["email"]
    assert len(local_server.requests_to("PATCH", f"/v1/users/{AID}/")) == 1


def test_unknown_fields_and_enum_values_are_accepted(
    api: Driver, local_server: LocalServer
) -> None:
    answer = response_sample("GET", "/v1/app-credentials/{id}/", "200")
    assert answer["data"]["attributes"]["type"] == "apn"  # an enum: apn | fcm
    answer["data"]["attributes"]["type"] = "hms"
    answer["data"]["attributes"]["rotation-days"] = 30
    answer["data"]["relationships"] = {"organization": {"data": None}}
    answer["links"] = {"self": f"/v1/app-credentials/{AID}/"}
    local_server.route("GET", f"/v1/app-credentials/{AID}/", json_response(200, answer))
    client = api.client(token=TOKEN)

    credential = api.run(client.app_credentials.get(str(AID)))

    assert isinstance(credential, courier.models.AppCredential)
    assert credential.attributes.type == "hms"
    assert credential.attributes.model_extra == {"rotation-days": 30}
    assert credential.model_extra == {"relationships": {"organization": {"data": None}}}
    assert credential.attributes.app_name == "string"


def test_unknown_resource_type_and_attributes_are_accepted(
    api: Driver, local_server: LocalServer
) -> None:
    answer = response_sample("GET", "/v1/announcers/{id}/", "200")
    answer["data"]["type"] = "announcers-v2"
    answer["data"]["attributes"]["channel"] = {"kind": "sms"}
    local_server.route("GET", f"/v1/announcers/{AID}/", json_response(200, answer))
    client = api.client(token=TOKEN)

    found = api.run(client.announcers.get(str(AID)))

    assert found.type == "announcers-v2"
    assert found.attributes.model_extra == {"channel": {"kind": "sms"}}
