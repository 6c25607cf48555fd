"""Operations on ask reminders."""

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
from ..models import AskReminder

__all__ = [
    "AskReminders",
    "AskRemindersWithRawResponse",
    "AsyncAskReminders",
    "AsyncAskRemindersWithRawResponse",
]


class AskReminders:
    """Operations on ask reminders."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        individual_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[AskReminder]:
        """GET /v1/ask-reminders/

        ``GET /v1/ask-reminders/``
        """
        return self._client.get_page(
            "/v1/ask-reminders/",
            item_type=AskReminder,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "individual-id": individual_id,
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
        name: str | NotGiven = NOT_GIVEN,
        reminder_content: str | NotGiven = NOT_GIVEN,
        reminder_rrule: str | NotGiven = NOT_GIVEN,
        reminder_time_local: str | NotGiven = NOT_GIVEN,
        tz_info: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AskReminder:
        """POST /v1/ask-reminders/

        ``POST /v1/ask-reminders/``
        """
        payload = validate_request(
            AskReminder,
            {
                "id": id,
                "type": "ask-reminders",
                "attributes": {
                    "individual-id": individual_id,
                    "name": name,
                    "reminder-content": reminder_content,
                    "reminder-rrule": reminder_rrule,
                    "reminder-time-local": reminder_time_local,
                    "tz-info": tz_info,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/ask-reminders/",
            cast_to=AskReminder,
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
    ) -> AskReminder:
        """GET /v1/ask-reminders/{id}/

        ``GET /v1/ask-reminders/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/ask-reminders/{quote_path(id)}/",
            cast_to=AskReminder,
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        reminder_content: str | NotGiven = NOT_GIVEN,
        reminder_rrule: str | NotGiven = NOT_GIVEN,
        reminder_time_local: str | NotGiven = NOT_GIVEN,
        tz_info: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AskReminder:
        """PATCH /v1/ask-reminders/{id}/

        ``PATCH /v1/ask-reminders/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            AskReminder,
            {
                "id": id,
                "type": "ask-reminders",
                "attributes": {
                    "individual-id": individual_id,
                    "name": name,
                    "reminder-content": reminder_content,
                    "reminder-rrule": reminder_rrule,
                    "reminder-time-local": reminder_time_local,
                    "tz-info": tz_info,
                },
            },
        )
        return self._client.request(
            "PATCH",
            f"/v1/ask-reminders/{quote_path(id)}/",
            cast_to=AskReminder,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AskRemindersWithRawResponse:
    """`AskReminders` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AskReminders) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncAskReminders:
    """Operations on ask reminders."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        individual_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[AskReminder]:
        """GET /v1/ask-reminders/

        ``GET /v1/ask-reminders/``
        """
        return await self._client.get_page(
            "/v1/ask-reminders/",
            item_type=AskReminder,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "individual-id": individual_id,
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
        name: str | NotGiven = NOT_GIVEN,
        reminder_content: str | NotGiven = NOT_GIVEN,
        reminder_rrule: str | NotGiven = NOT_GIVEN,
        reminder_time_local: str | NotGiven = NOT_GIVEN,
        tz_info: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AskReminder:
        """POST /v1/ask-reminders/

        ``POST /v1/ask-reminders/``
        """
        payload = validate_request(
            AskReminder,
            {
                "id": id,
                "type": "ask-reminders",
                "attributes": {
                    "individual-id": individual_id,
                    "name": name,
                    "reminder-content": reminder_content,
                    "reminder-rrule": reminder_rrule,
                    "reminder-time-local": reminder_time_local,
                    "tz-info": tz_info,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/ask-reminders/",
            cast_to=AskReminder,
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
    ) -> AskReminder:
        """GET /v1/ask-reminders/{id}/

        ``GET /v1/ask-reminders/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/ask-reminders/{quote_path(id)}/",
            cast_to=AskReminder,
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        reminder_content: str | NotGiven = NOT_GIVEN,
        reminder_rrule: str | NotGiven = NOT_GIVEN,
        reminder_time_local: str | NotGiven = NOT_GIVEN,
        tz_info: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AskReminder:
        """PATCH /v1/ask-reminders/{id}/

        ``PATCH /v1/ask-reminders/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            AskReminder,
            {
                "id": id,
                "type": "ask-reminders",
                "attributes": {
                    "individual-id": individual_id,
                    "name": name,
                    "reminder-content": reminder_content,
                    "reminder-rrule": reminder_rrule,
                    "reminder-time-local": reminder_time_local,
                    "tz-info": tz_info,
                },
            },
        )
        return await self._client.request(
            "PATCH",
            f"/v1/ask-reminders/{quote_path(id)}/",
            cast_to=AskReminder,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAskRemindersWithRawResponse:
    """`AsyncAskReminders` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncAskReminders) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
