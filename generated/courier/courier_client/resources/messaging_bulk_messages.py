"""Operations on messaging bulk messages."""

from __future__ import annotations

import builtins
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
from ..models import (
    MessagingBulkMessage,
    MessagingBulkMessageAttributesMessageJs,
    MessagingBulkMessageAttributesMessageJsParam,
)

__all__ = [
    "AsyncMessagingBulkMessages",
    "AsyncMessagingBulkMessagesWithRawResponse",
    "MessagingBulkMessages",
    "MessagingBulkMessagesWithRawResponse",
]


class MessagingBulkMessages:
    """Operations on messaging bulk messages."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        filter_created_by: UUID | NotGiven = NOT_GIVEN,
        include_posted: bool = False,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[MessagingBulkMessage]:
        """GET /v1/messaging-bulk-messages/

        ``GET /v1/messaging-bulk-messages/``
        """
        return self._client.get_page(
            "/v1/messaging-bulk-messages/",
            item_type=MessagingBulkMessage,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[created-by]": filter_created_by,
                "include-posted": include_posted,
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
        draft: bool | NotGiven = NOT_GIVEN,
        individual_group_ids: builtins.list[UUID] | NotGiven = NOT_GIVEN,
        individual_ids: builtins.list[UUID] | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        message_js: MessagingBulkMessageAttributesMessageJs
        | MessagingBulkMessageAttributesMessageJsParam
        | NotGiven = NOT_GIVEN,
        sender_individual_group_id: UUID | NotGiven = NOT_GIVEN,
        sender_individual_id: UUID | NotGiven = NOT_GIVEN,
        auto_ack: str | NotGiven = NOT_GIVEN,
        auto_create_channel: bool | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingBulkMessage:
        """Posts a new message to many channels

        ``POST /v1/messaging-bulk-messages/``
        """
        payload = validate_request(
            MessagingBulkMessage,
            {
                "id": id,
                "type": "messaging-bulk-messages",
                "attributes": {
                    "draft": draft,
                    "individual-group-ids": individual_group_ids,
                    "individual-ids": individual_ids,
                    "message": message,
                    "message-js": message_js,
                    "sender-individual-group-id": sender_individual_group_id,
                    "sender-individual-id": sender_individual_id,
                    "auto-ack": auto_ack,
                    "auto-create-channel": auto_create_channel,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/messaging-bulk-messages/",
            cast_to=MessagingBulkMessage,
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
    ) -> MessagingBulkMessage:
        """GET /v1/messaging-bulk-messages/{id}/

        ``GET /v1/messaging-bulk-messages/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/messaging-bulk-messages/{quote_path(id)}/",
            cast_to=MessagingBulkMessage,
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
        draft: bool | NotGiven = NOT_GIVEN,
        individual_group_ids: builtins.list[UUID] | NotGiven = NOT_GIVEN,
        individual_ids: builtins.list[UUID] | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        message_js: MessagingBulkMessageAttributesMessageJs
        | MessagingBulkMessageAttributesMessageJsParam
        | NotGiven = NOT_GIVEN,
        sender_individual_group_id: UUID | NotGiven = NOT_GIVEN,
        sender_individual_id: UUID | NotGiven = NOT_GIVEN,
        auto_ack: str | NotGiven = NOT_GIVEN,
        auto_create_channel: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingBulkMessage:
        """PATCH /v1/messaging-bulk-messages/{id}/

        ``PATCH /v1/messaging-bulk-messages/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingBulkMessage,
            {
                "id": id,
                "type": "messaging-bulk-messages",
                "attributes": {
                    "draft": draft,
                    "individual-group-ids": individual_group_ids,
                    "individual-ids": individual_ids,
                    "message": message,
                    "message-js": message_js,
                    "sender-individual-group-id": sender_individual_group_id,
                    "sender-individual-id": sender_individual_id,
                    "auto-ack": auto_ack,
                    "auto-create-channel": auto_create_channel,
                },
            },
        )
        return self._client.request(
            "PATCH",
            f"/v1/messaging-bulk-messages/{quote_path(id)}/",
            cast_to=MessagingBulkMessage,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class MessagingBulkMessagesWithRawResponse:
    """`MessagingBulkMessages` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: MessagingBulkMessages) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncMessagingBulkMessages:
    """Operations on messaging bulk messages."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        filter_created_by: UUID | NotGiven = NOT_GIVEN,
        include_posted: bool = False,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[MessagingBulkMessage]:
        """GET /v1/messaging-bulk-messages/

        ``GET /v1/messaging-bulk-messages/``
        """
        return await self._client.get_page(
            "/v1/messaging-bulk-messages/",
            item_type=MessagingBulkMessage,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[created-by]": filter_created_by,
                "include-posted": include_posted,
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
        draft: bool | NotGiven = NOT_GIVEN,
        individual_group_ids: builtins.list[UUID] | NotGiven = NOT_GIVEN,
        individual_ids: builtins.list[UUID] | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        message_js: MessagingBulkMessageAttributesMessageJs
        | MessagingBulkMessageAttributesMessageJsParam
        | NotGiven = NOT_GIVEN,
        sender_individual_group_id: UUID | NotGiven = NOT_GIVEN,
        sender_individual_id: UUID | NotGiven = NOT_GIVEN,
        auto_ack: str | NotGiven = NOT_GIVEN,
        auto_create_channel: bool | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingBulkMessage:
        """Posts a new message to many channels

        ``POST /v1/messaging-bulk-messages/``
        """
        payload = validate_request(
            MessagingBulkMessage,
            {
                "id": id,
                "type": "messaging-bulk-messages",
                "attributes": {
                    "draft": draft,
                    "individual-group-ids": individual_group_ids,
                    "individual-ids": individual_ids,
                    "message": message,
                    "message-js": message_js,
                    "sender-individual-group-id": sender_individual_group_id,
                    "sender-individual-id": sender_individual_id,
                    "auto-ack": auto_ack,
                    "auto-create-channel": auto_create_channel,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/messaging-bulk-messages/",
            cast_to=MessagingBulkMessage,
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
    ) -> MessagingBulkMessage:
        """GET /v1/messaging-bulk-messages/{id}/

        ``GET /v1/messaging-bulk-messages/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/messaging-bulk-messages/{quote_path(id)}/",
            cast_to=MessagingBulkMessage,
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
        draft: bool | NotGiven = NOT_GIVEN,
        individual_group_ids: builtins.list[UUID] | NotGiven = NOT_GIVEN,
        individual_ids: builtins.list[UUID] | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        message_js: MessagingBulkMessageAttributesMessageJs
        | MessagingBulkMessageAttributesMessageJsParam
        | NotGiven = NOT_GIVEN,
        sender_individual_group_id: UUID | NotGiven = NOT_GIVEN,
        sender_individual_id: UUID | NotGiven = NOT_GIVEN,
        auto_ack: str | NotGiven = NOT_GIVEN,
        auto_create_channel: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingBulkMessage:
        """PATCH /v1/messaging-bulk-messages/{id}/

        ``PATCH /v1/messaging-bulk-messages/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingBulkMessage,
            {
                "id": id,
                "type": "messaging-bulk-messages",
                "attributes": {
                    "draft": draft,
                    "individual-group-ids": individual_group_ids,
                    "individual-ids": individual_ids,
                    "message": message,
                    "message-js": message_js,
                    "sender-individual-group-id": sender_individual_group_id,
                    "sender-individual-id": sender_individual_id,
                    "auto-ack": auto_ack,
                    "auto-create-channel": auto_create_channel,
                },
            },
        )
        return await self._client.request(
            "PATCH",
            f"/v1/messaging-bulk-messages/{quote_path(id)}/",
            cast_to=MessagingBulkMessage,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMessagingBulkMessagesWithRawResponse:
    """`AsyncMessagingBulkMessages` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncMessagingBulkMessages) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
