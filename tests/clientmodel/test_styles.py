"""Parameters and bodies go out as OpenAPI says (3.1, "Style Values"): query arrays and
objects in every style, header and path styles, cookie parameters in a ``Cookie``
header (only to the API's origin), and non-JSON bodies with their declared media type.

Each call goes through a generated package (specs/styles.yaml), sync and async,
into an ``httpx.MockTransport`` that records the request as it would go on the wire.
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.clientmodel.conftest import generate, import_package, mypy_strict

BASE = "https://styles.example.com"
Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(scope="module")
def styles_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate("styles.yaml", tmp_path_factory.mktemp("styles"), "styles")


@pytest.fixture(scope="module")
def styles(styles_dir: Path) -> ModuleType:
    return import_package(styles_dir, "styles")


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"ok": True})


def _send(
    package: ModuleType,
    flavor: str,
    call: Callable[[Any], Any],
    handler: Handler = _ok,
    **http_options: Any,
) -> list[httpx.Request]:
    """Run ``call(client)`` on a sync or async client; the requests that reached the wire."""
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        return handler(request)

    transport = httpx.MockTransport(record)
    if flavor == "sync":
        with package.Client(
            http_client=httpx.Client(transport=transport, **http_options)
        ) as client:
            call(client)
    else:

        async def run() -> None:
            http = httpx.AsyncClient(transport=transport, **http_options)
            async with package.AsyncClient(http_client=http) as client:
                await call(client)
            await http.aclose()

        asyncio.run(run())
    return sent


FLAVORS = pytest.mark.parametrize("flavor", ["sync", "async"])


# -- query (item 3) -------------------------------------------------------------


@FLAVORS
@pytest.mark.parametrize(
    ("arguments", "query"),
    [
        ({"repeated": [1, 2]}, "repeated=1&repeated=2"),  # form, explode=true (the default)
        ({"csv": ["a", "b,c"]}, "csv=a,b%2Cc"),  # form, explode=false: a comma in a value is data
        ({"spaced": [1, 2]}, "spaced=1%202"),
        ({"piped": [1, 2]}, "piped=1|2"),
        ({"person": {"name": "x", "age": 3}}, "name=x&age=3"),  # form object, exploded
        ({"filter": {"name": "x", "age": 3}}, "filter=name,x,age,3"),  # form object, not
        ({"where": {"name": "a b", "age": 3}}, "where[name]=a%20b&where[age]=3"),  # deepObject
        ({"flag": True, "csv": []}, "flag=true"),  # an empty array is not sent
    ],
)
def test_query_parameters_are_serialized_by_their_style(
    styles: ModuleType, flavor: str, arguments: dict[str, Any], query: str
) -> None:
    arguments = {  # models, and a plain dict (``filter``) as a TypedDict caller would pass
        name: styles.models.Person(**value) if name in ("person", "where") else value
        for name, value in arguments.items()
    }

    (request,) = _send(styles, flavor, lambda client: client.search.list(**arguments))

    assert request.url.query.decode() == query


@FLAVORS
def test_every_query_style_in_one_request_in_declaration_order(
    styles: ModuleType, flavor: str
) -> None:
    person = styles.models.Person(name="x", age=3)
    (request,) = _send(
        styles,
        flavor,
        lambda client: client.search.list(
            repeated=[1, 2], csv=["a"], spaced=[3], piped=[4, 5], person=person, where=person
        ),
    )

    assert request.url.query.decode() == (
        "repeated=1&repeated=2&csv=a&spaced=3&piped=4|5&name=x&age=3&where[name]=x&where[age]=3"
    )


@FLAVORS
def test_extra_query_is_merged_over_and_encoded_too(styles: ModuleType, flavor: str) -> None:
    (request,) = _send(
        styles,
        flavor,
        lambda client: client.search.list(piped=[1, 2], extra_query={"piped": "9", "q": "a&b"}),
    )

    assert request.url.query.decode() == "piped=9&q=a%26b"


# -- headers and path (item 4) ----------------------------------------------------


@FLAVORS
def test_header_parameters_use_the_simple_style(styles: ModuleType, flavor: str) -> None:
    person = styles.models.Person(name="x", age=3)
    (request,) = _send(
        styles,
        flavor,
        lambda client: client.search.list(x_ids=[1, 2], x_person=person, x_person_exploded=person),
    )

    assert request.headers["X-Ids"] == "1,2"
    assert request.headers["X-Person"] == "name,x,age,3"
    assert request.headers["X-Person-Exploded"] == "name=x,age=3"


@FLAVORS
def test_path_parameters_use_simple_label_and_matrix_styles(
    styles: ModuleType, flavor: str
) -> None:
    point = styles.models.Person(name="a/b", age=3)
    (request,) = _send(
        styles, flavor, lambda client: client.items.get([1, 2], [3, 4], [5, 6], point)
    )

    assert request.url.raw_path.decode() == (
        "/items/1,2/label/.3.4/matrix/;matrix=5,6/object/;name=a%2Fb;age=3"
    )


# -- cookies (item 5) -------------------------------------------------------------


@FLAVORS
def test_cookie_parameters_are_sent_in_a_cookie_header(styles: ModuleType, flavor: str) -> None:
    (request,) = _send(
        styles, flavor, lambda client: client.search.list(session="abc", prefs=["a", "b c"])
    )

    assert request.headers["Cookie"] == "session=abc; prefs=a,b%20c"


@FLAVORS
def test_cookie_parameters_join_the_http_clients_own_cookies(
    styles: ModuleType, flavor: str
) -> None:
    (request,) = _send(
        styles,
        flavor,
        lambda client: client.search.list(session="abc"),
        cookies={"theme": "dark", "session": "stale"},
    )

    assert request.headers["Cookie"] == "theme=dark; session=abc"


@FLAVORS
def test_cookie_parameters_follow_a_redirect_on_the_origin_only(
    styles: ModuleType, flavor: str
) -> None:
    def redirect(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/search":
            return httpx.Response(307, headers={"Location": "/moved"})
        if request.url.path == "/moved":
            return httpx.Response(307, headers={"Location": "https://elsewhere.example.net/x"})
        return _ok(request)

    sent = _send(
        styles,
        flavor,
        lambda client: client.search.list(session="abc"),
        redirect,
        follow_redirects=True,
    )

    assert [(str(r.url), r.headers.get("Cookie")) for r in sent] == [
        (f"{BASE}/search", "session=abc"),
        (f"{BASE}/moved", "session=abc"),
        ("https://elsewhere.example.net/x", None),
    ]


# -- bodies (item 7) --------------------------------------------------------------


@FLAVORS
@pytest.mark.parametrize(
    ("call", "content_type", "content"),
    [
        (lambda c: c.blobs.put(body=b"\x00\x01\xff"), "application/octet-stream", b"\x00\x01\xff"),
        (lambda c: c.blobs.put(body=io.BytesIO(b"file")), "application/octet-stream", b"file"),
        (
            lambda c: c.blobs.put(body=io.BufferedReader(io.BytesIO(b"file")), mode="append"),
            "application/octet-stream",
            b"file",
        ),
        (lambda c: c.notes.create(body="h\u00e9llo"), "text/plain", "h\u00e9llo".encode()),
        (lambda c: c.documents.create(body="<a>1</a>"), "application/xml", b"<a>1</a>"),
    ],
    ids=["bytes", "file", "open-file-validated", "text", "xml"],
)
def test_non_json_bodies_carry_their_declared_media_type(
    styles: ModuleType,
    flavor: str,
    call: Callable[[Any], Any],
    content_type: str,
    content: bytes,
) -> None:
    (request,) = _send(styles, flavor, call)

    assert request.headers["Content-Type"] == content_type
    assert request.content == content


@FLAVORS
def test_a_json_body_carries_its_own_json_media_type(styles: ModuleType, flavor: str) -> None:
    (request,) = _send(styles, flavor, lambda client: client.people.update("bob", age=3))

    assert request.headers["Content-Type"] == "application/merge-patch+json"
    assert json.loads(request.content) == {"name": "bob", "age": 3}


@FLAVORS
def test_the_caller_can_still_choose_the_content_type(styles: ModuleType, flavor: str) -> None:
    (request,) = _send(
        styles,
        flavor,
        lambda client: client.notes.create(body="x", extra_headers={"content-type": "text/csv"}),
    )

    assert request.headers.get_list("Content-Type") == ["text/csv"]


def test_the_styles_package_passes_mypy_strict(styles_dir: Path) -> None:
    assert mypy_strict(styles_dir, "styles") == ""
