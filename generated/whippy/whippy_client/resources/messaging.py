"""Send SMS / MMS, email, and fax messages."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Literal

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import limits, validate_request
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import (
    AcceptedResponse,
    CreateContactRequest,
    CreateContactRequestParam,
    OptInChannel,
    OptInChannelParam,
    SendCampaignRequest,
    SendEmailRequest,
    SendFaxRequest,
    SendMessageResponse,
    SendSmsRequest,
)

__all__ = [
    "AsyncMessaging",
    "AsyncMessagingWithRawResponse",
    "Messaging",
    "MessagingWithRawResponse",
]


class Messaging:
    """Send SMS / MMS, email, and fax messages."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def send_sms(
        self,
        *,
        to: str,
        from_: str,
        body: Annotated[str, limits(max_length=1000)] | NotGiven = NOT_GIVEN,
        attachments: list[str] | NotGiven = NOT_GIVEN,
        opt_in_to_all_channels: bool | NotGiven = NOT_GIVEN,
        opt_in_to: list[OptInChannel | OptInChannelParam] | NotGiven = NOT_GIVEN,
        conversation_status: Literal["automated", "open", "closed"] | NotGiven = NOT_GIVEN,
        schedule_at: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendMessageResponse:
        """Send an SMS / MMS

        Send a text (or MMS, via attachments) message from an existing organization channel to a
        destination phone number. Either body or attachments must be provided.

        ``POST /messaging/sms``

        Args:
            to: Destination phone number.
            from_: Phone of an existing channel belonging to your organization.
            body: Message content (max 1000 characters). Required if attachments is empty.
        """
        payload = validate_request(
            SendSmsRequest,
            {
                "to": to,
                "from": from_,
                "body": body,
                "attachments": attachments,
                "opt_in_to_all_channels": opt_in_to_all_channels,
                "opt_in_to": opt_in_to,
                "conversation_status": conversation_status,
                "schedule_at": schedule_at,
            },
        )
        return self._client.request(
            "POST",
            "/messaging/sms",
            cast_to=SendMessageResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def send_email(
        self,
        *,
        to: str,
        from_: str,
        subject: str | NotGiven = NOT_GIVEN,
        body: str | NotGiven = NOT_GIVEN,
        attachments: list[str] | NotGiven = NOT_GIVEN,
        cc: list[str] | NotGiven = NOT_GIVEN,
        bcc: list[str] | NotGiven = NOT_GIVEN,
        reply_to: str | NotGiven = NOT_GIVEN,
        sender_name: str | NotGiven = NOT_GIVEN,
        sender_email: str | NotGiven = NOT_GIVEN,
        schedule_at: datetime | NotGiven = NOT_GIVEN,
        conversation_status: Literal["automated", "open"] | NotGiven = NOT_GIVEN,
        opt_in_to_all_channels: bool | NotGiven = NOT_GIVEN,
        opt_in_to: list[OptInChannel | OptInChannelParam] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendMessageResponse:
        """Send an email

        Send an email from an existing organization channel to a destination email address with
        optional subject, CC / BCC, reply-to, and attachments. Either body or attachments must
        be provided.

        ``POST /messaging/email``

        Args:
            body: Plain text or HTML body. Required if attachments is empty.
        """
        payload = validate_request(
            SendEmailRequest,
            {
                "to": to,
                "from": from_,
                "subject": subject,
                "body": body,
                "attachments": attachments,
                "cc": cc,
                "bcc": bcc,
                "reply_to": reply_to,
                "sender_name": sender_name,
                "sender_email": sender_email,
                "schedule_at": schedule_at,
                "conversation_status": conversation_status,
                "opt_in_to_all_channels": opt_in_to_all_channels,
                "opt_in_to": opt_in_to,
            },
        )
        return self._client.request(
            "POST",
            "/messaging/email",
            cast_to=SendMessageResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def send_fax(
        self,
        *,
        to: str,
        from_: str,
        attachments: list[str],
        schedule_at: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendMessageResponse:
        """Send a fax

        Send a fax from an existing fax channel to a destination number.

        ``POST /messaging/fax``
        """
        payload = validate_request(
            SendFaxRequest,
            {"to": to, "from": from_, "attachments": attachments, "schedule_at": schedule_at},
        )
        return self._client.request(
            "POST",
            "/messaging/fax",
            cast_to=SendMessageResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def send_campaign(
        self,
        *,
        from_: str,
        body: str,
        contacts: list[CreateContactRequest | CreateContactRequestParam],
        title: str | NotGiven = NOT_GIVEN,
        attachments: list[str] | NotGiven = NOT_GIVEN,
        schedule_at: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AcceptedResponse:
        """Send an SMS campaign

        Create and send a bulk SMS campaign from a channel to a list of contacts.

        ``POST /messaging/sms/campaign``

        Args:
            from_: Phone of an existing channel.
        """
        payload = validate_request(
            SendCampaignRequest,
            {
                "from": from_,
                "title": title,
                "body": body,
                "attachments": attachments,
                "schedule_at": schedule_at,
                "contacts": contacts,
            },
        )
        return self._client.request(
            "POST",
            "/messaging/sms/campaign",
            cast_to=AcceptedResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class MessagingWithRawResponse:
    """`Messaging` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Messaging) -> None:
        self.send_sms = to_raw_response_wrapper(resource.send_sms)
        self.send_email = to_raw_response_wrapper(resource.send_email)
        self.send_fax = to_raw_response_wrapper(resource.send_fax)
        self.send_campaign = to_raw_response_wrapper(resource.send_campaign)


class AsyncMessaging:
    """Send SMS / MMS, email, and fax messages."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def send_sms(
        self,
        *,
        to: str,
        from_: str,
        body: Annotated[str, limits(max_length=1000)] | NotGiven = NOT_GIVEN,
        attachments: list[str] | NotGiven = NOT_GIVEN,
        opt_in_to_all_channels: bool | NotGiven = NOT_GIVEN,
        opt_in_to: list[OptInChannel | OptInChannelParam] | NotGiven = NOT_GIVEN,
        conversation_status: Literal["automated", "open", "closed"] | NotGiven = NOT_GIVEN,
        schedule_at: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendMessageResponse:
        """Send an SMS / MMS

        Send a text (or MMS, via attachments) message from an existing organization channel to a
        destination phone number. Either body or attachments must be provided.

        ``POST /messaging/sms``

        Args:
            to: Destination phone number.
            from_: Phone of an existing channel belonging to your organization.
            body: Message content (max 1000 characters). Required if attachments is empty.
        """
        payload = validate_request(
            SendSmsRequest,
            {
                "to": to,
                "from": from_,
                "body": body,
                "attachments": attachments,
                "opt_in_to_all_channels": opt_in_to_all_channels,
                "opt_in_to": opt_in_to,
                "conversation_status": conversation_status,
                "schedule_at": schedule_at,
            },
        )
        return await self._client.request(
            "POST",
            "/messaging/sms",
            cast_to=SendMessageResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def send_email(
        self,
        *,
        to: str,
        from_: str,
        subject: str | NotGiven = NOT_GIVEN,
        body: str | NotGiven = NOT_GIVEN,
        attachments: list[str] | NotGiven = NOT_GIVEN,
        cc: list[str] | NotGiven = NOT_GIVEN,
        bcc: list[str] | NotGiven = NOT_GIVEN,
        reply_to: str | NotGiven = NOT_GIVEN,
        sender_name: str | NotGiven = NOT_GIVEN,
        sender_email: str | NotGiven = NOT_GIVEN,
        schedule_at: datetime | NotGiven = NOT_GIVEN,
        conversation_status: Literal["automated", "open"] | NotGiven = NOT_GIVEN,
        opt_in_to_all_channels: bool | NotGiven = NOT_GIVEN,
        opt_in_to: list[OptInChannel | OptInChannelParam] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendMessageResponse:
        """Send an email

        Send an email from an existing organization channel to a destination email address with
        optional subject, CC / BCC, reply-to, and attachments. Either body or attachments must
        be provided.

        ``POST /messaging/email``

        Args:
            body: Plain text or HTML body. Required if attachments is empty.
        """
        payload = validate_request(
            SendEmailRequest,
            {
                "to": to,
                "from": from_,
                "subject": subject,
                "body": body,
                "attachments": attachments,
                "cc": cc,
                "bcc": bcc,
                "reply_to": reply_to,
                "sender_name": sender_name,
                "sender_email": sender_email,
                "schedule_at": schedule_at,
                "conversation_status": conversation_status,
                "opt_in_to_all_channels": opt_in_to_all_channels,
                "opt_in_to": opt_in_to,
            },
        )
        return await self._client.request(
            "POST",
            "/messaging/email",
            cast_to=SendMessageResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def send_fax(
        self,
        *,
        to: str,
        from_: str,
        attachments: list[str],
        schedule_at: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendMessageResponse:
        """Send a fax

        Send a fax from an existing fax channel to a destination number.

        ``POST /messaging/fax``
        """
        payload = validate_request(
            SendFaxRequest,
            {"to": to, "from": from_, "attachments": attachments, "schedule_at": schedule_at},
        )
        return await self._client.request(
            "POST",
            "/messaging/fax",
            cast_to=SendMessageResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def send_campaign(
        self,
        *,
        from_: str,
        body: str,
        contacts: list[CreateContactRequest | CreateContactRequestParam],
        title: str | NotGiven = NOT_GIVEN,
        attachments: list[str] | NotGiven = NOT_GIVEN,
        schedule_at: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AcceptedResponse:
        """Send an SMS campaign

        Create and send a bulk SMS campaign from a channel to a list of contacts.

        ``POST /messaging/sms/campaign``

        Args:
            from_: Phone of an existing channel.
        """
        payload = validate_request(
            SendCampaignRequest,
            {
                "from": from_,
                "title": title,
                "body": body,
                "attachments": attachments,
                "schedule_at": schedule_at,
                "contacts": contacts,
            },
        )
        return await self._client.request(
            "POST",
            "/messaging/sms/campaign",
            cast_to=AcceptedResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMessagingWithRawResponse:
    """`AsyncMessaging` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncMessaging) -> None:
        self.send_sms = async_to_raw_response_wrapper(resource.send_sms)
        self.send_email = async_to_raw_response_wrapper(resource.send_email)
        self.send_fax = async_to_raw_response_wrapper(resource.send_fax)
        self.send_campaign = async_to_raw_response_wrapper(resource.send_campaign)
