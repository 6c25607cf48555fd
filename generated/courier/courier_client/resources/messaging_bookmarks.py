"""Operations on messaging bookmarks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, validate_request
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import MessagingBookmark

__all__ = [
    "AsyncMessagingBookmarks",
    "AsyncMessagingBookmarksWithRawResponse",
    "MessagingBookmarks",
    "MessagingBookmarksWithRawResponse",
]


class MessagingBookmarks:
    """Operations on messaging bookmarks."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        organization_id: UUID,
        filter_channel_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[MessagingBookmark]:
        """GET /v1/messaging-bookmarks/

        ``GET /v1/messaging-bookmarks/``
        """
        return self._client.get_page(
            "/v1/messaging-bookmarks/",
            item_type=MessagingBookmark,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
                "filter[channel-id]": filter_channel_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        allow_multi_message: bool | NotGiven = NOT_GIVEN,
        channel_id: UUID | NotGiven = NOT_GIVEN,
        message_id: UUID | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingBookmark:
        """POST /v1/messaging-bookmarks/

        ``POST /v1/messaging-bookmarks/``
        """
        payload = validate_request(
            MessagingBookmark,
            {
                "id": id,
                "type": "messaging-bookmarks",
                "attributes": {
                    "allow-multi-message": allow_multi_message,
                    "channel-id": channel_id,
                    "message-id": message_id,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/messaging-bookmarks/",
            cast_to=MessagingBookmark,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingBookmark:
        """GET /v1/messaging-bookmarks/{id}/

        ``GET /v1/messaging-bookmarks/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/messaging-bookmarks/{quote_path(id)}/",
            cast_to=MessagingBookmark,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class MessagingBookmarksWithRawResponse:
    """`MessagingBookmarks` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: MessagingBookmarks) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncMessagingBookmarks:
    """Operations on messaging bookmarks."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        organization_id: UUID,
        filter_channel_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[MessagingBookmark]:
        """GET /v1/messaging-bookmarks/

        ``GET /v1/messaging-bookmarks/``
        """
        return await self._client.get_page(
            "/v1/messaging-bookmarks/",
            item_type=MessagingBookmark,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
                "filter[channel-id]": filter_channel_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        allow_multi_message: bool | NotGiven = NOT_GIVEN,
        channel_id: UUID | NotGiven = NOT_GIVEN,
        message_id: UUID | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingBookmark:
        """POST /v1/messaging-bookmarks/

        ``POST /v1/messaging-bookmarks/``
        """
        payload = validate_request(
            MessagingBookmark,
            {
                "id": id,
                "type": "messaging-bookmarks",
                "attributes": {
                    "allow-multi-message": allow_multi_message,
                    "channel-id": channel_id,
                    "message-id": message_id,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/messaging-bookmarks/",
            cast_to=MessagingBookmark,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingBookmark:
        """GET /v1/messaging-bookmarks/{id}/

        ``GET /v1/messaging-bookmarks/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/messaging-bookmarks/{quote_path(id)}/",
            cast_to=MessagingBookmark,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMessagingBookmarksWithRawResponse:
    """`AsyncMessagingBookmarks` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncMessagingBookmarks) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
