"""The Whippy Public API clients: `Client` (blocking) and `AsyncClient`."""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx

from ._auth import ApiKeyAuth
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._types import NOT_GIVEN, NotGiven, Timeout
from .resources.campaigns import (
    AsyncCampaigns,
    AsyncCampaignsWithRawResponse,
    Campaigns,
    CampaignsWithRawResponse,
)
from .resources.channels import (
    AsyncChannels,
    AsyncChannelsWithRawResponse,
    Channels,
    ChannelsWithRawResponse,
)
from .resources.contacts import (
    AsyncContacts,
    AsyncContactsWithRawResponse,
    Contacts,
    ContactsWithRawResponse,
)
from .resources.conversations import (
    AsyncConversations,
    AsyncConversationsWithRawResponse,
    Conversations,
    ConversationsWithRawResponse,
)
from .resources.messaging import (
    AsyncMessaging,
    AsyncMessagingWithRawResponse,
    Messaging,
    MessagingWithRawResponse,
)
from .resources.sequences import (
    AsyncSequences,
    AsyncSequencesWithRawResponse,
    Sequences,
    SequencesWithRawResponse,
)
from .resources.webhooks import (
    AsyncWebhooks,
    AsyncWebhooksWithRawResponse,
    Webhooks,
    WebhooksWithRawResponse,
)

__all__ = ["AsyncClient", "Client"]

DEFAULT_MAX_RETRIES = 2
"""Extra attempts after a connection error, a 408, a 429 or a 5xx (idempotent requests)."""
_USER_AGENT = f"whippy-client/0.1.2 python-httpx/{httpx.__version__}"
_SECRET_HEADERS: tuple[str, ...] = ("X-WHIPPY-KEY",)


def _base_url(base_url: str | None) -> str:
    """The API root: ``base_url``, else the environment, else the documented server."""
    base_url = base_url or os.environ.get("WHIPPY_BASE_URL")
    if base_url:
        return base_url
    url = "https://api.whippy.co/v1"
    return url


def _auth(api_key: str | None) -> httpx.Auth | None:
    """The auth flow for the credentials given, else those in the environment."""
    api_key = api_key or os.environ.get("WHIPPY_API_KEY")
    if api_key:
        return ApiKeyAuth(value=api_key, name="X-WHIPPY-KEY", location="header")
    raise ValueError(
        "The Whippy Public API needs credentials: pass api_key= (or set WHIPPY_API_KEY)."
    )


class Client(SyncAPIClient):
    """Blocking client for the Whippy Public API.

    The Whippy Public API is a RESTful API for the Whippy AI customer communication
    platform. It uses standard HTTP methods and JSON request / response bodies and is
    authenticated with an API key supplied in the X-WHIPPY-KEY header (OAuth bearer
    tokens are also supported). The API covers messaging (SMS / MMS, email, fax),
    contacts, conversations and messages, campaigns, automated sequences, channels, and
    webhook / custom events.

    Every argument is keyword-only. Credentials not passed are read from the
    environment (``WHIPPY_API_KEY``).
    """

    messaging: Messaging
    """Send SMS / MMS, email, and fax messages."""
    contacts: Contacts
    """Manage contacts and communication preferences."""
    conversations: Conversations
    """List, search, and update conversations and their messages."""
    campaigns: Campaigns
    """Send campaigns and inspect campaign analytics."""
    sequences: Sequences
    """Manage automated multi-step sequences and their contacts."""
    channels: Channels
    """List and inspect channels and channel membership."""
    webhooks: Webhooks
    """Push first-party custom events into Whippy."""
    with_raw_response: ClientWithRawResponse
    """The same operations, returning the HTTP response (`APIResponse`) with ``.parse()``."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
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
            base_url: The API root; defaults to ``https://api.whippy.co/v1``.
            api_key: API key sent as X-WHIPPY-KEY. Read from ``WHIPPY_API_KEY`` when not given.
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
            base_url=_base_url(base_url),
            auth=_auth(api_key),
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
        self.messaging = Messaging(self)
        self.contacts = Contacts(self)
        self.conversations = Conversations(self)
        self.campaigns = Campaigns(self)
        self.sequences = Sequences(self)
        self.channels = Channels(self)
        self.webhooks = Webhooks(self)
        self.with_raw_response = ClientWithRawResponse(self)


class ClientWithRawResponse:
    """Every operation of `Client`, returning the HTTP response instead of the parsed value."""

    def __init__(self, client: Client) -> None:
        self.messaging = MessagingWithRawResponse(client.messaging)
        self.contacts = ContactsWithRawResponse(client.contacts)
        self.conversations = ConversationsWithRawResponse(client.conversations)
        self.campaigns = CampaignsWithRawResponse(client.campaigns)
        self.sequences = SequencesWithRawResponse(client.sequences)
        self.channels = ChannelsWithRawResponse(client.channels)
        self.webhooks = WebhooksWithRawResponse(client.webhooks)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the Whippy Public API.

    The Whippy Public API is a RESTful API for the Whippy AI customer communication
    platform. It uses standard HTTP methods and JSON request / response bodies and is
    authenticated with an API key supplied in the X-WHIPPY-KEY header (OAuth bearer
    tokens are also supported). The API covers messaging (SMS / MMS, email, fax),
    contacts, conversations and messages, campaigns, automated sequences, channels, and
    webhook / custom events.

    Every argument is keyword-only. Credentials not passed are read from the
    environment (``WHIPPY_API_KEY``).
    """

    messaging: AsyncMessaging
    """Send SMS / MMS, email, and fax messages."""
    contacts: AsyncContacts
    """Manage contacts and communication preferences."""
    conversations: AsyncConversations
    """List, search, and update conversations and their messages."""
    campaigns: AsyncCampaigns
    """Send campaigns and inspect campaign analytics."""
    sequences: AsyncSequences
    """Manage automated multi-step sequences and their contacts."""
    channels: AsyncChannels
    """List and inspect channels and channel membership."""
    webhooks: AsyncWebhooks
    """Push first-party custom events into Whippy."""
    with_raw_response: AsyncClientWithRawResponse
    """The same operations, returning the HTTP response (`APIResponse`) with ``.parse()``."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
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
            base_url: The API root; defaults to ``https://api.whippy.co/v1``.
            api_key: API key sent as X-WHIPPY-KEY. Read from ``WHIPPY_API_KEY`` when not given.
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
            base_url=_base_url(base_url),
            auth=_auth(api_key),
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
        self.messaging = AsyncMessaging(self)
        self.contacts = AsyncContacts(self)
        self.conversations = AsyncConversations(self)
        self.campaigns = AsyncCampaigns(self)
        self.sequences = AsyncSequences(self)
        self.channels = AsyncChannels(self)
        self.webhooks = AsyncWebhooks(self)
        self.with_raw_response = AsyncClientWithRawResponse(self)


class AsyncClientWithRawResponse:
    """Every operation of `AsyncClient`, returning the HTTP response instead of the parsed value."""

    def __init__(self, client: AsyncClient) -> None:
        self.messaging = AsyncMessagingWithRawResponse(client.messaging)
        self.contacts = AsyncContactsWithRawResponse(client.contacts)
        self.conversations = AsyncConversationsWithRawResponse(client.conversations)
        self.campaigns = AsyncCampaignsWithRawResponse(client.campaigns)
        self.sequences = AsyncSequencesWithRawResponse(client.sequences)
        self.channels = AsyncChannelsWithRawResponse(client.channels)
        self.webhooks = AsyncWebhooksWithRawResponse(client.webhooks)
