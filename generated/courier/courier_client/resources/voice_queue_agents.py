"""Operations on voice queue agents."""

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
from ..models import VoiceQueueAgent

__all__ = [
    "AsyncVoiceQueueAgents",
    "AsyncVoiceQueueAgentsWithRawResponse",
    "VoiceQueueAgents",
    "VoiceQueueAgentsWithRawResponse",
]


class VoiceQueueAgents:
    """Operations on voice queue agents."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        setting_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[VoiceQueueAgent]:
        """GET /v1/voice-queue-agents/

        ``GET /v1/voice-queue-agents/``
        """
        return self._client.get_page(
            "/v1/voice-queue-agents/",
            item_type=VoiceQueueAgent,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "setting-id": setting_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        phone_number: str | NotGiven = NOT_GIVEN,
        setting_id: UUID | NotGiven = NOT_GIVEN,
        use_pstn: bool | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceQueueAgent:
        """POST /v1/voice-queue-agents/

        ``POST /v1/voice-queue-agents/``
        """
        payload = validate_request(
            VoiceQueueAgent,
            {
                "id": id,
                "type": "voice-queue-agents",
                "attributes": {
                    "individual-id": individual_id,
                    "phone-number": phone_number,
                    "setting-id": setting_id,
                    "use-pstn": use_pstn,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/voice-queue-agents/",
            cast_to=VoiceQueueAgent,
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
    ) -> VoiceQueueAgent:
        """GET /v1/voice-queue-agents/{id}/

        ``GET /v1/voice-queue-agents/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/voice-queue-agents/{quote_path(id)}/",
            cast_to=VoiceQueueAgent,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class VoiceQueueAgentsWithRawResponse:
    """`VoiceQueueAgents` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: VoiceQueueAgents) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncVoiceQueueAgents:
    """Operations on voice queue agents."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        setting_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[VoiceQueueAgent]:
        """GET /v1/voice-queue-agents/

        ``GET /v1/voice-queue-agents/``
        """
        return await self._client.get_page(
            "/v1/voice-queue-agents/",
            item_type=VoiceQueueAgent,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "setting-id": setting_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        phone_number: str | NotGiven = NOT_GIVEN,
        setting_id: UUID | NotGiven = NOT_GIVEN,
        use_pstn: bool | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceQueueAgent:
        """POST /v1/voice-queue-agents/

        ``POST /v1/voice-queue-agents/``
        """
        payload = validate_request(
            VoiceQueueAgent,
            {
                "id": id,
                "type": "voice-queue-agents",
                "attributes": {
                    "individual-id": individual_id,
                    "phone-number": phone_number,
                    "setting-id": setting_id,
                    "use-pstn": use_pstn,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/voice-queue-agents/",
            cast_to=VoiceQueueAgent,
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
    ) -> VoiceQueueAgent:
        """GET /v1/voice-queue-agents/{id}/

        ``GET /v1/voice-queue-agents/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/voice-queue-agents/{quote_path(id)}/",
            cast_to=VoiceQueueAgent,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncVoiceQueueAgentsWithRawResponse:
    """`AsyncVoiceQueueAgents` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncVoiceQueueAgents) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
