"""Operations on announcers."""

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
from ..models import Announcer

__all__ = [
    "Announcers",
    "AnnouncersWithRawResponse",
    "AsyncAnnouncers",
    "AsyncAnnouncersWithRawResponse",
]


class Announcers:
    """Operations on announcers."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        filter_name: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[Announcer]:
        """Returns announcers

        ``GET /v1/announcers/``
        """
        return self._client.get_page(
            "/v1/announcers/",
            item_type=Announcer,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[name]": filter_name,
                "organization-id": organization_id,
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
        event: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Announcer:
        """Creates a new announcer

        ``POST /v1/announcers/``
        """
        payload = validate_request(
            Announcer,
            {
                "id": id,
                "type": "announcers",
                "attributes": {
                    "args": args,
                    "event": event,
                    "name": name,
                    "organization-id": organization_id,
                    "type": type_,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/announcers/",
            cast_to=Announcer,
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
    ) -> Announcer:
        """Returns specific announcer

        ``GET /v1/announcers/{id}/``

        Args:
            id: Resource identifier
        """
        return self._client.request(
            "GET",
            f"/v1/announcers/{quote_path(id)}/",
            cast_to=Announcer,
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
        event: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Announcer:
        """Modifies an existing announcer

        ``PATCH /v1/announcers/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            Announcer,
            {
                "id": id,
                "type": "announcers",
                "attributes": {
                    "args": args,
                    "event": event,
                    "name": name,
                    "organization-id": organization_id,
                    "type": type_,
                },
            },
        )
        return self._client.request(
            "PATCH",
            f"/v1/announcers/{quote_path(id)}/",
            cast_to=Announcer,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AnnouncersWithRawResponse:
    """`Announcers` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Announcers) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncAnnouncers:
    """Operations on announcers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        filter_name: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[Announcer]:
        """Returns announcers

        ``GET /v1/announcers/``
        """
        return await self._client.get_page(
            "/v1/announcers/",
            item_type=Announcer,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[name]": filter_name,
                "organization-id": organization_id,
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
        event: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Announcer:
        """Creates a new announcer

        ``POST /v1/announcers/``
        """
        payload = validate_request(
            Announcer,
            {
                "id": id,
                "type": "announcers",
                "attributes": {
                    "args": args,
                    "event": event,
                    "name": name,
                    "organization-id": organization_id,
                    "type": type_,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/announcers/",
            cast_to=Announcer,
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
    ) -> Announcer:
        """Returns specific announcer

        ``GET /v1/announcers/{id}/``

        Args:
            id: Resource identifier
        """
        return await self._client.request(
            "GET",
            f"/v1/announcers/{quote_path(id)}/",
            cast_to=Announcer,
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
        event: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Announcer:
        """Modifies an existing announcer

        ``PATCH /v1/announcers/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            Announcer,
            {
                "id": id,
                "type": "announcers",
                "attributes": {
                    "args": args,
                    "event": event,
                    "name": name,
                    "organization-id": organization_id,
                    "type": type_,
                },
            },
        )
        return await self._client.request(
            "PATCH",
            f"/v1/announcers/{quote_path(id)}/",
            cast_to=Announcer,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAnnouncersWithRawResponse:
    """`AsyncAnnouncers` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncAnnouncers) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
