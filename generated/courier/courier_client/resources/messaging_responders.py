"""Operations on messaging responders."""

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
from ..models import (
    MessagingResponder,
    MessagingResponderAttributesCalendarArgs,
    MessagingResponderAttributesCalendarArgsParam,
)

__all__ = [
    "AsyncMessagingResponders",
    "AsyncMessagingRespondersWithRawResponse",
    "MessagingResponders",
    "MessagingRespondersWithRawResponse",
]


class MessagingResponders:
    """Operations on messaging responders."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        organization_id: UUID,
        filter_cmp_end_at: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        filter_cmp_start_at: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        filter_enabled: bool | NotGiven = NOT_GIVEN,
        filter_individual_group_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        sort: Annotated[
            builtins.list[
                Literal["-created-at", "-end-at", "-start-at", "created-at", "end-at", "start-at"]
            ],
            Field(min_length=1),
        ]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[MessagingResponder]:
        """GET /v1/messaging-responders/

        ``GET /v1/messaging-responders/``

        Args:
            filter_cmp_end_at: Compare timestamp against end-at. Specify [comparator][datetime]. Comparators
                supported >, <, <=, >=. Use multiple to build a bounded time frame. Append
            filter_cmp_start_at: Compare timestamp against start-at. Specify [comparator][datetime]. Comparators
                supported >, <, <=, >=. Use multiple to build a bounded time frame. Append
        """
        return self._client.get_page(
            "/v1/messaging-responders/",
            item_type=MessagingResponder,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
                "filter[cmp-end-at]": filter_cmp_end_at,
                "filter[cmp-start-at]": filter_cmp_start_at,
                "filter[enabled]": filter_enabled,
                "filter[individual-group-id]": filter_individual_group_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "sort": sort,
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
        args: dict[str, Any] | NotGiven = NOT_GIVEN,
        calendar_args: MessagingResponderAttributesCalendarArgs
        | MessagingResponderAttributesCalendarArgsParam
        | NotGiven = NOT_GIVEN,
        end_at: dict[str, Any] | str | NotGiven = NOT_GIVEN,
        individual_group_id: UUID | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        start_at: dict[str, Any] | str | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingResponder:
        """POST /v1/messaging-responders/

        ``POST /v1/messaging-responders/``
        """
        payload = validate_request(
            MessagingResponder,
            {
                "id": id,
                "type": "messaging-responders",
                "attributes": {
                    "args": args,
                    "calendar-args": calendar_args,
                    "end-at": end_at,
                    "individual-group-id": individual_group_id,
                    "name": name,
                    "organization-id": organization_id,
                    "start-at": start_at,
                    "type": type_,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/messaging-responders/",
            cast_to=MessagingResponder,
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
    ) -> MessagingResponder:
        """GET /v1/messaging-responders/{id}/

        ``GET /v1/messaging-responders/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/messaging-responders/{quote_path(id)}/",
            cast_to=MessagingResponder,
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
        args: dict[str, Any] | NotGiven = NOT_GIVEN,
        calendar_args: MessagingResponderAttributesCalendarArgs
        | MessagingResponderAttributesCalendarArgsParam
        | NotGiven = NOT_GIVEN,
        end_at: dict[str, Any] | str | NotGiven = NOT_GIVEN,
        individual_group_id: UUID | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        start_at: dict[str, Any] | str | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingResponder:
        """PATCH /v1/messaging-responders/{id}/

        ``PATCH /v1/messaging-responders/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingResponder,
            {
                "id": id,
                "type": "messaging-responders",
                "attributes": {
                    "args": args,
                    "calendar-args": calendar_args,
                    "end-at": end_at,
                    "individual-group-id": individual_group_id,
                    "name": name,
                    "organization-id": organization_id,
                    "start-at": start_at,
                    "type": type_,
                },
            },
        )
        return self._client.request(
            "PATCH",
            f"/v1/messaging-responders/{quote_path(id)}/",
            cast_to=MessagingResponder,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def disable(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingResponder:
        """POST /v1/messaging-responders/{id}/disable/

        ``POST /v1/messaging-responders/{id}/disable/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return self._client.request(
            "POST",
            f"/v1/messaging-responders/{quote_path(id)}/disable/",
            cast_to=MessagingResponder,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def enable(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingResponder:
        """POST /v1/messaging-responders/{id}/enable/

        ``POST /v1/messaging-responders/{id}/enable/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return self._client.request(
            "POST",
            f"/v1/messaging-responders/{quote_path(id)}/enable/",
            cast_to=MessagingResponder,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class MessagingRespondersWithRawResponse:
    """`MessagingResponders` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: MessagingResponders) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.disable = to_raw_response_wrapper(resource.disable)
        self.enable = to_raw_response_wrapper(resource.enable)


class AsyncMessagingResponders:
    """Operations on messaging responders."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        organization_id: UUID,
        filter_cmp_end_at: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        filter_cmp_start_at: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        filter_enabled: bool | NotGiven = NOT_GIVEN,
        filter_individual_group_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        sort: Annotated[
            builtins.list[
                Literal["-created-at", "-end-at", "-start-at", "created-at", "end-at", "start-at"]
            ],
            Field(min_length=1),
        ]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[MessagingResponder]:
        """GET /v1/messaging-responders/

        ``GET /v1/messaging-responders/``

        Args:
            filter_cmp_end_at: Compare timestamp against end-at. Specify [comparator][datetime]. Comparators
                supported >, <, <=, >=. Use multiple to build a bounded time frame. Append
            filter_cmp_start_at: Compare timestamp against start-at. Specify [comparator][datetime]. Comparators
                supported >, <, <=, >=. Use multiple to build a bounded time frame. Append
        """
        return await self._client.get_page(
            "/v1/messaging-responders/",
            item_type=MessagingResponder,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
                "filter[cmp-end-at]": filter_cmp_end_at,
                "filter[cmp-start-at]": filter_cmp_start_at,
                "filter[enabled]": filter_enabled,
                "filter[individual-group-id]": filter_individual_group_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "sort": sort,
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
        args: dict[str, Any] | NotGiven = NOT_GIVEN,
        calendar_args: MessagingResponderAttributesCalendarArgs
        | MessagingResponderAttributesCalendarArgsParam
        | NotGiven = NOT_GIVEN,
        end_at: dict[str, Any] | str | NotGiven = NOT_GIVEN,
        individual_group_id: UUID | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        start_at: dict[str, Any] | str | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingResponder:
        """POST /v1/messaging-responders/

        ``POST /v1/messaging-responders/``
        """
        payload = validate_request(
            MessagingResponder,
            {
                "id": id,
                "type": "messaging-responders",
                "attributes": {
                    "args": args,
                    "calendar-args": calendar_args,
                    "end-at": end_at,
                    "individual-group-id": individual_group_id,
                    "name": name,
                    "organization-id": organization_id,
                    "start-at": start_at,
                    "type": type_,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/messaging-responders/",
            cast_to=MessagingResponder,
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
    ) -> MessagingResponder:
        """GET /v1/messaging-responders/{id}/

        ``GET /v1/messaging-responders/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/messaging-responders/{quote_path(id)}/",
            cast_to=MessagingResponder,
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
        args: dict[str, Any] | NotGiven = NOT_GIVEN,
        calendar_args: MessagingResponderAttributesCalendarArgs
        | MessagingResponderAttributesCalendarArgsParam
        | NotGiven = NOT_GIVEN,
        end_at: dict[str, Any] | str | NotGiven = NOT_GIVEN,
        individual_group_id: UUID | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        start_at: dict[str, Any] | str | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingResponder:
        """PATCH /v1/messaging-responders/{id}/

        ``PATCH /v1/messaging-responders/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingResponder,
            {
                "id": id,
                "type": "messaging-responders",
                "attributes": {
                    "args": args,
                    "calendar-args": calendar_args,
                    "end-at": end_at,
                    "individual-group-id": individual_group_id,
                    "name": name,
                    "organization-id": organization_id,
                    "start-at": start_at,
                    "type": type_,
                },
            },
        )
        return await self._client.request(
            "PATCH",
            f"/v1/messaging-responders/{quote_path(id)}/",
            cast_to=MessagingResponder,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def disable(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingResponder:
        """POST /v1/messaging-responders/{id}/disable/

        ``POST /v1/messaging-responders/{id}/disable/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return await self._client.request(
            "POST",
            f"/v1/messaging-responders/{quote_path(id)}/disable/",
            cast_to=MessagingResponder,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def enable(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingResponder:
        """POST /v1/messaging-responders/{id}/enable/

        ``POST /v1/messaging-responders/{id}/enable/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return await self._client.request(
            "POST",
            f"/v1/messaging-responders/{quote_path(id)}/enable/",
            cast_to=MessagingResponder,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMessagingRespondersWithRawResponse:
    """`AsyncMessagingResponders` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncMessagingResponders) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.disable = async_to_raw_response_wrapper(resource.disable)
        self.enable = async_to_raw_response_wrapper(resource.enable)
