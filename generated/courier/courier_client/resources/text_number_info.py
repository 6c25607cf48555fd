"""Operations on text number info."""

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
from ..models import TextNumberInfo

__all__ = [
    "AsyncTextNumberInfoResource",
    "AsyncTextNumberInfoResourceWithRawResponse",
    "TextNumberInfoResource",
    "TextNumberInfoResourceWithRawResponse",
]


class TextNumberInfoResource:
    """Operations on text number info."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        number: str,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[TextNumberInfo]:
        """GET /v1/text-number-info/

        ``GET /v1/text-number-info/``
        """
        return self._client.get_page(
            "/v1/text-number-info/",
            item_type=TextNumberInfo,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={"number": number, "page[limit]": page_limit, "page[offset]": page_offset},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        number: str | NotGiven = NOT_GIVEN,
        reresolve: bool | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextNumberInfo:
        """POST /v1/text-number-info/

        ``POST /v1/text-number-info/``
        """
        payload = validate_request(
            TextNumberInfo,
            {
                "id": id,
                "type": "text-number-info",
                "attributes": {"number": number, "reresolve": reresolve},
            },
        )
        return self._client.request(
            "POST",
            "/v1/text-number-info/",
            cast_to=TextNumberInfo,
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
    ) -> TextNumberInfo:
        """GET /v1/text-number-info/{id}/

        ``GET /v1/text-number-info/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/text-number-info/{quote_path(id)}/",
            cast_to=TextNumberInfo,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class TextNumberInfoResourceWithRawResponse:
    """`TextNumberInfoResource` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: TextNumberInfoResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncTextNumberInfoResource:
    """Operations on text number info."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        number: str,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[TextNumberInfo]:
        """GET /v1/text-number-info/

        ``GET /v1/text-number-info/``
        """
        return await self._client.get_page(
            "/v1/text-number-info/",
            item_type=TextNumberInfo,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={"number": number, "page[limit]": page_limit, "page[offset]": page_offset},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        number: str | NotGiven = NOT_GIVEN,
        reresolve: bool | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextNumberInfo:
        """POST /v1/text-number-info/

        ``POST /v1/text-number-info/``
        """
        payload = validate_request(
            TextNumberInfo,
            {
                "id": id,
                "type": "text-number-info",
                "attributes": {"number": number, "reresolve": reresolve},
            },
        )
        return await self._client.request(
            "POST",
            "/v1/text-number-info/",
            cast_to=TextNumberInfo,
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
    ) -> TextNumberInfo:
        """GET /v1/text-number-info/{id}/

        ``GET /v1/text-number-info/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/text-number-info/{quote_path(id)}/",
            cast_to=TextNumberInfo,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncTextNumberInfoResourceWithRawResponse:
    """`AsyncTextNumberInfoResource` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncTextNumberInfoResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
