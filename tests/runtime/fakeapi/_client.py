"""The clients, as the generator writes them: configuration plus resource attributes."""

from __future__ import annotations

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._types import NOT_GIVEN, NotGiven, Timeout
from .resources import (
    AsyncContacts,
    AsyncContactsWithRawResponse,
    Contacts,
    ContactsWithRawResponse,
)

__all__ = ["AsyncClient", "Client"]

_HEADERS = {"User-Agent": f"fakeapi-client/0.0.1 python-httpx/{httpx.__version__}"}


class Client(SyncAPIClient):
    """fakeapi client."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_headers=_HEADERS,
            secret_headers=("X-Tenant-Pass",),
            strict_response_validation=strict_response_validation,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.contacts = Contacts(self)
        self.with_raw_response = ClientWithRawResponse(self)


class ClientWithRawResponse:
    """``client.with_raw_response``."""

    def __init__(self, client: Client) -> None:
        self.contacts = ContactsWithRawResponse(client.contacts)


class AsyncClient(AsyncAPIClient):
    """fakeapi client, asyncio flavour."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_headers=_HEADERS,
            secret_headers=("X-Tenant-Pass",),
            strict_response_validation=strict_response_validation,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.contacts = AsyncContacts(self)
        self.with_raw_response = AsyncClientWithRawResponse(self)


class AsyncClientWithRawResponse:
    """``client.with_raw_response`` of the async client."""

    def __init__(self, client: AsyncClient) -> None:
        self.contacts = AsyncContactsWithRawResponse(client.contacts)
