"""Operations on users."""

from __future__ import annotations

import builtins
import warnings
from collections.abc import Mapping
from typing import Annotated, Any
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, limits, validate_request
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import (
    User,
    UsersMulticastRequest,
    UsersMulticastResponse,
    UsersValidateMulticastParamsRequest,
    UsersValidateMulticastParamsResponse,
)

__all__ = [
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "Users",
    "UsersWithRawResponse",
]


class Users:
    """Operations on users."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        filter_email: str | NotGiven = NOT_GIVEN,
        filter_individual_id: UUID | NotGiven = NOT_GIVEN,
        filter_username: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[User]:
        """GET /v1/users/

        ``GET /v1/users/``
        """
        return self._client.get_page(
            "/v1/users/",
            item_type=User,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[email]": filter_email,
                "filter[individual-id]": filter_individual_id,
                "filter[username]": filter_username,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
            },
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
    ) -> User:
        """GET /v1/users/{id}/

        ``GET /v1/users/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/users/{quote_path(id)}/",
            cast_to=User,
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
        notifications: builtins.list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> User:
        """PATCH /v1/users/{id}/

        ``PATCH /v1/users/{id}/``

        Args:
            id: Resource identifier

        Deprecated: the API marks this operation as deprecated.
        """
        warnings.warn("users.update is deprecated by the API.", DeprecationWarning, stacklevel=2)
        payload = validate_request(
            User,
            {"id": id, "type": "users", "attributes": {"notifications": notifications}},
        )
        return self._client.request(
            "PATCH",
            f"/v1/users/{quote_path(id)}/",
            cast_to=User,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def multicast(
        self,
        id: str,
        *,
        template_id: Annotated[str, limits(max_length=255)],
        data: dict[str, Any] | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UsersMulticastResponse:
        """POST /v1/users/{id}/multicast/

        ``POST /v1/users/{id}/multicast/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            UsersMulticastRequest,
            {
                "data": data,
                "individual-id": individual_id,
                "organization-id": organization_id,
                "template-id": template_id,
            },
        )
        return self._client.request(
            "POST",
            f"/v1/users/{quote_path(id)}/multicast/",
            cast_to=UsersMulticastResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def validate_multicast_params(
        self,
        id: str,
        *,
        data: dict[str, Any],
        individual_id: UUID,
        organization_id: UUID,
        template_id: Annotated[str, limits(max_length=255)],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UsersValidateMulticastParamsResponse:
        """POST /v1/users/{id}/validate-multicast-params/

        ``POST /v1/users/{id}/validate-multicast-params/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            UsersValidateMulticastParamsRequest,
            {
                "data": data,
                "individual-id": individual_id,
                "organization-id": organization_id,
                "template-id": template_id,
            },
        )
        return self._client.request(
            "POST",
            f"/v1/users/{quote_path(id)}/validate-multicast-params/",
            cast_to=UsersValidateMulticastParamsResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class UsersWithRawResponse:
    """`Users` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Users) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.multicast = to_raw_response_wrapper(resource.multicast)
        self.validate_multicast_params = to_raw_response_wrapper(resource.validate_multicast_params)


class AsyncUsers:
    """Operations on users."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        filter_email: str | NotGiven = NOT_GIVEN,
        filter_individual_id: UUID | NotGiven = NOT_GIVEN,
        filter_username: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[User]:
        """GET /v1/users/

        ``GET /v1/users/``
        """
        return await self._client.get_page(
            "/v1/users/",
            item_type=User,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "filter[email]": filter_email,
                "filter[individual-id]": filter_individual_id,
                "filter[username]": filter_username,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
            },
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
    ) -> User:
        """GET /v1/users/{id}/

        ``GET /v1/users/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/users/{quote_path(id)}/",
            cast_to=User,
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
        notifications: builtins.list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> User:
        """PATCH /v1/users/{id}/

        ``PATCH /v1/users/{id}/``

        Args:
            id: Resource identifier

        Deprecated: the API marks this operation as deprecated.
        """
        warnings.warn("users.update is deprecated by the API.", DeprecationWarning, stacklevel=2)
        payload = validate_request(
            User,
            {"id": id, "type": "users", "attributes": {"notifications": notifications}},
        )
        return await self._client.request(
            "PATCH",
            f"/v1/users/{quote_path(id)}/",
            cast_to=User,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def multicast(
        self,
        id: str,
        *,
        template_id: Annotated[str, limits(max_length=255)],
        data: dict[str, Any] | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UsersMulticastResponse:
        """POST /v1/users/{id}/multicast/

        ``POST /v1/users/{id}/multicast/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            UsersMulticastRequest,
            {
                "data": data,
                "individual-id": individual_id,
                "organization-id": organization_id,
                "template-id": template_id,
            },
        )
        return await self._client.request(
            "POST",
            f"/v1/users/{quote_path(id)}/multicast/",
            cast_to=UsersMulticastResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def validate_multicast_params(
        self,
        id: str,
        *,
        data: dict[str, Any],
        individual_id: UUID,
        organization_id: UUID,
        template_id: Annotated[str, limits(max_length=255)],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UsersValidateMulticastParamsResponse:
        """POST /v1/users/{id}/validate-multicast-params/

        ``POST /v1/users/{id}/validate-multicast-params/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            UsersValidateMulticastParamsRequest,
            {
                "data": data,
                "individual-id": individual_id,
                "organization-id": organization_id,
                "template-id": template_id,
            },
        )
        return await self._client.request(
            "POST",
            f"/v1/users/{quote_path(id)}/validate-multicast-params/",
            cast_to=UsersValidateMulticastParamsResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncUsersWithRawResponse:
    """`AsyncUsers` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncUsers) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.multicast = async_to_raw_response_wrapper(resource.multicast)
        self.validate_multicast_params = async_to_raw_response_wrapper(
            resource.validate_multicast_params
        )
