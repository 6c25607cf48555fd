"""Operations on communication messages."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import MessagingChannel

__all__ = [
    "AsyncCommunicationMessages",
    "AsyncCommunicationMessagesWithRawResponse",
    "CommunicationMessages",
    "CommunicationMessagesWithRawResponse",
]


class CommunicationMessages:
    """Operations on communication messages."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        filter_archived: bool | NotGiven = NOT_GIVEN,
        filter_bookmarked: bool | NotGiven = NOT_GIVEN,
        filter_cmp_last_modified_time: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        filter_individual_group_id: UUID | NotGiven = NOT_GIVEN,
        filter_text: Annotated[str, Field(max_length=512)] | NotGiven = NOT_GIVEN,
        filter_type: Literal[
            "direct-message", "group-message", "multicast", "none", "open", "single"
        ]
        | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=100)] | NotGiven = NOT_GIVEN,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        sort: builtins.list[
            Literal[
                "-ack-timestamp",
                "-last-timestamp",
                "-unread-count",
                "ack-timestamp",
                "last-timestamp",
                "unread-count",
            ]
        ]
        | NotGiven = NOT_GIVEN,
        use_group_name: bool = True,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[MessagingChannel]:
        """GET /v1/communication-messages/

        ``GET /v1/communication-messages/``

        Args:
            filter_bookmarked: If any bookmark exists for the channel
            filter_cmp_last_modified_time: Compare timestamp against channel last-modified-time. Specify
                [comparator][datetime]. Comparators supported >, <, <=, >=. Use multiple to
                build a bounded time frame.
        """
        return self._client.get_page(
            "/v1/communication-messages/",
            item_type=MessagingChannel,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                total_pointer="/meta/page[total]",
                max_limit=100,
            ),
            params={
                "filter[archived]": filter_archived,
                "filter[bookmarked]": filter_bookmarked,
                "filter[cmp-last-modified-time]": filter_cmp_last_modified_time,
                "filter[individual-group-id]": filter_individual_group_id,
                "filter[text]": filter_text,
                "filter[type]": filter_type,
                "individual-id": individual_id,
                "organization-id": organization_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "sort": sort,
                "use-group-name": use_group_name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class CommunicationMessagesWithRawResponse:
    """`CommunicationMessages` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: CommunicationMessages) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncCommunicationMessages:
    """Operations on communication messages."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        filter_archived: bool | NotGiven = NOT_GIVEN,
        filter_bookmarked: bool | NotGiven = NOT_GIVEN,
        filter_cmp_last_modified_time: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        filter_individual_group_id: UUID | NotGiven = NOT_GIVEN,
        filter_text: Annotated[str, Field(max_length=512)] | NotGiven = NOT_GIVEN,
        filter_type: Literal[
            "direct-message", "group-message", "multicast", "none", "open", "single"
        ]
        | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=100)] | NotGiven = NOT_GIVEN,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        sort: builtins.list[
            Literal[
                "-ack-timestamp",
                "-last-timestamp",
                "-unread-count",
                "ack-timestamp",
                "last-timestamp",
                "unread-count",
            ]
        ]
        | NotGiven = NOT_GIVEN,
        use_group_name: bool = True,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[MessagingChannel]:
        """GET /v1/communication-messages/

        ``GET /v1/communication-messages/``

        Args:
            filter_bookmarked: If any bookmark exists for the channel
            filter_cmp_last_modified_time: Compare timestamp against channel last-modified-time. Specify
                [comparator][datetime]. Comparators supported >, <, <=, >=. Use multiple to
                build a bounded time frame.
        """
        return await self._client.get_page(
            "/v1/communication-messages/",
            item_type=MessagingChannel,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                total_pointer="/meta/page[total]",
                max_limit=100,
            ),
            params={
                "filter[archived]": filter_archived,
                "filter[bookmarked]": filter_bookmarked,
                "filter[cmp-last-modified-time]": filter_cmp_last_modified_time,
                "filter[individual-group-id]": filter_individual_group_id,
                "filter[text]": filter_text,
                "filter[type]": filter_type,
                "individual-id": individual_id,
                "organization-id": organization_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "sort": sort,
                "use-group-name": use_group_name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncCommunicationMessagesWithRawResponse:
    """`AsyncCommunicationMessages` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncCommunicationMessages) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
