"""Operations on user multicasts."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Annotated, Any
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, limits, validate_request
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import UserMulticast, UserMulticastsCreateRequest, UserMulticastsCreateResponse

__all__ = [
    "AsyncUserMulticasts",
    "AsyncUserMulticastsWithRawResponse",
    "UserMulticasts",
    "UserMulticastsWithRawResponse",
]


class UserMulticasts:
    """Operations on user multicasts."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        individual_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[UserMulticast]:
        """GET /v1/user-multicasts/

        ``GET /v1/user-multicasts/``
        """
        return self._client.get_page(
            "/v1/user-multicasts/",
            item_type=UserMulticast,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
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
        template_data: dict[str, Any],
        template_id: Annotated[str, limits(max_length=255)],
        individual_group_ids: Annotated[builtins.list[UUID], limits(min_length=1)]
        | NotGiven = NOT_GIVEN,
        individual_ids: Annotated[builtins.list[UUID], limits(min_length=1)] | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserMulticastsCreateResponse:
        """POST /v1/user-multicasts/

        ``POST /v1/user-multicasts/``
        """
        payload = validate_request(
            UserMulticastsCreateRequest,
            {
                "individual-group-ids": individual_group_ids,
                "individual-ids": individual_ids,
                "organization-id": organization_id,
                "template-data": template_data,
                "template-id": template_id,
            },
        )
        return self._client.request(
            "POST",
            "/v1/user-multicasts/",
            cast_to=UserMulticastsCreateResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class UserMulticastsWithRawResponse:
    """`UserMulticasts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: UserMulticasts) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncUserMulticasts:
    """Operations on user multicasts."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        individual_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[UserMulticast]:
        """GET /v1/user-multicasts/

        ``GET /v1/user-multicasts/``
        """
        return await self._client.get_page(
            "/v1/user-multicasts/",
            item_type=UserMulticast,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
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
        template_data: dict[str, Any],
        template_id: Annotated[str, limits(max_length=255)],
        individual_group_ids: Annotated[builtins.list[UUID], limits(min_length=1)]
        | NotGiven = NOT_GIVEN,
        individual_ids: Annotated[builtins.list[UUID], limits(min_length=1)] | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserMulticastsCreateResponse:
        """POST /v1/user-multicasts/

        ``POST /v1/user-multicasts/``
        """
        payload = validate_request(
            UserMulticastsCreateRequest,
            {
                "individual-group-ids": individual_group_ids,
                "individual-ids": individual_ids,
                "organization-id": organization_id,
                "template-data": template_data,
                "template-id": template_id,
            },
        )
        return await self._client.request(
            "POST",
            "/v1/user-multicasts/",
            cast_to=UserMulticastsCreateResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncUserMulticastsWithRawResponse:
    """`AsyncUserMulticasts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncUserMulticasts) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
