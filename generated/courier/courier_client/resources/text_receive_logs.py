"""Operations on text receive logs."""

from __future__ import annotations

from collections.abc import Mapping

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import TextReceiveLog

__all__ = [
    "AsyncTextReceiveLogs",
    "AsyncTextReceiveLogsWithRawResponse",
    "TextReceiveLogs",
    "TextReceiveLogsWithRawResponse",
]


class TextReceiveLogs:
    """Operations on text receive logs."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextReceiveLog:
        """GET /v1/text-receive-logs/{id}/

        ``GET /v1/text-receive-logs/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/text-receive-logs/{quote_path(id)}/",
            cast_to=TextReceiveLog,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class TextReceiveLogsWithRawResponse:
    """`TextReceiveLogs` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: TextReceiveLogs) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncTextReceiveLogs:
    """Operations on text receive logs."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextReceiveLog:
        """GET /v1/text-receive-logs/{id}/

        ``GET /v1/text-receive-logs/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/text-receive-logs/{quote_path(id)}/",
            cast_to=TextReceiveLog,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncTextReceiveLogsWithRawResponse:
    """`AsyncTextReceiveLogs` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncTextReceiveLogs) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
