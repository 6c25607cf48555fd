"""Operations on ask entries."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import validate_request
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import (
    AskEntriesCreateRequest,
    AskEntriesCreateRequestRequest,
    AskEntriesCreateRequestRequestParam,
)

__all__ = [
    "AskEntries",
    "AskEntriesWithRawResponse",
    "AsyncAskEntries",
    "AsyncAskEntriesWithRawResponse",
]


class AskEntries:
    """Operations on ask entries."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        request: AskEntriesCreateRequestRequest
        | AskEntriesCreateRequestRequestParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, Any]:
        """POST /v1/ask-entries/

        ``POST /v1/ask-entries/``
        """
        payload = validate_request(
            AskEntriesCreateRequest,
            {"request": request},
        )
        return self._client.request(
            "POST",
            "/v1/ask-entries/",
            cast_to=dict[str, Any],
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AskEntriesWithRawResponse:
    """`AskEntries` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AskEntries) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncAskEntries:
    """Operations on ask entries."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        request: AskEntriesCreateRequestRequest
        | AskEntriesCreateRequestRequestParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, Any]:
        """POST /v1/ask-entries/

        ``POST /v1/ask-entries/``
        """
        payload = validate_request(
            AskEntriesCreateRequest,
            {"request": request},
        )
        return await self._client.request(
            "POST",
            "/v1/ask-entries/",
            cast_to=dict[str, Any],
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAskEntriesWithRawResponse:
    """`AsyncAskEntries` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncAskEntries) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
