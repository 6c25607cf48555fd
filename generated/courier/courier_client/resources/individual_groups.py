"""Operations on individual groups."""

from __future__ import annotations

from collections.abc import Mapping

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import IndividualGroup

__all__ = [
    "AsyncIndividualGroups",
    "AsyncIndividualGroupsWithRawResponse",
    "IndividualGroups",
    "IndividualGroupsWithRawResponse",
]


class IndividualGroups:
    """Operations on individual groups."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> IndividualGroup:
        """GET /v1/individual-groups/{id}/

        ``GET /v1/individual-groups/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/individual-groups/{quote_path(id)}/",
            cast_to=IndividualGroup,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class IndividualGroupsWithRawResponse:
    """`IndividualGroups` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: IndividualGroups) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncIndividualGroups:
    """Operations on individual groups."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> IndividualGroup:
        """GET /v1/individual-groups/{id}/

        ``GET /v1/individual-groups/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/individual-groups/{quote_path(id)}/",
            cast_to=IndividualGroup,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncIndividualGroupsWithRawResponse:
    """`AsyncIndividualGroups` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncIndividualGroups) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
