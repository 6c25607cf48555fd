"""List and inspect channels and channel membership."""

from __future__ import annotations

from collections.abc import Mapping
from uuid import UUID

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import ChannelList, ChannelsGetResponse, ChannelsListUsersResponse

__all__ = [
    "AsyncChannels",
    "AsyncChannelsWithRawResponse",
    "Channels",
    "ChannelsWithRawResponse",
]


class Channels:
    """List and inspect channels and channel membership."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChannelList:
        """List channels

        ``GET /channels``
        """
        return self._client.request(
            "GET",
            "/channels",
            cast_to=ChannelList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChannelsGetResponse:
        """Show a channel

        ``GET /channels/{id}``

        Args:
            id: Resource UUID.
        """
        return self._client.request(
            "GET",
            f"/channels/{quote_path(id)}",
            cast_to=ChannelsGetResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_users(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChannelsListUsersResponse:
        """List channel users

        ``GET /channels/{id}/users``

        Args:
            id: Resource UUID.
        """
        return self._client.request(
            "GET",
            f"/channels/{quote_path(id)}/users",
            cast_to=ChannelsListUsersResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class ChannelsWithRawResponse:
    """`Channels` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Channels) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.list_users = to_raw_response_wrapper(resource.list_users)


class AsyncChannels:
    """List and inspect channels and channel membership."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChannelList:
        """List channels

        ``GET /channels``
        """
        return await self._client.request(
            "GET",
            "/channels",
            cast_to=ChannelList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChannelsGetResponse:
        """Show a channel

        ``GET /channels/{id}``

        Args:
            id: Resource UUID.
        """
        return await self._client.request(
            "GET",
            f"/channels/{quote_path(id)}",
            cast_to=ChannelsGetResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_users(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChannelsListUsersResponse:
        """List channel users

        ``GET /channels/{id}/users``

        Args:
            id: Resource UUID.
        """
        return await self._client.request(
            "GET",
            f"/channels/{quote_path(id)}/users",
            cast_to=ChannelsListUsersResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncChannelsWithRawResponse:
    """`AsyncChannels` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncChannels) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list_users = async_to_raw_response_wrapper(resource.list_users)
