"""Operations on organizations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import Organization

__all__ = [
    "AsyncOrganizations",
    "AsyncOrganizationsWithRawResponse",
    "Organizations",
    "OrganizationsWithRawResponse",
]


class Organizations:
    """Operations on organizations."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        filter_name: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[Organization]:
        """GET /v1/organizations/

        ``GET /v1/organizations/``
        """
        return self._client.get_page(
            "/v1/organizations/",
            item_type=Organization,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[name]": filter_name,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
            },
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
    ) -> Organization:
        """GET /v1/organizations/{id}/

        ``GET /v1/organizations/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/organizations/{quote_path(id)}/",
            cast_to=Organization,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class OrganizationsWithRawResponse:
    """`Organizations` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Organizations) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncOrganizations:
    """Operations on organizations."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        filter_name: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[Organization]:
        """GET /v1/organizations/

        ``GET /v1/organizations/``
        """
        return await self._client.get_page(
            "/v1/organizations/",
            item_type=Organization,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[name]": filter_name,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
            },
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
    ) -> Organization:
        """GET /v1/organizations/{id}/

        ``GET /v1/organizations/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/organizations/{quote_path(id)}/",
            cast_to=Organization,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncOrganizationsWithRawResponse:
    """`AsyncOrganizations` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncOrganizations) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
