"""Operations on ask subscriptions."""

from __future__ import annotations

import builtins
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
    AskSubscription,
    AskSubscriptionsSendRequest,
    AskSubscriptionsSendRequestEvent,
    AskSubscriptionsSendRequestEventParam,
)

__all__ = [
    "AskSubscriptions",
    "AskSubscriptionsWithRawResponse",
    "AsyncAskSubscriptions",
    "AsyncAskSubscriptionsWithRawResponse",
]


class AskSubscriptions:
    """Operations on ask subscriptions."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        organization_id: UUID,
        filter_skill_id: UUID | NotGiven = NOT_GIVEN,
        filter_user_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[AskSubscription]:
        """GET /v1/ask-subscriptions/

        ``GET /v1/ask-subscriptions/``
        """
        return self._client.get_page(
            "/v1/ask-subscriptions/",
            item_type=AskSubscription,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
                "filter[skill-id]": filter_skill_id,
                "filter[user-id]": filter_user_id,
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
    ) -> AskSubscription:
        """GET /v1/ask-subscriptions/{id}/

        ``GET /v1/ask-subscriptions/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/ask-subscriptions/{quote_path(id)}/",
            cast_to=AskSubscription,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def send(
        self,
        id: str,
        *,
        event: AskSubscriptionsSendRequestEvent
        | AskSubscriptionsSendRequestEventParam
        | NotGiven = NOT_GIVEN,
        expire: int | NotGiven = NOT_GIVEN,
        localized: builtins.list[dict[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, Any]:
        """POST /v1/ask-subscriptions/{id}/send/

        ``POST /v1/ask-subscriptions/{id}/send/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            AskSubscriptionsSendRequest,
            {"event": event, "expire": expire, "localized": localized},
        )
        return self._client.request(
            "POST",
            f"/v1/ask-subscriptions/{quote_path(id)}/send/",
            cast_to=dict[str, Any],
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AskSubscriptionsWithRawResponse:
    """`AskSubscriptions` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AskSubscriptions) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.send = to_raw_response_wrapper(resource.send)


class AsyncAskSubscriptions:
    """Operations on ask subscriptions."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        organization_id: UUID,
        filter_skill_id: UUID | NotGiven = NOT_GIVEN,
        filter_user_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[AskSubscription]:
        """GET /v1/ask-subscriptions/

        ``GET /v1/ask-subscriptions/``
        """
        return await self._client.get_page(
            "/v1/ask-subscriptions/",
            item_type=AskSubscription,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
                "filter[skill-id]": filter_skill_id,
                "filter[user-id]": filter_user_id,
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
    ) -> AskSubscription:
        """GET /v1/ask-subscriptions/{id}/

        ``GET /v1/ask-subscriptions/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/ask-subscriptions/{quote_path(id)}/",
            cast_to=AskSubscription,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def send(
        self,
        id: str,
        *,
        event: AskSubscriptionsSendRequestEvent
        | AskSubscriptionsSendRequestEventParam
        | NotGiven = NOT_GIVEN,
        expire: int | NotGiven = NOT_GIVEN,
        localized: builtins.list[dict[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, Any]:
        """POST /v1/ask-subscriptions/{id}/send/

        ``POST /v1/ask-subscriptions/{id}/send/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            AskSubscriptionsSendRequest,
            {"event": event, "expire": expire, "localized": localized},
        )
        return await self._client.request(
            "POST",
            f"/v1/ask-subscriptions/{quote_path(id)}/send/",
            cast_to=dict[str, Any],
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAskSubscriptionsWithRawResponse:
    """`AsyncAskSubscriptions` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncAskSubscriptions) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.send = async_to_raw_response_wrapper(resource.send)
