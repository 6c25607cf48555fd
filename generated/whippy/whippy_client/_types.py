"""Small shared types: the "argument not given" sentinel, request aliases, request options."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Final, Literal, TypeAlias, TypedDict

import httpx

__all__ = ["NOT_GIVEN", "CallOptions", "Headers", "NotGiven", "Query", "RequestOptions", "Timeout"]


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


class CallOptions(TypedDict, total=False):
    """The keyword arguments every request takes besides its method, path and result type."""

    params: Mapping[str, object] | None
    headers: Mapping[str, object] | None
    json: object
    data: Mapping[str, object] | None
    files: Mapping[str, object] | None
    content: bytes | None
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

    ``params``/``headers``/``json``/``data`` are what the operation sends;
    ``extra_*`` are the caller's additions, merged over them. ``timeout`` and
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
    content: bytes | None = None
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
