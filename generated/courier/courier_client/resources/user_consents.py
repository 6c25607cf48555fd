"""Operations on user consents."""

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
from ..models import UserConsent, UserConsentAttributesArgs, UserConsentAttributesArgsParam

__all__ = [
    "AsyncUserConsents",
    "AsyncUserConsentsWithRawResponse",
    "UserConsents",
    "UserConsentsWithRawResponse",
]


class UserConsents:
    """Operations on user consents."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        filter_organization_id: UUID | NotGiven = NOT_GIVEN,
        filter_user_id: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[UserConsent]:
        """GET /v1/user-consents/

        ``GET /v1/user-consents/``
        """
        return self._client.get_page(
            "/v1/user-consents/",
            item_type=UserConsent,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
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
        args: UserConsentAttributesArgs | UserConsentAttributesArgsParam | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        user_id: UUID | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserConsent:
        """POST /v1/user-consents/

        ``POST /v1/user-consents/``
        """
        payload = validate_request(
            UserConsent,
            {
                "id": id,
                "type": "user-consents",
                "attributes": {
                    "args": args,
                    "organization-id": organization_id,
                    "type": type_,
                    "user-id": user_id,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/user-consents/",
            cast_to=UserConsent,
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
    ) -> UserConsent:
        """GET /v1/user-consents/{id}/

        ``GET /v1/user-consents/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/user-consents/{quote_path(id)}/",
            cast_to=UserConsent,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class UserConsentsWithRawResponse:
    """`UserConsents` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: UserConsents) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncUserConsents:
    """Operations on user consents."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        filter_organization_id: UUID | NotGiven = NOT_GIVEN,
        filter_user_id: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[UserConsent]:
        """GET /v1/user-consents/

        ``GET /v1/user-consents/``
        """
        return await self._client.get_page(
            "/v1/user-consents/",
            item_type=UserConsent,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
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
        args: UserConsentAttributesArgs | UserConsentAttributesArgsParam | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        user_id: UUID | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserConsent:
        """POST /v1/user-consents/

        ``POST /v1/user-consents/``
        """
        payload = validate_request(
            UserConsent,
            {
                "id": id,
                "type": "user-consents",
                "attributes": {
                    "args": args,
                    "organization-id": organization_id,
                    "type": type_,
                    "user-id": user_id,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/user-consents/",
            cast_to=UserConsent,
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
    ) -> UserConsent:
        """GET /v1/user-consents/{id}/

        ``GET /v1/user-consents/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/user-consents/{quote_path(id)}/",
            cast_to=UserConsent,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncUserConsentsWithRawResponse:
    """`AsyncUserConsents` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncUserConsents) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
