"""Manage automated multi-step sequences and their contacts."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from datetime import datetime
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
    AcceptedResponse,
    Contact,
    CreateContactRequest,
    CreateContactRequestParam,
    CreateSequenceContactsRequest,
    CreateSequenceContactsRequestCustomData,
    CreateSequenceContactsRequestCustomDataParam,
    SequenceModel,
    SequenceRun,
    SequencesGetResponse,
    SequencesRemoveContactsRequest,
    SequencesRemoveContactsRequestContactsItem,
    SequencesRemoveContactsRequestContactsItemParam,
)

__all__ = [
    "AsyncSequences",
    "AsyncSequencesWithRawResponse",
    "Sequences",
    "SequencesWithRawResponse",
]


class Sequences:
    """Manage automated multi-step sequences and their contacts."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        limit: Annotated[int, Field(le=500)] = 50,
        offset: int = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[SequenceModel]:
        """List sequences

        ``GET /sequences``

        Args:
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
        """
        return self._client.get_page(
            "/sequences",
            item_type=SequenceModel,
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

    def get(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SequencesGetResponse:
        """Show a sequence

        ``GET /sequences/{id}``

        Args:
            id: Resource UUID.
        """
        return self._client.request(
            "GET",
            f"/sequences/{quote_path(id)}",
            cast_to=SequencesGetResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    @validate_call(config=ARGUMENTS_CONFIG)
    def list_contacts(
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
    ) -> SyncOffsetPage[Contact]:
        """List sequence contacts

        ``GET /sequences/{id}/contacts``

        Args:
            id: Resource UUID.
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
        """
        return self._client.get_page(
            f"/sequences/{quote_path(id)}/contacts",
            item_type=Contact,
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

    def create_contacts(
        self,
        id: UUID | str,
        *,
        to: Annotated[
            builtins.list[CreateContactRequest | CreateContactRequestParam],
            limits(max_length=4000, min_length=1),
        ],
        from_: str | NotGiven = NOT_GIVEN,
        step_id: UUID | NotGiven = NOT_GIVEN,
        schedule_at: datetime | NotGiven = NOT_GIVEN,
        custom_data: CreateSequenceContactsRequestCustomData
        | CreateSequenceContactsRequestCustomDataParam
        | NotGiven = NOT_GIVEN,
        step_overrides: dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AcceptedResponse:
        """Add contacts to a sequence

        Add 1-4000 contacts to a sequence, optionally at a specific step.

        ``POST /sequences/{id}/contacts``

        Args:
            id: Resource UUID.
            from_: Phone / email of an existing channel (must match step type).
            step_id: Sequence step UUID (defaults to the first step).
        """
        payload = validate_request(
            CreateSequenceContactsRequest,
            {
                "to": to,
                "from": from_,
                "step_id": step_id,
                "schedule_at": schedule_at,
                "custom_data": custom_data,
                "step_overrides": step_overrides,
            },
        )
        return self._client.request(
            "POST",
            f"/sequences/{quote_path(id)}/contacts",
            cast_to=AcceptedResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def remove_contacts(
        self,
        id: UUID | str,
        *,
        contacts: builtins.list[
            SequencesRemoveContactsRequestContactsItem
            | SequencesRemoveContactsRequestContactsItemParam
        ],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AcceptedResponse:
        """Remove contacts from a sequence

        ``DELETE /sequences/{id}/contacts``

        Args:
            id: Resource UUID.
        """
        payload = validate_request(
            SequencesRemoveContactsRequest,
            {"contacts": contacts},
        )
        return self._client.request(
            "DELETE",
            f"/sequences/{quote_path(id)}/contacts",
            cast_to=AcceptedResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    @validate_call(config=ARGUMENTS_CONFIG)
    def list_runs(
        self,
        *,
        limit: Annotated[int, Field(le=500)] = 50,
        offset: int = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[SequenceRun]:
        """List sequence runs

        ``GET /sequences/runs``

        Args:
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
        """
        return self._client.get_page(
            "/sequences/runs",
            item_type=SequenceRun,
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


class SequencesWithRawResponse:
    """`Sequences` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Sequences) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.list_contacts = to_raw_response_wrapper(resource.list_contacts)
        self.create_contacts = to_raw_response_wrapper(resource.create_contacts)
        self.remove_contacts = to_raw_response_wrapper(resource.remove_contacts)
        self.list_runs = to_raw_response_wrapper(resource.list_runs)


class AsyncSequences:
    """Manage automated multi-step sequences and their contacts."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        limit: Annotated[int, Field(le=500)] = 50,
        offset: int = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[SequenceModel]:
        """List sequences

        ``GET /sequences``

        Args:
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
        """
        return await self._client.get_page(
            "/sequences",
            item_type=SequenceModel,
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

    async def get(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SequencesGetResponse:
        """Show a sequence

        ``GET /sequences/{id}``

        Args:
            id: Resource UUID.
        """
        return await self._client.request(
            "GET",
            f"/sequences/{quote_path(id)}",
            cast_to=SequencesGetResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list_contacts(
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
    ) -> AsyncOffsetPage[Contact]:
        """List sequence contacts

        ``GET /sequences/{id}/contacts``

        Args:
            id: Resource UUID.
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
        """
        return await self._client.get_page(
            f"/sequences/{quote_path(id)}/contacts",
            item_type=Contact,
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

    async def create_contacts(
        self,
        id: UUID | str,
        *,
        to: Annotated[
            builtins.list[CreateContactRequest | CreateContactRequestParam],
            limits(max_length=4000, min_length=1),
        ],
        from_: str | NotGiven = NOT_GIVEN,
        step_id: UUID | NotGiven = NOT_GIVEN,
        schedule_at: datetime | NotGiven = NOT_GIVEN,
        custom_data: CreateSequenceContactsRequestCustomData
        | CreateSequenceContactsRequestCustomDataParam
        | NotGiven = NOT_GIVEN,
        step_overrides: dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AcceptedResponse:
        """Add contacts to a sequence

        Add 1-4000 contacts to a sequence, optionally at a specific step.

        ``POST /sequences/{id}/contacts``

        Args:
            id: Resource UUID.
            from_: Phone / email of an existing channel (must match step type).
            step_id: Sequence step UUID (defaults to the first step).
        """
        payload = validate_request(
            CreateSequenceContactsRequest,
            {
                "to": to,
                "from": from_,
                "step_id": step_id,
                "schedule_at": schedule_at,
                "custom_data": custom_data,
                "step_overrides": step_overrides,
            },
        )
        return await self._client.request(
            "POST",
            f"/sequences/{quote_path(id)}/contacts",
            cast_to=AcceptedResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def remove_contacts(
        self,
        id: UUID | str,
        *,
        contacts: builtins.list[
            SequencesRemoveContactsRequestContactsItem
            | SequencesRemoveContactsRequestContactsItemParam
        ],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AcceptedResponse:
        """Remove contacts from a sequence

        ``DELETE /sequences/{id}/contacts``

        Args:
            id: Resource UUID.
        """
        payload = validate_request(
            SequencesRemoveContactsRequest,
            {"contacts": contacts},
        )
        return await self._client.request(
            "DELETE",
            f"/sequences/{quote_path(id)}/contacts",
            cast_to=AcceptedResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list_runs(
        self,
        *,
        limit: Annotated[int, Field(le=500)] = 50,
        offset: int = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[SequenceRun]:
        """List sequence runs

        ``GET /sequences/runs``

        Args:
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
        """
        return await self._client.get_page(
            "/sequences/runs",
            item_type=SequenceRun,
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


class AsyncSequencesWithRawResponse:
    """`AsyncSequences` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncSequences) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list_contacts = async_to_raw_response_wrapper(resource.list_contacts)
        self.create_contacts = async_to_raw_response_wrapper(resource.create_contacts)
        self.remove_contacts = async_to_raw_response_wrapper(resource.remove_contacts)
        self.list_runs = async_to_raw_response_wrapper(resource.list_runs)
