"""The runtime's pure helpers: retry decisions, backoff, params, pointers, models."""

from __future__ import annotations

import email.utils
import time
from types import ModuleType
from typing import Annotated, Any, Literal

import httpx
import pydantic
import pytest


def response(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=httpx.Request("GET", "https://h/x"))


@pytest.mark.parametrize(
    ("method", "status", "retried"),
    [
        ("GET", 408, True),
        ("GET", 429, True),
        ("GET", 500, True),
        ("DELETE", 503, True),
        ("PUT", 502, True),
        ("GET", 404, False),
        ("POST", 429, True),
        ("POST", 500, False),
        ("PATCH", 503, False),
        ("POST", 408, False),
    ],
)
def test_should_retry_by_method_and_status(
    fakeapi: ModuleType, method: str, status: int, retried: bool
) -> None:
    assert fakeapi._base_client.should_retry(method, response(status)) is retried


@pytest.mark.parametrize(
    ("method", "error", "retried"),
    [
        ("GET", httpx.ReadTimeout("slow"), True),
        ("GET", httpx.RemoteProtocolError("eof"), True),
        ("POST", httpx.ConnectError("refused"), True),
        ("POST", httpx.ReadTimeout("slow"), False),
        ("PATCH", httpx.RemoteProtocolError("eof"), False),
    ],
)
def test_should_retry_transport_errors(
    fakeapi: ModuleType, method: str, error: httpx.TransportError, retried: bool
) -> None:
    assert fakeapi._base_client.should_retry(method, error) is retried


def test_retry_after_forms(fakeapi: ModuleType) -> None:
    retry_after = fakeapi._base_client.retry_after
    in_three = email.utils.formatdate(time.time() + 3, usegmt=True)

    assert retry_after(httpx.Headers({"Retry-After": "2"})) == 2.0
    assert retry_after(httpx.Headers({"retry-after-ms": "250"})) == 0.25
    assert 1.5 < retry_after(httpx.Headers({"Retry-After": in_three})) <= 3.0
    assert retry_after(httpx.Headers({"Retry-After": "3600"})) == 3600.0  # the caller decides
    assert retry_after(httpx.Headers({"Retry-After": "-5"})) == 0.0
    assert retry_after(httpx.Headers({"Retry-After": "soon"})) is None
    assert retry_after(httpx.Headers()) is None


def test_backoff_grows_exponentially_with_jitter_and_a_cap(
    fakeapi: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()  # the suite's autouse fixture makes backoff instant
    backoff = fakeapi._base_client.backoff_delay

    for attempt, nominal in [(0, 0.5), (1, 1.0), (2, 2.0), (6, 8.0)]:
        delays = [backoff(attempt) for _ in range(50)]
        assert all(0.75 * nominal <= d <= 1.25 * nominal for d in delays)
        assert len(set(delays)) > 1


def test_clean_params(fakeapi: ModuleType) -> None:
    cleaned = fakeapi._utils.clean_params(
        {"a": None, "b": fakeapi._types.NOT_GIVEN, "c": True, "d": ["x", None, False], "e": 0}
    )

    assert cleaned == {"c": "true", "d": ["x", "false"], "e": 0}


def test_quote_path_keeps_one_segment(fakeapi: ModuleType) -> None:
    assert fakeapi._utils.quote_path("a/b c?d#e") == "a%2Fb%20c%3Fd%23e"


def test_join_url_keeps_base_path(fakeapi: ModuleType) -> None:
    join = fakeapi._utils.join_url

    assert str(join(httpx.URL("https://h/v1"), "/contacts")) == "https://h/v1/contacts"
    assert str(join(httpx.URL("https://h/v1/"), "contacts")) == "https://h/v1/contacts"
    assert str(join(httpx.URL("https://h"), "/contacts")) == "https://h/contacts"


def test_resolve_pointer(fakeapi: ModuleType) -> None:
    resolve = fakeapi._utils.resolve_pointer
    doc = {"a/b": {"m~n": [10, 20]}, "top": 1}

    assert resolve(doc, "") is doc
    assert resolve(doc, "/a~1b/m~0n/1") == 20
    assert resolve(doc, "top") == 1
    with pytest.raises(LookupError, match="/missing"):
        resolve(doc, "/missing")


def test_safe_url_strips_userinfo_and_credential_params(fakeapi: ModuleType) -> None:
    request = httpx.Request("GET", "https://u:pw@h/x?page=2&api_key=k&access_token=t&custom=c")
    fakeapi._utils.mark_secret_param(request, "custom")

    assert fakeapi._utils.safe_url(request) == "https://h/x?page=2"


def test_redact_headers(fakeapi: ModuleType) -> None:
    headers = {"Authorization": "Bearer t", "X-API-Key": "k", "Accept": "a", "X-Tenant": "s"}

    assert fakeapi._utils.redact_headers(headers, ["x-tenant"]) == {
        "Authorization": "***",
        "X-API-Key": "***",
        "Accept": "a",
        "X-Tenant": "***",
    }


def test_not_given_is_a_falsy_singleton(fakeapi: ModuleType) -> None:
    types = fakeapi._types

    assert types.NotGiven() is types.NOT_GIVEN
    assert not types.NOT_GIVEN
    assert repr(types.NOT_GIVEN) == "NOT_GIVEN"


def test_tolerant_enum_is_strict_outside_responses(fakeapi: ModuleType) -> None:
    models = fakeapi._models

    kind = Annotated[Literal["a", "b"], models.tolerant]
    Thing: Any = pydantic.create_model("Thing", __base__=models.BaseModel, kind=(kind, ...))

    assert models.parse_json(Thing, {"kind": "z"}).kind == "z"
    assert models.parse_json(list[Thing], [{"kind": "a"}])[0].kind == "a"
    with pytest.raises(pydantic.ValidationError):
        models.validate_request(Thing, {"kind": "z"})
    with pytest.raises(pydantic.ValidationError):
        Thing(kind="z")


def test_to_wire_uses_aliases_and_only_set_fields(fakeapi: ModuleType) -> None:
    contact = fakeapi.Contact(id="c1", name="Ada", created_at="2024-01-01")

    assert fakeapi._models.to_wire({"contact": contact, "skip": fakeapi._types.NOT_GIVEN}) == {
        "contact": {"id": "c1", "name": "Ada", "created-at": "2024-01-01"}
    }


def test_status_error_classes(fakeapi: ModuleType) -> None:
    exceptions = fakeapi._exceptions
    expected = {
        400: exceptions.BadRequestError,
        401: exceptions.AuthenticationError,
        403: exceptions.PermissionDeniedError,
        404: exceptions.NotFoundError,
        409: exceptions.ConflictError,
        418: exceptions.APIStatusError,
        422: exceptions.UnprocessableEntityError,
        429: exceptions.RateLimitError,
        500: exceptions.InternalServerError,
        504: exceptions.InternalServerError,
    }

    for status, cls in expected.items():
        assert type(exceptions.status_error(response(status))) is cls


def test_an_optional_form_body_left_out_sends_no_fields(fakeapi: ModuleType) -> None:
    form_fields = fakeapi._models.form_fields
    assert form_fields(None) == {}
    assert form_fields({"a": 1}) == {"a": 1}
