"""List, search, and update conversations and their messages."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, validate_request
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import (
    Conversation,
    ConversationList,
    ConversationResponse,
    ConversationsSearchRequest,
    ConversationsUpdateRequest,
    Message,
)

__all__ = [
    "AsyncConversations",
    "AsyncConversationsWithRawResponse",
    "Conversations",
    "ConversationsWithRawResponse",
]


class Conversations:
    """List, search, and update conversations and their messages."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        limit: Annotated[int, Field(le=500)] = 50,
        offset: int = 0,
        status: builtins.list[Literal["open", "closed", "spam", "automated"]]
        | NotGiven = NOT_GIVEN,
        type_: builtins.list[Literal["phone", "email", "fax"]] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[Conversation]:
        """List conversations

        ``GET /conversations``

        Args:
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
            status: Filter by conversation status.
            type_: Filter by conversation type.
        """
        return self._client.get_page(
            "/conversations",
            item_type=Conversation,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="limit",
                offset_param="offset",
                total_pointer="/total",
                max_limit=500,
            ),
            params={"limit": limit, "offset": offset, "status[]": status, "type[]": type_},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConversationResponse:
        """Show a conversation

        ``GET /conversations/{id}``

        Args:
            id: Resource UUID.
        """
        return self._client.request(
            "GET",
            f"/conversations/{quote_path(id)}",
            cast_to=ConversationResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        id: UUID | str,
        *,
        status: Literal["open", "closed", "spam", "automated"] | NotGiven = NOT_GIVEN,
        assigned_user_id: int | NotGiven = NOT_GIVEN,
        assigned_team_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConversationResponse:
        """Update a conversation

        ``PUT /conversations/{id}``

        Args:
            id: Resource UUID.
        """
        payload = validate_request(
            ConversationsUpdateRequest,
            {
                "status": status,
                "assigned_user_id": assigned_user_id,
                "assigned_team_id": assigned_team_id,
            },
        )
        return self._client.request(
            "PUT",
            f"/conversations/{quote_path(id)}",
            cast_to=ConversationResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def search(
        self,
        *,
        query: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConversationList:
        """Search conversations

        ``POST /conversations/search``
        """
        payload = validate_request(
            ConversationsSearchRequest,
            {"query": query, "limit": limit, "offset": offset},
        )
        return self._client.request(
            "POST",
            "/conversations/search",
            cast_to=ConversationList,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    @validate_call(config=ARGUMENTS_CONFIG)
    def list_messages(
        self,
        id: UUID | str,
        *,
        limit: Annotated[int, Field(le=500)] = 50,
        offset: int = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[Message]:
        """List messages in a conversation

        ``GET /conversations/{id}/messages``

        Args:
            id: Resource UUID.
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
        """
        return self._client.get_page(
            f"/conversations/{quote_path(id)}/messages",
            item_type=Message,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="limit",
                offset_param="offset",
                total_pointer="/total",
                max_limit=500,
            ),
            params={"limit": limit, "offset": offset},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class ConversationsWithRawResponse:
    """`Conversations` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Conversations) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.search = to_raw_response_wrapper(resource.search)
        self.list_messages = to_raw_response_wrapper(resource.list_messages)


class AsyncConversations:
    """List, search, and update conversations and their messages."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        limit: Annotated[int, Field(le=500)] = 50,
        offset: int = 0,
        status: builtins.list[Literal["open", "closed", "spam", "automated"]]
        | NotGiven = NOT_GIVEN,
        type_: builtins.list[Literal["phone", "email", "fax"]] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[Conversation]:
        """List conversations

        ``GET /conversations``

        Args:
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
            status: Filter by conversation status.
            type_: Filter by conversation type.
        """
        return await self._client.get_page(
            "/conversations",
            item_type=Conversation,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="limit",
                offset_param="offset",
                total_pointer="/total",
                max_limit=500,
            ),
            params={"limit": limit, "offset": offset, "status[]": status, "type[]": type_},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConversationResponse:
        """Show a conversation

        ``GET /conversations/{id}``

        Args:
            id: Resource UUID.
        """
        return await self._client.request(
            "GET",
            f"/conversations/{quote_path(id)}",
            cast_to=ConversationResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        id: UUID | str,
        *,
        status: Literal["open", "closed", "spam", "automated"] | NotGiven = NOT_GIVEN,
        assigned_user_id: int | NotGiven = NOT_GIVEN,
        assigned_team_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConversationResponse:
        """Update a conversation

        ``PUT /conversations/{id}``

        Args:
            id: Resource UUID.
        """
        payload = validate_request(
            ConversationsUpdateRequest,
            {
                "status": status,
                "assigned_user_id": assigned_user_id,
                "assigned_team_id": assigned_team_id,
            },
        )
        return await self._client.request(
            "PUT",
            f"/conversations/{quote_path(id)}",
            cast_to=ConversationResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def search(
        self,
        *,
        query: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConversationList:
        """Search conversations

        ``POST /conversations/search``
        """
        payload = validate_request(
            ConversationsSearchRequest,
            {"query": query, "limit": limit, "offset": offset},
        )
        return await self._client.request(
            "POST",
            "/conversations/search",
            cast_to=ConversationList,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list_messages(
        self,
        id: UUID | str,
        *,
        limit: Annotated[int, Field(le=500)] = 50,
        offset: int = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[Message]:
        """List messages in a conversation

        ``GET /conversations/{id}/messages``

        Args:
            id: Resource UUID.
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
        """
        return await self._client.get_page(
            f"/conversations/{quote_path(id)}/messages",
            item_type=Message,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="limit",
                offset_param="offset",
                total_pointer="/total",
                max_limit=500,
            ),
            params={"limit": limit, "offset": offset},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncConversationsWithRawResponse:
    """`AsyncConversations` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncConversations) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.search = async_to_raw_response_wrapper(resource.search)
        self.list_messages = async_to_raw_response_wrapper(resource.list_messages)
