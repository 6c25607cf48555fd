"""Authentication as `httpx.Auth` flows, and the machinery shared by token flows.

No class here shows a secret in its ``repr``, and no error message or log line
carries one.
"""

from __future__ import annotations

import abc
import asyncio
import base64
import binascii
import math
import threading
import time
from collections.abc import AsyncGenerator, Generator
from dataclasses import dataclass, field
from typing import Literal

import httpx

from ._exceptions import APIStatusError, AuthenticationError, describe, status_error
from ._utils import (
    join_url,
    mark_secret_param,
    origin,
    require_secure_url,
    safe_url,
    with_query_param,
)

__all__ = [
    "ApiKeyAuth",
    "BearerTokenAuth",
    "CombinedAuth",
    "SecretAuth",
    "Token",
    "TokenAuth",
    "json_object",
    "read_lifetime",
    "secret_headers_of",
    "secrets_of",
    "token_error",
    "token_redirect_error",
]


class SecretAuth(httpx.Auth):
    """An auth flow that can list its secrets, so the client masks them in messages."""

    def secrets(self) -> tuple[str, ...]:
        """Every secret value this flow sends (or holds)."""
        return ()


def secrets_of(auth: httpx.Auth | None) -> tuple[str, ...]:
    """The secrets of any auth flow: ours say; httpx's Basic auth is read from its header."""
    if isinstance(auth, SecretAuth):
        return auth.secrets()
    if isinstance(auth, httpx.BasicAuth):
        try:
            pair = base64.b64decode(auth._auth_header.split(" ", 1)[1]).decode()
        except (IndexError, binascii.Error, UnicodeDecodeError):
            return ()
        return pair, pair.partition(":")[2]
    return ()


def secret_headers_of(auth: httpx.Auth | None) -> tuple[str, ...]:
    """Headers that carry an API key, to mask in messages (besides ``Authorization``)."""
    if isinstance(auth, CombinedAuth):
        return tuple(name for part in auth.parts for name in secret_headers_of(part))
    if isinstance(auth, ApiKeyAuth) and auth.location == "header":
        return (auth.name,)
    return ()


class CombinedAuth(SecretAuth):
    """Schemes an API needs together (an API key and an app id): each adds its part.

    The parts are one-step schemes (API keys, bearer tokens, Basic), which add a
    header, a query parameter or a cookie; a token flow, which makes requests of
    its own, is used alone."""

    def __init__(self, *parts: httpx.Auth) -> None:
        if any(isinstance(part, TokenAuth) for part in parts):
            raise TypeError("a token flow cannot be combined with other schemes")
        self.parts = parts

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Let each part add its credential to the one request."""
        for part in self.parts:
            flow = part.auth_flow(request)
            request = next(flow)
            flow.close()
        yield request

    def secrets(self) -> tuple[str, ...]:
        """Every part's secrets."""
        return tuple(secret for part in self.parts for secret in secrets_of(part))

    def __repr__(self) -> str:
        return f"CombinedAuth({', '.join(map(repr, self.parts))})"


class BearerTokenAuth(SecretAuth):
    """Sends a fixed token as ``Authorization: Bearer <token>``."""

    def __init__(self, token: str) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the header; httpx drives this for sync and async clients alike."""
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def secrets(self) -> tuple[str, ...]:
        """The token."""
        return (self._token,)

    def __repr__(self) -> str:
        return "BearerTokenAuth(token=***)"


class ApiKeyAuth(SecretAuth):
    """Sends an API key in a header, a query parameter or a cookie."""

    def __init__(
        self,
        name: str,
        value: str,
        location: Literal["header", "query", "cookie"] = "header",
    ) -> None:
        self.name = name
        self.location = location
        self._value = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the key where the API expects it."""
        if self.location == "header":
            request.headers[self.name] = self._value
        elif self.location == "query":
            # Set, not added: a retried request passes through here again. Not httpx's
            # copy_set_param, which re-encodes the query the operation wrote (1|2, a=1,2).
            request.url = with_query_param(request.url, self.name, self._value)
            mark_secret_param(request, self.name)
        else:
            cookie = f"{self.name}={self._value}"
            existing = request.headers.get("Cookie")
            if existing:  # a retried request passes through here again: set, not added
                others = [p for p in existing.split("; ") if p.partition("=")[0] != self.name]
                cookie = "; ".join([*others, cookie])
            request.headers["Cookie"] = cookie
        yield request

    def secrets(self) -> tuple[str, ...]:
        """The key."""
        return (self._value,)

    def __repr__(self) -> str:
        return f"ApiKeyAuth(name={self.name!r}, value=***, location={self.location!r})"


