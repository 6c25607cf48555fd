"""Operations on messaging attachments."""

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
from ..models import (
    MessagingAttachment,
    MessagingAttachmentsCreateResponse,
    MessagingAttachmentsProcessUploadRequest,
)

__all__ = [
    "AsyncMessagingAttachments",
    "AsyncMessagingAttachmentsWithRawResponse",
    "MessagingAttachments",
    "MessagingAttachmentsWithRawResponse",
]


class MessagingAttachments:
    """Operations on messaging attachments."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        message_id: UUID,
        filter_include_pending: bool = False,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[MessagingAttachment]:
        """GET /v1/messaging-attachments/

        ``GET /v1/messaging-attachments/``
        """
        return self._client.get_page(
            "/v1/messaging-attachments/",
            item_type=MessagingAttachment,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "message-id": message_id,
                "filter[include-pending]": filter_include_pending,
                "individual-id": individual_id,
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
        content_type: str | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        message_id: UUID | NotGiven = NOT_GIVEN,
        removed: bool | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingAttachmentsCreateResponse:
        """POST /v1/messaging-attachments/

        ``POST /v1/messaging-attachments/``
        """
        payload = validate_request(
            MessagingAttachment,
            {
                "id": id,
                "type": "messaging-attachments",
                "attributes": {
                    "content-type": content_type,
                    "filename": filename,
                    "message-id": message_id,
                    "removed": removed,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/messaging-attachments/",
            cast_to=MessagingAttachmentsCreateResponse,
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingAttachment:
        """GET /v1/messaging-attachments/{id}/

        ``GET /v1/messaging-attachments/{id}/``

        Args:
            id: Resource identifier
        """
        return self._client.request(
            "GET",
            f"/v1/messaging-attachments/{quote_path(id)}/",
            cast_to=MessagingAttachment,
            params={"individual-id": individual_id},
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
        content_type: str | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        message_id: UUID | NotGiven = NOT_GIVEN,
        removed: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingAttachment:
        """PATCH /v1/messaging-attachments/{id}/

        ``PATCH /v1/messaging-attachments/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingAttachment,
            {
                "id": id,
                "type": "messaging-attachments",
                "attributes": {
                    "content-type": content_type,
                    "filename": filename,
                    "message-id": message_id,
                    "removed": removed,
                },
            },
        )
        return self._client.request(
            "PATCH",
            f"/v1/messaging-attachments/{quote_path(id)}/",
            cast_to=MessagingAttachment,
            json={"data": payload},
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingAttachment:
        """POST /v1/messaging-attachments/{id}/process-upload/

        ``POST /v1/messaging-attachments/{id}/process-upload/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingAttachmentsProcessUploadRequest,
            {"individual-id": individual_id},
        )
        return self._client.request(
            "POST",
            f"/v1/messaging-attachments/{quote_path(id)}/process-upload/",
            cast_to=MessagingAttachment,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class MessagingAttachmentsWithRawResponse:
    """`MessagingAttachments` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: MessagingAttachments) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.process_upload = to_raw_response_wrapper(resource.process_upload)


class AsyncMessagingAttachments:
    """Operations on messaging attachments."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        message_id: UUID,
        filter_include_pending: bool = False,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[MessagingAttachment]:
        """GET /v1/messaging-attachments/

        ``GET /v1/messaging-attachments/``
        """
        return await self._client.get_page(
            "/v1/messaging-attachments/",
            item_type=MessagingAttachment,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "message-id": message_id,
                "filter[include-pending]": filter_include_pending,
                "individual-id": individual_id,
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
        content_type: str | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        message_id: UUID | NotGiven = NOT_GIVEN,
        removed: bool | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingAttachmentsCreateResponse:
        """POST /v1/messaging-attachments/

        ``POST /v1/messaging-attachments/``
        """
        payload = validate_request(
            MessagingAttachment,
            {
                "id": id,
                "type": "messaging-attachments",
                "attributes": {
                    "content-type": content_type,
                    "filename": filename,
                    "message-id": message_id,
                    "removed": removed,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/messaging-attachments/",
            cast_to=MessagingAttachmentsCreateResponse,
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingAttachment:
        """GET /v1/messaging-attachments/{id}/

        ``GET /v1/messaging-attachments/{id}/``

        Args:
            id: Resource identifier
        """
        return await self._client.request(
            "GET",
            f"/v1/messaging-attachments/{quote_path(id)}/",
            cast_to=MessagingAttachment,
            params={"individual-id": individual_id},
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
        content_type: str | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        message_id: UUID | NotGiven = NOT_GIVEN,
        removed: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingAttachment:
        """PATCH /v1/messaging-attachments/{id}/

        ``PATCH /v1/messaging-attachments/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingAttachment,
            {
                "id": id,
                "type": "messaging-attachments",
                "attributes": {
                    "content-type": content_type,
                    "filename": filename,
                    "message-id": message_id,
                    "removed": removed,
                },
            },
        )
        return await self._client.request(
            "PATCH",
            f"/v1/messaging-attachments/{quote_path(id)}/",
            cast_to=MessagingAttachment,
            json={"data": payload},
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingAttachment:
        """POST /v1/messaging-attachments/{id}/process-upload/

        ``POST /v1/messaging-attachments/{id}/process-upload/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingAttachmentsProcessUploadRequest,
            {"individual-id": individual_id},
        )
        return await self._client.request(
            "POST",
            f"/v1/messaging-attachments/{quote_path(id)}/process-upload/",
            cast_to=MessagingAttachment,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMessagingAttachmentsWithRawResponse:
    """`AsyncMessagingAttachments` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncMessagingAttachments) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.process_upload = async_to_raw_response_wrapper(resource.process_upload)
