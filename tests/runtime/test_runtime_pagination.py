"""Offset pagination over real HTTP: walking pages lazily, stopping, limits."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import httpx
import pytest

from tests.runtime.driver import Driver
from tests.support.http_server import LocalServer, Recorded, Response, json_response

PEOPLE = [{"id": f"c{i}", "name": f"Person {i}"} for i in range(7)]


def paged(items: list[dict[str, str]], *, with_total: bool) -> Callable[[Recorded], Response]:
    """A handler serving ``items`` by ``offset``/``limit`` as ``{"data", "meta"}``."""

    def handle(request: Recorded) -> Response:
        offset = int(request.query.get("offset", ["0"])[0])
        limit = int(request.query.get("limit", ["3"])[0])
        meta = {"total": len(items)} if with_total else {}
        return json_response(200, {"data": items[offset : offset + limit], "meta": meta})

    return handle


def offsets(server: LocalServer) -> list[str]:
    return [r.query.get("offset", ["-"])[0] for r in server.requests]


def test_iterates_across_three_pages_using_total(api: Driver, local_server: LocalServer) -> None:
    # 6 items, 3 pages of 2: the total (not an empty 4th page) ends the walk.
    local_server.route("GET", "/contacts", paged(PEOPLE[:6], with_total=True))

    page = api.run(api.client().contacts.list(limit=2))
    names = [c.name for c in api.collect(page)]

    assert names == [p["name"] for p in PEOPLE[:6]]
    assert offsets(local_server) == ["-", "2", "4"]
    assert page.total == 6


def test_without_total_only_an_empty_page_ends_the_walk(
    api: Driver, local_server: LocalServer
) -> None:
    # A short page is no end: servers cap pages silently.
    local_server.route("GET", "/contacts", paged(PEOPLE, with_total=False))

    items = api.collect(api.run(api.client().contacts.list(limit=3)))

    assert [c.id for c in items] == [p["id"] for p in PEOPLE]
    assert offsets(local_server) == ["-", "3", "6", "7"]


def test_pages_are_fetched_lazily(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts", paged(PEOPLE, with_total=True))

    page = api.run(api.client().contacts.list(limit=3))

    assert [c.id for c in page.items] == ["c0", "c1", "c2"]
    assert page.has_next_page()
    assert len(local_server.requests) == 1
    second = api.run(page.next_page())
    assert [c.id for c in second.items] == ["c3", "c4", "c5"]
    assert len(local_server.requests) == 2


def test_next_page_after_the_last_raises(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts", paged(PEOPLE[:2], with_total=True))

    page = api.run(api.client().contacts.list(limit=5))

    assert not page.has_next_page()
    with pytest.raises(ValueError, match="last page"):
        api.run(page.next_page())


def test_limit_above_max_limit_refused_before_sending(
    api: Driver, local_server: LocalServer
) -> None:
    with pytest.raises(ValueError, match="above the maximum of 100"):
        api.run(api.client().contacts.list(limit=101))

    assert local_server.requests == []


def test_body_that_is_the_list_itself(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer
) -> None:
    def handle(request: Recorded) -> Response:
        offset = int(request.query.get("skip", ["0"])[0])
        return json_response(200, PEOPLE[offset : offset + 4])

    local_server.route("GET", "/people", handle)
    pagination = fakeapi._pagination.OffsetPagination("take", "skip", "")
    client = api.client()

    page = api.run(
        client.get_page("/people", item_type=dict, pagination=pagination, params={"take": 4})
    )

    assert api.collect(page) == PEOPLE
    assert page.total is None


def test_pointers_unescape_tilde_and_slash(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer
) -> None:
    body = {"a/b": {"m~n": PEOPLE[:2]}, "count": {"all": 2}}
    local_server.route("GET", "/odd", json_response(200, body))
    pagination = fakeapi._pagination.OffsetPagination(
        "limit", "offset", "/a~1b/m~0n", total_pointer="/count/all"
    )

    page = api.run(api.client().get_page("/odd", item_type=dict, pagination=pagination))

    assert page.items == PEOPLE[:2]
    assert page.total == 2
    assert not page.has_next_page()


def test_raw_response_of_a_page_parses_to_the_page(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts", paged(PEOPLE, with_total=True))

    raw = api.run(api.client().with_raw_response.contacts.list(limit=3))

    assert raw.json()["meta"] == {"total": 7}
    assert [c.id for c in api.collect(raw.parse())] == [p["id"] for p in PEOPLE]


# -- How far to go (issue 13, item 1; issue 17, item 9) ---------------------------------

FORTY_FIVE = [{"id": f"c{i}", "name": f"Person {i}"} for i in range(45)]


def capped(
    items: list[dict[str, str]], cap: int, extra: Callable[[int, int], dict[str, object]]
) -> Callable[[Recorded], Response]:
    """A server that silently serves at most ``cap`` items whatever the limit asked for;
    ``extra(offset, served)`` adds the body's other fields."""

    def handle(request: Recorded) -> Response:
        offset = int(request.query.get("offset", ["0"])[0])
        served = items[offset : offset + cap]
        return json_response(200, {"data": served, **extra(offset, len(served))})

    return handle


