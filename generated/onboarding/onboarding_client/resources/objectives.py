"""Operations on objectives."""

from __future__ import annotations

from collections.abc import Mapping

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import ObjectivesListResponse

__all__ = [
    "AsyncObjectives",
    "AsyncObjectivesWithRawResponse",
    "Objectives",
    "ObjectivesWithRawResponse",
]


class Objectives:
    """Operations on objectives."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ObjectivesListResponse:
        """Get a list of objectives

        Retrieves all of the current objectives that exist for your team.

        ``GET /v1/objectives``
        """
        return self._client.request(
            "GET",
            "/v1/objectives",
            cast_to=ObjectivesListResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class ObjectivesWithRawResponse:
    """`Objectives` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Objectives) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncObjectives:
    """Operations on objectives."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ObjectivesListResponse:
        """Get a list of objectives

        Retrieves all of the current objectives that exist for your team.

        ``GET /v1/objectives``
        """
        return await self._client.request(
            "GET",
            "/v1/objectives",
            cast_to=ObjectivesListResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncObjectivesWithRawResponse:
    """`AsyncObjectives` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncObjectives) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
