"""Operations on text user number maps."""

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
from ..models import TextUserNumberMap

__all__ = [
    "AsyncTextUserNumberMaps",
    "AsyncTextUserNumberMapsWithRawResponse",
    "TextUserNumberMaps",
    "TextUserNumberMapsWithRawResponse",
]


class TextUserNumberMaps:
    """Operations on text user number maps."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        filter_number_id: UUID | NotGiven = NOT_GIVEN,
        filter_organization_id: UUID | NotGiven = NOT_GIVEN,
        filter_user_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[TextUserNumberMap]:
        """GET /v1/text-user-number-maps/

        ``GET /v1/text-user-number-maps/``
        """
        return self._client.get_page(
            "/v1/text-user-number-maps/",
            item_type=TextUserNumberMap,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[number-id]": filter_number_id,
                "filter[organization-id]": filter_organization_id,
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

    def create(
        self,
        *,
        number_id: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextUserNumberMap:
        """POST /v1/text-user-number-maps/

        ``POST /v1/text-user-number-maps/``
        """
        payload = validate_request(
            TextUserNumberMap,
            {
                "id": id,
                "type": "text-user-number-maps",
                "attributes": {
                    "number-id": number_id,
                    "organization-id": organization_id,
                    "user-id": user_id,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/text-user-number-maps/",
            cast_to=TextUserNumberMap,
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
    ) -> TextUserNumberMap:
        """GET /v1/text-user-number-maps/{id}/

        ``GET /v1/text-user-number-maps/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/text-user-number-maps/{quote_path(id)}/",
            cast_to=TextUserNumberMap,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class TextUserNumberMapsWithRawResponse:
    """`TextUserNumberMaps` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: TextUserNumberMaps) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncTextUserNumberMaps:
    """Operations on text user number maps."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        filter_number_id: UUID | NotGiven = NOT_GIVEN,
        filter_organization_id: UUID | NotGiven = NOT_GIVEN,
        filter_user_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[TextUserNumberMap]:
        """GET /v1/text-user-number-maps/

        ``GET /v1/text-user-number-maps/``
        """
        return await self._client.get_page(
            "/v1/text-user-number-maps/",
            item_type=TextUserNumberMap,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[number-id]": filter_number_id,
                "filter[organization-id]": filter_organization_id,
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

    async def create(
        self,
        *,
        number_id: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextUserNumberMap:
        """POST /v1/text-user-number-maps/

        ``POST /v1/text-user-number-maps/``
        """
        payload = validate_request(
            TextUserNumberMap,
            {
                "id": id,
                "type": "text-user-number-maps",
                "attributes": {
                    "number-id": number_id,
                    "organization-id": organization_id,
                    "user-id": user_id,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/text-user-number-maps/",
            cast_to=TextUserNumberMap,
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
    ) -> TextUserNumberMap:
        """GET /v1/text-user-number-maps/{id}/

        ``GET /v1/text-user-number-maps/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/text-user-number-maps/{quote_path(id)}/",
            cast_to=TextUserNumberMap,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncTextUserNumberMapsWithRawResponse:
    """`AsyncTextUserNumberMaps` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncTextUserNumberMaps) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
