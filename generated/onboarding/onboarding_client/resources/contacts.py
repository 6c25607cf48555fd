"""A contact will always take this shape and support these fields when being sent to or
returned from the API."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import validate_request
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import (
    Contact,
    ContactJourney,
    ContactJourneyParam,
    ContactParam,
    ContactsBatchUpsertRequest,
    ContactsBatchUpsertResponse,
)

__all__ = [
    "AsyncContacts",
    "AsyncContactsWithRawResponse",
    "Contacts",
    "ContactsWithRawResponse",
]


class Contacts:
    """A contact will always take this shape and support these fields when being sent to or
    returned from the API."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def upsert(
        self,
        *,
        unique_id: str | NotGiven = NOT_GIVEN,
        name_title: str | NotGiven = NOT_GIVEN,
        name_first: str | NotGiven = NOT_GIVEN,
        name_last: str | NotGiven = NOT_GIVEN,
        name_suffix: str | NotGiven = NOT_GIVEN,
        address: str | NotGiven = NOT_GIVEN,
        address2: str | NotGiven = NOT_GIVEN,
        city: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        county: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        post_code: str | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        phone_home: str | NotGiven = NOT_GIVEN,
        phone_mobile: str | NotGiven = NOT_GIVEN,
        phone_work: str | NotGiven = NOT_GIVEN,
        unsubscribe_email: bool | NotGiven = NOT_GIVEN,
        unsubscribe_sms: bool | NotGiven = NOT_GIVEN,
        meta_public: dict[str, Any] | NotGiven = NOT_GIVEN,
        journey: ContactJourney | ContactJourneyParam | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Contact:
        """Create or Update

        Use this end point to create or update an existing contact. If you supply a previously
        unused unique_id the API will create a new contact (see Unique IDs to understand how the
        value of unique_id is determined). The post body should be a valid contact object.

        The same endpoint that is used for single contact upserts can also handle batches of
        contacts. The API distinguishes intent based on the shape of the post body. The response
        from this request will specify which contacts were created and which ones were updated.

        ``POST /v1/contacts``

        Args:
            unique_id: A unique ID for cross-referencing contacts in your system. When omitted it
                defaults to the contact's email; with neither, a new UUIDv4 is generated.
                Posting a unique_id that already exists updates that contact.
            name_title: The contact's title
            name_first: The contact's first name
            name_last: The contact's last name
            name_suffix: The contact's suffix
            address: The contact's address
            address2: The second line of the contact's address
            city: The contact's city
            state: The contact's state
            county: The contact's county
            country: The contact's country
            post_code: The contact's postal code (or zip code)
            timezone: The contact's timezone
            email: The contact's email address
            phone_home: The contact's home phone number
            phone_mobile: The contact's mobile phone number
            phone_work: The contact's work phone number
            unsubscribe_email: Whether the contact is unsubscribed from emails
            unsubscribe_sms: Whether the contact is unsubscribed from sms messages
            meta_public: Any contact-related data that you want to use in personalizations. Data stored
                in this object is readable by anyone inspecting page content in a journey which
                means this field is not appropriate for storing sensitive data.
        """
        payload = validate_request(
            Contact,
            {
                "unique_id": unique_id,
                "name_title": name_title,
                "name_first": name_first,
                "name_last": name_last,
                "name_suffix": name_suffix,
                "address": address,
                "address2": address2,
                "city": city,
                "state": state,
                "county": county,
                "country": country,
                "post_code": post_code,
                "timezone": timezone,
                "email": email,
                "phone_home": phone_home,
                "phone_mobile": phone_mobile,
                "phone_work": phone_work,
                "unsubscribe_email": unsubscribe_email,
                "unsubscribe_sms": unsubscribe_sms,
                "meta_public": meta_public,
                "journey": journey,
            },
        )
        return self._client.request(
            "POST",
            "/v1/contacts",
            cast_to=Contact,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def batch_upsert(
        self,
        *,
        contacts: list[Contact | ContactParam],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactsBatchUpsertResponse:
        """Create or Update a Batch

        Use this end point to create or update an existing contact. If you supply a previously
        unused unique_id the API will create a new contact (see Unique IDs to understand how the
        value of unique_id is determined). The post body should be a valid contact object.

        The same endpoint that is used for single contact upserts can also handle batches of
        contacts. The API distinguishes intent based on the shape of the post body. The response
        from this request will specify which contacts were created and which ones were updated.

        ``POST /v1/contacts``

        Args:
            contacts: An array of valid contact objects
        """
        payload = validate_request(
            ContactsBatchUpsertRequest,
            {"contacts": contacts},
        )
        return self._client.request(
            "POST",
            "/v1/contacts",
            cast_to=ContactsBatchUpsertResponse,
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
        self.upsert = to_raw_response_wrapper(resource.upsert)
        self.batch_upsert = to_raw_response_wrapper(resource.batch_upsert)


class AsyncContacts:
    """A contact will always take this shape and support these fields when being sent to or
    returned from the API."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def upsert(
        self,
        *,
        unique_id: str | NotGiven = NOT_GIVEN,
        name_title: str | NotGiven = NOT_GIVEN,
        name_first: str | NotGiven = NOT_GIVEN,
        name_last: str | NotGiven = NOT_GIVEN,
        name_suffix: str | NotGiven = NOT_GIVEN,
        address: str | NotGiven = NOT_GIVEN,
        address2: str | NotGiven = NOT_GIVEN,
        city: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        county: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        post_code: str | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        phone_home: str | NotGiven = NOT_GIVEN,
        phone_mobile: str | NotGiven = NOT_GIVEN,
        phone_work: str | NotGiven = NOT_GIVEN,
        unsubscribe_email: bool | NotGiven = NOT_GIVEN,
        unsubscribe_sms: bool | NotGiven = NOT_GIVEN,
        meta_public: dict[str, Any] | NotGiven = NOT_GIVEN,
        journey: ContactJourney | ContactJourneyParam | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Contact:
        """Create or Update

        Use this end point to create or update an existing contact. If you supply a previously
        unused unique_id the API will create a new contact (see Unique IDs to understand how the
        value of unique_id is determined). The post body should be a valid contact object.

        The same endpoint that is used for single contact upserts can also handle batches of
        contacts. The API distinguishes intent based on the shape of the post body. The response
        from this request will specify which contacts were created and which ones were updated.

        ``POST /v1/contacts``

        Args:
            unique_id: A unique ID for cross-referencing contacts in your system. When omitted it
                defaults to the contact's email; with neither, a new UUIDv4 is generated.
                Posting a unique_id that already exists updates that contact.
            name_title: The contact's title
            name_first: The contact's first name
            name_last: The contact's last name
            name_suffix: The contact's suffix
            address: The contact's address
            address2: The second line of the contact's address
            city: The contact's city
            state: The contact's state
            county: The contact's county
            country: The contact's country
            post_code: The contact's postal code (or zip code)
            timezone: The contact's timezone
            email: The contact's email address
            phone_home: The contact's home phone number
            phone_mobile: The contact's mobile phone number
            phone_work: The contact's work phone number
            unsubscribe_email: Whether the contact is unsubscribed from emails
            unsubscribe_sms: Whether the contact is unsubscribed from sms messages
            meta_public: Any contact-related data that you want to use in personalizations. Data stored
                in this object is readable by anyone inspecting page content in a journey which
                means this field is not appropriate for storing sensitive data.
        """
        payload = validate_request(
            Contact,
            {
                "unique_id": unique_id,
                "name_title": name_title,
                "name_first": name_first,
                "name_last": name_last,
                "name_suffix": name_suffix,
                "address": address,
                "address2": address2,
                "city": city,
                "state": state,
                "county": county,
                "country": country,
                "post_code": post_code,
                "timezone": timezone,
                "email": email,
                "phone_home": phone_home,
                "phone_mobile": phone_mobile,
                "phone_work": phone_work,
                "unsubscribe_email": unsubscribe_email,
                "unsubscribe_sms": unsubscribe_sms,
                "meta_public": meta_public,
                "journey": journey,
            },
        )
        return await self._client.request(
            "POST",
            "/v1/contacts",
            cast_to=Contact,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def batch_upsert(
        self,
        *,
        contacts: list[Contact | ContactParam],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactsBatchUpsertResponse:
        """Create or Update a Batch

        Use this end point to create or update an existing contact. If you supply a previously
        unused unique_id the API will create a new contact (see Unique IDs to understand how the
        value of unique_id is determined). The post body should be a valid contact object.

        The same endpoint that is used for single contact upserts can also handle batches of
        contacts. The API distinguishes intent based on the shape of the post body. The response
        from this request will specify which contacts were created and which ones were updated.

        ``POST /v1/contacts``

        Args:
            contacts: An array of valid contact objects
        """
        payload = validate_request(
            ContactsBatchUpsertRequest,
            {"contacts": contacts},
        )
        return await self._client.request(
            "POST",
            "/v1/contacts",
            cast_to=ContactsBatchUpsertResponse,
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
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
        self.batch_upsert = async_to_raw_response_wrapper(resource.batch_upsert)
