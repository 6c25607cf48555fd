"""Models of the Whippy Public API.

Response models keep fields they do not know and enum values added later;
request data is validated strictly before it is sent.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal, Required
from uuid import UUID

from pydantic import Field
from typing_extensions import TypedDict

from ._models import BaseModel, limits, tolerant

__all__ = [
    "Error",
    "AcceptedResponseData",
    "AcceptedResponse",
    "OptInChannel",
    "Address",
    "BirthDate",
    "SendSmsRequest",
    "SendEmailRequest",
    "SendFaxRequest",
    "CreateContactRequest",
    "SendCampaignRequest",
    "SendMessageResponseData",
    "SendMessageResponse",
    "CommunicationPreference",
    "Contact",
    "ContactResponse",
    "ContactList",
    "OptPreferenceRequest",
    "Conversation",
    "ConversationResponse",
    "ConversationList",
    "Message",
    "Campaign",
    "CampaignList",
    "SequenceStep",
    "SequenceModel",
    "SequenceList",
    "SequenceRun",
    "CreateSequenceContactsRequestCustomDataVoiceOptions",
    "CreateSequenceContactsRequestCustomData",
    "CreateSequenceContactsRequest",
    "OpeningHour",
    "Channel",
    "ChannelList",
    "User",
    "CustomEventRequestAssociatedResourcesItem",
    "CustomEventRequest",
    "CustomEventResponseData",
    "CustomEventResponse",
    "ContactsSearchRequest",
    "ContactsUpsertRequest",
    "ContactsListCommunicationPreferencesResponse",
    "ConversationsUpdateRequest",
    "ConversationsSearchRequest",
    "ConversationsListMessagesResponse",
    "CampaignsGetResponse",
    "SequencesGetResponse",
    "SequencesRemoveContactsRequestContactsItem",
    "SequencesRemoveContactsRequest",
    "SequencesListRunsResponse",
    "ChannelsGetResponse",
    "ChannelsListUsersResponse",
    "WebhooksCreateBulkCustomEventsRequest",
    "OptInChannelParam",
    "AddressParam",
    "BirthDateParam",
    "CreateContactRequestParam",
    "CreateSequenceContactsRequestCustomDataParam",
    "CreateSequenceContactsRequestCustomDataVoiceOptionsParam",
    "CustomEventRequestParam",
    "CustomEventRequestAssociatedResourcesItemParam",
    "SequencesRemoveContactsRequestContactsItemParam",
]


class Error(BaseModel):
    """Error"""

    error: str | None = None

    status: int | None = None


class AcceptedResponseData(BaseModel):
    """AcceptedResponseData"""

    message: str | None = None


class AcceptedResponse(BaseModel):
    """AcceptedResponse"""

    data: AcceptedResponseData | None = None


class OptInChannel(BaseModel):
    """OptInChannel"""

    id: UUID | None = None

    phone: str | None = None


class Address(BaseModel):
    """Address"""

    address_line_one: str | None = None

    address_line_two: str | None = None

    city: str | None = None

    state: str | None = None

    country: str | None = None

    postal_code: str | None = None


class BirthDate(BaseModel):
    """BirthDate"""

    day: int | None = None

    month: int | None = None

    year: int | None = None


class SendSmsRequest(BaseModel):
    """SendSmsRequest"""

    to: str
    """Destination phone number."""

    from_: str = Field(
        alias="from",
    )
    """Phone of an existing channel belonging to your organization."""

    body: Annotated[str, limits(max_length=1000)] | None = None
    """Message content (max 1000 characters). Required if attachments is empty."""

    attachments: list[str] | None = None

    opt_in_to_all_channels: bool | None = None

    opt_in_to: list[OptInChannel] | None = None

    conversation_status: Annotated[Literal["automated", "open", "closed"], tolerant] | None = None

    schedule_at: datetime | None = None


class SendEmailRequest(BaseModel):
    """SendEmailRequest"""

    to: str

    from_: str = Field(
        alias="from",
    )

    subject: str | None = None

    body: str | None = None
    """Plain text or HTML body. Required if attachments is empty."""

    attachments: list[str] | None = None

    cc: list[str] | None = None

    bcc: list[str] | None = None

    reply_to: str | None = None

    sender_name: str | None = None

    sender_email: str | None = None

    schedule_at: datetime | None = None

    conversation_status: Annotated[Literal["automated", "open"], tolerant] | None = "open"

    opt_in_to_all_channels: bool | None = None

    opt_in_to: list[OptInChannel] | None = None


class SendFaxRequest(BaseModel):
    """SendFaxRequest"""

    to: str

    from_: str = Field(
        alias="from",
    )

    attachments: list[str]

    schedule_at: datetime | None = None


class CreateContactRequest(BaseModel):
    """CreateContactRequest"""

    phone: str

    name: str | None = None

    email: str | None = None

    external_id: str | None = None

    address: Address | None = None

    birth_date: BirthDate | None = None

    language: str | None = None

    default_channel_id: UUID | None = None

    properties: dict[str, Any] | None = None

    opt_in_to: list[OptInChannel] | None = None

    opt_in_to_all_channels: bool | None = None


class SendCampaignRequest(BaseModel):
    """SendCampaignRequest"""

    from_: str = Field(
        alias="from",
    )
    """Phone of an existing channel."""

    title: str | None = None

    body: str

    attachments: list[str] | None = None

    schedule_at: datetime | None = None

    contacts: list[CreateContactRequest]


class SendMessageResponseData(BaseModel):
    """SendMessageResponseData"""

    id: UUID | None = None

    contact_id: UUID | None = None

    conversation_id: UUID | None = None

    delivery_status: str | None = None


class SendMessageResponse(BaseModel):
    """SendMessageResponse"""

    data: SendMessageResponseData | None = None


class CommunicationPreference(BaseModel):
    """CommunicationPreference"""

    channel_id: UUID | None = None

    opt_in: bool | None = None

    updated_at: datetime | None = None


class Contact(BaseModel):
    """Contact"""

    id: UUID | None = None

    phone: str | None = None

    email: str | None = None

    name: str | None = None

    external_id: str | None = None

    address: Address | None = None

    birth_date: BirthDate | None = None

    state: Annotated[Literal["open", "archived", "blocked"], tolerant] | str | None = None

    blocked: bool | None = None

    communication_preferences: list[CommunicationPreference] | None = None

    created_at: datetime | None = None

    updated_at: datetime | None = None


class ContactResponse(BaseModel):
    """ContactResponse"""

    data: Contact | None = None


class ContactList(BaseModel):
    """ContactList"""

    data: list[Contact] | None = None

    total: int | None = None


class OptPreferenceRequest(BaseModel):
    """OptPreferenceRequest"""

    channel_id: UUID | None = None

    phone: str | None = None


class Conversation(BaseModel):
    """Conversation"""

    id: UUID | None = None

    assigned_team_id: UUID | None = None

    assigned_user_id: int | None = None

    channel_id: UUID | None = None

    channel_type: Annotated[Literal["phone", "email", "fax"], tolerant] | str | None = None

    contact_id: UUID | None = None

    status: Annotated[Literal["open", "closed", "automated", "spam"], tolerant] | str | None = None

    unread_count: int | None = None

    last_message_date: datetime | None = None

    created_at: datetime | None = None

    updated_at: datetime | None = None


class ConversationResponse(BaseModel):
    """ConversationResponse"""

    data: Conversation | None = None


class ConversationList(BaseModel):
    """ConversationList"""

    data: list[Conversation] | None = None

    total: int | None = None


class Message(BaseModel):
    """Message"""

    id: UUID | None = None

    conversation_id: UUID | None = None

    body: str | None = None

    from_: str | None = Field(
        default=None,
        alias="from",
    )

    to: str | None = None

    direction: Annotated[Literal["INBOUND", "OUTBOUND"], tolerant] | str | None = None

    delivery_status: str | None = None

    attachments: list[str] | None = None

    created_at: datetime | None = None


class Campaign(BaseModel):
    """Campaign"""

    campaign_id: UUID | None = None

    campaign_title: str | None = None

    sent_messages: int | None = None

    slated_messages: int | None = None

    failed_deliveries: int | None = None

    responses: int | None = None

    link_clicks: int | None = None

    unsubscribes: int | None = None


class CampaignList(BaseModel):
    """CampaignList"""

    data: list[Campaign] | None = None

    total: int | None = None


class SequenceStep(BaseModel):
    """SequenceStep"""

    id: UUID | None = None

    type: str | None = None

    body: str | None = None

    delay: int | None = None


class SequenceModel(BaseModel):
    """SequenceModel"""

    id: UUID | None = None

    title: str | None = None

    channel_id: UUID | None = None

    steps: list[SequenceStep] | None = None

    created_at: datetime | None = None

    updated_at: datetime | None = None


class SequenceList(BaseModel):
    """SequenceList"""

    data: list[SequenceModel] | None = None

    total: int | None = None


class SequenceRun(BaseModel):
    """SequenceRun"""

    id: UUID | None = None

    sequence_id: UUID | None = None

    contact_id: UUID | None = None

    status: str | None = None

    created_at: datetime | None = None


class CreateSequenceContactsRequestCustomDataVoiceOptions(BaseModel):
    """CreateSequenceContactsRequestCustomDataVoiceOptions"""

    default_call_flow_id: UUID | None = None


class CreateSequenceContactsRequestCustomData(BaseModel):
    """CreateSequenceContactsRequestCustomData"""

    custom_object_id: UUID | None = None

    resource: dict[str, Any] | None = None

    voice_options: CreateSequenceContactsRequestCustomDataVoiceOptions | None = None


class CreateSequenceContactsRequest(BaseModel):
    """CreateSequenceContactsRequest"""

    to: Annotated[list[CreateContactRequest], limits(max_length=4000, min_length=1)]

    from_: str | None = Field(
        default=None,
        alias="from",
    )
    """Phone / email of an existing channel (must match step type)."""

    step_id: UUID | None = None
    """Sequence step UUID (defaults to the first step)."""

    schedule_at: datetime | None = None

    custom_data: CreateSequenceContactsRequestCustomData | None = None

    step_overrides: dict[str, Any] | None = None


class OpeningHour(BaseModel):
    """OpeningHour"""

    id: UUID | None = None

    weekday: (
        Annotated[
            Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            tolerant,
        ]
        | str
        | None
    ) = None

    opens_at: str | None = None

    closes_at: str | None = None

    state: str | None = None


class Channel(BaseModel):
    """Channel"""

    id: UUID | None = None

    name: str | None = None

    description: str | None = None

    address: str | None = None

    phone: str | None = None

    timezone: str | None = None

    color: str | None = None

    emoji: str | None = None

    is_hosted_sms: bool | None = None

    support_ai_agent: bool | None = None

    ai_context: str | None = None

    automatic_response_open: str | None = None

    automatic_response_closed: str | None = None

    opening_hours: list[OpeningHour] | None = None

    created_at: datetime | None = None

    updated_at: datetime | None = None


class ChannelList(BaseModel):
    """ChannelList"""

    organization_id: UUID | None = None

    data: list[Channel] | None = None


class User(BaseModel):
    """User"""

    id: int | None = None

    name: str | None = None

    email: str | None = None


class CustomEventRequestAssociatedResourcesItem(BaseModel):
    """CustomEventRequestAssociatedResourcesItem"""

    resource: (
        Annotated[Literal["campaign", "contact", "conversation", "message", "sequence"], tolerant]
        | None
    ) = None

    id: UUID | None = None


class CustomEventRequest(BaseModel):
    """CustomEventRequest"""

    event: str

    external_id: str | None = None

    timestamp: datetime | None = None

    payload: dict[str, Any] | None = None

    associated_resources: list[CustomEventRequestAssociatedResourcesItem] | None = None


class CustomEventResponseData(BaseModel):
    """CustomEventResponseData"""

    id: UUID | None = None

    event: str | None = None

    created_at: datetime | None = None


class CustomEventResponse(BaseModel):
    """CustomEventResponse"""

    data: CustomEventResponseData | None = None


class ContactsSearchRequest(BaseModel):
    """ContactsSearchRequest"""

    phone: str | None = None

    email: str | None = None

    name: str | None = None

    external_id: str | None = None

    limit: int | None = None

    offset: int | None = None


class ContactsUpsertRequest(BaseModel):
    """ContactsUpsertRequest"""

    contacts: list[CreateContactRequest]


class ContactsListCommunicationPreferencesResponse(BaseModel):
    """ContactsListCommunicationPreferencesResponse"""

    data: list[CommunicationPreference] | None = None


class ConversationsUpdateRequest(BaseModel):
    """ConversationsUpdateRequest"""

    status: Annotated[Literal["open", "closed", "spam", "automated"], tolerant] | None = None

    assigned_user_id: int | None = None

    assigned_team_id: UUID | None = None


class ConversationsSearchRequest(BaseModel):
    """ConversationsSearchRequest"""

    query: str | None = None

    limit: int | None = None

    offset: int | None = None


class ConversationsListMessagesResponse(BaseModel):
    """ConversationsListMessagesResponse"""

    data: list[Message] | None = None

    total: int | None = None


class CampaignsGetResponse(BaseModel):
    """CampaignsGetResponse"""

    data: Campaign | None = None


class SequencesGetResponse(BaseModel):
    """SequencesGetResponse"""

    data: SequenceModel | None = None


class SequencesRemoveContactsRequestContactsItem(BaseModel):
    """SequencesRemoveContactsRequestContactsItem"""

    id: UUID | None = None

    phone: str | None = None


class SequencesRemoveContactsRequest(BaseModel):
    """SequencesRemoveContactsRequest"""

    contacts: list[SequencesRemoveContactsRequestContactsItem]


class SequencesListRunsResponse(BaseModel):
    """SequencesListRunsResponse"""

    data: list[SequenceRun] | None = None

    total: int | None = None


class ChannelsGetResponse(BaseModel):
    """ChannelsGetResponse"""

    data: Channel | None = None


class ChannelsListUsersResponse(BaseModel):
    """ChannelsListUsersResponse"""

    data: list[User] | None = None


class WebhooksCreateBulkCustomEventsRequest(BaseModel):
    """WebhooksCreateBulkCustomEventsRequest"""

    events: list[CustomEventRequest]


class OptInChannelParam(TypedDict, total=False):
    """OptInChannel as a plain dict, keyed by wire name."""

    id: UUID

    phone: str


class AddressParam(TypedDict, total=False):
    """Address as a plain dict, keyed by wire name."""

    address_line_one: str

    address_line_two: str

    city: str

    state: str

    country: str

    postal_code: str


class BirthDateParam(TypedDict, total=False):
    """BirthDate as a plain dict, keyed by wire name."""

    day: int

    month: int

    year: int


class CreateContactRequestParam(TypedDict, total=False):
    """CreateContactRequest as a plain dict, keyed by wire name."""

    phone: Required[str]

    name: str

    email: str

    external_id: str

    address: Address | AddressParam

    birth_date: BirthDate | BirthDateParam

    language: str

    default_channel_id: UUID

    properties: dict[str, Any]

    opt_in_to: list[OptInChannel | OptInChannelParam]

    opt_in_to_all_channels: bool


class CreateSequenceContactsRequestCustomDataParam(TypedDict, total=False):
    """CreateSequenceContactsRequestCustomData as a plain dict, keyed by wire name."""

    custom_object_id: UUID

    resource: dict[str, Any]

    voice_options: (
        CreateSequenceContactsRequestCustomDataVoiceOptions
        | CreateSequenceContactsRequestCustomDataVoiceOptionsParam
    )


class CreateSequenceContactsRequestCustomDataVoiceOptionsParam(TypedDict, total=False):
    """CreateSequenceContactsRequestCustomDataVoiceOptions as a plain dict, keyed by wire
    name."""

    default_call_flow_id: UUID


class CustomEventRequestParam(TypedDict, total=False):
    """CustomEventRequest as a plain dict, keyed by wire name."""

    event: Required[str]

    external_id: str

    timestamp: datetime

    payload: dict[str, Any]

    associated_resources: list[
        CustomEventRequestAssociatedResourcesItem | CustomEventRequestAssociatedResourcesItemParam
    ]


class CustomEventRequestAssociatedResourcesItemParam(TypedDict, total=False):
    """CustomEventRequestAssociatedResourcesItem as a plain dict, keyed by wire name."""

    resource: Annotated[
        Literal["campaign", "contact", "conversation", "message", "sequence"], tolerant
    ]

    id: UUID


class SequencesRemoveContactsRequestContactsItemParam(TypedDict, total=False):
    """SequencesRemoveContactsRequestContactsItem as a plain dict, keyed by wire name."""

    id: UUID

    phone: str
