"""Operations on text number logs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import TextNumberLog

__all__ = [
    "AsyncTextNumberLogs",
    "AsyncTextNumberLogsWithRawResponse",
    "TextNumberLogs",
    "TextNumberLogsWithRawResponse",
]


class TextNumberLogs:
    """Operations on text number logs."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        number_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[TextNumberLog]:
        """GET /v1/text-number-logs/

        ``GET /v1/text-number-logs/``
        """
        return self._client.get_page(
            "/v1/text-number-logs/",
            item_type=TextNumberLog,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={"number-id": number_id, "page[limit]": page_limit, "page[offset]": page_offset},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class TextNumberLogsWithRawResponse:
    """`TextNumberLogs` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: TextNumberLogs) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncTextNumberLogs:
    """Operations on text number logs."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        number_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[TextNumberLog]:
        """GET /v1/text-number-logs/

        ``GET /v1/text-number-logs/``
        """
        return await self._client.get_page(
            "/v1/text-number-logs/",
            item_type=TextNumberLog,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={"number-id": number_id, "page[limit]": page_limit, "page[offset]": page_offset},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncTextNumberLogsWithRawResponse:
    """`AsyncTextNumberLogs` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncTextNumberLogs) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
