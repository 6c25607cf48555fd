"""Operations on user email attachments."""

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
from ..models import UserEmailAttachment, UserEmailAttachmentsCreateResponse

__all__ = [
    "AsyncUserEmailAttachments",
    "AsyncUserEmailAttachmentsWithRawResponse",
    "UserEmailAttachments",
    "UserEmailAttachmentsWithRawResponse",
]


class UserEmailAttachments:
    """Operations on user email attachments."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        email_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[UserEmailAttachment]:
        """GET /v1/user-email-attachments/

        ``GET /v1/user-email-attachments/``
        """
        return self._client.get_page(
            "/v1/user-email-attachments/",
            item_type=UserEmailAttachment,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={"email-id": email_id, "page[limit]": page_limit, "page[offset]": page_offset},
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
        email_id: UUID | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserEmailAttachmentsCreateResponse:
        """POST /v1/user-email-attachments/

        ``POST /v1/user-email-attachments/``
        """
        payload = validate_request(
            UserEmailAttachment,
            {
                "id": id,
                "type": "user-email-attachments",
                "attributes": {
                    "content-type": content_type,
                    "filename": filename,
                    "email-id": email_id,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/user-email-attachments/",
            cast_to=UserEmailAttachmentsCreateResponse,
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
        with_link: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserEmailAttachment:
        """GET /v1/user-email-attachments/{id}/

        ``GET /v1/user-email-attachments/{id}/``

        Args:
            id: Resource identifier
        """
        return self._client.request(
            "GET",
            f"/v1/user-email-attachments/{quote_path(id)}/",
            cast_to=UserEmailAttachment,
            params={"with-link": with_link},
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
    ) -> UserEmailAttachment:
        """POST /v1/user-email-attachments/{id}/process-upload/

        ``POST /v1/user-email-attachments/{id}/process-upload/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return self._client.request(
            "POST",
            f"/v1/user-email-attachments/{quote_path(id)}/process-upload/",
            cast_to=UserEmailAttachment,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class UserEmailAttachmentsWithRawResponse:
    """`UserEmailAttachments` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: UserEmailAttachments) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.process_upload = to_raw_response_wrapper(resource.process_upload)


class AsyncUserEmailAttachments:
    """Operations on user email attachments."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        email_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[UserEmailAttachment]:
        """GET /v1/user-email-attachments/

        ``GET /v1/user-email-attachments/``
        """
        return await self._client.get_page(
            "/v1/user-email-attachments/",
            item_type=UserEmailAttachment,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={"email-id": email_id, "page[limit]": page_limit, "page[offset]": page_offset},
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
        email_id: UUID | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserEmailAttachmentsCreateResponse:
        """POST /v1/user-email-attachments/

        ``POST /v1/user-email-attachments/``
        """
        payload = validate_request(
            UserEmailAttachment,
            {
                "id": id,
                "type": "user-email-attachments",
                "attributes": {
                    "content-type": content_type,
                    "filename": filename,
                    "email-id": email_id,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/user-email-attachments/",
            cast_to=UserEmailAttachmentsCreateResponse,
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
        with_link: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserEmailAttachment:
        """GET /v1/user-email-attachments/{id}/

        ``GET /v1/user-email-attachments/{id}/``

        Args:
            id: Resource identifier
        """
        return await self._client.request(
            "GET",
            f"/v1/user-email-attachments/{quote_path(id)}/",
            cast_to=UserEmailAttachment,
            params={"with-link": with_link},
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
    ) -> UserEmailAttachment:
        """POST /v1/user-email-attachments/{id}/process-upload/

        ``POST /v1/user-email-attachments/{id}/process-upload/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return await self._client.request(
            "POST",
            f"/v1/user-email-attachments/{quote_path(id)}/process-upload/",
            cast_to=UserEmailAttachment,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncUserEmailAttachmentsWithRawResponse:
    """`AsyncUserEmailAttachments` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncUserEmailAttachments) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.process_upload = async_to_raw_response_wrapper(resource.process_upload)
