"""The Digital Onboarding API clients: `Client` (blocking) and `AsyncClient`."""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._oauth2 import ClientCredentialsAuth
from ._types import NOT_GIVEN, NotGiven, Timeout
from .resources.contacts import (
    AsyncContacts,
    AsyncContactsWithRawResponse,
    Contacts,
    ContactsWithRawResponse,
)
from .resources.journeys import (
    AsyncJourneys,
    AsyncJourneysWithRawResponse,
    Journeys,
    JourneysWithRawResponse,
)
from .resources.objectives import (
    AsyncObjectives,
    AsyncObjectivesWithRawResponse,
    Objectives,
    ObjectivesWithRawResponse,
)
from .resources.templates import (
    AsyncTemplates,
    AsyncTemplatesWithRawResponse,
    Templates,
    TemplatesWithRawResponse,
)

__all__ = ["AsyncClient", "Client"]

DEFAULT_MAX_RETRIES = 2
"""Extra attempts after a connection error, a 408, a 429 or a 5xx (idempotent requests)."""
_USER_AGENT = f"onboarding-client/0.1.2 python-httpx/{httpx.__version__}"
_SECRET_HEADERS: tuple[str, ...] = ()


def _base_url(base_url: str | None) -> str:
    """The API root: ``base_url``, else the environment, else the documented server."""
    base_url = base_url or os.environ.get("ONBOARDING_BASE_URL")
    if base_url:
        return base_url
    raise ValueError(
        "The Digital Onboarding API description names no server: pass base_url= or set ONBOARDING_BASE_URL."
    )


def _auth(client_id: str | None, client_secret: str | None) -> httpx.Auth | None:
    """The auth flow for the credentials given, else those in the environment."""
    client_id = client_id or os.environ.get("ONBOARDING_CLIENT_ID")
    client_secret = client_secret or os.environ.get("ONBOARDING_CLIENT_SECRET")
    if client_id and client_secret:
        return ClientCredentialsAuth(
            client_id=client_id,
            client_secret=client_secret,
            token_url="/oauth2/token",
            scopes=[],
            client_auth="basic",
        )
    raise ValueError(
        "The Digital Onboarding API needs credentials: pass client_id= (or set ONBOARDING_CLIENT_ID) and client_secret= (or set ONBOARDING_CLIENT_SECRET)."
    )


