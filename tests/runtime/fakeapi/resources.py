"""Resources as the generator writes them: thin sync and async twins over the runtime."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._models import validate_request
from ._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from ._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ._types import NOT_GIVEN, NotGiven, Timeout
from ._utils import quote_path
from .models import Contact, ContactCreate, Status

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

CONTACTS_PAGES = OffsetPagination(
    limit_param="limit",
    offset_param="offset",
    items_pointer="/data",
    total_pointer="/meta/total",
    max_limit=100,
)


class Contacts:
    """``/contacts`` operations."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list(
        self,
        *,
        status: list[Status] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[Contact]:
        """List contacts, page by page."""
        return self._client.get_page(
            "/contacts",
            item_type=Contact,
            pagination=CONTACTS_PAGES,
            params={"status[]": status, "limit": limit, "offset": offset},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        contact_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Contact:
        """Get one contact."""
        return self._client.request(
            "GET",
            f"/contacts/{quote_path(contact_id)}",
            cast_to=Contact,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        name: str,
        status: Status | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Contact:
        """Create a contact."""
        body = validate_request(ContactCreate, {"name": name, "status": status})
        return self._client.request(
            "POST",
            "/contacts",
            cast_to=Contact,
            json=body,
            headers={"Idempotency-Key": idempotency_key},
            idempotency_header="Idempotency-Key",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def note(
        self,
        contact_id: str,
        *,
        text: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Add a note to a contact: a POST without an idempotency key."""
        return self._client.request(
            "POST",
            f"/contacts/{quote_path(contact_id)}/notes",
            cast_to=type(None),
            json={"text": text},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(self, contact_id: str) -> None:
        """Delete a contact."""
        path = f"/contacts/{quote_path(contact_id)}"
        return self._client.request("DELETE", path, cast_to=type(None))


class AsyncContacts:
    """``/contacts`` operations, asyncio flavour."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        status: list[Status] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[Contact]:
        """List contacts, page by page."""
        return await self._client.get_page(
            "/contacts",
            item_type=Contact,
            pagination=CONTACTS_PAGES,
            params={"status[]": status, "limit": limit, "offset": offset},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        contact_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Contact:
        """Get one contact."""
        return await self._client.request(
            "GET",
            f"/contacts/{quote_path(contact_id)}",
            cast_to=Contact,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        name: str,
        status: Status | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Contact:
        """Create a contact."""
        body = validate_request(ContactCreate, {"name": name, "status": status})
        return await self._client.request(
            "POST",
            "/contacts",
            cast_to=Contact,
            json=body,
            headers={"Idempotency-Key": idempotency_key},
            idempotency_header="Idempotency-Key",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def note(
        self,
        contact_id: str,
        *,
        text: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Add a note to a contact: a POST without an idempotency key."""
        return await self._client.request(
            "POST",
            f"/contacts/{quote_path(contact_id)}/notes",
            cast_to=type(None),
            json={"text": text},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(self, contact_id: str) -> None:
        """Delete a contact."""
        path = f"/contacts/{quote_path(contact_id)}"
        return await self._client.request("DELETE", path, cast_to=type(None))


class ContactsWithRawResponse:
    """``client.with_raw_response.contacts``: the same methods, returning `APIResponse`."""

    def __init__(self, contacts: Contacts) -> None:
        self.list = to_raw_response_wrapper(contacts.list)
        self.get = to_raw_response_wrapper(contacts.get)
        self.create = to_raw_response_wrapper(contacts.create)
        self.note = to_raw_response_wrapper(contacts.note)
        self.delete = to_raw_response_wrapper(contacts.delete)


class AsyncContactsWithRawResponse:
    """``client.with_raw_response.contacts`` of the async client."""

    def __init__(self, contacts: AsyncContacts) -> None:
        self.list = async_to_raw_response_wrapper(contacts.list)
        self.get = async_to_raw_response_wrapper(contacts.get)
        self.create = async_to_raw_response_wrapper(contacts.create)
        self.note = async_to_raw_response_wrapper(contacts.note)
        self.delete = async_to_raw_response_wrapper(contacts.delete)
