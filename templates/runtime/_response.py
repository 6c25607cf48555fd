"""Raw response access: `APIResponse` and the wrappers behind ``with_raw_response``."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Final, Generic, ParamSpec, TypeAlias, TypeVar, cast

import httpx

from ._models import parse_json, parse_json_bytes

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "async_to_raw_response_wrapper",
    "parse_response",
    "to_raw_response_wrapper",
    "wants_raw_response",
]

T = TypeVar("T")
P = ParamSpec("P")

# Set for the duration of one wrapped call; the client's request sees it and
# hands back the whole response instead of the parsed value. A ContextVar keeps
# concurrent threads and tasks from seeing each other's setting.
_raw_response: ContextVar[bool] = ContextVar("clientgen_raw_response", default=False)
_UNPARSED: Final = object()


class APIResponse(Generic[T]):
    """An HTTP response, already read, with `parse` for the typed value.

    For when headers, status or the exact bytes matter, e.g. a rate-limit header.
    """

    def __init__(self, http_response: httpx.Response, parser: Callable[[httpx.Response], T]):
        self.http_response = http_response
        self._parser = parser
        self._parsed: T | object = _UNPARSED

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The raw body."""
        return self.http_response.content

    @property
    def text(self) -> str:
        """The body decoded as text."""
        return self.http_response.text

    @property
    def request(self) -> httpx.Request:
        """The request this response answers."""
        return self.http_response.request

    def json(self) -> Any:
        """The body decoded as JSON, untyped."""
        return self.http_response.json()

    def parse(self) -> T:
        """The value the method returns without ``with_raw_response`` (computed once)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parser(self.http_response)
        return cast(T, self._parsed)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code} {self.http_response.reason_phrase}]>"


AsyncAPIResponse: TypeAlias = APIResponse[T]
"""What async raw calls return: the body is read before returning, so `parse` stays sync."""


def parse_response(
    response: httpx.Response, cast_to: type[T], unwrap: str | None = None, *, strict: bool = False
) -> T:
    """Decode a successful response into ``cast_to``.

    ``bytes`` gives the raw body and ``str`` the text; a 204 or 205 gives
    ``None`` whatever was asked for, and so does any empty body when nothing
    in particular (``object``) was promised; anything else is JSON validated
    by `parse_json` (leniently unless ``strict``). Raises `ValueError`
    (pydantic's included) when the body is empty or does not fit.
    """
    if cast_to is bytes:
        return cast(T, response.content)
    if cast_to is str:
        return cast(T, response.text)
    if cast_to is type(None) or response.status_code in (204, 205):
        return cast(T, None)
    if not response.content:
        if cast_to is object:
            return cast(T, None)
        raise ValueError(f"the body is empty where {_name(cast_to)} was promised")
    if unwrap is None:
        return parse_json_bytes(cast_to, response.content, strict=strict)
    body = response.json()
    return parse_json(cast_to, body.get(unwrap) if isinstance(body, dict) else body, strict=strict)


def _name(type_: object) -> str:
    return getattr(type_, "__name__", None) or str(type_)


def wants_raw_response() -> bool:
    """Whether the current call runs under a raw-response wrapper."""
    return _raw_response.get()


@contextmanager
def _raw_responses() -> Iterator[None]:
    token = _raw_response.set(True)
    try:
        yield
    finally:
        _raw_response.reset(token)


def to_raw_response_wrapper(fn: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """Make a resource method return its `APIResponse` instead of the parsed value."""

    @functools.wraps(fn)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        with _raw_responses():
            return cast(APIResponse[T], fn(*args, **kwargs))

    return wrapped


def async_to_raw_response_wrapper(
    fn: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[APIResponse[T]]]:
    """The async twin of `to_raw_response_wrapper`."""

    @functools.wraps(fn)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        with _raw_responses():
            return cast(APIResponse[T], await fn(*args, **kwargs))

    return wrapped
