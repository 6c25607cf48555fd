"""Manage contacts and communication preferences."""

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
from ..models import (
    AcceptedResponse,
    Address,
    AddressParam,
    BirthDate,
    BirthDateParam,
    Contact,
    ContactList,
    ContactResponse,
    ContactsListCommunicationPreferencesResponse,
    ContactsSearchRequest,
    ContactsUpsertRequest,
    CreateContactRequest,
    CreateContactRequestParam,
    OptInChannel,
    OptInChannelParam,
    OptPreferenceRequest,
)

__all__ = [
    "AsyncContacts",
    "AsyncContactsWithRawResponse",
    "Contacts",
    "ContactsWithRawResponse",
]


class Contacts:
    """Manage contacts and communication preferences."""

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
    ) -> SyncOffsetPage[Contact]:
        """List contacts

        ``GET /contacts``

        Args:
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
        """
        return self._client.get_page(
            "/contacts",
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

    def create(
        self,
        *,
        phone: str,
        name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        address: Address | AddressParam | NotGiven = NOT_GIVEN,
        birth_date: BirthDate | BirthDateParam | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        default_channel_id: UUID | NotGiven = NOT_GIVEN,
        properties: dict[str, Any] | NotGiven = NOT_GIVEN,
        opt_in_to: builtins.list[OptInChannel | OptInChannelParam] | NotGiven = NOT_GIVEN,
        opt_in_to_all_channels: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactResponse:
        """Create a contact

        ``POST /contacts``
        """
        payload = validate_request(
            CreateContactRequest,
            {
                "phone": phone,
                "name": name,
                "email": email,
                "external_id": external_id,
                "address": address,
                "birth_date": birth_date,
                "language": language,
                "default_channel_id": default_channel_id,
                "properties": properties,
                "opt_in_to": opt_in_to,
                "opt_in_to_all_channels": opt_in_to_all_channels,
            },
        )
        return self._client.request(
            "POST",
            "/contacts",
            cast_to=ContactResponse,
            json=payload,
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
    ) -> ContactResponse:
        """Show a contact

        ``GET /contacts/{id}``

        Args:
            id: Resource UUID.
        """
        return self._client.request(
            "GET",
            f"/contacts/{quote_path(id)}",
            cast_to=ContactResponse,
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
        phone: str,
        name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        address: Address | AddressParam | NotGiven = NOT_GIVEN,
        birth_date: BirthDate | BirthDateParam | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        default_channel_id: UUID | NotGiven = NOT_GIVEN,
        properties: dict[str, Any] | NotGiven = NOT_GIVEN,
        opt_in_to: builtins.list[OptInChannel | OptInChannelParam] | NotGiven = NOT_GIVEN,
        opt_in_to_all_channels: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactResponse:
        """Update a contact

        ``PUT /contacts/{id}``

        Args:
            id: Resource UUID.
        """
        payload = validate_request(
            CreateContactRequest,
            {
                "phone": phone,
                "name": name,
                "email": email,
                "external_id": external_id,
                "address": address,
                "birth_date": birth_date,
                "language": language,
                "default_channel_id": default_channel_id,
                "properties": properties,
                "opt_in_to": opt_in_to,
                "opt_in_to_all_channels": opt_in_to_all_channels,
            },
        )
        return self._client.request(
            "PUT",
            f"/contacts/{quote_path(id)}",
            cast_to=ContactResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a contact

        ``DELETE /contacts/{id}``

        Args:
            id: Resource UUID.
        """
        return self._client.request(
            "DELETE",
            f"/contacts/{quote_path(id)}",
            cast_to=type(None),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def search(
        self,
        *,
        phone: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactList:
        """Search contacts

        ``POST /contacts/search``
        """
        payload = validate_request(
            ContactsSearchRequest,
            {
                "phone": phone,
                "email": email,
                "name": name,
                "external_id": external_id,
                "limit": limit,
                "offset": offset,
            },
        )
        return self._client.request(
            "POST",
            "/contacts/search",
            cast_to=ContactList,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def upsert(
        self,
        *,
        contacts: builtins.list[CreateContactRequest | CreateContactRequestParam],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AcceptedResponse:
        """Upsert contacts

        Create or update contacts keyed on phone / email / external_id.

        ``PUT /contacts/upsert``
        """
        payload = validate_request(
            ContactsUpsertRequest,
            {"contacts": contacts},
        )
        return self._client.request(
            "PUT",
            "/contacts/upsert",
            cast_to=AcceptedResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_communication_preferences(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactsListCommunicationPreferencesResponse:
        """List a contact's communication preferences

        ``GET /contacts/{id}/communication_preferences``

        Args:
            id: Resource UUID.
        """
        return self._client.request(
            "GET",
            f"/contacts/{quote_path(id)}/communication_preferences",
            cast_to=ContactsListCommunicationPreferencesResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def opt_in_communication_preference(
        self,
        id: UUID | str,
        *,
        channel_id: UUID | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Opt a contact into a channel

        ``POST /contacts/{id}/communication_preferences/opt_in``

        Args:
            id: Resource UUID.
        """
        payload = validate_request(
            OptPreferenceRequest,
            {"channel_id": channel_id, "phone": phone},
        )
        return self._client.request(
            "POST",
            f"/contacts/{quote_path(id)}/communication_preferences/opt_in",
            cast_to=type(None),
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def opt_out_communication_preference(
        self,
        id: UUID | str,
        *,
        channel_id: UUID | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Opt a contact out of a channel

        ``POST /contacts/{id}/communication_preferences/opt_out``

        Args:
            id: Resource UUID.
        """
        payload = validate_request(
            OptPreferenceRequest,
            {"channel_id": channel_id, "phone": phone},
        )
        return self._client.request(
            "POST",
            f"/contacts/{quote_path(id)}/communication_preferences/opt_out",
            cast_to=type(None),
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class ContactsWithRawResponse:
    """`Contacts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Contacts) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.search = to_raw_response_wrapper(resource.search)
        self.upsert = to_raw_response_wrapper(resource.upsert)
        self.list_communication_preferences = to_raw_response_wrapper(
            resource.list_communication_preferences
        )
        self.opt_in_communication_preference = to_raw_response_wrapper(
            resource.opt_in_communication_preference
        )
        self.opt_out_communication_preference = to_raw_response_wrapper(
            resource.opt_out_communication_preference
        )


class AsyncContacts:
    """Manage contacts and communication preferences."""

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
    ) -> AsyncOffsetPage[Contact]:
        """List contacts

        ``GET /contacts``

        Args:
            limit: Number of results per page (default 50, max 500).
            offset: Number of results to skip for pagination.
        """
        return await self._client.get_page(
            "/contacts",
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

    async def create(
        self,
        *,
        phone: str,
        name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        address: Address | AddressParam | NotGiven = NOT_GIVEN,
        birth_date: BirthDate | BirthDateParam | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        default_channel_id: UUID | NotGiven = NOT_GIVEN,
        properties: dict[str, Any] | NotGiven = NOT_GIVEN,
        opt_in_to: builtins.list[OptInChannel | OptInChannelParam] | NotGiven = NOT_GIVEN,
        opt_in_to_all_channels: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactResponse:
        """Create a contact

        ``POST /contacts``
        """
        payload = validate_request(
            CreateContactRequest,
            {
                "phone": phone,
                "name": name,
                "email": email,
                "external_id": external_id,
                "address": address,
                "birth_date": birth_date,
                "language": language,
                "default_channel_id": default_channel_id,
                "properties": properties,
                "opt_in_to": opt_in_to,
                "opt_in_to_all_channels": opt_in_to_all_channels,
            },
        )
        return await self._client.request(
            "POST",
            "/contacts",
            cast_to=ContactResponse,
            json=payload,
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
    ) -> ContactResponse:
        """Show a contact

        ``GET /contacts/{id}``

        Args:
            id: Resource UUID.
        """
        return await self._client.request(
            "GET",
            f"/contacts/{quote_path(id)}",
            cast_to=ContactResponse,
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
        phone: str,
        name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        address: Address | AddressParam | NotGiven = NOT_GIVEN,
        birth_date: BirthDate | BirthDateParam | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        default_channel_id: UUID | NotGiven = NOT_GIVEN,
        properties: dict[str, Any] | NotGiven = NOT_GIVEN,
        opt_in_to: builtins.list[OptInChannel | OptInChannelParam] | NotGiven = NOT_GIVEN,
        opt_in_to_all_channels: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactResponse:
        """Update a contact

        ``PUT /contacts/{id}``

        Args:
            id: Resource UUID.
        """
        payload = validate_request(
            CreateContactRequest,
            {
                "phone": phone,
                "name": name,
                "email": email,
                "external_id": external_id,
                "address": address,
                "birth_date": birth_date,
                "language": language,
                "default_channel_id": default_channel_id,
                "properties": properties,
                "opt_in_to": opt_in_to,
                "opt_in_to_all_channels": opt_in_to_all_channels,
            },
        )
        return await self._client.request(
            "PUT",
            f"/contacts/{quote_path(id)}",
            cast_to=ContactResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a contact

        ``DELETE /contacts/{id}``

        Args:
            id: Resource UUID.
        """
        return await self._client.request(
            "DELETE",
            f"/contacts/{quote_path(id)}",
            cast_to=type(None),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def search(
        self,
        *,
        phone: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactList:
        """Search contacts

        ``POST /contacts/search``
        """
        payload = validate_request(
            ContactsSearchRequest,
            {
                "phone": phone,
                "email": email,
                "name": name,
                "external_id": external_id,
                "limit": limit,
                "offset": offset,
            },
        )
        return await self._client.request(
            "POST",
            "/contacts/search",
            cast_to=ContactList,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def upsert(
        self,
        *,
        contacts: builtins.list[CreateContactRequest | CreateContactRequestParam],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AcceptedResponse:
        """Upsert contacts

        Create or update contacts keyed on phone / email / external_id.

        ``PUT /contacts/upsert``
        """
        payload = validate_request(
            ContactsUpsertRequest,
            {"contacts": contacts},
        )
        return await self._client.request(
            "PUT",
            "/contacts/upsert",
            cast_to=AcceptedResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_communication_preferences(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactsListCommunicationPreferencesResponse:
        """List a contact's communication preferences

        ``GET /contacts/{id}/communication_preferences``

        Args:
            id: Resource UUID.
        """
        return await self._client.request(
            "GET",
            f"/contacts/{quote_path(id)}/communication_preferences",
            cast_to=ContactsListCommunicationPreferencesResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def opt_in_communication_preference(
        self,
        id: UUID | str,
        *,
        channel_id: UUID | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Opt a contact into a channel

        ``POST /contacts/{id}/communication_preferences/opt_in``

        Args:
            id: Resource UUID.
        """
        payload = validate_request(
            OptPreferenceRequest,
            {"channel_id": channel_id, "phone": phone},
        )
        return await self._client.request(
            "POST",
            f"/contacts/{quote_path(id)}/communication_preferences/opt_in",
            cast_to=type(None),
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def opt_out_communication_preference(
        self,
        id: UUID | str,
        *,
        channel_id: UUID | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Opt a contact out of a channel

        ``POST /contacts/{id}/communication_preferences/opt_out``

        Args:
            id: Resource UUID.
        """
        payload = validate_request(
            OptPreferenceRequest,
            {"channel_id": channel_id, "phone": phone},
        )
        return await self._client.request(
            "POST",
            f"/contacts/{quote_path(id)}/communication_preferences/opt_out",
            cast_to=type(None),
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncContactsWithRawResponse:
    """`AsyncContacts` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncContacts) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.search = async_to_raw_response_wrapper(resource.search)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
        self.list_communication_preferences = async_to_raw_response_wrapper(
            resource.list_communication_preferences
        )
        self.opt_in_communication_preference = async_to_raw_response_wrapper(
            resource.opt_in_communication_preference
        )
        self.opt_out_communication_preference = async_to_raw_response_wrapper(
            resource.opt_out_communication_preference
        )
