"""Operations on messaging bulk attachments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, validate_request
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import MessagingBulkAttachment, MessagingBulkAttachmentsCreateResponse

__all__ = [
    "AsyncMessagingBulkAttachments",
    "AsyncMessagingBulkAttachmentsWithRawResponse",
    "MessagingBulkAttachments",
    "MessagingBulkAttachmentsWithRawResponse",
]


class MessagingBulkAttachments:
    """Operations on messaging bulk attachments."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        bulk_message_id: UUID,
        filter_include_pending: bool = False,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[MessagingBulkAttachment]:
        """GET /v1/messaging-bulk-attachments/

        ``GET /v1/messaging-bulk-attachments/``
        """
        return self._client.get_page(
            "/v1/messaging-bulk-attachments/",
            item_type=MessagingBulkAttachment,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "bulk-message-id": bulk_message_id,
                "filter[include-pending]": filter_include_pending,
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
        bulk_message_id: UUID | NotGiven = NOT_GIVEN,
        content_type: str | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingBulkAttachmentsCreateResponse:
        """POST /v1/messaging-bulk-attachments/

        ``POST /v1/messaging-bulk-attachments/``
        """
        payload = validate_request(
            MessagingBulkAttachment,
            {
                "id": id,
                "type": "messaging-bulk-attachments",
                "attributes": {
                    "bulk-message-id": bulk_message_id,
                    "content-type": content_type,
                    "filename": filename,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/messaging-bulk-attachments/",
            cast_to=MessagingBulkAttachmentsCreateResponse,
            json={"data": payload},
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
    ) -> MessagingBulkAttachment:
        """GET /v1/messaging-bulk-attachments/{id}/

        ``GET /v1/messaging-bulk-attachments/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/messaging-bulk-attachments/{quote_path(id)}/",
            cast_to=MessagingBulkAttachment,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def process_upload(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingBulkAttachment:
        """POST /v1/messaging-bulk-attachments/{id}/process-upload/

        ``POST /v1/messaging-bulk-attachments/{id}/process-upload/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return self._client.request(
            "POST",
            f"/v1/messaging-bulk-attachments/{quote_path(id)}/process-upload/",
            cast_to=MessagingBulkAttachment,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class MessagingBulkAttachmentsWithRawResponse:
    """`MessagingBulkAttachments` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: MessagingBulkAttachments) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.process_upload = to_raw_response_wrapper(resource.process_upload)


class AsyncMessagingBulkAttachments:
    """Operations on messaging bulk attachments."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        bulk_message_id: UUID,
        filter_include_pending: bool = False,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[MessagingBulkAttachment]:
        """GET /v1/messaging-bulk-attachments/

        ``GET /v1/messaging-bulk-attachments/``
        """
        return await self._client.get_page(
            "/v1/messaging-bulk-attachments/",
            item_type=MessagingBulkAttachment,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "bulk-message-id": bulk_message_id,
                "filter[include-pending]": filter_include_pending,
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
        bulk_message_id: UUID | NotGiven = NOT_GIVEN,
        content_type: str | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingBulkAttachmentsCreateResponse:
        """POST /v1/messaging-bulk-attachments/

        ``POST /v1/messaging-bulk-attachments/``
        """
        payload = validate_request(
            MessagingBulkAttachment,
            {
                "id": id,
                "type": "messaging-bulk-attachments",
                "attributes": {
                    "bulk-message-id": bulk_message_id,
                    "content-type": content_type,
                    "filename": filename,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/messaging-bulk-attachments/",
            cast_to=MessagingBulkAttachmentsCreateResponse,
            json={"data": payload},
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
    ) -> MessagingBulkAttachment:
        """GET /v1/messaging-bulk-attachments/{id}/

        ``GET /v1/messaging-bulk-attachments/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/messaging-bulk-attachments/{quote_path(id)}/",
            cast_to=MessagingBulkAttachment,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def process_upload(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingBulkAttachment:
        """POST /v1/messaging-bulk-attachments/{id}/process-upload/

        ``POST /v1/messaging-bulk-attachments/{id}/process-upload/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return await self._client.request(
            "POST",
            f"/v1/messaging-bulk-attachments/{quote_path(id)}/process-upload/",
            cast_to=MessagingBulkAttachment,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMessagingBulkAttachmentsWithRawResponse:
    """`AsyncMessagingBulkAttachments` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncMessagingBulkAttachments) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.process_upload = async_to_raw_response_wrapper(resource.process_upload)
