"""Operations on badge counts."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from uuid import UUID

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import validate_request
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import BadgeCount

__all__ = [
    "AsyncBadgeCounts",
    "AsyncBadgeCountsWithRawResponse",
    "BadgeCounts",
    "BadgeCountsWithRawResponse",
]


class BadgeCounts:
    """Operations on badge counts."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        individual_id: UUID,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[BadgeCount]:
        """GET /v1/badge-counts/

        ``GET /v1/badge-counts/``
        """
        return self._client.request(
            "GET",
            "/v1/badge-counts/",
            cast_to=builtins.list[BadgeCount],
            params={"individual-id": individual_id, "organization-id": organization_id},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        timestamp: str | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BadgeCount:
        """POST /v1/badge-counts/

        ``POST /v1/badge-counts/``
        """
        payload = validate_request(
            BadgeCount,
            {
                "id": id,
                "type": "badge-counts",
                "attributes": {
                    "count": count,
                    "individual-id": individual_id,
                    "organization-id": organization_id,
                    "timestamp": timestamp,
                    "type": type_,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/badge-counts/",
            cast_to=BadgeCount,
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
    ) -> BadgeCount:
        """GET /v1/badge-counts/{id}/

        ``GET /v1/badge-counts/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/badge-counts/{quote_path(id)}/",
            cast_to=BadgeCount,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class BadgeCountsWithRawResponse:
    """`BadgeCounts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: BadgeCounts) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncBadgeCounts:
    """Operations on badge counts."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        individual_id: UUID,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[BadgeCount]:
        """GET /v1/badge-counts/

        ``GET /v1/badge-counts/``
        """
        return await self._client.request(
            "GET",
            "/v1/badge-counts/",
            cast_to=builtins.list[BadgeCount],
            params={"individual-id": individual_id, "organization-id": organization_id},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        timestamp: str | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BadgeCount:
        """POST /v1/badge-counts/

        ``POST /v1/badge-counts/``
        """
        payload = validate_request(
            BadgeCount,
            {
                "id": id,
                "type": "badge-counts",
                "attributes": {
                    "count": count,
                    "individual-id": individual_id,
                    "organization-id": organization_id,
                    "timestamp": timestamp,
                    "type": type_,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/badge-counts/",
            cast_to=BadgeCount,
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
    ) -> BadgeCount:
        """GET /v1/badge-counts/{id}/

        ``GET /v1/badge-counts/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/badge-counts/{quote_path(id)}/",
            cast_to=BadgeCount,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBadgeCountsWithRawResponse:
    """`AsyncBadgeCounts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncBadgeCounts) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
