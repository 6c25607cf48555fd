"""Operations on messaging messages."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, validate_request
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import (
    MessagingMessage,
    MessagingMessagesAcknowledgeRequest,
    MessagingMessagesAddUserReactionRequest,
    MessagingMessagesDeleteUserReactionRequest,
    MessagingMessagesGetReceiptsResponse,
)

__all__ = [
    "AsyncMessagingMessages",
    "AsyncMessagingMessagesWithRawResponse",
    "MessagingMessages",
    "MessagingMessagesWithRawResponse",
]


class MessagingMessages:
    """Operations on messaging messages."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        channel_id: UUID,
        acknowledged: bool | NotGiven = NOT_GIVEN,
        filter_cmp_last_modified_time: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        filter_cmp_posted_time: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        filter_text: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        include_phrases: bool = False,
        include_read_receipts: bool = False,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        thumbnail: bool = False,
        user_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[MessagingMessage]:
        """Returns messages in specified group, posted by specified user, and belonging to
        specified subscription.

        ``GET /v1/messaging-messages/``

        Args:
            filter_cmp_last_modified_time: Compare timestamp against message last-modified-time. Specify
                [comparator][datetime]. Comparators supported >, <, <=, >=. Use multiple to
                build a bounded time frame.
            filter_cmp_posted_time: Compare timestamp against message posted-time. Specify [comparator][datetime].
                Comparators supported >, <, <=, >=. Use multiple to build a bounded time frame.
        """
        return self._client.get_page(
            "/v1/messaging-messages/",
            item_type=MessagingMessage,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "channel-id": channel_id,
                "acknowledged": acknowledged,
                "filter[cmp-last-modified-time]": filter_cmp_last_modified_time,
                "filter[cmp-posted-time]": filter_cmp_posted_time,
                "filter[text]": filter_text,
                "include-phrases": include_phrases,
                "include-read-receipts": include_read_receipts,
                "individual-id": individual_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "thumbnail": thumbnail,
                "user-id": user_id,
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
        channel_id: UUID | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        removed: bool | NotGiven = NOT_GIVEN,
        auto_ack: str | NotGiven = NOT_GIVEN,
        include_destinations: builtins.list[str] | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingMessage:
        """Posts a new message

        ``POST /v1/messaging-messages/``
        """
        payload = validate_request(
            MessagingMessage,
            {
                "id": id,
                "type": "messaging-messages",
                "attributes": {
                    "channel-id": channel_id,
                    "draft": draft,
                    "individual-id": individual_id,
                    "message": message,
                    "removed": removed,
                    "auto-ack": auto_ack,
                    "include-destinations": include_destinations,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/messaging-messages/",
            cast_to=MessagingMessage,
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
        include_phrases: bool = False,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        thumbnail: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingMessage:
        """Returns a single message from the given id

        ``GET /v1/messaging-messages/{id}/``

        Args:
            id: Resource identifier
        """
        return self._client.request(
            "GET",
            f"/v1/messaging-messages/{quote_path(id)}/",
            cast_to=MessagingMessage,
            params={
                "include-phrases": include_phrases,
                "individual-id": individual_id,
                "thumbnail": thumbnail,
            },
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        id: str,
        *,
        channel_id: UUID | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        removed: bool | NotGiven = NOT_GIVEN,
        auto_ack: str | NotGiven = NOT_GIVEN,
        include_destinations: builtins.list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingMessage:
        """Modifies an existing message

        ``PATCH /v1/messaging-messages/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingMessage,
            {
                "id": id,
                "type": "messaging-messages",
                "attributes": {
                    "channel-id": channel_id,
                    "draft": draft,
                    "individual-id": individual_id,
                    "message": message,
                    "removed": removed,
                    "auto-ack": auto_ack,
                    "include-destinations": include_destinations,
                },
            },
        )
        return self._client.request(
            "PATCH",
            f"/v1/messaging-messages/{quote_path(id)}/",
            cast_to=MessagingMessage,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def acknowledge(
        self,
        id: str,
        *,
        allow_past: bool | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingMessage:
        """Acknowledge a message, and all messages before this

        ``POST /v1/messaging-messages/{id}/acknowledge/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingMessagesAcknowledgeRequest,
            {"allow-past": allow_past, "individual-id": individual_id},
        )
        return self._client.request(
            "POST",
            f"/v1/messaging-messages/{quote_path(id)}/acknowledge/",
            cast_to=MessagingMessage,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add_user_reaction(
        self,
        id: str,
        *,
        reaction_type: Literal["dislike", "like", "lol", "love", "sad", "wow"],
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingMessage:
        """add a user-reaction to a message

        ``POST /v1/messaging-messages/{id}/add-user-reaction/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingMessagesAddUserReactionRequest,
            {"individual-id": individual_id, "reaction-type": reaction_type},
        )
        return self._client.request(
            "POST",
            f"/v1/messaging-messages/{quote_path(id)}/add-user-reaction/",
            cast_to=MessagingMessage,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_user_reaction(
        self,
        id: str,
        *,
        reaction_type: Literal["dislike", "like", "lol", "love", "sad", "wow"],
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingMessage:
        """delete a user-reaction from a message

        ``POST /v1/messaging-messages/{id}/delete-user-reaction/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingMessagesDeleteUserReactionRequest,
            {"individual-id": individual_id, "reaction-type": reaction_type},
        )
        return self._client.request(
            "POST",
            f"/v1/messaging-messages/{quote_path(id)}/delete-user-reaction/",
            cast_to=MessagingMessage,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_receipts(
        self,
        id: str,
        *,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingMessagesGetReceiptsResponse:
        """get receipts of this message

        ``GET /v1/messaging-messages/{id}/receipts/``

        Args:
            id: Resource identifier
        """
        return self._client.request(
            "GET",
            f"/v1/messaging-messages/{quote_path(id)}/receipts/",
            cast_to=MessagingMessagesGetReceiptsResponse,
            params={"individual-id": individual_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class MessagingMessagesWithRawResponse:
    """`MessagingMessages` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: MessagingMessages) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.acknowledge = to_raw_response_wrapper(resource.acknowledge)
        self.add_user_reaction = to_raw_response_wrapper(resource.add_user_reaction)
        self.delete_user_reaction = to_raw_response_wrapper(resource.delete_user_reaction)
        self.get_receipts = to_raw_response_wrapper(resource.get_receipts)


class AsyncMessagingMessages:
    """Operations on messaging messages."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        channel_id: UUID,
        acknowledged: bool | NotGiven = NOT_GIVEN,
        filter_cmp_last_modified_time: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        filter_cmp_posted_time: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        filter_text: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        include_phrases: bool = False,
        include_read_receipts: bool = False,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        thumbnail: bool = False,
        user_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[MessagingMessage]:
        """Returns messages in specified group, posted by specified user, and belonging to
        specified subscription.

        ``GET /v1/messaging-messages/``

        Args:
            filter_cmp_last_modified_time: Compare timestamp against message last-modified-time. Specify
                [comparator][datetime]. Comparators supported >, <, <=, >=. Use multiple to
                build a bounded time frame.
            filter_cmp_posted_time: Compare timestamp against message posted-time. Specify [comparator][datetime].
                Comparators supported >, <, <=, >=. Use multiple to build a bounded time frame.
        """
        return await self._client.get_page(
            "/v1/messaging-messages/",
            item_type=MessagingMessage,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "channel-id": channel_id,
                "acknowledged": acknowledged,
                "filter[cmp-last-modified-time]": filter_cmp_last_modified_time,
                "filter[cmp-posted-time]": filter_cmp_posted_time,
                "filter[text]": filter_text,
                "include-phrases": include_phrases,
                "include-read-receipts": include_read_receipts,
                "individual-id": individual_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "thumbnail": thumbnail,
                "user-id": user_id,
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
        channel_id: UUID | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        removed: bool | NotGiven = NOT_GIVEN,
        auto_ack: str | NotGiven = NOT_GIVEN,
        include_destinations: builtins.list[str] | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingMessage:
        """Posts a new message

        ``POST /v1/messaging-messages/``
        """
        payload = validate_request(
            MessagingMessage,
            {
                "id": id,
                "type": "messaging-messages",
                "attributes": {
                    "channel-id": channel_id,
                    "draft": draft,
                    "individual-id": individual_id,
                    "message": message,
                    "removed": removed,
                    "auto-ack": auto_ack,
                    "include-destinations": include_destinations,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/messaging-messages/",
            cast_to=MessagingMessage,
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
        include_phrases: bool = False,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        thumbnail: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingMessage:
        """Returns a single message from the given id

        ``GET /v1/messaging-messages/{id}/``

        Args:
            id: Resource identifier
        """
        return await self._client.request(
            "GET",
            f"/v1/messaging-messages/{quote_path(id)}/",
            cast_to=MessagingMessage,
            params={
                "include-phrases": include_phrases,
                "individual-id": individual_id,
                "thumbnail": thumbnail,
            },
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        id: str,
        *,
        channel_id: UUID | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        removed: bool | NotGiven = NOT_GIVEN,
        auto_ack: str | NotGiven = NOT_GIVEN,
        include_destinations: builtins.list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingMessage:
        """Modifies an existing message

        ``PATCH /v1/messaging-messages/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingMessage,
            {
                "id": id,
                "type": "messaging-messages",
                "attributes": {
                    "channel-id": channel_id,
                    "draft": draft,
                    "individual-id": individual_id,
                    "message": message,
                    "removed": removed,
                    "auto-ack": auto_ack,
                    "include-destinations": include_destinations,
                },
            },
        )
        return await self._client.request(
            "PATCH",
            f"/v1/messaging-messages/{quote_path(id)}/",
            cast_to=MessagingMessage,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def acknowledge(
        self,
        id: str,
        *,
        allow_past: bool | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingMessage:
        """Acknowledge a message, and all messages before this

        ``POST /v1/messaging-messages/{id}/acknowledge/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingMessagesAcknowledgeRequest,
            {"allow-past": allow_past, "individual-id": individual_id},
        )
        return await self._client.request(
            "POST",
            f"/v1/messaging-messages/{quote_path(id)}/acknowledge/",
            cast_to=MessagingMessage,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def add_user_reaction(
        self,
        id: str,
        *,
        reaction_type: Literal["dislike", "like", "lol", "love", "sad", "wow"],
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingMessage:
        """add a user-reaction to a message

        ``POST /v1/messaging-messages/{id}/add-user-reaction/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingMessagesAddUserReactionRequest,
            {"individual-id": individual_id, "reaction-type": reaction_type},
        )
        return await self._client.request(
            "POST",
            f"/v1/messaging-messages/{quote_path(id)}/add-user-reaction/",
            cast_to=MessagingMessage,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete_user_reaction(
        self,
        id: str,
        *,
        reaction_type: Literal["dislike", "like", "lol", "love", "sad", "wow"],
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingMessage:
        """delete a user-reaction from a message

        ``POST /v1/messaging-messages/{id}/delete-user-reaction/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingMessagesDeleteUserReactionRequest,
            {"individual-id": individual_id, "reaction-type": reaction_type},
        )
        return await self._client.request(
            "POST",
            f"/v1/messaging-messages/{quote_path(id)}/delete-user-reaction/",
            cast_to=MessagingMessage,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_receipts(
        self,
        id: str,
        *,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingMessagesGetReceiptsResponse:
        """get receipts of this message

        ``GET /v1/messaging-messages/{id}/receipts/``

        Args:
            id: Resource identifier
        """
        return await self._client.request(
            "GET",
            f"/v1/messaging-messages/{quote_path(id)}/receipts/",
            cast_to=MessagingMessagesGetReceiptsResponse,
            params={"individual-id": individual_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMessagingMessagesWithRawResponse:
    """`AsyncMessagingMessages` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncMessagingMessages) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.acknowledge = async_to_raw_response_wrapper(resource.acknowledge)
        self.add_user_reaction = async_to_raw_response_wrapper(resource.add_user_reaction)
        self.delete_user_reaction = async_to_raw_response_wrapper(resource.delete_user_reaction)
        self.get_receipts = async_to_raw_response_wrapper(resource.get_receipts)
