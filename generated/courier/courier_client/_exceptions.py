"""The errors a client raises: one hierarchy, catchable as broadly as needed."""

from __future__ import annotations

import json
from typing import Final

import httpx

from ._utils import safe_url

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "connection_error",
    "status_error",
]

_BODY_IN_MESSAGE: Final = 200


class APIError(Exception):
    """Base of every error the client raises for a request."""

    request: httpx.Request
    """The request that failed (the one sent last, after any retries)."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No usable HTTP response arrived: refused, reset, DNS failure, TLS error."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class APIStatusError(APIError):
    """The server answered with a status >= 400.

    ``body`` is the decoded JSON when the body is JSON, else its text (``None``
    when empty), so callers can read the API's error details directly.
    """

    status_code: int
    body: object
    response: httpx.Response

    def __init__(self, message: str | None = None, *, response: httpx.Response) -> None:
        super().__init__(message or describe(response), request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = decode_body(response)


class BadRequestError(APIStatusError):
    """400: the server rejected the request as malformed."""


class AuthenticationError(APIStatusError):
    """401, or a token endpoint that refused the credentials."""


class PermissionDeniedError(APIStatusError):
    """403: authenticated, but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but semantically invalid; ``body`` usually says which field."""


class RateLimitError(APIStatusError):
    """429: too many requests, still refused after the retries."""


class InternalServerError(APIStatusError):
    """5xx: the server failed, still failing after the retries."""


_BY_STATUS: Final[dict[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The most specific `APIStatusError` for a response with status >= 400."""
    if response.status_code >= 500:
        return InternalServerError(response=response)
    return _BY_STATUS.get(response.status_code, APIStatusError)(response=response)


def connection_error(error: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """Wrap an httpx transport failure; the message names the request, not its secrets."""
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    what = "Request timed out" if kind is APITimeoutError else "Connection error"
    detail = str(error) or type(error).__name__
    return kind(f"{what} for {request.method} {safe_url(request)}: {detail}", request=request)


def decode_body(response: httpx.Response) -> object:
    """The body as JSON when it parses, else as text; ``None`` when empty."""
    if not response.content:
        return None
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return response.text


def describe(response: httpx.Response) -> str:
    """``"404 Not Found for GET https://host/path: <short body>"``, credentials stripped."""
    request = response.request
    status = f"{response.status_code} {response.reason_phrase}"
    head = f"{status} for {request.method} {safe_url(request)}"
    text = " ".join(response.text.split())
    if len(text) > _BODY_IN_MESSAGE:
        text = text[: _BODY_IN_MESSAGE - 3] + "..."
    return f"{head}: {text}" if text else head
