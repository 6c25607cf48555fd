"""The HTTP core of a generated client: building requests, retrying, mapping errors.

`SyncAPIClient` and `AsyncAPIClient` are thin twins over `_BaseClient`, which
holds every decision that does not wait on I/O (request building, whether and
when to retry, turning responses into values or errors), so the twins differ
only where one awaits and the other blocks.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Callable, Collection, Mapping
from types import TracebackType
from typing import Any, Final, Generic, Self, TypeVar, cast

import httpx

from ._auth import ApiKeyAuth, TokenAuth
from ._exceptions import APIConnectionError, connection_error, status_error
from ._models import to_wire
from ._pagination import AsyncOffsetPage, OffsetPagination, PageQuery, SyncOffsetPage
from ._response import APIResponse, parse_response, wants_raw_response
from ._types import NOT_GIVEN, NotGiven, Timeout
from ._utils import (
    clean_params,
    join_url,
    origin,
    redact_headers,
    require_secure_url,
    safe_url,
    without_credentials,
)

__all__ = ["AsyncAPIClient", "SyncAPIClient", "backoff_delay", "retry_after", "should_retry"]

log = logging.getLogger(__package__)

T = TypeVar("T")
_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)

# Methods a server may receive twice without harm (RFC 9110, 9.2.2).
_IDEMPOTENT: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_MAX_RETRY_AFTER: Final = 60.0
_FIRST_BACKOFF: Final = 0.5
_MAX_BACKOFF: Final = 8.0
_MAX_REDIRECTS: Final = 20


def should_retry(method: str, outcome: httpx.Response | httpx.TransportError) -> bool:
    """Whether an attempt that failed with ``outcome`` may be repeated.

    Idempotent methods retry on any transport error, 408, 429 and 5xx. Others
    only when the server surely did nothing: a refused connection, or a 429.
    """
    idempotent = method.upper() in _IDEMPOTENT
    if isinstance(outcome, httpx.TransportError):
        return idempotent or isinstance(outcome, httpx.ConnectError)
    status = outcome.status_code
    return status == 429 or (idempotent and (status == 408 or status >= 500))


def retry_after(headers: httpx.Headers) -> float | None:
    """The wait the server asked for (``retry-after-ms``, or ``Retry-After`` in
    seconds or as an HTTP date), if any and if sensible (0 to 60 s)."""
    seconds: float | None = None
    if "retry-after-ms" in headers:
        seconds = _number(headers["retry-after-ms"], scale=0.001)
    elif "retry-after" in headers:
        value = headers["retry-after"]
        seconds = _number(value, scale=1.0)
        if seconds is None:
            seconds = _seconds_until(value)
    if seconds is None or not 0 <= seconds <= _MAX_RETRY_AFTER:
        return None
    return seconds


def _number(text: str, *, scale: float) -> float | None:
    try:
        return float(text) * scale
    except ValueError:
        return None


def _seconds_until(http_date: str) -> float | None:
    try:
        moment = email.utils.parsedate_to_datetime(http_date)
    except (TypeError, ValueError):
        return None
    return max(moment.timestamp() - time.time(), 0.0)


def backoff_delay(attempt: int) -> float:
    """Exponential backoff (0.5 s, 1 s, 2 s ... at most 8 s) with +-25 % jitter,
    so clients that failed together do not retry together."""
    return min(_FIRST_BACKOFF * 2.0**attempt, _MAX_BACKOFF) * random.uniform(0.75, 1.25)


class _BaseClient(Generic[_HttpxClientT]):
    """State and I/O-free steps shared by the sync and async clients."""

    _http_client_class: type[_HttpxClientT]

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        auth: httpx.Auth | None,
        timeout: Timeout,
        max_retries: int,
        http_client: _HttpxClientT | None,
        default_headers: Mapping[str, str],
        secret_headers: Collection[str] = (),
    ) -> None:
        """Configure the client; the generated client passes its defaults.

        ``secret_headers`` are header names to redact from logs on top of the
        usual credential headers. Plain ``http://`` with ``auth`` is refused
        except to this machine. A caller's ``http_client`` is used as is and
        left open by `close`.
        """
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {max_retries}")
        self.base_url = httpx.URL(str(base_url))
        self._origin = origin(self.base_url)
        if auth is not None:
            require_secure_url(self.base_url, "credentials")
        if isinstance(auth, TokenAuth):
            auth.bind(self.base_url)
        self.timeout = timeout
        self.max_retries = max_retries
        # Without an auth of ours, a caller-supplied http_client keeps its own.
        self._send_auth = httpx.USE_CLIENT_DEFAULT if auth is None else auth
        self._http: _HttpxClientT = http_client or self._http_client_class(
            timeout=timeout, follow_redirects=True
        )
        self._owns_http = http_client is None
        self._default_headers = dict(default_headers)
        if isinstance(auth, ApiKeyAuth) and auth.location == "header":
            secret_headers = (*secret_headers, auth.name)
        self._secret_headers = frozenset(secret_headers)

    def _build_request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        json: object = None,
        data: Mapping[str, object] | None = None,
        files: Mapping[str, object] | None = None,
        content: bytes | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> httpx.Request:
        query: Any = clean_params(params or {})
        form: Any = clean_params(data) if data is not None else None
        extra_headers = {name: str(value) for name, value in clean_params(headers or {}).items()}
        return self._http.build_request(
            method,
            join_url(self.base_url, path),
            params=query,
            headers={**self._default_headers, **extra_headers},
            json=None if json is None else to_wire(json),
            data=form,
            files=cast(Any, files),
            content=content,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
        )

    def _page_request(self, query: PageQuery[Any]) -> httpx.Request:
        return self._build_request("GET", query.path, params=query.params, headers=query.headers)

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
        self, request: httpx.Request, attempt: int, outcome: httpx.Response | httpx.TransportError
    ) -> float | None:
        """Seconds to wait before the next attempt, or ``None`` to stop here.

        Also logs the response, so every attempt leaves one line.
        """
        if isinstance(outcome, httpx.Response):
            log.debug(
                "%s %s -> %d %s",
                request.method,
                safe_url(request),
                outcome.status_code,
                outcome.reason_phrase,
            )
            if outcome.status_code < 400:
                return None
        if attempt >= self.max_retries or not should_retry(request.method, outcome):
            return None
        delay = retry_after(outcome.headers) if isinstance(outcome, httpx.Response) else None
        if delay is None:
            delay = backoff_delay(attempt)
        log.debug(
            "retrying %s %s in %.2f s (retry %d of %d)",
            request.method,
            safe_url(request),
            delay,
            attempt + 1,
            self.max_retries,
        )
        return delay

    @staticmethod
    def _checked(response: httpx.Response) -> httpx.Response:
        if response.status_code >= 400:
            raise status_error(response)
        return response

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
        log.debug(
            "%s %s -> %d redirect to %s",
            request.method,
            safe_url(request),
            response.status_code,
            safe_url(target),
        )
        return target

    @staticmethod
    def _result(response: httpx.Response, parser: Callable[[httpx.Response], T]) -> T:
        """The parsed value, or the `APIResponse` inside a raw-response wrapper."""
        raw = APIResponse(response, parser)
        return cast(T, raw) if wants_raw_response() else raw.parse()


class SyncAPIClient(_BaseClient[httpx.Client]):
    """Blocking client; generated ``Client`` classes subclass it."""

    _http_client_class = httpx.Client

    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        json: object = None,
        data: Mapping[str, object] | None = None,
        files: Mapping[str, object] | None = None,
        content: bytes | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        unwrap: str | None = None,
        authenticated: bool = True,
    ) -> T:
        """Send one API request (retrying as allowed) and parse the answer into ``cast_to``.

        ``unwrap`` names the envelope property (JSON:API ``data``) whose value is
        the result; ``authenticated=False`` sends without credentials (token
        endpoints, public operations).
        """
        request = self._build_request(
            method,
            path,
            params=params,
            headers=headers,
            json=json,
            data=data,
            files=files,
            content=content,
            timeout=timeout,
        )
        response = self._send(request, authenticated)
        return self._result(response, lambda r: parse_response(r, cast_to, unwrap))

    def get_page(
        self,
        path: str,
        *,
        item_type: type[T],
        pagination: OffsetPagination,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        envelope: str | None = None,
    ) -> SyncOffsetPage[T]:
        """GET the first page of a list; the page fetches the rest when iterated.

        ``envelope`` is reserved and not used yet.
        """
        query = PageQuery.first(path, item_type, pagination, params, headers)
        response = self._send(self._page_request(query))
        return self._result(response, lambda r: SyncOffsetPage(self, query, r.json()))

    def _fetch_page(self, query: PageQuery[T]) -> SyncOffsetPage[T]:
        return SyncOffsetPage(self, query, self._send(self._page_request(query)).json())

    def _send(self, request: httpx.Request, authenticated: bool = True) -> httpx.Response:
        attempt = 0
        while True:
            self._log_attempt(request, attempt)
            try:
                response = self._send_once(request, authenticated)
            except httpx.TransportError as error:
                delay = self._retry_delay(request, attempt, error)
                if delay is None:
                    raise connection_error(error, request) from error
            else:
                delay = self._retry_delay(request, attempt, response)
                if delay is None:
                    return self._checked(response)
                response.close()
            time.sleep(delay)
            attempt += 1

    def _send_once(self, request: httpx.Request, authenticated: bool) -> httpx.Response:
        """One attempt: the request, then the redirects it leads to."""
        auth = self._auth_for(request, authenticated)
        response = self._http.send(request, auth=auth, follow_redirects=False)
        hops = 0
        try:
            while (target := self._redirect_target(response, hops)) is not None:
                response.close()
                auth = self._auth_for(target, authenticated)
                response = self._http.send(target, auth=auth, follow_redirects=False)
                hops += 1
        except APIConnectionError:
            response.close()
            raise
        return response

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
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        json: object = None,
        data: Mapping[str, object] | None = None,
        files: Mapping[str, object] | None = None,
        content: bytes | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        unwrap: str | None = None,
        authenticated: bool = True,
    ) -> T:
        """Send one API request (retrying as allowed) and parse the answer into ``cast_to``.

        ``unwrap`` names the envelope property (JSON:API ``data``) whose value is
        the result; ``authenticated=False`` sends without credentials (token
        endpoints, public operations).
        """
        request = self._build_request(
            method,
            path,
            params=params,
            headers=headers,
            json=json,
            data=data,
            files=files,
            content=content,
            timeout=timeout,
        )
        response = await self._send(request, authenticated)
        return self._result(response, lambda r: parse_response(r, cast_to, unwrap))

    async def get_page(
        self,
        path: str,
        *,
        item_type: type[T],
        pagination: OffsetPagination,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        envelope: str | None = None,
    ) -> AsyncOffsetPage[T]:
        """GET the first page of a list; the page fetches the rest when iterated.

        ``envelope`` is reserved and not used yet.
        """
        query = PageQuery.first(path, item_type, pagination, params, headers)
        response = await self._send(self._page_request(query))
        return self._result(response, lambda r: AsyncOffsetPage(self, query, r.json()))

    async def _fetch_page(self, query: PageQuery[T]) -> AsyncOffsetPage[T]:
        response = await self._send(self._page_request(query))
        return AsyncOffsetPage(self, query, response.json())

    async def _send(self, request: httpx.Request, authenticated: bool = True) -> httpx.Response:
        attempt = 0
        while True:
            self._log_attempt(request, attempt)
            try:
                response = await self._send_once(request, authenticated)
            except httpx.TransportError as error:
                delay = self._retry_delay(request, attempt, error)
                if delay is None:
                    raise connection_error(error, request) from error
            else:
                delay = self._retry_delay(request, attempt, response)
                if delay is None:
                    return self._checked(response)
                await response.aclose()
            await asyncio.sleep(delay)
            attempt += 1

    async def _send_once(self, request: httpx.Request, authenticated: bool) -> httpx.Response:
        """One attempt: the request, then the redirects it leads to."""
        auth = self._auth_for(request, authenticated)
        response = await self._http.send(request, auth=auth, follow_redirects=False)
        hops = 0
        try:
            while (target := self._redirect_target(response, hops)) is not None:
                await response.aclose()
                auth = self._auth_for(target, authenticated)
                response = await self._http.send(target, auth=auth, follow_redirects=False)
                hops += 1
        except APIConnectionError:
            await response.aclose()
            raise
        return response

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
