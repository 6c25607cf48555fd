"""The OurPeople API clients: `Client` (blocking) and `AsyncClient`."""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._token_exchange import TokenExchangeAuth
from ._types import NOT_GIVEN, NotGiven, Timeout
from ._utils import quote_path
from .resources.authentication import (
    AsyncAuthentication,
    AsyncAuthenticationWithRawResponse,
    Authentication,
    AuthenticationWithRawResponse,
)
from .resources.broadcasts import (
    AsyncBroadcasts,
    AsyncBroadcastsWithRawResponse,
    Broadcasts,
    BroadcastsWithRawResponse,
)

__all__ = ["AsyncClient", "Client"]

DEFAULT_MAX_RETRIES = 2
"""Extra attempts after a connection error, a 408, a 429 or a 5xx (idempotent requests)."""
_USER_AGENT = f"ourpeople-client/0.1.1 python-httpx/{httpx.__version__}"
_SECRET_HEADERS: tuple[str, ...] = ()


def _base_url(base_url: str | None, account: str | None) -> str:
    """The API root: ``base_url``, else the environment, else the documented server.

    Server variables are percent-encoded, so a value cannot change the host.
    """
    base_url = base_url or os.environ.get("OURPEOPLE_BASE_URL")
    if base_url:
        return base_url
    url = "https://{account}-api.ourpeople.co"
    url = url.replace(
        "{account}", quote_path(account or os.environ.get("OURPEOPLE_ACCOUNT") or "example")
    )
    return url


def _auth(client_id: str | None, client_secret: str | None) -> httpx.Auth | None:
    """The auth flow for the credentials given, else those in the environment."""
    client_id = client_id or os.environ.get("OURPEOPLE_CLIENT_ID")
    client_secret = client_secret or os.environ.get("OURPEOPLE_CLIENT_SECRET")
    if client_id and client_secret:
        return TokenExchangeAuth(
            credentials={"id": client_id, "secret": client_secret},
            token_url="/v1/auth",
            token_field="/token",
            refresh_url="/v1/auth/refresh",
            refresh_token_field="/refresh_token",
            refresh_request_field="refresh_token",
        )
    return None


