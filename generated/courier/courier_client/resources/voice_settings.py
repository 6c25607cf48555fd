"""Operations on voice settings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, validate_request
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import VoiceSetting, VoiceSettingsRunTaskRequest, VoiceTask

__all__ = [
    "AsyncVoiceSettings",
    "AsyncVoiceSettingsWithRawResponse",
    "VoiceSettings",
    "VoiceSettingsWithRawResponse",
]


class VoiceSettings:
    """Operations on voice settings."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        organization_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[VoiceSetting]:
        """GET /v1/voice-settings/

        ``GET /v1/voice-settings/``
        """
        return self._client.get_page(
            "/v1/voice-settings/",
            item_type=VoiceSetting,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
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
        account_id: UUID | NotGiven = NOT_GIVEN,
        forward_number: dict[str, Any] | str | NotGiven = NOT_GIVEN,
        phone_number: str | NotGiven = NOT_GIVEN,
        recording_enabled: bool | NotGiven = NOT_GIVEN,
        recording_message: str | NotGiven = NOT_GIVEN,
        wait_message: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceSetting:
        """POST /v1/voice-settings/

        ``POST /v1/voice-settings/``
        """
        payload = validate_request(
            VoiceSetting,
            {
                "id": id,
                "type": "voice-settings",
                "attributes": {
                    "account-id": account_id,
                    "forward-number": forward_number,
                    "phone-number": phone_number,
                    "recording-enabled": recording_enabled,
                    "recording-message": recording_message,
                    "wait-message": wait_message,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/voice-settings/",
            cast_to=VoiceSetting,
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
    ) -> VoiceSetting:
        """GET /v1/voice-settings/{id}/

        ``GET /v1/voice-settings/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/voice-settings/{quote_path(id)}/",
            cast_to=VoiceSetting,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        id: str,
        *,
        account_id: UUID | NotGiven = NOT_GIVEN,
        forward_number: dict[str, Any] | str | NotGiven = NOT_GIVEN,
        phone_number: str | NotGiven = NOT_GIVEN,
        recording_enabled: bool | NotGiven = NOT_GIVEN,
        recording_message: str | NotGiven = NOT_GIVEN,
        wait_message: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceSetting:
        """PATCH /v1/voice-settings/{id}/

        ``PATCH /v1/voice-settings/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            VoiceSetting,
            {
                "id": id,
                "type": "voice-settings",
                "attributes": {
                    "account-id": account_id,
                    "forward-number": forward_number,
                    "phone-number": phone_number,
                    "recording-enabled": recording_enabled,
                    "recording-message": recording_message,
                    "wait-message": wait_message,
                },
            },
        )
        return self._client.request(
            "PATCH",
            f"/v1/voice-settings/{quote_path(id)}/",
            cast_to=VoiceSetting,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def run_task(
        self,
        id: str,
        *,
        kwargs: dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceTask:
        """POST /v1/voice-settings/{id}/run-task/

        ``POST /v1/voice-settings/{id}/run-task/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            VoiceSettingsRunTaskRequest,
            {"kwargs": kwargs, "method": "refresh_queue_entries"},
        )
        return self._client.request(
            "POST",
            f"/v1/voice-settings/{quote_path(id)}/run-task/",
            cast_to=VoiceTask,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class VoiceSettingsWithRawResponse:
    """`VoiceSettings` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: VoiceSettings) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.run_task = to_raw_response_wrapper(resource.run_task)


class AsyncVoiceSettings:
    """Operations on voice settings."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        organization_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[VoiceSetting]:
        """GET /v1/voice-settings/

        ``GET /v1/voice-settings/``
        """
        return await self._client.get_page(
            "/v1/voice-settings/",
            item_type=VoiceSetting,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
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
        account_id: UUID | NotGiven = NOT_GIVEN,
        forward_number: dict[str, Any] | str | NotGiven = NOT_GIVEN,
        phone_number: str | NotGiven = NOT_GIVEN,
        recording_enabled: bool | NotGiven = NOT_GIVEN,
        recording_message: str | NotGiven = NOT_GIVEN,
        wait_message: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceSetting:
        """POST /v1/voice-settings/

        ``POST /v1/voice-settings/``
        """
        payload = validate_request(
            VoiceSetting,
            {
                "id": id,
                "type": "voice-settings",
                "attributes": {
                    "account-id": account_id,
                    "forward-number": forward_number,
                    "phone-number": phone_number,
                    "recording-enabled": recording_enabled,
                    "recording-message": recording_message,
                    "wait-message": wait_message,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/voice-settings/",
            cast_to=VoiceSetting,
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
    ) -> VoiceSetting:
        """GET /v1/voice-settings/{id}/

        ``GET /v1/voice-settings/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/voice-settings/{quote_path(id)}/",
            cast_to=VoiceSetting,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        id: str,
        *,
        account_id: UUID | NotGiven = NOT_GIVEN,
        forward_number: dict[str, Any] | str | NotGiven = NOT_GIVEN,
        phone_number: str | NotGiven = NOT_GIVEN,
        recording_enabled: bool | NotGiven = NOT_GIVEN,
        recording_message: str | NotGiven = NOT_GIVEN,
        wait_message: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceSetting:
        """PATCH /v1/voice-settings/{id}/

        ``PATCH /v1/voice-settings/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            VoiceSetting,
            {
                "id": id,
                "type": "voice-settings",
                "attributes": {
                    "account-id": account_id,
                    "forward-number": forward_number,
                    "phone-number": phone_number,
                    "recording-enabled": recording_enabled,
                    "recording-message": recording_message,
                    "wait-message": wait_message,
                },
            },
        )
        return await self._client.request(
            "PATCH",
            f"/v1/voice-settings/{quote_path(id)}/",
            cast_to=VoiceSetting,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def run_task(
        self,
        id: str,
        *,
        kwargs: dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceTask:
        """POST /v1/voice-settings/{id}/run-task/

        ``POST /v1/voice-settings/{id}/run-task/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            VoiceSettingsRunTaskRequest,
            {"kwargs": kwargs, "method": "refresh_queue_entries"},
        )
        return await self._client.request(
            "POST",
            f"/v1/voice-settings/{quote_path(id)}/run-task/",
            cast_to=VoiceTask,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncVoiceSettingsWithRawResponse:
    """`AsyncVoiceSettings` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncVoiceSettings) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.run_task = async_to_raw_response_wrapper(resource.run_task)
