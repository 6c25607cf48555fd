"""Operations on aggregation requests."""

from __future__ import annotations

from collections.abc import Mapping
from uuid import UUID

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import validate_request
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import (
    AggregationRequest,
    AggregationRequestAttributesEntriesItem,
    AggregationRequestAttributesEntriesItemParam,
)

__all__ = [
    "AggregationRequests",
    "AggregationRequestsWithRawResponse",
    "AsyncAggregationRequests",
    "AsyncAggregationRequestsWithRawResponse",
]


class AggregationRequests:
    """Operations on aggregation requests."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        entries: list[
            AggregationRequestAttributesEntriesItem | AggregationRequestAttributesEntriesItemParam
        ]
        | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AggregationRequest:
        """POST /v1/aggregation-requests/

        ``POST /v1/aggregation-requests/``
        """
        payload = validate_request(
            AggregationRequest,
            {"id": id, "type": "aggregation-requests", "attributes": {"entries": entries}},
        )
        return self._client.request(
            "POST",
            "/v1/aggregation-requests/",
            cast_to=AggregationRequest,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AggregationRequestsWithRawResponse:
    """`AggregationRequests` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AggregationRequests) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncAggregationRequests:
    """Operations on aggregation requests."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        entries: list[
            AggregationRequestAttributesEntriesItem | AggregationRequestAttributesEntriesItemParam
        ]
        | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AggregationRequest:
        """POST /v1/aggregation-requests/

        ``POST /v1/aggregation-requests/``
        """
        payload = validate_request(
            AggregationRequest,
            {"id": id, "type": "aggregation-requests", "attributes": {"entries": entries}},
        )
        return await self._client.request(
            "POST",
            "/v1/aggregation-requests/",
            cast_to=AggregationRequest,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAggregationRequestsWithRawResponse:
    """`AsyncAggregationRequests` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncAggregationRequests) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
