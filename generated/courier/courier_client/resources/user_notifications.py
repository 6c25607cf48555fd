"""Operations on user notifications."""

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
from ..models import UserNotification, UserNotificationsAckRequest

__all__ = [
    "AsyncUserNotifications",
    "AsyncUserNotificationsWithRawResponse",
    "UserNotifications",
    "UserNotificationsWithRawResponse",
]


class UserNotifications:
    """Operations on user notifications."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        acknowledged: bool | NotGiven = NOT_GIVEN,
        filter_category: Annotated[str, Field(max_length=32)] | NotGiven = NOT_GIVEN,
        include_inactive: bool = False,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[UserNotification]:
        """GET /v1/user-notifications/

        ``GET /v1/user-notifications/``
        """
        return self._client.get_page(
            "/v1/user-notifications/",
            item_type=UserNotification,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "acknowledged": acknowledged,
                "filter[category]": filter_category,
                "include[inactive]": include_inactive,
                "individual-id": individual_id,
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

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserNotification:
        """GET /v1/user-notifications/{id}/

        ``GET /v1/user-notifications/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/user-notifications/{quote_path(id)}/",
            cast_to=UserNotification,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def ack(
        self,
        id: str,
        *,
        ack_previous: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserNotification:
        """POST /v1/user-notifications/{id}/ack/

        ``POST /v1/user-notifications/{id}/ack/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            UserNotificationsAckRequest,
            {"ack-previous": ack_previous},
        )
        return self._client.request(
            "POST",
            f"/v1/user-notifications/{quote_path(id)}/ack/",
            cast_to=UserNotification,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class UserNotificationsWithRawResponse:
    """`UserNotifications` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: UserNotifications) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.ack = to_raw_response_wrapper(resource.ack)


class AsyncUserNotifications:
    """Operations on user notifications."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        acknowledged: bool | NotGiven = NOT_GIVEN,
        filter_category: Annotated[str, Field(max_length=32)] | NotGiven = NOT_GIVEN,
        include_inactive: bool = False,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[UserNotification]:
        """GET /v1/user-notifications/

        ``GET /v1/user-notifications/``
        """
        return await self._client.get_page(
            "/v1/user-notifications/",
            item_type=UserNotification,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "acknowledged": acknowledged,
                "filter[category]": filter_category,
                "include[inactive]": include_inactive,
                "individual-id": individual_id,
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

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserNotification:
        """GET /v1/user-notifications/{id}/

        ``GET /v1/user-notifications/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/user-notifications/{quote_path(id)}/",
            cast_to=UserNotification,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def ack(
        self,
        id: str,
        *,
        ack_previous: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserNotification:
        """POST /v1/user-notifications/{id}/ack/

        ``POST /v1/user-notifications/{id}/ack/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            UserNotificationsAckRequest,
            {"ack-previous": ack_previous},
        )
        return await self._client.request(
            "POST",
            f"/v1/user-notifications/{quote_path(id)}/ack/",
            cast_to=UserNotification,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncUserNotificationsWithRawResponse:
    """`AsyncUserNotifications` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncUserNotifications) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.ack = async_to_raw_response_wrapper(resource.ack)
