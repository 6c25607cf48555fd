"""Operations on messaging operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, validate_request
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import MessagingOperation

__all__ = [
    "AsyncMessagingOperations",
    "AsyncMessagingOperationsWithRawResponse",
    "MessagingOperations",
    "MessagingOperationsWithRawResponse",
]


class MessagingOperations:
    """Operations on messaging operations."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        organization_id: UUID,
        filter_type: Literal["move-group"] | NotGiven = NOT_GIVEN,
        include_args: bool = False,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[MessagingOperation]:
        """GET /v1/messaging-operations/

        ``GET /v1/messaging-operations/``
        """
        return self._client.get_page(
            "/v1/messaging-operations/",
            item_type=MessagingOperation,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
                "filter[type]": filter_type,
                "include-args": include_args,
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
        args: dict[str, Any] | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingOperation:
        """POST /v1/messaging-operations/

        ``POST /v1/messaging-operations/``
        """
        payload = validate_request(
            MessagingOperation,
            {
                "id": id,
                "type": "messaging-operations",
                "attributes": {"args": args, "organization-id": organization_id, "type": type_},
            },
        )
        return self._client.request(
            "POST",
            "/v1/messaging-operations/",
            cast_to=MessagingOperation,
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
        include_args: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingOperation:
        """GET /v1/messaging-operations/{id}/

        ``GET /v1/messaging-operations/{id}/``

        Args:
            id: Resource identifier
        """
        return self._client.request(
            "GET",
            f"/v1/messaging-operations/{quote_path(id)}/",
            cast_to=MessagingOperation,
            params={"include-args": include_args},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class MessagingOperationsWithRawResponse:
    """`MessagingOperations` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: MessagingOperations) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncMessagingOperations:
    """Operations on messaging operations."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        organization_id: UUID,
        filter_type: Literal["move-group"] | NotGiven = NOT_GIVEN,
        include_args: bool = False,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[MessagingOperation]:
        """GET /v1/messaging-operations/

        ``GET /v1/messaging-operations/``
        """
        return await self._client.get_page(
            "/v1/messaging-operations/",
            item_type=MessagingOperation,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
                "filter[type]": filter_type,
                "include-args": include_args,
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
        args: dict[str, Any] | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingOperation:
        """POST /v1/messaging-operations/

        ``POST /v1/messaging-operations/``
        """
        payload = validate_request(
            MessagingOperation,
            {
                "id": id,
                "type": "messaging-operations",
                "attributes": {"args": args, "organization-id": organization_id, "type": type_},
            },
        )
        return await self._client.request(
            "POST",
            "/v1/messaging-operations/",
            cast_to=MessagingOperation,
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
        include_args: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingOperation:
        """GET /v1/messaging-operations/{id}/

        ``GET /v1/messaging-operations/{id}/``

        Args:
            id: Resource identifier
        """
        return await self._client.request(
            "GET",
            f"/v1/messaging-operations/{quote_path(id)}/",
            cast_to=MessagingOperation,
            params={"include-args": include_args},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMessagingOperationsWithRawResponse:
    """`AsyncMessagingOperations` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncMessagingOperations) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
