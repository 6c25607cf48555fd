"""Operations on sniffers."""

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
from ..models import Sniffer, SnifferLog

__all__ = [
    "AsyncSniffers",
    "AsyncSniffersWithRawResponse",
    "Sniffers",
    "SniffersWithRawResponse",
]


class Sniffers:
    """Operations on sniffers."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        user_id: UUID | NotGiven = NOT_GIVEN,
        valid_until: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Sniffer:
        """POST /v1/sniffers/

        ``POST /v1/sniffers/``
        """
        payload = validate_request(
            Sniffer,
            {
                "id": id,
                "type": "sniffers",
                "attributes": {"user-id": user_id, "valid-until": valid_until},
            },
        )
        return self._client.request(
            "POST",
            "/v1/sniffers/",
            cast_to=Sniffer,
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
    ) -> Sniffer:
        """GET /v1/sniffers/{id}/

        ``GET /v1/sniffers/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/sniffers/{quote_path(id)}/",
            cast_to=Sniffer,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    @validate_call(config=ARGUMENTS_CONFIG)
    def list_logs(
        self,
        id: str,
        *,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[SnifferLog]:
        """GET /v1/sniffers/{id}/get-logs/

        ``GET /v1/sniffers/{id}/get-logs/``

        Args:
            id: Resource identifier
        """
        return self._client.get_page(
            f"/v1/sniffers/{quote_path(id)}/get-logs/",
            item_type=SnifferLog,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={"page[limit]": page_limit, "page[offset]": page_offset},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class SniffersWithRawResponse:
    """`Sniffers` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Sniffers) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.list_logs = to_raw_response_wrapper(resource.list_logs)


class AsyncSniffers:
    """Operations on sniffers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        user_id: UUID | NotGiven = NOT_GIVEN,
        valid_until: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Sniffer:
        """POST /v1/sniffers/

        ``POST /v1/sniffers/``
        """
        payload = validate_request(
            Sniffer,
            {
                "id": id,
                "type": "sniffers",
                "attributes": {"user-id": user_id, "valid-until": valid_until},
            },
        )
        return await self._client.request(
            "POST",
            "/v1/sniffers/",
            cast_to=Sniffer,
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
    ) -> Sniffer:
        """GET /v1/sniffers/{id}/

        ``GET /v1/sniffers/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/sniffers/{quote_path(id)}/",
            cast_to=Sniffer,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list_logs(
        self,
        id: str,
        *,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[SnifferLog]:
        """GET /v1/sniffers/{id}/get-logs/

        ``GET /v1/sniffers/{id}/get-logs/``

        Args:
            id: Resource identifier
        """
        return await self._client.get_page(
            f"/v1/sniffers/{quote_path(id)}/get-logs/",
            item_type=SnifferLog,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={"page[limit]": page_limit, "page[offset]": page_offset},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncSniffersWithRawResponse:
    """`AsyncSniffers` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncSniffers) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list_logs = async_to_raw_response_wrapper(resource.list_logs)
