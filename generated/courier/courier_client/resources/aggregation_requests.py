"""Operations on aggregation requests."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal
from uuid import UUID

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import validate_request
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import AggregationRequest, AggregationRequestAttributes

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
        attributes: AggregationRequestAttributes | None | NotGiven = NOT_GIVEN,
        id: UUID | None | NotGiven = NOT_GIVEN,
        type_: Literal["aggregation-requests"] = "aggregation-requests",
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AggregationRequest:
        """POST /v1/aggregation-requests/

        ``POST /v1/aggregation-requests/``
        """
        payload = validate_request(
            AggregationRequest,
            {"attributes": attributes, "id": id, "type": type_},
        )
        return self._client.request(
            "POST",
            "/v1/aggregation-requests/",
            cast_to=AggregationRequest,
            headers=extra_headers,
            json={"data": payload},
            timeout=timeout,
            unwrap="data",
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
        attributes: AggregationRequestAttributes | None | NotGiven = NOT_GIVEN,
        id: UUID | None | NotGiven = NOT_GIVEN,
        type_: Literal["aggregation-requests"] = "aggregation-requests",
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AggregationRequest:
        """POST /v1/aggregation-requests/

        ``POST /v1/aggregation-requests/``
        """
        payload = validate_request(
            AggregationRequest,
            {"attributes": attributes, "id": id, "type": type_},
        )
        return await self._client.request(
            "POST",
            "/v1/aggregation-requests/",
            cast_to=AggregationRequest,
            headers=extra_headers,
            json={"data": payload},
            timeout=timeout,
            unwrap="data",
        )


class AsyncAggregationRequestsWithRawResponse:
    """`AsyncAggregationRequests` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncAggregationRequests) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
