"""Operations on messaging plugins."""

from __future__ import annotations

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
from ..models import MessagingPlugin, MessagingPluginsExpandRequest, MessagingPluginsExpandResponse

__all__ = [
    "AsyncMessagingPlugins",
    "AsyncMessagingPluginsWithRawResponse",
    "MessagingPlugins",
    "MessagingPluginsWithRawResponse",
]


class MessagingPlugins:
    """Operations on messaging plugins."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        organization_id: UUID,
        filter_name: Annotated[str, Field(max_length=15, min_length=4, pattern="^[a-z0-9]+$")]
        | NotGiven = NOT_GIVEN,
        filter_type: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[MessagingPlugin]:
        """GET /v1/messaging-plugins/

        ``GET /v1/messaging-plugins/``
        """
        return self._client.get_page(
            "/v1/messaging-plugins/",
            item_type=MessagingPlugin,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
                "filter[name]": filter_name,
                "filter[type]": filter_type,
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
        args: dict[str, Any] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingPlugin:
        """POST /v1/messaging-plugins/

        ``POST /v1/messaging-plugins/``
        """
        payload = validate_request(
            MessagingPlugin,
            {
                "id": id,
                "type": "messaging-plugins",
                "attributes": {
                    "args": args,
                    "name": name,
                    "organization-id": organization_id,
                    "type": type_,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/messaging-plugins/",
            cast_to=MessagingPlugin,
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
    ) -> MessagingPlugin:
        """GET /v1/messaging-plugins/{id}/

        ``GET /v1/messaging-plugins/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/messaging-plugins/{quote_path(id)}/",
            cast_to=MessagingPlugin,
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
        args: dict[str, Any] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingPlugin:
        """PATCH /v1/messaging-plugins/{id}/

        ``PATCH /v1/messaging-plugins/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingPlugin,
            {
                "id": id,
                "type": "messaging-plugins",
                "attributes": {
                    "args": args,
                    "name": name,
                    "organization-id": organization_id,
                    "type": type_,
                },
            },
        )
        return self._client.request(
            "PATCH",
            f"/v1/messaging-plugins/{quote_path(id)}/",
            cast_to=MessagingPlugin,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def disable(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingPlugin:
        """POST /v1/messaging-plugins/{id}/disable/

        ``POST /v1/messaging-plugins/{id}/disable/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return self._client.request(
            "POST",
            f"/v1/messaging-plugins/{quote_path(id)}/disable/",
            cast_to=MessagingPlugin,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def enable(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingPlugin:
        """POST /v1/messaging-plugins/{id}/enable/

        ``POST /v1/messaging-plugins/{id}/enable/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return self._client.request(
            "POST",
            f"/v1/messaging-plugins/{quote_path(id)}/enable/",
            cast_to=MessagingPlugin,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def expand(
        self,
        id: str,
        *,
        channel_id: UUID,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingPluginsExpandResponse:
        """POST /v1/messaging-plugins/{id}/expand/

        ``POST /v1/messaging-plugins/{id}/expand/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingPluginsExpandRequest,
            {"channel-id": channel_id},
        )
        return self._client.request(
            "POST",
            f"/v1/messaging-plugins/{quote_path(id)}/expand/",
            cast_to=MessagingPluginsExpandResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class MessagingPluginsWithRawResponse:
    """`MessagingPlugins` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: MessagingPlugins) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.disable = to_raw_response_wrapper(resource.disable)
        self.enable = to_raw_response_wrapper(resource.enable)
        self.expand = to_raw_response_wrapper(resource.expand)


class AsyncMessagingPlugins:
    """Operations on messaging plugins."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        organization_id: UUID,
        filter_name: Annotated[str, Field(max_length=15, min_length=4, pattern="^[a-z0-9]+$")]
        | NotGiven = NOT_GIVEN,
        filter_type: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[MessagingPlugin]:
        """GET /v1/messaging-plugins/

        ``GET /v1/messaging-plugins/``
        """
        return await self._client.get_page(
            "/v1/messaging-plugins/",
            item_type=MessagingPlugin,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "organization-id": organization_id,
                "filter[name]": filter_name,
                "filter[type]": filter_type,
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
        args: dict[str, Any] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingPlugin:
        """POST /v1/messaging-plugins/

        ``POST /v1/messaging-plugins/``
        """
        payload = validate_request(
            MessagingPlugin,
            {
                "id": id,
                "type": "messaging-plugins",
                "attributes": {
                    "args": args,
                    "name": name,
                    "organization-id": organization_id,
                    "type": type_,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/messaging-plugins/",
            cast_to=MessagingPlugin,
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
    ) -> MessagingPlugin:
        """GET /v1/messaging-plugins/{id}/

        ``GET /v1/messaging-plugins/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/messaging-plugins/{quote_path(id)}/",
            cast_to=MessagingPlugin,
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
        args: dict[str, Any] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingPlugin:
        """PATCH /v1/messaging-plugins/{id}/

        ``PATCH /v1/messaging-plugins/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingPlugin,
            {
                "id": id,
                "type": "messaging-plugins",
                "attributes": {
                    "args": args,
                    "name": name,
                    "organization-id": organization_id,
                    "type": type_,
                },
            },
        )
        return await self._client.request(
            "PATCH",
            f"/v1/messaging-plugins/{quote_path(id)}/",
            cast_to=MessagingPlugin,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def disable(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingPlugin:
        """POST /v1/messaging-plugins/{id}/disable/

        ``POST /v1/messaging-plugins/{id}/disable/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return await self._client.request(
            "POST",
            f"/v1/messaging-plugins/{quote_path(id)}/disable/",
            cast_to=MessagingPlugin,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def enable(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingPlugin:
        """POST /v1/messaging-plugins/{id}/enable/

        ``POST /v1/messaging-plugins/{id}/enable/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return await self._client.request(
            "POST",
            f"/v1/messaging-plugins/{quote_path(id)}/enable/",
            cast_to=MessagingPlugin,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def expand(
        self,
        id: str,
        *,
        channel_id: UUID,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingPluginsExpandResponse:
        """POST /v1/messaging-plugins/{id}/expand/

        ``POST /v1/messaging-plugins/{id}/expand/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingPluginsExpandRequest,
            {"channel-id": channel_id},
        )
        return await self._client.request(
            "POST",
            f"/v1/messaging-plugins/{quote_path(id)}/expand/",
            cast_to=MessagingPluginsExpandResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMessagingPluginsWithRawResponse:
    """`AsyncMessagingPlugins` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncMessagingPlugins) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.disable = async_to_raw_response_wrapper(resource.disable)
        self.enable = async_to_raw_response_wrapper(resource.enable)
        self.expand = async_to_raw_response_wrapper(resource.expand)
