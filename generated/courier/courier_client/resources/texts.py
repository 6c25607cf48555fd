"""Operations on texts."""

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
from ..models import Text

__all__ = [
    "AsyncTexts",
    "AsyncTextsWithRawResponse",
    "Texts",
    "TextsWithRawResponse",
]


class Texts:
    """Operations on texts."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        account_id: UUID,
        filter_number_id: UUID | NotGiven = NOT_GIVEN,
        filter_target: str | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[Text]:
        """GET /v1/texts/

        ``GET /v1/texts/``
        """
        return self._client.get_page(
            "/v1/texts/",
            item_type=Text,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "account-id": account_id,
                "filter[number-id]": filter_number_id,
                "filter[target]": filter_target,
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
        callback_status_url: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        target: str | NotGiven = NOT_GIVEN,
        account_id: UUID | NotGiven = NOT_GIVEN,
        callback_json: dict[str, Any] | NotGiven = NOT_GIVEN,
        callback_one_off: bool | NotGiven = NOT_GIVEN,
        expected_responses: builtins.list[str] | NotGiven = NOT_GIVEN,
        number_id: UUID | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Text:
        """POST /v1/texts/

        ``POST /v1/texts/``
        """
        payload = validate_request(
            Text,
            {
                "id": id,
                "type": "texts",
                "attributes": {
                    "callback-status-url": callback_status_url,
                    "callback-url": callback_url,
                    "message": message,
                    "target": target,
                    "account-id": account_id,
                    "callback-json": callback_json,
                    "callback-one-off": callback_one_off,
                    "expected-responses": expected_responses,
                    "number-id": number_id,
                    "organization-id": organization_id,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/texts/",
            cast_to=Text,
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
    ) -> Text:
        """GET /v1/texts/{id}/

        ``GET /v1/texts/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/texts/{quote_path(id)}/",
            cast_to=Text,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def callback(
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
        """POST /v1/texts/{id}/callback/

        ``POST /v1/texts/{id}/callback/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return self._client.request(
            "POST",
            f"/v1/texts/{quote_path(id)}/callback/",
            cast_to=type(None),
            json=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class TextsWithRawResponse:
    """`Texts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Texts) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.callback = to_raw_response_wrapper(resource.callback)


class AsyncTexts:
    """Operations on texts."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        account_id: UUID,
        filter_number_id: UUID | NotGiven = NOT_GIVEN,
        filter_target: str | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[Text]:
        """GET /v1/texts/

        ``GET /v1/texts/``
        """
        return await self._client.get_page(
            "/v1/texts/",
            item_type=Text,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "account-id": account_id,
                "filter[number-id]": filter_number_id,
                "filter[target]": filter_target,
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
        callback_status_url: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        target: str | NotGiven = NOT_GIVEN,
        account_id: UUID | NotGiven = NOT_GIVEN,
        callback_json: dict[str, Any] | NotGiven = NOT_GIVEN,
        callback_one_off: bool | NotGiven = NOT_GIVEN,
        expected_responses: builtins.list[str] | NotGiven = NOT_GIVEN,
        number_id: UUID | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Text:
        """POST /v1/texts/

        ``POST /v1/texts/``
        """
        payload = validate_request(
            Text,
            {
                "id": id,
                "type": "texts",
                "attributes": {
                    "callback-status-url": callback_status_url,
                    "callback-url": callback_url,
                    "message": message,
                    "target": target,
                    "account-id": account_id,
                    "callback-json": callback_json,
                    "callback-one-off": callback_one_off,
                    "expected-responses": expected_responses,
                    "number-id": number_id,
                    "organization-id": organization_id,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/texts/",
            cast_to=Text,
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
    ) -> Text:
        """GET /v1/texts/{id}/

        ``GET /v1/texts/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/texts/{quote_path(id)}/",
            cast_to=Text,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def callback(
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
        """POST /v1/texts/{id}/callback/

        ``POST /v1/texts/{id}/callback/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return await self._client.request(
            "POST",
            f"/v1/texts/{quote_path(id)}/callback/",
            cast_to=type(None),
            json=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncTextsWithRawResponse:
    """`AsyncTexts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncTexts) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.callback = async_to_raw_response_wrapper(resource.callback)
