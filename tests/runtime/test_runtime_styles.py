"""The runtime's parameter serializers (OpenAPI 3.1 "Style Values", RFC 6570) and
that an API key in the query leaves the operation's own query as it was written.

End to end, through a generated package, see tests/clientmodel/test_styles.py."""

from __future__ import annotations

import datetime
import enum
from types import ModuleType

import httpx
import pytest


class Color(enum.Enum):
    RED = "red"


def test_query_scalars_are_written_as_the_api_reads_them(fakeapi: ModuleType) -> None:
    encode = fakeapi._utils.encode_query
    params = {
        "a": True,
        "b": Color.RED,
        "c": datetime.date(2026, 1, 2),
        "d": None,
        "e": fakeapi._types.NOT_GIVEN,
        "f": "x y&z=1",
        "g[]": [1, None, 2],
    }

    assert encode(params) == "a=true&b=red&c=2026-01-02&f=x%20y%26z%3D1&g[]=1&g[]=2"


@pytest.mark.parametrize(
    ("style", "value", "query"),
    [
        ("form*", [1, 2], "p=1&p=2"),
        ("form", [1, 2], "p=1,2"),
        ("spaceDelimited", [1, 2], "p=1%202"),
        ("pipeDelimited", [1, 2], "p=1|2"),
        ("form*", {"k": "v", "n": 1}, "k=v&n=1"),
        ("form", {"k": "v", "n": 1}, "p=k,v,n,1"),
        ("deepObject*", {"k": "v", "in": {"x": 1}}, "p[k]=v&p[in][x]=1"),
        ("form", [], ""),
        ("form", {"k": None}, ""),
    ],
)
def test_query_styles(fakeapi: ModuleType, style: str, value: object, query: str) -> None:
    assert fakeapi._utils.encode_query({"p": value}, {"p": style}) == query


@pytest.mark.parametrize(
    ("style", "explode", "value", "path"),
    [
        ("simple", False, "a/b c", "a%2Fb%20c"),
        ("simple", False, [1, 2], "1,2"),
        ("simple", False, {"k": "v", "n": 1}, "k,v,n,1"),
        ("simple", True, {"k": "v", "n": 1}, "k=v,n=1"),
        ("label", False, 5, ".5"),
        ("label", False, [1, 2], ".1,2"),
        ("label", True, [1, 2], ".1.2"),
        ("label", True, {"k": "v"}, ".k=v"),
        ("matrix", False, 5, ";id=5"),
        ("matrix", False, [1, 2], ";id=1,2"),
        ("matrix", True, [1, 2], ";id=1;id=2"),
        ("matrix", False, {"k": "v", "n": 1}, ";id=k,v,n,1"),
        ("matrix", True, {"k": "v", "n": 1}, ";k=v;n=1"),
    ],
)
def test_path_styles(
    fakeapi: ModuleType, style: str, explode: bool, value: object, path: str
) -> None:
    assert fakeapi._utils.quote_path(value, style, explode, "id") == path


def test_header_values_use_the_simple_style(fakeapi: ModuleType) -> None:
    header = fakeapi._utils.header_value

    assert header([1, True, Color.RED]) == "1,true,red"
    assert header({"k": "v", "n": 1}) == "k,v,n,1"
    assert header({"k": "v", "n": 1}, explode=True) == "k=v,n=1"
    assert header(datetime.date(2026, 1, 2)) == "2026-01-02"


def test_cookie_pairs(fakeapi: ModuleType) -> None:
    pairs = fakeapi._utils.cookie_pairs

    assert pairs({"s": "a;b", "n": None, "l": [1, 2]}) == "s=a%3Bb; l=1; l=2"
    assert pairs({"l": [1, 2], "o": {"k": "v"}}, {"l": "form", "o": "form"}) == "l=1,2; o=k,v"


def test_an_api_key_in_the_query_keeps_the_rest_of_it_byte_for_byte(fakeapi: ModuleType) -> None:
    auth = fakeapi._auth.ApiKeyAuth("key", "k 1", location="query")
    request = httpx.Request("GET", "https://api.example.com/x?a=1,b%2Cc&p=1|2&f[k]=v&key=old")

    sent = next(auth.auth_flow(request))

    assert sent.url.query == b"a=1,b%2Cc&p=1|2&f[k]=v&key=k%201"


def test_an_api_key_cookie_joins_the_cookie_parameters_once_per_attempt(
    fakeapi: ModuleType,
) -> None:
    auth = fakeapi._auth.ApiKeyAuth("key", "k1", location="cookie")
    request = httpx.Request("GET", "https://api.example.com/x", headers={"Cookie": "s=1"})

    for _ in range(2):  # a retry sends the same request through the flow again
        request = next(auth.auth_flow(request))

    assert request.headers["Cookie"] == "s=1; key=k1"


def test_urls_in_messages_show_the_query_as_sent(fakeapi: ModuleType) -> None:
    request = httpx.Request("GET", "https://u:p@api.example.com/x?a=1,2&p=1|2&s=1%202#f")

    assert fakeapi._utils.safe_url(request) == "https://api.example.com/x?a=1,2&p=1|2&s=1%202"
