"""Small shared types: the "argument not given" sentinel, request aliases, request options."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Final, Literal, Protocol, TypeAlias, TypedDict, runtime_checkable

import httpx

__all__ = [
    "NOT_GIVEN",
    "CallOptions",
    "FileLike",
    "Headers",
    "NotGiven",
    "Query",
    "RequestOptions",
    "Timeout",
]


class NotGiven:
    """Marks an argument the caller did not pass.

    ``None`` is a meaningful value for many parameters (``timeout=None`` means
    "no timeout"), so omission needs its own falsy singleton.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
"""The one `NotGiven` instance."""

Timeout: TypeAlias = float | httpx.Timeout | None
"""Seconds for every phase, a detailed `httpx.Timeout`, or ``None`` for none."""

Headers: TypeAlias = Mapping[str, str]
"""HTTP headers as passed to a client."""

Query: TypeAlias = Mapping[str, object]
"""Query parameters before cleaning (see `_utils.clean_params`)."""


@runtime_checkable
class FileLike(Protocol):
    """A binary file open for reading, such as ``open(path, "rb")`` or `io.BytesIO`:
    what a body argument takes besides ``bytes`` and ``str``. It is read whole before
    sending, so a retry can send it again."""

    def read(self, size: int = -1, /) -> bytes:
        """Up to ``size`` bytes (all that is left when ``-1``)."""
        ...


class CallOptions(TypedDict, total=False):
    """The keyword arguments every request takes besides its method, path and result type."""

    params: Mapping[str, object] | None
    query_styles: Mapping[str, str] | None
    headers: Mapping[str, object] | None
    header_styles: Mapping[str, str] | None
    cookies: Mapping[str, object] | None
    cookie_styles: Mapping[str, str] | None
    json: object
    data: Mapping[str, object] | None
    files: Mapping[str, object] | None
    content: bytes | str | FileLike | None
    content_type: str | None
    timeout: Timeout | NotGiven
    max_retries: int | NotGiven
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    authenticated: bool
    idempotency_header: str | None


@dataclasses.dataclass(frozen=True, slots=True)
class RequestOptions:
    """Everything one call asks for. Every call, paged or not, travels as one of these,
    so no option can be dropped on the way (a page fetches the next one with its
    own options, offset changed).

    ``params``/``headers``/``cookies``/``json``/``data``/``content`` are what the
    operation sends; ``extra_*`` are the caller's additions, merged over them.
    ``query_styles``, ``header_styles`` and ``cookie_styles`` give the OpenAPI
    style of each parameter that does not use its location's default (``form*``
    for query and cookie, ``simple`` for headers; ``*`` means exploded), see
    `_utils.encode_query`. ``content`` (text is sent as UTF-8, a file is read) goes
    with ``content_type``, the media type the API declares for the body. ``timeout`` and
    ``max_retries`` left `NOT_GIVEN` take the client's. ``authenticated=False``
    sends without credentials. ``idempotency_header`` names the header that
    carries an idempotency key (a fresh one is sent when the caller gave none),
    which makes a POST safe to retry.
    """

    method: str
    path: str
    params: Mapping[str, object] | None = None
    headers: Mapping[str, object] | None = None
    json: object = None
    data: Mapping[str, object] | None = None
    files: Mapping[str, object] | None = None
    content: bytes | str | FileLike | None = None
    content_type: str | None = None
    query_styles: Mapping[str, str] | None = None
    header_styles: Mapping[str, str] | None = None
    cookies: Mapping[str, object] | None = None
    cookie_styles: Mapping[str, str] | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    authenticated: bool = True
    idempotency_header: str | None = None

    def with_params(self, params: Mapping[str, object]) -> RequestOptions:
        """The same request with other query parameters (the next page)."""
        return dataclasses.replace(self, params=params)
