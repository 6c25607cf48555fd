"""Operations on bulk badge counts."""

from __future__ import annotations

from collections.abc import Mapping

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import validate_request
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import (
    BulkBadgeCount,
    BulkBadgeCountAttributesValuesItem,
    BulkBadgeCountAttributesValuesItemParam,
)

__all__ = [
    "AsyncBulkBadgeCounts",
    "AsyncBulkBadgeCountsWithRawResponse",
    "BulkBadgeCounts",
    "BulkBadgeCountsWithRawResponse",
]


class BulkBadgeCounts:
    """Operations on bulk badge counts."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        values: list[BulkBadgeCountAttributesValuesItem | BulkBadgeCountAttributesValuesItemParam]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """POST /v1/bulk-badge-counts/

        ``POST /v1/bulk-badge-counts/``
        """
        payload = validate_request(
            BulkBadgeCount,
            {"type": "bulk-badge-counts", "attributes": {"values": values}},
        )
        return self._client.request(
            "POST",
            "/v1/bulk-badge-counts/",
            cast_to=type(None),
            json={"data": payload},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class BulkBadgeCountsWithRawResponse:
    """`BulkBadgeCounts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: BulkBadgeCounts) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncBulkBadgeCounts:
    """Operations on bulk badge counts."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        values: list[BulkBadgeCountAttributesValuesItem | BulkBadgeCountAttributesValuesItemParam]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """POST /v1/bulk-badge-counts/

        ``POST /v1/bulk-badge-counts/``
        """
        payload = validate_request(
            BulkBadgeCount,
            {"type": "bulk-badge-counts", "attributes": {"values": values}},
        )
        return await self._client.request(
            "POST",
            "/v1/bulk-badge-counts/",
            cast_to=type(None),
            json={"data": payload},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBulkBadgeCountsWithRawResponse:
    """`AsyncBulkBadgeCounts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncBulkBadgeCounts) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
