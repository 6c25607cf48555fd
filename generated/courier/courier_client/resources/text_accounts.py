"""Operations on text accounts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, limits, validate_request
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import TextAccount, TextAccountNumber, TextAccountsClaimNumberRequest

__all__ = [
    "AsyncTextAccounts",
    "AsyncTextAccountsWithRawResponse",
    "TextAccounts",
    "TextAccountsWithRawResponse",
]


class TextAccounts:
    """Operations on text accounts."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[TextAccount]:
        """GET /v1/text-accounts/

        ``GET /v1/text-accounts/``
        """
        return self._client.get_page(
            "/v1/text-accounts/",
            item_type=TextAccount,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
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
        allow_custom_number: bool | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        phone_number: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextAccount:
        """POST /v1/text-accounts/

        ``POST /v1/text-accounts/``
        """
        payload = validate_request(
            TextAccount,
            {
                "id": id,
                "type": "text-accounts",
                "attributes": {
                    "allow-custom-number": allow_custom_number,
                    "organization-id": organization_id,
                    "phone-number": phone_number,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/text-accounts/",
            cast_to=TextAccount,
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
    ) -> TextAccount:
        """GET /v1/text-accounts/{id}/

        ``GET /v1/text-accounts/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/text-accounts/{quote_path(id)}/",
            cast_to=TextAccount,
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
        allow_custom_number: bool | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        phone_number: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextAccount:
        """PATCH /v1/text-accounts/{id}/

        ``PATCH /v1/text-accounts/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            TextAccount,
            {
                "id": id,
                "type": "text-accounts",
                "attributes": {
                    "allow-custom-number": allow_custom_number,
                    "organization-id": organization_id,
                    "phone-number": phone_number,
                },
            },
        )
        return self._client.request(
            "PATCH",
            f"/v1/text-accounts/{quote_path(id)}/",
            cast_to=TextAccount,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def claim_number(
        self,
        id: str,
        *,
        notes: Annotated[str, limits(max_length=255)],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextAccountNumber:
        """POST /v1/text-accounts/{id}/claim-number/

        ``POST /v1/text-accounts/{id}/claim-number/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            TextAccountsClaimNumberRequest,
            {"notes": notes},
        )
        return self._client.request(
            "POST",
            f"/v1/text-accounts/{quote_path(id)}/claim-number/",
            cast_to=TextAccountNumber,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class TextAccountsWithRawResponse:
    """`TextAccounts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: TextAccounts) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.claim_number = to_raw_response_wrapper(resource.claim_number)


class AsyncTextAccounts:
    """Operations on text accounts."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[TextAccount]:
        """GET /v1/text-accounts/

        ``GET /v1/text-accounts/``
        """
        return await self._client.get_page(
            "/v1/text-accounts/",
            item_type=TextAccount,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
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
        allow_custom_number: bool | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        phone_number: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextAccount:
        """POST /v1/text-accounts/

        ``POST /v1/text-accounts/``
        """
        payload = validate_request(
            TextAccount,
            {
                "id": id,
                "type": "text-accounts",
                "attributes": {
                    "allow-custom-number": allow_custom_number,
                    "organization-id": organization_id,
                    "phone-number": phone_number,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/text-accounts/",
            cast_to=TextAccount,
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
    ) -> TextAccount:
        """GET /v1/text-accounts/{id}/

        ``GET /v1/text-accounts/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/text-accounts/{quote_path(id)}/",
            cast_to=TextAccount,
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
        allow_custom_number: bool | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        phone_number: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextAccount:
        """PATCH /v1/text-accounts/{id}/

        ``PATCH /v1/text-accounts/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            TextAccount,
            {
                "id": id,
                "type": "text-accounts",
                "attributes": {
                    "allow-custom-number": allow_custom_number,
                    "organization-id": organization_id,
                    "phone-number": phone_number,
                },
            },
        )
        return await self._client.request(
            "PATCH",
            f"/v1/text-accounts/{quote_path(id)}/",
            cast_to=TextAccount,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def claim_number(
        self,
        id: str,
        *,
        notes: Annotated[str, limits(max_length=255)],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextAccountNumber:
        """POST /v1/text-accounts/{id}/claim-number/

        ``POST /v1/text-accounts/{id}/claim-number/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            TextAccountsClaimNumberRequest,
            {"notes": notes},
        )
        return await self._client.request(
            "POST",
            f"/v1/text-accounts/{quote_path(id)}/claim-number/",
            cast_to=TextAccountNumber,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncTextAccountsWithRawResponse:
    """`AsyncTextAccounts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncTextAccounts) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.claim_number = async_to_raw_response_wrapper(resource.claim_number)