class Client(SyncAPIClient):
    """Blocking client for the Digital Onboarding API.

    The Digital Onboarding API relies on OAuth2 for authentication. It is highly
    recommended that you read the spec and familiarize yourself with it. The API should
    always be used via HTTPS. Any attempts to use it via HTTP means that you may have
    compromised your client_secret or access_token. With the exception of the token
    creation end point, all API endpoints require an access_token in order to be used.
    The access_token is passed via the Authorizationheader. For example, if your token
    wasabcdef, you would need to include the headerAuthorization: Bearer abcdef. Tokens
    expire on a regular basis so you will need to account for that in the way you use
    the API. If your token has expired you will receive an HTTP/1.1 401 Unauthorized
    with a body of {"error": "invalid_token"}. You should store tokens for reuse until
    they expire. Rather than retrieving tokens at set intervals, you should build token
    retrieval into how you access the API. This will prevent future changes to token
    expiration from requiring you to make any updates to your code. An example of a
    proper API usage work flow: Most OAuth2 libraries will help abstract this process
    for you by automating retries and providing you with an updated token if one was
    acquired during the transaction. Alternatively you can store the token expiration
    along with the token and check whether it has expired before using it. Either way,
    it is best to only request new tokens when needed as opposed to requesting them via
    a scheduled task.

    Every argument is keyword-only. Credentials not passed are read from the
    environment (``ONBOARDING_CLIENT_ID``, ``ONBOARDING_CLIENT_SECRET``).
    """

    contacts: Contacts
    """A contact will always take this shape and support these fields when being sent to or
    returned from the API."""
    journeys: Journeys
    """Journey endpoints accept these fields when sending journey objects."""
    templates: Templates
    """Template endpoints will return these fields when describing template objects."""
    objectives: Objectives
    """Operations on objectives."""
    with_raw_response: ClientWithRawResponse
    """The same operations, returning the HTTP response (`APIResponse`) with ``.parse()``."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
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
            base_url: The API root.
            client_id: OAuth2 client ID. Read from ``ONBOARDING_CLIENT_ID`` when not given.
            client_secret: OAuth2 client secret. Read from ``ONBOARDING_CLIENT_SECRET`` when not given.
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
        self.contacts = Contacts(self)
        self.journeys = Journeys(self)
        self.templates = Templates(self)
        self.objectives = Objectives(self)
        self.with_raw_response = ClientWithRawResponse(self)


class ClientWithRawResponse:
    """Every operation of `Client`, returning the HTTP response instead of the parsed value."""

    def __init__(self, client: Client) -> None:
        self.contacts = ContactsWithRawResponse(client.contacts)
        self.journeys = JourneysWithRawResponse(client.journeys)
        self.templates = TemplatesWithRawResponse(client.templates)
        self.objectives = ObjectivesWithRawResponse(client.objectives)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the Digital Onboarding API.

    The Digital Onboarding API relies on OAuth2 for authentication. It is highly
    recommended that you read the spec and familiarize yourself with it. The API should
    always be used via HTTPS. Any attempts to use it via HTTP means that you may have
    compromised your client_secret or access_token. With the exception of the token
    creation end point, all API endpoints require an access_token in order to be used.
    The access_token is passed via the Authorizationheader. For example, if your token
    wasabcdef, you would need to include the headerAuthorization: Bearer abcdef. Tokens
    expire on a regular basis so you will need to account for that in the way you use
    the API. If your token has expired you will receive an HTTP/1.1 401 Unauthorized
    with a body of {"error": "invalid_token"}. You should store tokens for reuse until
    they expire. Rather than retrieving tokens at set intervals, you should build token
    retrieval into how you access the API. This will prevent future changes to token
    expiration from requiring you to make any updates to your code. An example of a
    proper API usage work flow: Most OAuth2 libraries will help abstract this process
    for you by automating retries and providing you with an updated token if one was
    acquired during the transaction. Alternatively you can store the token expiration
    along with the token and check whether it has expired before using it. Either way,
    it is best to only request new tokens when needed as opposed to requesting them via
    a scheduled task.

    Every argument is keyword-only. Credentials not passed are read from the
    environment (``ONBOARDING_CLIENT_ID``, ``ONBOARDING_CLIENT_SECRET``).
    """

    contacts: AsyncContacts
    """A contact will always take this shape and support these fields when being sent to or
    returned from the API."""
    journeys: AsyncJourneys
    """Journey endpoints accept these fields when sending journey objects."""
    templates: AsyncTemplates
    """Template endpoints will return these fields when describing template objects."""
    objectives: AsyncObjectives
    """Operations on objectives."""
    with_raw_response: AsyncClientWithRawResponse
    """The same operations, returning the HTTP response (`APIResponse`) with ``.parse()``."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
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
            base_url: The API root.
            client_id: OAuth2 client ID. Read from ``ONBOARDING_CLIENT_ID`` when not given.
            client_secret: OAuth2 client secret. Read from ``ONBOARDING_CLIENT_SECRET`` when not given.
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
        self.contacts = AsyncContacts(self)
        self.journeys = AsyncJourneys(self)
        self.templates = AsyncTemplates(self)
        self.objectives = AsyncObjectives(self)
        self.with_raw_response = AsyncClientWithRawResponse(self)


class AsyncClientWithRawResponse:
    """Every operation of `AsyncClient`, returning the HTTP response instead of the parsed value."""

    def __init__(self, client: AsyncClient) -> None:
        self.contacts = AsyncContactsWithRawResponse(client.contacts)
        self.journeys = AsyncJourneysWithRawResponse(client.journeys)
        self.templates = AsyncTemplatesWithRawResponse(client.templates)
        self.objectives = AsyncObjectivesWithRawResponse(client.objectives)
