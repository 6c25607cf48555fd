"""Operations on communication summaries."""

from __future__ import annotations

from collections.abc import Mapping
from uuid import UUID

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import CommunicationSummariesListResponse

__all__ = [
    "AsyncCommunicationSummaries",
    "AsyncCommunicationSummariesWithRawResponse",
    "CommunicationSummaries",
    "CommunicationSummariesWithRawResponse",
]


class CommunicationSummaries:
    """Operations on communication summaries."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        include_senders: bool = False,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CommunicationSummariesListResponse:
        """GET /v1/communication-summaries/

        ``GET /v1/communication-summaries/``

        Args:
            include_senders: Include a mapping of individual-id to counts
        """
        return self._client.request(
            "GET",
            "/v1/communication-summaries/",
            cast_to=CommunicationSummariesListResponse,
            params={"include-senders": include_senders, "individual-id": individual_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class CommunicationSummariesWithRawResponse:
    """`CommunicationSummaries` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: CommunicationSummaries) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncCommunicationSummaries:
    """Operations on communication summaries."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        include_senders: bool = False,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CommunicationSummariesListResponse:
        """GET /v1/communication-summaries/

        ``GET /v1/communication-summaries/``

        Args:
            include_senders: Include a mapping of individual-id to counts
        """
        return await self._client.request(
            "GET",
            "/v1/communication-summaries/",
            cast_to=CommunicationSummariesListResponse,
            params={"include-senders": include_senders, "individual-id": individual_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncCommunicationSummariesWithRawResponse:
    """`AsyncCommunicationSummaries` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncCommunicationSummaries) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
