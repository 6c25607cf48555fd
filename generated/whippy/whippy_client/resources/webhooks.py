"""Push first-party custom events into Whippy."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import validate_request
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import (
    AcceptedResponse,
    CustomEventRequest,
    CustomEventRequestAssociatedResourcesItem,
    CustomEventRequestAssociatedResourcesItemParam,
    CustomEventRequestParam,
    CustomEventResponse,
    WebhooksCreateBulkCustomEventsRequest,
)

__all__ = [
    "AsyncWebhooks",
    "AsyncWebhooksWithRawResponse",
    "Webhooks",
    "WebhooksWithRawResponse",
]


class Webhooks:
    """Push first-party custom events into Whippy."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_custom_event(
        self,
        *,
        event: str,
        external_id: str | NotGiven = NOT_GIVEN,
        timestamp: datetime | NotGiven = NOT_GIVEN,
        payload: dict[str, Any] | NotGiven = NOT_GIVEN,
        associated_resources: list[
            CustomEventRequestAssociatedResourcesItem
            | CustomEventRequestAssociatedResourcesItemParam
        ]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CustomEventResponse:
        """Create a custom event

        Push a first-party custom event into Whippy, optionally associated to a campaign,
        contact, conversation, message, or sequence resource.

        ``POST /custom_events``
        """
        payload_2 = validate_request(
            CustomEventRequest,
            {
                "event": event,
                "external_id": external_id,
                "timestamp": timestamp,
                "payload": payload,
                "associated_resources": associated_resources,
            },
        )
        return self._client.request(
            "POST",
            "/custom_events",
            cast_to=CustomEventResponse,
            json=payload_2,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_bulk_custom_events(
        self,
        *,
        events: list[CustomEventRequest | CustomEventRequestParam],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AcceptedResponse:
        """Create custom events in bulk

        ``POST /custom_events/bulk``
        """
        payload = validate_request(
            WebhooksCreateBulkCustomEventsRequest,
            {"events": events},
        )
        return self._client.request(
            "POST",
            "/custom_events/bulk",
            cast_to=AcceptedResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class WebhooksWithRawResponse:
    """`Webhooks` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Webhooks) -> None:
        self.create_custom_event = to_raw_response_wrapper(resource.create_custom_event)
        self.create_bulk_custom_events = to_raw_response_wrapper(resource.create_bulk_custom_events)


class AsyncWebhooks:
    """Push first-party custom events into Whippy."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_custom_event(
        self,
        *,
        event: str,
        external_id: str | NotGiven = NOT_GIVEN,
        timestamp: datetime | NotGiven = NOT_GIVEN,
        payload: dict[str, Any] | NotGiven = NOT_GIVEN,
        associated_resources: list[
            CustomEventRequestAssociatedResourcesItem
            | CustomEventRequestAssociatedResourcesItemParam
        ]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CustomEventResponse:
        """Create a custom event

        Push a first-party custom event into Whippy, optionally associated to a campaign,
        contact, conversation, message, or sequence resource.

        ``POST /custom_events``
        """
        payload_2 = validate_request(
            CustomEventRequest,
            {
                "event": event,
                "external_id": external_id,
                "timestamp": timestamp,
                "payload": payload,
                "associated_resources": associated_resources,
            },
        )
        return await self._client.request(
            "POST",
            "/custom_events",
            cast_to=CustomEventResponse,
            json=payload_2,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_bulk_custom_events(
        self,
        *,
        events: list[CustomEventRequest | CustomEventRequestParam],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AcceptedResponse:
        """Create custom events in bulk

        ``POST /custom_events/bulk``
        """
        payload = validate_request(
            WebhooksCreateBulkCustomEventsRequest,
            {"events": events},
        )
        return await self._client.request(
            "POST",
            "/custom_events/bulk",
            cast_to=AcceptedResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncWebhooksWithRawResponse:
    """`AsyncWebhooks` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncWebhooks) -> None:
        self.create_custom_event = async_to_raw_response_wrapper(resource.create_custom_event)
        self.create_bulk_custom_events = async_to_raw_response_wrapper(
            resource.create_bulk_custom_events
        )
