"""Operations on voice surveys."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, validate_request
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import VoiceSurvey

__all__ = [
    "AsyncVoiceSurveys",
    "AsyncVoiceSurveysWithRawResponse",
    "VoiceSurveys",
    "VoiceSurveysWithRawResponse",
]


class VoiceSurveys:
    """Operations on voice surveys."""

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
    ) -> SyncOffsetPage[VoiceSurvey]:
        """Returns surveys

        ``GET /v1/voice-surveys/``
        """
        return self._client.get_page(
            "/v1/voice-surveys/",
            item_type=VoiceSurvey,
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        spec: dict[str, Any] | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceSurvey:
        """Creates a new survey

        ``POST /v1/voice-surveys/``
        """
        payload = validate_request(
            VoiceSurvey,
            {
                "id": id,
                "type": "voice-surveys",
                "attributes": {
                    "individual-id": individual_id,
                    "organization-id": organization_id,
                    "spec": spec,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/voice-surveys/",
            cast_to=VoiceSurvey,
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
    ) -> VoiceSurvey:
        """Returns specific survey

        ``GET /v1/voice-surveys/{id}/``

        Args:
            id: Resource identifier
        """
        return self._client.request(
            "GET",
            f"/v1/voice-surveys/{quote_path(id)}/",
            cast_to=VoiceSurvey,
            params={"individual-id": individual_id},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class VoiceSurveysWithRawResponse:
    """`VoiceSurveys` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: VoiceSurveys) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncVoiceSurveys:
    """Operations on voice surveys."""

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
    ) -> AsyncOffsetPage[VoiceSurvey]:
        """Returns surveys

        ``GET /v1/voice-surveys/``
        """
        return await self._client.get_page(
            "/v1/voice-surveys/",
            item_type=VoiceSurvey,
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        spec: dict[str, Any] | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceSurvey:
        """Creates a new survey

        ``POST /v1/voice-surveys/``
        """
        payload = validate_request(
            VoiceSurvey,
            {
                "id": id,
                "type": "voice-surveys",
                "attributes": {
                    "individual-id": individual_id,
                    "organization-id": organization_id,
                    "spec": spec,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/voice-surveys/",
            cast_to=VoiceSurvey,
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
    ) -> VoiceSurvey:
        """Returns specific survey

        ``GET /v1/voice-surveys/{id}/``

        Args:
            id: Resource identifier
        """
        return await self._client.request(
            "GET",
            f"/v1/voice-surveys/{quote_path(id)}/",
            cast_to=VoiceSurvey,
            params={"individual-id": individual_id},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncVoiceSurveysWithRawResponse:
    """`AsyncVoiceSurveys` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncVoiceSurveys) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
