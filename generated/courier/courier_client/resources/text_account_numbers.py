"""Operations on text account numbers."""

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
from ..models import (
    TextAccountNumber,
    TextAccountNumberAttributesEvents,
    TextAccountNumberAttributesEventsParam,
)

__all__ = [
    "AsyncTextAccountNumbers",
    "AsyncTextAccountNumbersWithRawResponse",
    "TextAccountNumbers",
    "TextAccountNumbersWithRawResponse",
]


class TextAccountNumbers:
    """Operations on text account numbers."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        account_id: UUID | NotGiven = NOT_GIVEN,
        filter_phone_number: str | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        phone_number: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[TextAccountNumber]:
        """GET /v1/text-account-numbers/

        ``GET /v1/text-account-numbers/``
        """
        return self._client.get_page(
            "/v1/text-account-numbers/",
            item_type=TextAccountNumber,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "account-id": account_id,
                "filter[phone-number]": filter_phone_number,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "phone-number": phone_number,
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
        alert: bool | NotGiven = NOT_GIVEN,
        events: TextAccountNumberAttributesEvents
        | TextAccountNumberAttributesEventsParam
        | NotGiven = NOT_GIVEN,
        forward_to: str | NotGiven = NOT_GIVEN,
        logging: bool | NotGiven = NOT_GIVEN,
        notes: str | NotGiven = NOT_GIVEN,
        area_code: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextAccountNumber:
        """POST /v1/text-account-numbers/

        ``POST /v1/text-account-numbers/``
        """
        payload = validate_request(
            TextAccountNumber,
            {
                "id": id,
                "type": "text-account-numbers",
                "attributes": {
                    "account-id": account_id,
                    "alert": alert,
                    "events": events,
                    "forward-to": forward_to,
                    "logging": logging,
                    "notes": notes,
                    "area-code": area_code,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/text-account-numbers/",
            cast_to=TextAccountNumber,
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
    ) -> TextAccountNumber:
        """GET /v1/text-account-numbers/{id}/

        ``GET /v1/text-account-numbers/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/text-account-numbers/{quote_path(id)}/",
            cast_to=TextAccountNumber,
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
        alert: bool | NotGiven = NOT_GIVEN,
        events: TextAccountNumberAttributesEvents
        | TextAccountNumberAttributesEventsParam
        | NotGiven = NOT_GIVEN,
        forward_to: str | NotGiven = NOT_GIVEN,
        logging: bool | NotGiven = NOT_GIVEN,
        notes: str | NotGiven = NOT_GIVEN,
        area_code: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextAccountNumber:
        """PATCH /v1/text-account-numbers/{id}/

        ``PATCH /v1/text-account-numbers/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            TextAccountNumber,
            {
                "id": id,
                "type": "text-account-numbers",
                "attributes": {
                    "account-id": account_id,
                    "alert": alert,
                    "events": events,
                    "forward-to": forward_to,
                    "logging": logging,
                    "notes": notes,
                    "area-code": area_code,
                },
            },
        )
        return self._client.request(
            "PATCH",
            f"/v1/text-account-numbers/{quote_path(id)}/",
            cast_to=TextAccountNumber,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def reset_logs(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextAccountNumber:
        """POST /v1/text-account-numbers/{id}/reset-logs/

        ``POST /v1/text-account-numbers/{id}/reset-logs/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return self._client.request(
            "POST",
            f"/v1/text-account-numbers/{quote_path(id)}/reset-logs/",
            cast_to=TextAccountNumber,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class TextAccountNumbersWithRawResponse:
    """`TextAccountNumbers` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: TextAccountNumbers) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.reset_logs = to_raw_response_wrapper(resource.reset_logs)


class AsyncTextAccountNumbers:
    """Operations on text account numbers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        account_id: UUID | NotGiven = NOT_GIVEN,
        filter_phone_number: str | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        phone_number: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[TextAccountNumber]:
        """GET /v1/text-account-numbers/

        ``GET /v1/text-account-numbers/``
        """
        return await self._client.get_page(
            "/v1/text-account-numbers/",
            item_type=TextAccountNumber,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "account-id": account_id,
                "filter[phone-number]": filter_phone_number,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "phone-number": phone_number,
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
        alert: bool | NotGiven = NOT_GIVEN,
        events: TextAccountNumberAttributesEvents
        | TextAccountNumberAttributesEventsParam
        | NotGiven = NOT_GIVEN,
        forward_to: str | NotGiven = NOT_GIVEN,
        logging: bool | NotGiven = NOT_GIVEN,
        notes: str | NotGiven = NOT_GIVEN,
        area_code: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextAccountNumber:
        """POST /v1/text-account-numbers/

        ``POST /v1/text-account-numbers/``
        """
        payload = validate_request(
            TextAccountNumber,
            {
                "id": id,
                "type": "text-account-numbers",
                "attributes": {
                    "account-id": account_id,
                    "alert": alert,
                    "events": events,
                    "forward-to": forward_to,
                    "logging": logging,
                    "notes": notes,
                    "area-code": area_code,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/text-account-numbers/",
            cast_to=TextAccountNumber,
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
    ) -> TextAccountNumber:
        """GET /v1/text-account-numbers/{id}/

        ``GET /v1/text-account-numbers/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/text-account-numbers/{quote_path(id)}/",
            cast_to=TextAccountNumber,
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
        alert: bool | NotGiven = NOT_GIVEN,
        events: TextAccountNumberAttributesEvents
        | TextAccountNumberAttributesEventsParam
        | NotGiven = NOT_GIVEN,
        forward_to: str | NotGiven = NOT_GIVEN,
        logging: bool | NotGiven = NOT_GIVEN,
        notes: str | NotGiven = NOT_GIVEN,
        area_code: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextAccountNumber:
        """PATCH /v1/text-account-numbers/{id}/

        ``PATCH /v1/text-account-numbers/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            TextAccountNumber,
            {
                "id": id,
                "type": "text-account-numbers",
                "attributes": {
                    "account-id": account_id,
                    "alert": alert,
                    "events": events,
                    "forward-to": forward_to,
                    "logging": logging,
                    "notes": notes,
                    "area-code": area_code,
                },
            },
        )
        return await self._client.request(
            "PATCH",
            f"/v1/text-account-numbers/{quote_path(id)}/",
            cast_to=TextAccountNumber,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def reset_logs(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextAccountNumber:
        """POST /v1/text-account-numbers/{id}/reset-logs/

        ``POST /v1/text-account-numbers/{id}/reset-logs/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return await self._client.request(
            "POST",
            f"/v1/text-account-numbers/{quote_path(id)}/reset-logs/",
            cast_to=TextAccountNumber,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncTextAccountNumbersWithRawResponse:
    """`AsyncTextAccountNumbers` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncTextAccountNumbers) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.reset_logs = async_to_raw_response_wrapper(resource.reset_logs)
