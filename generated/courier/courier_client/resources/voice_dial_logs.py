"""Operations on voice dial logs."""

from __future__ import annotations

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
from ..models import VoiceDialLog

__all__ = [
    "AsyncVoiceDialLogs",
    "AsyncVoiceDialLogsWithRawResponse",
    "VoiceDialLogs",
    "VoiceDialLogsWithRawResponse",
]


class VoiceDialLogs:
    """Operations on voice dial logs."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        organization_id: UUID,
        filter_conference_id: UUID | NotGiven = NOT_GIVEN,
        filter_individual_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[VoiceDialLog]:
        """GET /v1/voice-dial-logs/

        ``GET /v1/voice-dial-logs/``
        """
        return self._client.get_page(
            "/v1/voice-dial-logs/",
            item_type=VoiceDialLog,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
                "filter[conference-id]": filter_conference_id,
                "filter[individual-id]": filter_individual_id,
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceDialLog:
        """GET /v1/voice-dial-logs/{id}/

        ``GET /v1/voice-dial-logs/{id}/``

        Args:
            id: Resource identifier
        """
        return self._client.request(
            "GET",
            f"/v1/voice-dial-logs/{quote_path(id)}/",
            cast_to=VoiceDialLog,
            params={"individual-id": individual_id},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class VoiceDialLogsWithRawResponse:
    """`VoiceDialLogs` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: VoiceDialLogs) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncVoiceDialLogs:
    """Operations on voice dial logs."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        organization_id: UUID,
        filter_conference_id: UUID | NotGiven = NOT_GIVEN,
        filter_individual_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[VoiceDialLog]:
        """GET /v1/voice-dial-logs/

        ``GET /v1/voice-dial-logs/``
        """
        return await self._client.get_page(
            "/v1/voice-dial-logs/",
            item_type=VoiceDialLog,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
                "filter[conference-id]": filter_conference_id,
                "filter[individual-id]": filter_individual_id,
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceDialLog:
        """GET /v1/voice-dial-logs/{id}/

        ``GET /v1/voice-dial-logs/{id}/``

        Args:
            id: Resource identifier
        """
        return await self._client.request(
            "GET",
            f"/v1/voice-dial-logs/{quote_path(id)}/",
            cast_to=VoiceDialLog,
            params={"individual-id": individual_id},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncVoiceDialLogsWithRawResponse:
    """`AsyncVoiceDialLogs` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncVoiceDialLogs) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
