"""Operations on app credentials."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, validate_request
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import AppCredential

__all__ = [
    "AppCredentials",
    "AppCredentialsWithRawResponse",
    "AsyncAppCredentials",
    "AsyncAppCredentialsWithRawResponse",
]


class AppCredentials:
    """Operations on app credentials."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        filter_app_name: Annotated[str, Field(max_length=64)] | NotGiven = NOT_GIVEN,
        filter_type: Literal["apn", "fcm"] | NotGiven = NOT_GIVEN,
        include_archived: bool = False,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[AppCredential]:
        """GET /v1/app-credentials/

        ``GET /v1/app-credentials/``
        """
        return self._client.get_page(
            "/v1/app-credentials/",
            item_type=AppCredential,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[app-name]": filter_app_name,
                "filter[type]": filter_type,
                "include[archived]": include_archived,
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
        app_name: str | NotGiven = NOT_GIVEN,
        archived: bool | NotGiven = NOT_GIVEN,
        data: dict[str, Any] | NotGiven = NOT_GIVEN,
        display_name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        store_id: str | NotGiven = NOT_GIVEN,
        test_mode: bool | NotGiven = NOT_GIVEN,
        type_: Literal["apn", "fcm"] | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AppCredential:
        """POST /v1/app-credentials/

        ``POST /v1/app-credentials/``
        """
        payload = validate_request(
            AppCredential,
            {
                "id": id,
                "type": "app-credentials",
                "attributes": {
                    "app-name": app_name,
                    "archived": archived,
                    "data": data,
                    "display-name": display_name,
                    "organization-id": organization_id,
                    "store-id": store_id,
                    "test-mode": test_mode,
                    "type": type_,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/app-credentials/",
            cast_to=AppCredential,
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
    ) -> AppCredential:
        """GET /v1/app-credentials/{id}/

        ``GET /v1/app-credentials/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/app-credentials/{quote_path(id)}/",
            cast_to=AppCredential,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        id: str,
        *,
        app_name: str | NotGiven = NOT_GIVEN,
        archived: bool | NotGiven = NOT_GIVEN,
        data: dict[str, Any] | NotGiven = NOT_GIVEN,
        display_name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        store_id: str | NotGiven = NOT_GIVEN,
        test_mode: bool | NotGiven = NOT_GIVEN,
        type_: Literal["apn", "fcm"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AppCredential:
        """PATCH /v1/app-credentials/{id}/

        ``PATCH /v1/app-credentials/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            AppCredential,
            {
                "id": id,
                "type": "app-credentials",
                "attributes": {
                    "app-name": app_name,
                    "archived": archived,
                    "data": data,
                    "display-name": display_name,
                    "organization-id": organization_id,
                    "store-id": store_id,
                    "test-mode": test_mode,
                    "type": type_,
                },
            },
        )
        return self._client.request(
            "PATCH",
            f"/v1/app-credentials/{quote_path(id)}/",
            cast_to=AppCredential,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AppCredentialsWithRawResponse:
    """`AppCredentials` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AppCredentials) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncAppCredentials:
    """Operations on app credentials."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        filter_app_name: Annotated[str, Field(max_length=64)] | NotGiven = NOT_GIVEN,
        filter_type: Literal["apn", "fcm"] | NotGiven = NOT_GIVEN,
        include_archived: bool = False,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[AppCredential]:
        """GET /v1/app-credentials/

        ``GET /v1/app-credentials/``
        """
        return await self._client.get_page(
            "/v1/app-credentials/",
            item_type=AppCredential,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[app-name]": filter_app_name,
                "filter[type]": filter_type,
                "include[archived]": include_archived,
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
        app_name: str | NotGiven = NOT_GIVEN,
        archived: bool | NotGiven = NOT_GIVEN,
        data: dict[str, Any] | NotGiven = NOT_GIVEN,
        display_name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        store_id: str | NotGiven = NOT_GIVEN,
        test_mode: bool | NotGiven = NOT_GIVEN,
        type_: Literal["apn", "fcm"] | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AppCredential:
        """POST /v1/app-credentials/

        ``POST /v1/app-credentials/``
        """
        payload = validate_request(
            AppCredential,
            {
                "id": id,
                "type": "app-credentials",
                "attributes": {
                    "app-name": app_name,
                    "archived": archived,
                    "data": data,
                    "display-name": display_name,
                    "organization-id": organization_id,
                    "store-id": store_id,
                    "test-mode": test_mode,
                    "type": type_,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/app-credentials/",
            cast_to=AppCredential,
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
    ) -> AppCredential:
        """GET /v1/app-credentials/{id}/

        ``GET /v1/app-credentials/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/app-credentials/{quote_path(id)}/",
            cast_to=AppCredential,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        id: str,
        *,
        app_name: str | NotGiven = NOT_GIVEN,
        archived: bool | NotGiven = NOT_GIVEN,
        data: dict[str, Any] | NotGiven = NOT_GIVEN,
        display_name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        store_id: str | NotGiven = NOT_GIVEN,
        test_mode: bool | NotGiven = NOT_GIVEN,
        type_: Literal["apn", "fcm"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AppCredential:
        """PATCH /v1/app-credentials/{id}/

        ``PATCH /v1/app-credentials/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            AppCredential,
            {
                "id": id,
                "type": "app-credentials",
                "attributes": {
                    "app-name": app_name,
                    "archived": archived,
                    "data": data,
                    "display-name": display_name,
                    "organization-id": organization_id,
                    "store-id": store_id,
                    "test-mode": test_mode,
                    "type": type_,
                },
            },
        )
        return await self._client.request(
            "PATCH",
            f"/v1/app-credentials/{quote_path(id)}/",
            cast_to=AppCredential,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAppCredentialsWithRawResponse:
    """`AsyncAppCredentials` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncAppCredentials) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
