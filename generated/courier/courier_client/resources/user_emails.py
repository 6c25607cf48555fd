"""Operations on user emails."""

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
from ..models import UserEmail

__all__ = [
    "AsyncUserEmails",
    "AsyncUserEmailsWithRawResponse",
    "UserEmails",
    "UserEmailsWithRawResponse",
]


class UserEmails:
    """Operations on user emails."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        individual_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[UserEmail]:
        """GET /v1/user-emails/

        ``GET /v1/user-emails/``
        """
        return self._client.get_page(
            "/v1/user-emails/",
            item_type=UserEmail,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "individual-id": individual_id,
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        message_html: str | NotGiven = NOT_GIVEN,
        sender_organization_id: UUID | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        to: builtins.list[str] | str | NotGiven = NOT_GIVEN,
        auto_send: bool | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserEmail:
        """POST /v1/user-emails/

        ``POST /v1/user-emails/``
        """
        payload = validate_request(
            UserEmail,
            {
                "id": id,
                "type": "user-emails",
                "attributes": {
                    "individual-id": individual_id,
                    "message": message,
                    "message-html": message_html,
                    "sender-organization-id": sender_organization_id,
                    "subject": subject,
                    "to": to,
                    "auto-send": auto_send,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/user-emails/",
            cast_to=UserEmail,
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
    ) -> UserEmail:
        """GET /v1/user-emails/{id}/

        ``GET /v1/user-emails/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/user-emails/{quote_path(id)}/",
            cast_to=UserEmail,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def send(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserEmail:
        """POST /v1/user-emails/{id}/send/

        ``POST /v1/user-emails/{id}/send/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return self._client.request(
            "POST",
            f"/v1/user-emails/{quote_path(id)}/send/",
            cast_to=UserEmail,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class UserEmailsWithRawResponse:
    """`UserEmails` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: UserEmails) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.send = to_raw_response_wrapper(resource.send)


class AsyncUserEmails:
    """Operations on user emails."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        individual_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[UserEmail]:
        """GET /v1/user-emails/

        ``GET /v1/user-emails/``
        """
        return await self._client.get_page(
            "/v1/user-emails/",
            item_type=UserEmail,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "individual-id": individual_id,
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        message_html: str | NotGiven = NOT_GIVEN,
        sender_organization_id: UUID | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        to: builtins.list[str] | str | NotGiven = NOT_GIVEN,
        auto_send: bool | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserEmail:
        """POST /v1/user-emails/

        ``POST /v1/user-emails/``
        """
        payload = validate_request(
            UserEmail,
            {
                "id": id,
                "type": "user-emails",
                "attributes": {
                    "individual-id": individual_id,
                    "message": message,
                    "message-html": message_html,
                    "sender-organization-id": sender_organization_id,
                    "subject": subject,
                    "to": to,
                    "auto-send": auto_send,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/user-emails/",
            cast_to=UserEmail,
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
    ) -> UserEmail:
        """GET /v1/user-emails/{id}/

        ``GET /v1/user-emails/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/user-emails/{quote_path(id)}/",
            cast_to=UserEmail,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def send(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserEmail:
        """POST /v1/user-emails/{id}/send/

        ``POST /v1/user-emails/{id}/send/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return await self._client.request(
            "POST",
            f"/v1/user-emails/{quote_path(id)}/send/",
            cast_to=UserEmail,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncUserEmailsWithRawResponse:
    """`AsyncUserEmails` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncUserEmails) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.send = async_to_raw_response_wrapper(resource.send)