class Client(SyncAPIClient):
    """Blocking client for the OurPeople API.

    The OurPeople API uses common standards to allow easy read and write access to your
    data. OurPeople is a frontline communications platform that helps organizations
    communicate with deskless workers. The API is currently in closed beta.

    Every argument is keyword-only. Credentials not passed are read from the
    environment (``OURPEOPLE_CLIENT_ID``, ``OURPEOPLE_CLIENT_SECRET``).
    """

    authentication: Authentication
    """Token issuance and refresh."""
    broadcasts: Broadcasts
    """Inspect broadcasts, deliveries, and recipient engagement."""
    with_raw_response: ClientWithRawResponse
    """The same operations, returning the HTTP response (`APIResponse`) with ``.parse()``."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        account: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = 60.0,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool = False,
        max_response_size: int | None = 100 * 1024 * 1024,
    ) -> None:
        """Create a client.

        Args:
            base_url: The API root; defaults to ``https://{account}-api.ourpeople.co``.
            account: Your account subdomain. If your console URL is
                https://example.ourpeople.com, then your API endpoint is
                https://example-api.ourpeople.co. Default: ``example``.
            client_id: Sent as 'id' to obtain a token. Read from ``OURPEOPLE_CLIENT_ID`` when not given.
            client_secret: Sent as 'secret' to obtain a token. Read from ``OURPEOPLE_CLIENT_SECRET`` when not given.
            timeout: Seconds per request (or an `httpx.Timeout`); ``None`` waits forever.
                Default: the ``http_client``'s own when one is given, else 30 s.
            max_retries: Extra attempts for failures worth retrying.
            max_retry_wait: The longest ``Retry-After`` (seconds) to wait for; a server
                asking for longer fails the call at once (`RateLimitError` for a 429).
            http_client: An httpx client to send requests with, instead of a new one.
                It keeps its own settings (timeout, headers, transport) and stays open.
            default_headers: Headers sent with every request.
            strict_response_validation: Raise `APIResponseValidationError` when a response
                does not fit its documented type, instead of keeping the odd values as
                received.
            max_response_size: The largest response body read, in bytes after
                decompression (``None`` for no limit); a larger one raises
                `ResponseTooLargeError`.
        """
        super().__init__(
            base_url=_base_url(base_url, account),
            auth=_auth(client_id, client_secret),
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            http_client=http_client,
            default_headers={"User-Agent": _USER_AGENT, **(default_headers or {})},
            secret_headers=_SECRET_HEADERS,
            strict_response_validation=strict_response_validation,
            max_response_size=max_response_size,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        """Attach the resources (again in a copy made by `with_options`)."""
        self.authentication = Authentication(self)
        self.broadcasts = Broadcasts(self)
        self.with_raw_response = ClientWithRawResponse(self)


class ClientWithRawResponse:
    """Every operation of `Client`, returning the HTTP response instead of the parsed value."""

    def __init__(self, client: Client) -> None:
        self.authentication = AuthenticationWithRawResponse(client.authentication)
        self.broadcasts = BroadcastsWithRawResponse(client.broadcasts)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the OurPeople API.

    The OurPeople API uses common standards to allow easy read and write access to your
    data. OurPeople is a frontline communications platform that helps organizations
    communicate with deskless workers. The API is currently in closed beta.

    Every argument is keyword-only. Credentials not passed are read from the
    environment (``OURPEOPLE_CLIENT_ID``, ``OURPEOPLE_CLIENT_SECRET``).
    """

    authentication: AsyncAuthentication
    """Token issuance and refresh."""
    broadcasts: AsyncBroadcasts
    """Inspect broadcasts, deliveries, and recipient engagement."""
    with_raw_response: AsyncClientWithRawResponse
    """The same operations, returning the HTTP response (`APIResponse`) with ``.parse()``."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        account: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = 60.0,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool = False,
        max_response_size: int | None = 100 * 1024 * 1024,
    ) -> None:
        """Create a client.

        Args:
            base_url: The API root; defaults to ``https://{account}-api.ourpeople.co``.
            account: Your account subdomain. If your console URL is
                https://example.ourpeople.com, then your API endpoint is
                https://example-api.ourpeople.co. Default: ``example``.
            client_id: Sent as 'id' to obtain a token. Read from ``OURPEOPLE_CLIENT_ID`` when not given.
            client_secret: Sent as 'secret' to obtain a token. Read from ``OURPEOPLE_CLIENT_SECRET`` when not given.
            timeout: Seconds per request (or an `httpx.Timeout`); ``None`` waits forever.
                Default: the ``http_client``'s own when one is given, else 30 s.
            max_retries: Extra attempts for failures worth retrying.
            max_retry_wait: The longest ``Retry-After`` (seconds) to wait for; a server
                asking for longer fails the call at once (`RateLimitError` for a 429).
            http_client: An httpx client to send requests with, instead of a new one.
                It keeps its own settings (timeout, headers, transport) and stays open.
            default_headers: Headers sent with every request.
            strict_response_validation: Raise `APIResponseValidationError` when a response
                does not fit its documented type, instead of keeping the odd values as
                received.
            max_response_size: The largest response body read, in bytes after
                decompression (``None`` for no limit); a larger one raises
                `ResponseTooLargeError`.
        """
        super().__init__(
            base_url=_base_url(base_url, account),
            auth=_auth(client_id, client_secret),
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            http_client=http_client,
            default_headers={"User-Agent": _USER_AGENT, **(default_headers or {})},
            secret_headers=_SECRET_HEADERS,
            strict_response_validation=strict_response_validation,
            max_response_size=max_response_size,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        """Attach the resources (again in a copy made by `with_options`)."""
        self.authentication = AsyncAuthentication(self)
        self.broadcasts = AsyncBroadcasts(self)
        self.with_raw_response = AsyncClientWithRawResponse(self)


class AsyncClientWithRawResponse:
    """Every operation of `AsyncClient`, returning the HTTP response instead of the parsed value."""

    def __init__(self, client: AsyncClient) -> None:
        self.authentication = AsyncAuthenticationWithRawResponse(client.authentication)
        self.broadcasts = AsyncBroadcastsWithRawResponse(client.broadcasts)
