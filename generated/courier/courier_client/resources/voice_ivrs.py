"""Operations on voice ivrs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path

__all__ = [
    "AsyncVoiceIvrs",
    "AsyncVoiceIvrsWithRawResponse",
    "VoiceIvrs",
    "VoiceIvrsWithRawResponse",
]


class VoiceIvrs:
    """Operations on voice ivrs."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def twiml(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """POST /v1/voice-ivrs/{id}/twiml/

        ``POST /v1/voice-ivrs/{id}/twiml/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return self._client.request(
            "POST",
            f"/v1/voice-ivrs/{quote_path(id)}/twiml/",
            cast_to=type(None),
            json=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class VoiceIvrsWithRawResponse:
    """`VoiceIvrs` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: VoiceIvrs) -> None:
        self.twiml = to_raw_response_wrapper(resource.twiml)


class AsyncVoiceIvrs:
    """Operations on voice ivrs."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def twiml(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """POST /v1/voice-ivrs/{id}/twiml/

        ``POST /v1/voice-ivrs/{id}/twiml/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return await self._client.request(
            "POST",
            f"/v1/voice-ivrs/{quote_path(id)}/twiml/",
            cast_to=type(None),
            json=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncVoiceIvrsWithRawResponse:
    """`AsyncVoiceIvrs` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncVoiceIvrs) -> None:
        self.twiml = async_to_raw_response_wrapper(resource.twiml)
