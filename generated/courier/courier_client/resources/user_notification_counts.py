"""Operations on user notification counts."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Annotated

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import NotificationCount

__all__ = [
    "AsyncUserNotificationCounts",
    "AsyncUserNotificationCountsWithRawResponse",
    "UserNotificationCounts",
    "UserNotificationCountsWithRawResponse",
]


class UserNotificationCounts:
    """Operations on user notification counts."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        filter_cmp_created_at: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=0, le=1000)] = 500,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[NotificationCount]:
        """GET /v1/user-notification-counts/

        ``GET /v1/user-notification-counts/``

        Args:
            filter_cmp_created_at: compare timestamp against notification created_at time. specify
                [comparator][datetime]. comparators supported <=, >=use multiple to build a
                bounded time frame.
        """
        return self._client.get_page(
            "/v1/user-notification-counts/",
            item_type=NotificationCount,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[cmp-created-at]": filter_cmp_created_at,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class UserNotificationCountsWithRawResponse:
    """`UserNotificationCounts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: UserNotificationCounts) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncUserNotificationCounts:
    """Operations on user notification counts."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        filter_cmp_created_at: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=0, le=1000)] = 500,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[NotificationCount]:
        """GET /v1/user-notification-counts/

        ``GET /v1/user-notification-counts/``

        Args:
            filter_cmp_created_at: compare timestamp against notification created_at time. specify
                [comparator][datetime]. comparators supported <=, >=use multiple to build a
                bounded time frame.
        """
        return await self._client.get_page(
            "/v1/user-notification-counts/",
            item_type=NotificationCount,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[cmp-created-at]": filter_cmp_created_at,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncUserNotificationCountsWithRawResponse:
    """`AsyncUserNotificationCounts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncUserNotificationCounts) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