def test_with_a_total_short_pages_go_on_until_the_total(
    api: Driver, local_server: LocalServer
) -> None:
    # Asked for 100 a page, the server gives 20: 45 items in 3 pages, no 4th request.
    local_server.route(
        "GET", "/contacts", capped(FORTY_FIVE, 20, lambda o, n: {"meta": {"total": 45}})
    )

    items = api.collect(api.run(api.client().contacts.list(limit=100)))

    assert [c.id for c in items] == [p["id"] for p in FORTY_FIVE]
    assert offsets(local_server) == ["-", "20", "40"]


@pytest.mark.parametrize(
    "signal",
    [
        lambda o, n: {"has_more": o + n < 45},
        lambda o, n: {"links": {"next": f"/contacts?offset={o + n}" if o + n < 45 else None}},
        lambda o, n: {"next": f"/contacts?offset={o + n}" if o + n < 45 else None},
    ],
    ids=["has_more", "jsonapi-links-next", "next"],
)
def test_the_apis_own_signal_ends_the_walk(
    api: Driver, local_server: LocalServer, signal: Callable[[int, int], dict[str, object]]
) -> None:
    local_server.route("GET", "/contacts", capped(FORTY_FIVE, 20, signal))

    items = api.collect(api.run(api.client().contacts.list(limit=100)))

    assert len(items) == 45
    assert offsets(local_server) == ["-", "20", "40"]


def test_a_link_header_ends_the_walk(api: Driver, local_server: LocalServer) -> None:
    def handle(request: Recorded) -> Response:
        offset = int(request.query.get("offset", ["0"])[0])
        links = '</contacts?offset=0>; rel="first"'
        if offset + 20 < 45:
            links += f', </contacts?offset={offset + 20}>; rel="next"'
        return json_response(200, {"data": FORTY_FIVE[offset : offset + 20]}, {"Link": links})

    local_server.route("GET", "/contacts", handle)

    assert len(api.collect(api.run(api.client().contacts.list()))) == 45
    assert offsets(local_server) == ["-", "20", "40"]


