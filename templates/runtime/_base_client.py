"""The HTTP core of a generated client: building requests, retrying, mapping errors.

`SyncAPIClient` and `AsyncAPIClient` are thin twins over `_BaseClient`, which
holds every decision that does not wait on I/O (request building, whether and
when to retry, turning responses into values or errors), so the twins differ
only where one awaits and the other blocks.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import random
import time
import uuid
from collections.abc import Callable, Collection, Mapping
from types import TracebackType
from typing import Any, Final, Generic, Self, TypeVar, Unpack, cast

import httpx
import pydantic

from ._auth import TokenAuth, secret_headers_of, secrets_of
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    ResponseTooLargeError,
    connection_error,
    status_error,
)
from ._models import to_wire
from ._pagination import AsyncOffsetPage, PageQuery, Pagination, SyncOffsetPage
from ._response import APIResponse, parse_response, wants_raw_response
from ._types import NOT_GIVEN, CallOptions, NotGiven, RequestOptions, Timeout
from ._utils import (
    clean_params,
    cookie_pairs,
    encode_query,
    header_value,
    join_url,
    mask_secrets,
    origin,
    redact_headers,
    require_secure_url,
    retry_after,
    safe_url,
    without_credentials,
)

__all__ = [
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_WAIT",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "SyncAPIClient",
    "backoff_delay",
    "retry_after",
    "should_retry",
]

log = logging.getLogger(__package__)

T = TypeVar("T")
_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)

DEFAULT_TIMEOUT: Final = 30.0
"""Seconds allowed for each request when neither the client nor its ``http_client`` says."""
DEFAULT_MAX_RETRIES: Final = 2
"""Extra attempts after a failure worth retrying."""
DEFAULT_MAX_RETRY_WAIT: Final = 60.0
"""The longest ``Retry-After`` waited for; a longer one fails the call at once."""
DEFAULT_MAX_RESPONSE_SIZE: Final = 100 * 1024 * 1024
"""The largest (decoded) response body read, in bytes: 100 MiB."""

# Methods a server may receive twice without harm (RFC 9110, 9.2.2).
_IDEMPOTENT: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_FIRST_BACKOFF: Final = 0.5
_MAX_BACKOFF: Final = 8.0
_MAX_REDIRECTS: Final = 20
_DEADLINE_EXTENSION: Final = "clientgen_deadline"
_ERRORS_IN_MESSAGE: Final = 3
_COOKIES_EXTENSION: Final = "clientgen_cookies"


def should_retry(
    method: str, outcome: httpx.Response | httpx.RequestError, *, idempotency_key: bool = False
) -> bool:
    """Whether an attempt that failed with ``outcome`` may be repeated.

    Idempotent methods, and any request carrying an idempotency key, retry on
    transport errors, 408, 429 and 5xx. Others only when the server surely did
    nothing: a refused connection, or a 429.
    """
    idempotent = idempotency_key or method.upper() in _IDEMPOTENT
    if isinstance(outcome, httpx.TransportError):
        return idempotent or isinstance(outcome, httpx.ConnectError)
    if isinstance(outcome, httpx.RequestError):
        return False  # a body that cannot be decoded will not decode next time
    status = outcome.status_code
    return status == 429 or (idempotent and (status == 408 or status >= 500))


def backoff_delay(attempt: int) -> float:
    """Exponential backoff (0.5 s, 1 s, 2 s ... at most 8 s) with +-25 % jitter,
    so clients that failed together do not retry together."""
    return min(_FIRST_BACKOFF * 2.0**attempt, _MAX_BACKOFF) * random.uniform(0.75, 1.25)


def _add_cookies(request: httpx.Request, cookies: str) -> None:
    """Send the operation's cookie parameters, beside any the ``http_client`` keeps
    (its own cookie of the same name gives way)."""
    kept = request.headers.get("Cookie")
    if kept:
        ours = {pair.partition("=")[0] for pair in cookies.split("; ")}
        others = [p for p in kept.split("; ") if p.partition("=")[0] not in ours]
        cookies = "; ".join([*others, cookies])
    request.headers["Cookie"] = cookies


def _validation_summary(error: Exception) -> str:
    """What did not fit, without the values themselves (they may hold anything)."""
    if not isinstance(error, pydantic.ValidationError):
        return str(error)
    problems = [
        f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}"
        for e in error.errors(include_input=False, include_url=False)
    ]
    more = len(problems) - _ERRORS_IN_MESSAGE
    shown = "; ".join(problems[:_ERRORS_IN_MESSAGE]) + (f"; and {more} more" if more > 0 else "")
    return f"the body does not fit the declared type ({shown})"


class _Body:
    """A streamed response body, collected within a size cap and the attempt's deadline.

    Checked as the decoded bytes arrive, so a small compressed body that
    inflates past the cap, and a server dripping a byte at a time past the
    deadline, are both stopped early.
    """

    def __init__(self, request: httpx.Request, limit: int | None) -> None:
        self._request = request
        self._limit = limit
        seconds = request.extensions.get(_DEADLINE_EXTENSION)
        self._deadline = None if seconds is None else time.monotonic() + seconds
        self._seconds = seconds
        self._chunks: list[bytes] = []
        self._size = 0

    def expect(self, response: httpx.Response) -> None:
        """Refuse at once a body whose declared length is over the cap.

        A HEAD answer, a 204 and a 304 carry no body whatever their length says.
        """
        if response.request.method == "HEAD" or response.status_code in (204, 304):
            return
        declared = response.headers.get("Content-Length", "")
        if self._limit is not None and declared.isdigit() and int(declared) > self._limit:
            raise self._too_large()

    def add(self, chunk: bytes) -> None:
        """Take one decoded chunk; raise when over the cap or past the deadline."""
        self._size += len(chunk)
        self._chunks.append(chunk)
        if self._limit is not None and self._size > self._limit:
            raise self._too_large()
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise httpx.ReadTimeout(
                f"the response took over {self._seconds:g} s in all (timeout={self._seconds:g})",
                request=self._request,
            )

    def into(self, response: httpx.Response) -> httpx.Response:
        """``response`` with the body collected, as if httpx had read it."""
        response._content = b"".join(self._chunks)
        return response

    def _too_large(self) -> ResponseTooLargeError:
        return ResponseTooLargeError(self._request, self._limit or 0)


class _BaseClient(Generic[_HttpxClientT]):
    """State and I/O-free steps shared by the sync and async clients."""

    _http_client_class: type[_HttpxClientT]

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        auth: httpx.Auth | None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: _HttpxClientT | None = None,
        default_headers: Mapping[str, str],
        secret_headers: Collection[str] = (),
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        strict_response_validation: bool = False,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        """Configure the client; the generated client passes its defaults.

        ``timeout`` not given is the ``http_client``'s own, else
        `DEFAULT_TIMEOUT`. A number of seconds bounds each attempt as a whole
        (connecting, sending, every read); an `httpx.Timeout` bounds each phase
        only, as httpx does. ``max_response_size`` caps a response body in bytes
        after decompression (``None`` for no cap). ``secret_headers`` are header
        names to redact from logs and strip on redirects, on top of the usual
        credential headers. Plain ``http://`` with ``auth`` is refused except to
        this machine. A caller's ``http_client`` is used as is and left open by
        `close`.
        """
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {max_retries}")
        self.base_url = httpx.URL(str(base_url))
        self._base_text = str(self.base_url)
        self._origin = origin(self.base_url)
        if auth is not None:
            require_secure_url(self.base_url, "credentials")
        if isinstance(auth, TokenAuth):
            auth.bind(self.base_url)
        if isinstance(timeout, NotGiven):
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self.timeout: Timeout = timeout
        self.max_retries = max_retries
        self.max_retry_wait = max_retry_wait
        self.strict_response_validation = strict_response_validation
        self.max_response_size = max_response_size
        self._auth = auth
        # Without an auth of ours, a caller-supplied http_client keeps its own.
        self._send_auth = httpx.USE_CLIENT_DEFAULT if auth is None else auth
        self._http: _HttpxClientT = http_client or self._http_client_class(
            timeout=timeout, follow_redirects=True
        )
        self._owns_http = http_client is None
        self._default_headers = dict(default_headers)
        self._secret_headers = frozenset((*secret_headers, *secret_headers_of(auth)))

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_retry_wait: float | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
        max_response_size: int | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with some settings changed; the rest is shared.

        The copy uses the same connection pool and credentials (a token fetched
        by one serves both); closing it leaves the pool open for this client.
        ``default_headers`` are added to this client's.
        """
        clone = copy.copy(self)
        if not isinstance(timeout, NotGiven):
            clone.timeout = timeout
        if not isinstance(max_retries, NotGiven):
            clone.max_retries = max_retries
        if not isinstance(max_retry_wait, NotGiven):
            clone.max_retry_wait = max_retry_wait
        if not isinstance(strict_response_validation, NotGiven):
            clone.strict_response_validation = strict_response_validation
        if not isinstance(max_response_size, NotGiven):
            clone.max_response_size = max_response_size
        clone._default_headers = {**self._default_headers, **(default_headers or {})}
        clone._owns_http = False
        clone._bind_resources()
        return clone

    def _bind_resources(self) -> None:
        """Attach the resource objects to this client; generated clients override it."""

    def _build_request(self, options: RequestOptions) -> httpx.Request:
        url = join_url(self._base_text, options.path)
        params = options.params or {}
        if options.extra_query:
            params = {**params, **options.extra_query}
        if params and (query := encode_query(params, options.query_styles)):
            url = f"{url}{'&' if '?' in url else '?'}{query}"
        headers = {**self._default_headers}
        if options.headers:
            exploded = options.header_styles or {}
            for name, value in options.headers.items():
                if value is not None and not isinstance(value, NotGiven):
                    headers[name] = header_value(value, name in exploded)
        body: Any = None if options.json is None else to_wire(options.json)
        form: Any = None if options.data is None else clean_params(options.data)
        if options.extra_body:
            if form is not None:
                form = {**form, **clean_params(options.extra_body)}
            else:
                body = {**(body or {}), **to_wire(options.extra_body)}
        content = options.content
        if content is not None and not isinstance(content, bytes):
            content = content.encode() if isinstance(content, str) else content.read()
        if options.content_type and (body is not None or content is not None):
            headers["Content-Type"] = options.content_type
        if options.extra_headers:
            if options.content_type and "Content-Type" in headers:
                named = {name.lower() for name in options.extra_headers}
                if "content-type" in named:
                    del headers["Content-Type"]
            headers.update(options.extra_headers)
        key_header = options.idempotency_header
        if key_header and key_header.lower() not in {name.lower() for name in headers}:
            headers[key_header] = f"clientgen-{uuid.uuid4()}"
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        request = self._http.build_request(
            options.method,
            url,
            headers=headers,
            json=body,
            data=form,
            files=cast(Any, options.files),
            content=content,
            timeout=timeout,
        )
        if isinstance(timeout, int | float):  # seconds: a deadline for the whole attempt
            request.extensions[_DEADLINE_EXTENSION] = float(timeout)
        if options.cookies and (cookies := cookie_pairs(options.cookies, options.cookie_styles)):
            request.extensions[_COOKIES_EXTENSION] = cookies
            _add_cookies(request, cookies)
        return request

    def _retries(self, options: RequestOptions) -> int:
        given = options.max_retries
        return self.max_retries if isinstance(given, NotGiven) else given

    def _log_attempt(self, request: httpx.Request, attempt: int) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s (attempt %d) headers=%s",
                request.method,
                safe_url(request),
                attempt + 1,
                redact_headers(request.headers, self._secret_headers),
            )

    def _retry_delay(
        self,
        request: httpx.Request,
        attempt: int,
        outcome: httpx.Response | httpx.RequestError,
        retries: int,
        *,
        repeatable: bool = False,
    ) -> float | None:
        """Seconds to wait before the next attempt, or ``None`` to stop here.

        ``repeatable`` says the request is safe to send again whatever its
        method (a token request). A ``Retry-After`` longer than
        ``max_retry_wait`` stops here: the caller gets the error (with
        ``retry_after``) at once. Also logs the response, so every attempt
        leaves one line.
        """
        wait = None
        if isinstance(outcome, httpx.Response):
            if log.isEnabledFor(logging.DEBUG):  # safe_url costs a URL parse: only when logged
                log.debug(
                    "%s %s -> %d %s",
                    request.method,
                    safe_url(request),
                    outcome.status_code,
                    outcome.reason_phrase,
                )
            if outcome.status_code < 400:
                return None
            wait = retry_after(outcome.headers)
        keyed = repeatable or "idempotency-key" in request.headers
        if attempt >= retries or not should_retry(request.method, outcome, idempotency_key=keyed):
            return None
        if wait is not None and wait > self.max_retry_wait:
            log.debug("not retrying: asked to wait %.0f s, over max_retry_wait", wait)
            return None
        delay = backoff_delay(attempt) if wait is None else wait
        log.debug(
            "retrying %s %s in %.2f s (retry %d of %d)",
            request.method,
            safe_url(request),
            delay,
            attempt + 1,
            retries,
        )
        return delay

    def _secrets(self) -> tuple[str, ...]:
        return secrets_of(self._auth)

    def _checked(self, response: httpx.Response) -> httpx.Response:
        if response.status_code >= 400:
            raise status_error(response, self._secrets())
        return response

    def _failure(self, error: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
        failure = connection_error(error, request)
        failure.args = (mask_secrets(failure.message, self._secrets()),)
        failure.message = failure.args[0]
        return failure

    def _auth_for(
        self, request: httpx.Request, authenticated: bool
    ) -> httpx.Auth | httpx._client.UseClientDefault | None:
        """The auth for one send: ours on the API's own origin, else none at all.

        Credentials belong to the origin (scheme, host, port) of ``base_url``:
        a request anywhere else, a redirect target included, goes without.
        """
        if authenticated and origin(request.url) == self._origin:
            return self._send_auth
        return None

    def _redirect_target(self, response: httpx.Response, hops: int) -> httpx.Request | None:
        """The request a redirect leads to, or ``None`` when there is nothing to follow.

        Off the API's origin it goes without credentials: httpx built it from
        the request as sent, so the headers and query parameters an auth flow
        added are stripped here (`_auth_for` adds none back).
        """
        target = response.next_request
        if target is None or not self._http.follow_redirects:
            return None
        request = response.request
        if hops >= _MAX_REDIRECTS:
            raise APIConnectionError(
                f"More than {_MAX_REDIRECTS} redirects for {request.method} {safe_url(request)}",
                request=request,
            )
        if origin(target.url) != self._origin:
            without_credentials(target, self._secret_headers)
        elif cookies := request.extensions.get(_COOKIES_EXTENSION):
            target.extensions[_COOKIES_EXTENSION] = cookies  # httpx drops them on every redirect
            _add_cookies(target, cookies)
        log.debug(
            "%s %s -> %d redirect to %s",
            request.method,
            safe_url(request),
            response.status_code,
            safe_url(target),
        )
        return target

    def _result(self, response: httpx.Response, parser: Callable[[httpx.Response], T]) -> T:
        """The parsed value, or the `APIResponse` inside a raw-response wrapper.

        A body that cannot be read as promised raises `APIResponseValidationError`
        (whenever it is parsed), never a pydantic or JSON error.
        """
        raw = APIResponse(response, lambda r: self._parsed(r, parser))
        return cast(T, raw) if wants_raw_response() else raw.parse()

    def _parsed(self, response: httpx.Response, parser: Callable[[httpx.Response], T]) -> T:
        try:
            return parser(response)
        except (ValueError, LookupError) as error:
            message = mask_secrets(_validation_summary(error), self._secrets())
            raise APIResponseValidationError(message, response=response) from None

    def _parse_as(self, cast_to: type[T], unwrap: str | None) -> Callable[[httpx.Response], T]:
        strict = self.strict_response_validation
        return lambda response: parse_response(response, cast_to, unwrap, strict=strict)


class SyncAPIClient(_BaseClient[httpx.Client]):
    """Blocking client; generated ``Client`` classes subclass it."""

    _http_client_class = httpx.Client

    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        unwrap: str | None = None,
        **options: Unpack[CallOptions],
    ) -> T:
        """Send one API request (retrying as allowed) and parse the answer into ``cast_to``.

        ``unwrap`` names the envelope property (JSON:API ``data``) whose value is
        the result; ``options`` are the fields of `RequestOptions`.
        """
        request_options = RequestOptions(method, path, **options)
        response = self._send(request_options)
        return self._result(response, self._parse_as(cast_to, unwrap))

    def get_page(
        self,
        path: str,
        *,
        item_type: type[T],
        pagination: Pagination,
        envelope: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SyncOffsetPage[T]:
        """GET the first page of a list; the page fetches the rest, with the same options.

        ``envelope`` is reserved and not used yet.
        """
        query = PageQuery.first(RequestOptions("GET", path, **options), item_type, pagination)
        response = self._send(query.options)
        return self._result(response, lambda r: self._page(query, r))

    def _fetch_page(self, query: PageQuery[T]) -> SyncOffsetPage[T]:
        response = self._send(query.options)
        return self._parsed(response, lambda r: self._page(query, r))

    def _page(self, query: PageQuery[T], response: httpx.Response) -> SyncOffsetPage[T]:
        strict = self.strict_response_validation
        return SyncOffsetPage(self, query, response.json(), response.headers, strict=strict)

    def _send(self, options: RequestOptions) -> httpx.Response:
        request = self._build_request(options)
        retries = self._retries(options)
        attempt = 0
        while True:
            self._log_attempt(request, attempt)
            try:
                response = self._send_once(request, options.authenticated)
            except httpx.RequestError as error:
                delay = self._retry_delay(request, attempt, error, retries)
                if delay is None:
                    raise self._failure(error, request) from error
            except APIStatusError as error:  # from a token endpoint: the request was not sent
                delay = self._retry_delay(
                    error.request, attempt, error.response, retries, repeatable=True
                )
                if delay is None:
                    raise
            else:
                delay = self._retry_delay(request, attempt, response, retries)
                if delay is None:
                    return self._checked(response)
                response.close()
            time.sleep(delay)
            attempt += 1

    def _send_once(self, request: httpx.Request, authenticated: bool) -> httpx.Response:
        """One attempt: the request, the redirects it leads to, and the body (read
        within ``max_response_size`` and the attempt's deadline)."""
        body = _Body(request, self.max_response_size)
        auth = self._auth_for(request, authenticated)
        response = self._http.send(request, auth=auth, follow_redirects=False, stream=True)
        hops = 0
        try:
            while (target := self._redirect_target(response, hops)) is not None:
                response.close()
                auth = self._auth_for(target, authenticated)
                response = self._http.send(target, auth=auth, follow_redirects=False, stream=True)
                hops += 1
            body.expect(response)
            for chunk in response.iter_bytes():
                body.add(chunk)
        finally:
            response.close()
        return body.into(response)

    def close(self) -> None:
        """Release the connection pool (a caller-supplied ``http_client`` is left open)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(_BaseClient[httpx.AsyncClient]):
    """Asyncio client; generated ``AsyncClient`` classes subclass it."""

    _http_client_class = httpx.AsyncClient

    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        unwrap: str | None = None,
        **options: Unpack[CallOptions],
    ) -> T:
        """Send one API request (retrying as allowed) and parse the answer into ``cast_to``.

        ``unwrap`` names the envelope property (JSON:API ``data``) whose value is
        the result; ``options`` are the fields of `RequestOptions`.
        """
        request_options = RequestOptions(method, path, **options)
        response = await self._send(request_options)
        return self._result(response, self._parse_as(cast_to, unwrap))

    async def get_page(
        self,
        path: str,
        *,
        item_type: type[T],
        pagination: Pagination,
        envelope: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncOffsetPage[T]:
        """GET the first page of a list; the page fetches the rest, with the same options.

        ``envelope`` is reserved and not used yet.
        """
        query = PageQuery.first(RequestOptions("GET", path, **options), item_type, pagination)
        response = await self._send(query.options)
        return self._result(response, lambda r: self._page(query, r))

    async def _fetch_page(self, query: PageQuery[T]) -> AsyncOffsetPage[T]:
        response = await self._send(query.options)
        return self._parsed(response, lambda r: self._page(query, r))

    def _page(self, query: PageQuery[T], response: httpx.Response) -> AsyncOffsetPage[T]:
        strict = self.strict_response_validation
        return AsyncOffsetPage(self, query, response.json(), response.headers, strict=strict)

    async def _send(self, options: RequestOptions) -> httpx.Response:
        request = self._build_request(options)
        retries = self._retries(options)
        attempt = 0
        while True:
            self._log_attempt(request, attempt)
            try:
                response = await self._send_once(request, options.authenticated)
            except httpx.RequestError as error:
                delay = self._retry_delay(request, attempt, error, retries)
                if delay is None:
                    raise self._failure(error, request) from error
            except APIStatusError as error:  # from a token endpoint: the request was not sent
                delay = self._retry_delay(
                    error.request, attempt, error.response, retries, repeatable=True
                )
                if delay is None:
                    raise
            else:
                delay = self._retry_delay(request, attempt, response, retries)
                if delay is None:
                    return self._checked(response)
                await response.aclose()
            await asyncio.sleep(delay)
            attempt += 1

    async def _send_once(self, request: httpx.Request, authenticated: bool) -> httpx.Response:
        """One attempt: the request, the redirects it leads to, and the body (read
        within ``max_response_size`` and the attempt's deadline)."""
        body = _Body(request, self.max_response_size)
        auth = self._auth_for(request, authenticated)
        response = await self._http.send(request, auth=auth, follow_redirects=False, stream=True)
        hops = 0
        try:
            while (target := self._redirect_target(response, hops)) is not None:
                await response.aclose()
                auth = self._auth_for(target, authenticated)
                response = await self._http.send(
                    target, auth=auth, follow_redirects=False, stream=True
                )
                hops += 1
            body.expect(response)
            async for chunk in response.aiter_bytes():
                body.add(chunk)
        finally:
            await response.aclose()
        return body.into(response)

    async def close(self) -> None:
        """Release the connection pool (a caller-supplied ``http_client`` is left open)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