@dataclass(frozen=True)
class Token:
    """An access token as a token endpoint issued it."""

    access_token: str = field(repr=False)
    issued_at: float
    """`time.monotonic` when it was received."""
    expires_at: float | None = None
    """`time.monotonic` deadline, ``None`` when the endpoint gave no lifetime."""
    refresh_token: str | None = field(default=None, repr=False)

    @classmethod
    def issued(
        cls, access_token: str, expires_in: float | None, refresh_token: str | None = None
    ) -> Token:
        """A token that lives ``expires_in`` seconds from now."""
        now = time.monotonic()
        deadline = None if expires_in is None else now + expires_in
        return cls(access_token, now, deadline, refresh_token)

    def due_for_renewal(self, leeway: float) -> bool:
        """Whether the token should be replaced now: ``leeway`` seconds before it
        expires, or half-way through its life if it does not even live that long
        (else a short-lived token would be renewed for every request)."""
        if self.expires_at is None:
            return False
        lifetime = self.expires_at - self.issued_at
        margin = leeway if lifetime > leeway else lifetime / 2
        return time.monotonic() >= self.expires_at - margin


class TokenAuth(SecretAuth, abc.ABC):
    """Bearer auth whose token comes from an endpoint, renewed when needed.

    A token is fetched on first use, renewed ``leeway`` seconds before it
    expires (see `Token.due_for_renewal`), and renewed once when the API
    rejects it (then the request is sent once more). A lock makes sure exactly
    one token request is in flight however many threads or tasks need a token
    at the same moment; the others wait and reuse its result.

    Subclasses say how to ask for a token (`_renewal_request`), how to read
    the answer (`_read_token`) and which responses reject a token
    (`_rejects_token`). Token requests are yielded to the client, so they use
    its connection pool, timeouts and transport.
    """

    def __init__(self, token_url: str, *, leeway: float) -> None:
        self._token_url = token_url
        self._leeway = leeway
        self._base_url: httpx.URL | None = None
        self._token: Token | None = None
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        require_secure_url(token_url, "client credentials")

    def bind(self, base_url: httpx.URL) -> None:
        """Resolve relative token URLs against the API base URL (the client calls this)."""
        self._base_url = base_url

    def _url(self, url: str) -> httpx.URL:
        if self._base_url is None and "://" not in url:
            raise ValueError(f"token URL {url!r} is relative, but no client base URL is bound")
        return httpx.URL(join_url(self._base_url or httpx.URL(), url))

    @abc.abstractmethod
    def _renewal_request(self, current: Token | None) -> httpx.Request:
        """The request that yields a new token, given the one we have (if any)."""

    @abc.abstractmethod
    def _read_token(self, response: httpx.Response, current: Token | None) -> Token:
        """The token in a token endpoint's response; raise `AuthenticationError` if none."""

    def _rejects_token(self, response: httpx.Response) -> bool:
        """Whether a (read) response says the token is no longer valid."""
        return response.status_code == 401

    def _needs_renewal(self, token: Token, rejected: Token | None) -> bool:
        return token is rejected or token.due_for_renewal(self._leeway)

    def _token_request(self, current: Token | None, api_request: httpx.Request) -> httpx.Request:
        # A bare httpx.Request has no timeout: take the API request's, so a
        # hanging token endpoint fails like any other slow server.
        token_request = self._renewal_request(current)
        if "timeout" in api_request.extensions:
            token_request.extensions["timeout"] = api_request.extensions["timeout"]
        return token_request

    def _accept(
        self, sent: httpx.Request, response: httpx.Response, current: Token | None
    ) -> Token:
        """The token in ``response``, if it is the token endpoint's own answer.

        A redirect is refused, never followed: following it would post the
        credentials again, possibly to another origin. A response from anywhere
        but the origin the request went to (a transport that followed a
        redirect itself) is refused too.
        """
        if response.has_redirect_location or origin(response.request.url) != origin(sent.url):
            raise token_redirect_error(sent, response)
        return self._read_token(response, current)

    def _renewal(
        self, current: Token | None, api_request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, Token]:
        """The token requests that get a new token: yields each, is sent its (read)
        response, returns the token. A rejected refresh falls back to one fresh
        exchange of the credentials; any other failure raises."""
        sent = self._token_request(current, api_request)
        response = yield sent
        try:
            return self._accept(sent, response, current)
        except AuthenticationError:
            if not self._refreshes(current):
                raise
        sent = self._token_request(None, api_request)
        response = yield sent
        return self._accept(sent, response, None)

    def _refreshes(self, current: Token | None) -> bool:
        """Whether renewing ``current`` is a refresh (not a fresh exchange)."""
        return False

    def secrets(self) -> tuple[str, ...]:
        """The tokens held and the credentials, to mask wherever text is shown."""
        token = self._token
        held = (token.access_token, token.refresh_token or "") if token is not None else ()
        return (*held, *self._credential_secrets())

    def _credential_secrets(self) -> tuple[str, ...]:
        return ()

    @staticmethod
    def _authorized(request: httpx.Request, token: Token) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token.access_token}"
        return request

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Send ``request`` with a valid token; renew and resend once if it is rejected."""
        rejected: Token | None = None
        for attempt in range(2):
            with self._thread_lock:
                token = self._token
                if token is None or self._needs_renewal(token, rejected):
                    renewal = self._renewal(token, request)
                    token_request = next(renewal)
                    while True:
                        token_response = yield token_request
                        token_response.read()
                        try:
                            token_request = renewal.send(token_response)
                        except StopIteration as done:
                            token = self._token = done.value
                            break
            response = yield self._authorized(request, token)
            if attempt or response.status_code != 401:
                return
            response.read()
            if not self._rejects_token(response):
                return
            rejected = token

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """The asyncio twin of `sync_auth_flow`."""
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        rejected: Token | None = None
        for attempt in range(2):
            async with self._async_lock:
                token = self._token
                if token is None or self._needs_renewal(token, rejected):
                    renewal = self._renewal(token, request)
                    token_request = next(renewal)
                    while True:
                        token_response = yield token_request
                        await token_response.aread()
                        try:
                            token_request = renewal.send(token_response)
                        except StopIteration as done:
                            token = self._token = done.value
                            break
            response = yield self._authorized(request, token)
            if attempt or response.status_code != 401:
                return
            await response.aread()
            if not self._rejects_token(response):
                return
            rejected = token


def token_error(response: httpx.Response, what: str, *secrets: str) -> APIStatusError:
    """The error for a failed token request, of the class its status gives.

    A 4xx is an `AuthenticationError` (the credentials were refused), a 429 a
    `RateLimitError` and a 5xx an `InternalServerError` (the client retries
    these as it retries any call); an answer without a token is an
    `AuthenticationError` too. The message names the endpoint and the server's
    answer; any secret the server echoed back is masked.
    """
    status = response.status_code
    if status == 429 or status >= 500:
        return status_error(response, secrets, what=f"{what} failed")
    return AuthenticationError(f"{what} failed: {describe(response, secrets)}", response=response)


def read_lifetime(value: object) -> float | None:
    """Seconds a token lives from an ``expires_in``-like value; ``None`` when unreadable
    (the token is then kept until the API rejects it)."""
    try:
        seconds = float(str(value))
    except ValueError:
        return None
    return max(seconds, 0.0) if math.isfinite(seconds) else None


def token_redirect_error(sent: httpx.Request, response: httpx.Response) -> AuthenticationError:
    """An `AuthenticationError` for a token endpoint that redirected (or was redirected).

    Names the endpoint and where it pointed, without credentials; says the
    credentials were not sent there.
    """
    target = response.headers.get("Location") or str(response.request.url)
    shown = safe_url(httpx.Request("GET", sent.url.join(target)))
    return AuthenticationError(
        f"Token endpoint {sent.method} {safe_url(sent)} redirected ({response.status_code}) to "
        f"{shown}; token requests are never redirected, so the credentials were not sent "
        "there. Configure the token URL the provider documents.",
        response=response,
    )


def json_object(response: httpx.Response) -> dict[str, object]:
    """The body as a JSON object; ``{}`` when it is not one (an HTML error page, say)."""
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
