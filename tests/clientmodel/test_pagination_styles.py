"""Pagination the spec says without the extension: a Link header (GitHub), a cursor,
limit/offset with a total. Each list walks every page of a fake server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.clientmodel.conftest import generate, import_package, load_spec, lower_spec, mypy_strict

ITEMS = list(range(7))


def served(request: httpx.Request) -> httpx.Response:
    """Pages of 3 items over 7, in each style."""
    params = request.url.params
    if request.url.path == "/events":
        page = int(params.get("page", "1"))
        chunk = ITEMS[(page - 1) * 3 : page * 3]
        headers = {}
        if page * 3 < len(ITEMS):
            headers["Link"] = f'<https://api.example.com/events?page={page + 1}>; rel="next"'
        return httpx.Response(200, json=[{"id": i} for i in chunk], headers=headers)
    if request.url.path == "/orders":
        start = int(params.get("cursor") or 0)
        chunk = ITEMS[start : start + 3]
        following = str(start + 3) if start + 3 < len(ITEMS) else None
        return httpx.Response(
            200, json={"data": [{"id": i} for i in chunk], "next_cursor": following}
        )
    offset = int(params.get("offset", "0"))
    chunk = ITEMS[offset : offset + 3]
    return httpx.Response(200, json={"users": [{"id": i} for i in chunk], "total": len(ITEMS)})


def test_each_style_is_detected_from_what_the_spec_says() -> None:
    client, _ = lower_spec(load_spec("pagination.yaml"))
    styles = {
        op.path_template: (op.pagination.runtime_class, dict(op.pagination.arguments))
        for r in client.resources
        for op in r.operations
        if op.pagination
    }
    assert styles == {
        "/events": ("LinkPagination", {"items_pointer": '""', "limit_param": '"per_page"'}),
        "/orders": (
            "CursorPagination",
            {
                "items_pointer": '"/data"',
                "limit_param": '"limit"',
                "cursor_param": '"cursor"',
                "cursor_pointer": '"/next_cursor"',
            },
        ),
        "/users": (
            "OffsetPagination",
            {
                "items_pointer": '"/users"',
                "limit_param": '"limit"',
                "offset_param": '"offset"',
                "total_pointer": '"/total"',
            },
        ),
    }


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    root = generate("pagination.yaml", tmp_path_factory.mktemp("paging"), "paging")
    return root, import_package(root, "paging")


@pytest.mark.parametrize("resource", ["events", "orders", "users"])
def test_iteration_walks_every_page(package: tuple[Path, Any], resource: str) -> None:
    http = httpx.Client(transport=httpx.MockTransport(served))
    with package[1].Client(http_client=http) as client:
        seen = [item.id for item in getattr(client, resource).list()]
    assert seen == ITEMS


def test_the_paged_package_type_checks(package: tuple[Path, Any]) -> None:
    assert mypy_strict(package[0], "paging") == ""
