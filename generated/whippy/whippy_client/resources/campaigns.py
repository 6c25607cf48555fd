"""Send campaigns and inspect campaign analytics."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Annotated
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import Campaign, CampaignsGetResponse, Contact

__all__ = [
    "AsyncCampaigns",
    "AsyncCampaignsWithRawResponse",
    "Campaigns",
    "CampaignsWithRawResponse",
]


class Campaigns:
    """Send campaigns and inspect campaign analytics."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        limit: Annotated[int, Field(le=500)] = 50,
        offset: int = 0,
        title: str | NotGiven = NOT_GIVEN,
        status: builtins.list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[Campaign]:
        """List campaigns

        ``GET /campaigns``

        Args:
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
            title: Filter by campaign title.
        """
        return self._client.get_page(
            "/campaigns",
            item_type=Campaign,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="limit",
                offset_param="offset",
                total_pointer="/total",
                max_limit=500,
            ),
            params={"limit": limit, "offset": offset, "title": title, "status[]": status},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CampaignsGetResponse:
        """Show a campaign

        ``GET /campaigns/{id}``

        Args:
            id: Resource UUID.
        """
        return self._client.request(
            "GET",
            f"/campaigns/{quote_path(id)}",
            cast_to=CampaignsGetResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    @validate_call(config=ARGUMENTS_CONFIG)
    def list_contacts(
        self,
        id: UUID | str,
        *,
        limit: Annotated[int, Field(le=500)] = 50,
        offset: int = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[Contact]:
        """List campaign contacts

        ``GET /campaigns/{id}/contacts``

        Args:
            id: Resource UUID.
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
        """
        return self._client.get_page(
            f"/campaigns/{quote_path(id)}/contacts",
            item_type=Contact,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="limit",
                offset_param="offset",
                total_pointer="/total",
                max_limit=500,
            ),
            params={"limit": limit, "offset": offset},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class CampaignsWithRawResponse:
    """`Campaigns` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Campaigns) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.list_contacts = to_raw_response_wrapper(resource.list_contacts)


class AsyncCampaigns:
    """Send campaigns and inspect campaign analytics."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        limit: Annotated[int, Field(le=500)] = 50,
        offset: int = 0,
        title: str | NotGiven = NOT_GIVEN,
        status: builtins.list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[Campaign]:
        """List campaigns

        ``GET /campaigns``

        Args:
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
            title: Filter by campaign title.
        """
        return await self._client.get_page(
            "/campaigns",
            item_type=Campaign,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="limit",
                offset_param="offset",
                total_pointer="/total",
                max_limit=500,
            ),
            params={"limit": limit, "offset": offset, "title": title, "status[]": status},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CampaignsGetResponse:
        """Show a campaign

        ``GET /campaigns/{id}``

        Args:
            id: Resource UUID.
        """
        return await self._client.request(
            "GET",
            f"/campaigns/{quote_path(id)}",
            cast_to=CampaignsGetResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list_contacts(
        self,
        id: UUID | str,
        *,
        limit: Annotated[int, Field(le=500)] = 50,
        offset: int = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[Contact]:
        """List campaign contacts

        ``GET /campaigns/{id}/contacts``

        Args:
            id: Resource UUID.
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
        """
        return await self._client.get_page(
            f"/campaigns/{quote_path(id)}/contacts",
            item_type=Contact,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="limit",
                offset_param="offset",
                total_pointer="/total",
                max_limit=500,
            ),
            params={"limit": limit, "offset": offset},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncCampaignsWithRawResponse:
    """`AsyncCampaigns` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncCampaigns) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list_contacts = async_to_raw_response_wrapper(resource.list_contacts)
