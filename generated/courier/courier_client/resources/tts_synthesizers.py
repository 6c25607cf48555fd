"""Operations on tts synthesizers."""

from __future__ import annotations

from collections.abc import Mapping

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import validate_request
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import TtsSynthesizer

__all__ = [
    "AsyncTtsSynthesizers",
    "AsyncTtsSynthesizersWithRawResponse",
    "TtsSynthesizers",
    "TtsSynthesizersWithRawResponse",
]


class TtsSynthesizers:
    """Operations on tts synthesizers."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        locale: str | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """POST /v1/tts-synthesizers/

        ``POST /v1/tts-synthesizers/``
        """
        payload = validate_request(
            TtsSynthesizer,
            {"type": "tts-synthesizers", "attributes": {"locale": locale, "text": text}},
        )
        return self._client.request(
            "POST",
            "/v1/tts-synthesizers/",
            cast_to=type(None),
            json={"data": payload},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class TtsSynthesizersWithRawResponse:
    """`TtsSynthesizers` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: TtsSynthesizers) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncTtsSynthesizers:
    """Operations on tts synthesizers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        locale: str | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """POST /v1/tts-synthesizers/

        ``POST /v1/tts-synthesizers/``
        """
        payload = validate_request(
            TtsSynthesizer,
            {"type": "tts-synthesizers", "attributes": {"locale": locale, "text": text}},
        )
        return await self._client.request(
            "POST",
            "/v1/tts-synthesizers/",
            cast_to=type(None),
            json={"data": payload},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncTtsSynthesizersWithRawResponse:
    """`AsyncTtsSynthesizers` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncTtsSynthesizers) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
