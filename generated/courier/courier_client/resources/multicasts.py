"""Operations on multicasts."""

from __future__ import annotations

import builtins
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
from ..models import Multicast

__all__ = [
    "AsyncMulticasts",
    "AsyncMulticastsWithRawResponse",
    "Multicasts",
    "MulticastsWithRawResponse",
]


class Multicasts:
    """Operations on multicasts."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        filter_cmp_created_at: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        include_individual_group: bool = False,
        include_individual_ids: bool = False,
        individual_group_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        template_id: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[Multicast]:
        """GET /v1/multicasts/

        ``GET /v1/multicasts/``

        Args:
            filter_cmp_created_at: Compare timestamp against multicast created-at. Specify [comparator][datetime].
                Comparators supported >, <, <=, >=. Use multiple to build a bounded time frame.
        """
        return self._client.get_page(
            "/v1/multicasts/",
            item_type=Multicast,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[cmp-created-at]": filter_cmp_created_at,
                "include-individual-group": include_individual_group,
                "include-individual-ids": include_individual_ids,
                "individual-group-id": individual_group_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "template-id": template_id,
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
        data: dict[str, Any] | NotGiven = NOT_GIVEN,
        template_id: str | NotGiven = NOT_GIVEN,
        filter_type: str | NotGiven = NOT_GIVEN,
        filter_value: dict[str, Any] | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Multicast:
        """POST /v1/multicasts/

        ``POST /v1/multicasts/``
        """
        payload = validate_request(
            Multicast,
            {
                "id": id,
                "type": "multicasts",
                "attributes": {
                    "data": data,
                    "template-id": template_id,
                    "filter-type": filter_type,
                    "filter-value": filter_value,
                    "organization-id": organization_id,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/multicasts/",
            cast_to=Multicast,
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
        include_individual_group: bool = False,
        include_individual_ids: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Multicast:
        """GET /v1/multicasts/{id}/

        ``GET /v1/multicasts/{id}/``

        Args:
            id: Resource identifier
        """
        return self._client.request(
            "GET",
            f"/v1/multicasts/{quote_path(id)}/",
            cast_to=Multicast,
            params={
                "include-individual-group": include_individual_group,
                "include-individual-ids": include_individual_ids,
            },
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class MulticastsWithRawResponse:
    """`Multicasts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Multicasts) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncMulticasts:
    """Operations on multicasts."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        filter_cmp_created_at: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        include_individual_group: bool = False,
        include_individual_ids: bool = False,
        individual_group_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        template_id: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[Multicast]:
        """GET /v1/multicasts/

        ``GET /v1/multicasts/``

        Args:
            filter_cmp_created_at: Compare timestamp against multicast created-at. Specify [comparator][datetime].
                Comparators supported >, <, <=, >=. Use multiple to build a bounded time frame.
        """
        return await self._client.get_page(
            "/v1/multicasts/",
            item_type=Multicast,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[cmp-created-at]": filter_cmp_created_at,
                "include-individual-group": include_individual_group,
                "include-individual-ids": include_individual_ids,
                "individual-group-id": individual_group_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "template-id": template_id,
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
        data: dict[str, Any] | NotGiven = NOT_GIVEN,
        template_id: str | NotGiven = NOT_GIVEN,
        filter_type: str | NotGiven = NOT_GIVEN,
        filter_value: dict[str, Any] | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Multicast:
        """POST /v1/multicasts/

        ``POST /v1/multicasts/``
        """
        payload = validate_request(
            Multicast,
            {
                "id": id,
                "type": "multicasts",
                "attributes": {
                    "data": data,
                    "template-id": template_id,
                    "filter-type": filter_type,
                    "filter-value": filter_value,
                    "organization-id": organization_id,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/multicasts/",
            cast_to=Multicast,
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
        include_individual_group: bool = False,
        include_individual_ids: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Multicast:
        """GET /v1/multicasts/{id}/

        ``GET /v1/multicasts/{id}/``

        Args:
            id: Resource identifier
        """
        return await self._client.request(
            "GET",
            f"/v1/multicasts/{quote_path(id)}/",
            cast_to=Multicast,
            params={
                "include-individual-group": include_individual_group,
                "include-individual-ids": include_individual_ids,
            },
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMulticastsWithRawResponse:
    """`AsyncMulticasts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncMulticasts) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
