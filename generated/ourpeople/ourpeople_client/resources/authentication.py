"""Token issuance and refresh."""

from __future__ import annotations

from collections.abc import Mapping

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import validate_request
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import AuthRequest, RefreshRequest, TokenResponse

__all__ = [
    "AsyncAuthentication",
    "AsyncAuthenticationWithRawResponse",
    "Authentication",
    "AuthenticationWithRawResponse",
]


class Authentication:
    """Token issuance and refresh."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_token(
        self,
        *,
        id: str,
        secret: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TokenResponse:
        """Exchange client credentials for a token

        Exchange a client ID and secret for a short-lived JWT access token and a long-lived
        refresh token.

        ``POST /v1/auth``

        Args:
            id: Client identifier
            secret: Client secret credential
        """
        payload = validate_request(
            AuthRequest,
            {"id": id, "secret": secret},
        )
        return self._client.request(
            "POST",
            "/v1/auth",
            cast_to=TokenResponse,
            json=payload,
            authenticated=False,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def refresh_token(
        self,
        *,
        refresh_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TokenResponse:
        """Refresh an access token

        Use a refresh token to obtain a new access token and refresh token.

        ``POST /v1/auth/refresh``

        Args:
            refresh_token: Previously issued refresh token
        """
        payload = validate_request(
            RefreshRequest,
            {"refresh_token": refresh_token},
        )
        return self._client.request(
            "POST",
            "/v1/auth/refresh",
            cast_to=TokenResponse,
            json=payload,
            authenticated=False,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AuthenticationWithRawResponse:
    """`Authentication` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Authentication) -> None:
        self.create_token = to_raw_response_wrapper(resource.create_token)
        self.refresh_token = to_raw_response_wrapper(resource.refresh_token)


class AsyncAuthentication:
    """Token issuance and refresh."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_token(
        self,
        *,
        id: str,
        secret: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TokenResponse:
        """Exchange client credentials for a token

        Exchange a client ID and secret for a short-lived JWT access token and a long-lived
        refresh token.

        ``POST /v1/auth``

        Args:
            id: Client identifier
            secret: Client secret credential
        """
        payload = validate_request(
            AuthRequest,
            {"id": id, "secret": secret},
        )
        return await self._client.request(
            "POST",
            "/v1/auth",
            cast_to=TokenResponse,
            json=payload,
            authenticated=False,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def refresh_token(
        self,
        *,
        refresh_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TokenResponse:
        """Refresh an access token

        Use a refresh token to obtain a new access token and refresh token.

        ``POST /v1/auth/refresh``

        Args:
            refresh_token: Previously issued refresh token
        """
        payload = validate_request(
            RefreshRequest,
            {"refresh_token": refresh_token},
        )
        return await self._client.request(
            "POST",
            "/v1/auth/refresh",
            cast_to=TokenResponse,
            json=payload,
            authenticated=False,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAuthenticationWithRawResponse:
    """`AsyncAuthentication` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncAuthentication) -> None:
        self.create_token = async_to_raw_response_wrapper(resource.create_token)
        self.refresh_token = async_to_raw_response_wrapper(resource.refresh_token)
