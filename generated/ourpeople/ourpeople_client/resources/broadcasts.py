"""Inspect broadcasts, deliveries, and recipient engagement."""

from __future__ import annotations

from collections.abc import Mapping

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import Broadcast, Delivery, Recipient

__all__ = [
    "AsyncBroadcasts",
    "AsyncBroadcastsWithRawResponse",
    "Broadcasts",
    "BroadcastsWithRawResponse",
]


class Broadcasts:
    """Inspect broadcasts, deliveries, and recipient engagement."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_deliveries(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Delivery]:
        """List recent deliveries

        List recent broadcast deliveries with status and basic metadata.

        ``GET /v1/broadcasts/deliveries``
        """
        return self._client.request(
            "GET",
            "/v1/broadcasts/deliveries",
            cast_to=list[Delivery],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Broadcast:
        """Get broadcast details

        Fetch detail on the content items attached to a broadcast.

        ``GET /v1/broadcasts/{broadcastId}``
        """
        return self._client.request(
            "GET",
            f"/v1/broadcasts/{quote_path(broadcast_id)}",
            cast_to=Broadcast,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_delivery_recipients(
        self,
        delivery_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Recipient]:
        """List delivery recipients

        See recipients who engaged with content in a delivery. Includes seenAt and respondedAt
        timestamps (null if the action has not occurred).

        ``GET /v1/broadcasts/deliveries/{deliveryId}/recipients``
        """
        return self._client.request(
            "GET",
            f"/v1/broadcasts/deliveries/{quote_path(delivery_id)}/recipients",
            cast_to=list[Recipient],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_content_recipients(
        self,
        delivery_id: str,
        content_id: str,
        *,
        rating: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Recipient]:
        """List content recipients

        Return the recipients for a given content item within a delivery. Supported query
        parameters vary by content type (e.g., rating-based filtering for rating content).

        ``GET /v1/broadcasts/deliveries/{deliveryId}/contents/{contentId}/recipients``

        Args:
            rating: Filter by rating value when the content type is a rating.
        """
        return self._client.request(
            "GET",
            f"/v1/broadcasts/deliveries/{quote_path(delivery_id)}/contents/{quote_path(content_id)}/recipients",
            cast_to=list[Recipient],
            params={"rating": rating},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class BroadcastsWithRawResponse:
    """`Broadcasts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Broadcasts) -> None:
        self.list_deliveries = to_raw_response_wrapper(resource.list_deliveries)
        self.get = to_raw_response_wrapper(resource.get)
        self.list_delivery_recipients = to_raw_response_wrapper(resource.list_delivery_recipients)
        self.list_content_recipients = to_raw_response_wrapper(resource.list_content_recipients)


class AsyncBroadcasts:
    """Inspect broadcasts, deliveries, and recipient engagement."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_deliveries(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Delivery]:
        """List recent deliveries

        List recent broadcast deliveries with status and basic metadata.

        ``GET /v1/broadcasts/deliveries``
        """
        return await self._client.request(
            "GET",
            "/v1/broadcasts/deliveries",
            cast_to=list[Delivery],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Broadcast:
        """Get broadcast details

        Fetch detail on the content items attached to a broadcast.

        ``GET /v1/broadcasts/{broadcastId}``
        """
        return await self._client.request(
            "GET",
            f"/v1/broadcasts/{quote_path(broadcast_id)}",
            cast_to=Broadcast,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_delivery_recipients(
        self,
        delivery_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Recipient]:
        """List delivery recipients

        See recipients who engaged with content in a delivery. Includes seenAt and respondedAt
        timestamps (null if the action has not occurred).

        ``GET /v1/broadcasts/deliveries/{deliveryId}/recipients``
        """
        return await self._client.request(
            "GET",
            f"/v1/broadcasts/deliveries/{quote_path(delivery_id)}/recipients",
            cast_to=list[Recipient],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_content_recipients(
        self,
        delivery_id: str,
        content_id: str,
        *,
        rating: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Recipient]:
        """List content recipients

        Return the recipients for a given content item within a delivery. Supported query
        parameters vary by content type (e.g., rating-based filtering for rating content).

        ``GET /v1/broadcasts/deliveries/{deliveryId}/contents/{contentId}/recipients``

        Args:
            rating: Filter by rating value when the content type is a rating.
        """
        return await self._client.request(
            "GET",
            f"/v1/broadcasts/deliveries/{quote_path(delivery_id)}/contents/{quote_path(content_id)}/recipients",
            cast_to=list[Recipient],
            params={"rating": rating},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBroadcastsWithRawResponse:
    """`AsyncBroadcasts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncBroadcasts) -> None:
        self.list_deliveries = async_to_raw_response_wrapper(resource.list_deliveries)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list_delivery_recipients = async_to_raw_response_wrapper(
            resource.list_delivery_recipients
        )
        self.list_content_recipients = async_to_raw_response_wrapper(
            resource.list_content_recipients
        )
