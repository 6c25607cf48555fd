"""Operations on voice conferences."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, validate_request
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import VoiceConference, VoiceConferencesGetCredentialsResponse

__all__ = [
    "AsyncVoiceConferences",
    "AsyncVoiceConferencesWithRawResponse",
    "VoiceConferences",
    "VoiceConferencesWithRawResponse",
]


class VoiceConferences:
    """Operations on voice conferences."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        organization_id: UUID,
        filter_individual_id: UUID | NotGiven = NOT_GIVEN,
        filter_states: builtins.list[Literal["completed", "created", "failed", "running"]]
        | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[VoiceConference]:
        """GET /v1/voice-conferences/

        ``GET /v1/voice-conferences/``
        """
        return self._client.get_page(
            "/v1/voice-conferences/",
            item_type=VoiceConference,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
                "filter[individual-id]": filter_individual_id,
                "filter[states]": filter_states,
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
        organization_id: UUID | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceConference:
        """POST /v1/voice-conferences/

        ``POST /v1/voice-conferences/``
        """
        payload = validate_request(
            VoiceConference,
            {
                "id": id,
                "type": "voice-conferences",
                "attributes": {"organization-id": organization_id, "individual-id": individual_id},
            },
        )
        return self._client.request(
            "POST",
            "/v1/voice-conferences/",
            cast_to=VoiceConference,
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceConference:
        """GET /v1/voice-conferences/{id}/

        ``GET /v1/voice-conferences/{id}/``

        Args:
            id: Resource identifier
        """
        return self._client.request(
            "GET",
            f"/v1/voice-conferences/{quote_path(id)}/",
            cast_to=VoiceConference,
            params={"individual-id": individual_id},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_credentials(
        self,
        id: str,
        *,
        individual_id: UUID,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceConferencesGetCredentialsResponse:
        """GET /v1/voice-conferences/{id}/get-credentials/

        ``GET /v1/voice-conferences/{id}/get-credentials/``

        Args:
            id: Resource identifier
        """
        return self._client.request(
            "GET",
            f"/v1/voice-conferences/{quote_path(id)}/get-credentials/",
            cast_to=VoiceConferencesGetCredentialsResponse,
            params={"individual-id": individual_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class VoiceConferencesWithRawResponse:
    """`VoiceConferences` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: VoiceConferences) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.get_credentials = to_raw_response_wrapper(resource.get_credentials)


class AsyncVoiceConferences:
    """Operations on voice conferences."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        organization_id: UUID,
        filter_individual_id: UUID | NotGiven = NOT_GIVEN,
        filter_states: builtins.list[Literal["completed", "created", "failed", "running"]]
        | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[VoiceConference]:
        """GET /v1/voice-conferences/

        ``GET /v1/voice-conferences/``
        """
        return await self._client.get_page(
            "/v1/voice-conferences/",
            item_type=VoiceConference,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
                "filter[individual-id]": filter_individual_id,
                "filter[states]": filter_states,
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
        organization_id: UUID | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceConference:
        """POST /v1/voice-conferences/

        ``POST /v1/voice-conferences/``
        """
        payload = validate_request(
            VoiceConference,
            {
                "id": id,
                "type": "voice-conferences",
                "attributes": {"organization-id": organization_id, "individual-id": individual_id},
            },
        )
        return await self._client.request(
            "POST",
            "/v1/voice-conferences/",
            cast_to=VoiceConference,
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceConference:
        """GET /v1/voice-conferences/{id}/

        ``GET /v1/voice-conferences/{id}/``

        Args:
            id: Resource identifier
        """
        return await self._client.request(
            "GET",
            f"/v1/voice-conferences/{quote_path(id)}/",
            cast_to=VoiceConference,
            params={"individual-id": individual_id},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_credentials(
        self,
        id: str,
        *,
        individual_id: UUID,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceConferencesGetCredentialsResponse:
        """GET /v1/voice-conferences/{id}/get-credentials/

        ``GET /v1/voice-conferences/{id}/get-credentials/``

        Args:
            id: Resource identifier
        """
        return await self._client.request(
            "GET",
            f"/v1/voice-conferences/{quote_path(id)}/get-credentials/",
            cast_to=VoiceConferencesGetCredentialsResponse,
            params={"individual-id": individual_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncVoiceConferencesWithRawResponse:
    """`AsyncVoiceConferences` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncVoiceConferences) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.get_credentials = async_to_raw_response_wrapper(resource.get_credentials)