def test_a_server_ignoring_the_offset_stops_after_one_repeat(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route("GET", "/contacts", json_response(200, {"data": PEOPLE[:3], "meta": {}}))

    items = api.collect(api.run(api.client().contacts.list(limit=3)))

    assert [c.id for c in items] == ["c0", "c1", "c2"] * 2
    assert len(local_server.requests) == 2


def test_the_page_cap_stops_a_server_that_never_ends(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer
) -> None:
    def endless(request: Recorded) -> Response:
        offset = int(request.query.get("offset", ["0"])[0])
        return json_response(200, {"data": [{"id": f"c{offset}"}], "has_more": True})

    local_server.route("GET", "/endless", endless)
    pagination = fakeapi._pagination.OffsetPagination("limit", "offset", "/data", max_pages=5)

    page = api.run(api.client().get_page("/endless", item_type=dict, pagination=pagination))

    assert len(api.collect(page)) == 5
    assert len(local_server.requests) == 5


def test_options_reach_every_page(api: Driver, local_server: LocalServer) -> None:
    local_server.route("GET", "/contacts", paged(PEOPLE, with_total=True))
    client = api.client()

    page = api.run(
        client.contacts.list(limit=3, extra_headers={"X-Trace": "t1"}, extra_query={"q": "a"})
    )
    api.collect(page)

    assert len(local_server.requests) == 3
    for request in local_server.requests:
        assert request.headers["X-Trace"] == "t1"
        assert request.query["q"] == ["a"]


def test_timeout_reaches_every_page(api: Driver, local_server: LocalServer) -> None:
    def slow_second_page(request: Recorded) -> Response:
        offset = int(request.query.get("offset", ["0"])[0])
        return Response(200, {"data": PEOPLE[offset : offset + 3]}, delay=0.5 if offset else 0)

    local_server.route("GET", "/contacts", slow_second_page)
    page = api.run(api.client().contacts.list(limit=3, timeout=0.2, max_retries=0))

    with pytest.raises(api.package.APITimeoutError):
        api.collect(page)


# -- Cursor and Link-header styles (issue 13, item 1) ---------------------------------


def test_cursor_pagination_follows_the_cursor_until_there_is_none(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer
) -> None:
    def handle(request: Recorded) -> Response:
        start = int(request.query.get("after", ["0"])[0])
        following = start + 3 if start + 3 < len(PEOPLE) else None
        return json_response(200, {"items": PEOPLE[start : start + 3], "cursor": following})

    local_server.route("GET", "/people", handle)
    pagination = fakeapi._pagination.CursorPagination("after", "/items", "/cursor")

    page = api.run(api.client().get_page("/people", item_type=dict, pagination=pagination))

    assert api.collect(page) == PEOPLE
    assert [r.query.get("after") for r in local_server.requests] == [None, ["3"], ["6"]]


def test_link_pagination_follows_rel_next_with_credentials_on_the_origin_only(
    api: Driver, fakeapi: ModuleType, local_server: LocalServer
) -> None:
    def handle(request: Recorded) -> Response:
        page = int(request.query.get("page", ["1"])[0])
        links = [f'<{local_server.url}/repos?page=1&per_page=3>; rel="first"']
        if page * 3 < len(PEOPLE):
            links.append(f'<{local_server.url}/repos?page={page + 1}&per_page=3>; rel="next"')
        return json_response(200, PEOPLE[(page - 1) * 3 : page * 3], {"Link": ", ".join(links)})

    local_server.route("GET", "/repos", handle)
    pagination = fakeapi._pagination.LinkPagination("", limit_param="per_page", max_limit=100)
    client = api.client(auth=fakeapi._auth.BearerTokenAuth("gh-token"))

    page = api.run(
        client.get_page("/repos", item_type=dict, pagination=pagination, params={"per_page": 3})
    )

    assert api.collect(page) == PEOPLE
    assert [r.query.get("page") for r in local_server.requests] == [None, ["2"], ["3"]]
    assert all(r.headers["Authorization"] == "Bearer gh-token" for r in local_server.requests)


def test_next_link_reads_rfc_8288_headers(fakeapi: ModuleType) -> None:
    next_link = fakeapi._pagination.next_link

    assert next_link(httpx.Headers({"Link": '<https://a/x?p=2>; rel="next"'})) == "https://a/x?p=2"
    assert next_link(httpx.Headers({"Link": "<https://a/x?p=2>; REL=next"})) == "https://a/x?p=2"
    assert next_link(httpx.Headers({"Link": '<https://a/2>; rel="prev next"'})) == "https://a/2"
    assert next_link(httpx.Headers({"Link": '<https://a/1>; rel="prev"'})) is None
    assert next_link(httpx.Headers()) is None
