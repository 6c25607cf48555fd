"""The errors a client raises: one hierarchy, catchable as broadly as needed."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Final

import httpx

from ._utils import mask_secrets, retry_after, safe_url

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
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


class APIResponseValidationError(APIError):
    """A successful response whose body is not what the API promised.

    Raised for a body that is not JSON where JSON was promised (an HTML page on
    a 200), an empty body where a value was promised, and, with
    ``strict_response_validation=True``, a value that does not fit its
    declared type (by default such a value is kept as received).
    ``body`` is the decoded JSON, else the text.
    """

    status_code: int
    body: object
    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        request = response.request
        super().__init__(
            f"Unexpected response to {request.method} {safe_url(request)}: {message}",
            request=request,
        )
        self.response = response
        self.status_code = response.status_code
        self.body = decode_body(response)


class ResponseTooLargeError(APIError):
    """A response body over the client's ``max_response_size`` (counted decompressed);
    reading stopped there."""

    def __init__(self, request: httpx.Request, limit: int) -> None:
        super().__init__(
            f"Response to {request.method} {safe_url(request)} is over the limit of "
            f"{limit} bytes (max_response_size); reading stopped",
            request=request,
        )
        self.limit = limit


class APIStatusError(APIError):
    """The server answered with a status >= 400.

    ``body`` is the decoded JSON when the body is JSON, else its text (``None``
    when empty), so callers can read the API's error details directly.
    ``retry_after`` is the wait in seconds the server asked for, if it did.
    """

    status_code: int
    body: object
    response: httpx.Response
    retry_after: float | None

    def __init__(self, message: str | None = None, *, response: httpx.Response) -> None:
        super().__init__(message or describe(response), request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = decode_body(response)
        self.retry_after = retry_after(response.headers)


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
    """429: too many requests, still refused after the retries, or asked to wait
    longer than the client's ``max_retry_wait`` (``retry_after`` says how long)."""


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


def status_error(
    response: httpx.Response, secrets: Iterable[str] = (), what: str | None = None
) -> APIStatusError:
    """The most specific `APIStatusError` for a response with status >= 400.

    ``secrets`` are masked in the message even where the server echoed them;
    ``what`` prefixes it (``"OAuth2 token request failed"``).
    """
    status = response.status_code
    kind = InternalServerError if status >= 500 else _BY_STATUS.get(status, APIStatusError)
    message = describe(response, secrets)
    if what:
        message = f"{what}: {message}"
    return kind(message, response=response)


def connection_error(error: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    """Wrap an httpx failure to get a response; the message names the request, not its secrets."""
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    if kind is APITimeoutError:
        what = "Request timed out"
    elif isinstance(error, httpx.TransportError):
        what = "Connection error"
    else:
        what = "Unreadable response"  # e.g. a body that does not decompress
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


def describe(response: httpx.Response, secrets: Iterable[str] = ()) -> str:
    """``"404 Not Found for GET https://host/path: <short body>"``, credentials stripped.

    ``secrets`` are masked (as is, URL- and Base64-encoded) before the body is cut short.
    """
    request = response.request
    status = f"{response.status_code} {response.reason_phrase}"
    head = f"{status} for {request.method} {safe_url(request)}"
    wait = retry_after(response.headers)
    if wait is not None:
        head += f" (asked to retry after {wait:g} s)"
    text = mask_secrets(" ".join(response.text.split()), secrets)
    if len(text) > _BODY_IN_MESSAGE:
        text = text[: _BODY_IN_MESSAGE - 3] + "..."
    return f"{head}: {text}" if text else head
