"""Models of the courier API definition.

Response models keep fields they do not know and enum values added later;
request data is validated strictly before it is sent.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import Field
from typing_extensions import TypedDict

from ._models import BaseModel, limits, tolerant

__all__ = [
    "AggregationRequestAttributesEntriesItem",
    "AggregationRequestAttributes",
    "AggregationRequest",
    "AnnouncerAttributes",
    "Announcer",
    "AppCredentialAttributes",
    "AppCredential",
    "AskReminderAttributes",
    "AskReminder",
    "AskSubscriptionAttributes",
    "AskSubscription",
    "BadgeCountAttributes",
    "BadgeCount",
    "BulkBadgeCountAttributesValuesItem",
    "BulkBadgeCountAttributes",
    "BulkBadgeCount",
    "IndividualGroupAttributesIndividualsItem",
    "IndividualGroupAttributesLeadersItem",
    "IndividualGroupAttributes",
    "IndividualGroup",
    "IndividualProfileAttributes",
    "IndividualProfile",
    "IndividualAttributes",
    "Individual",
    "MessagingAttachmentAttributes",
    "MessagingAttachment",
    "MessagingBookmarkAttributesChannel",
    "MessagingBookmarkAttributesCreatedBy",
    "MessagingBookmarkAttributesMessage",
    "MessagingBookmarkAttributes",
    "MessagingBookmark",
    "MessagingBulkAttachmentAttributes",
    "MessagingBulkAttachment",
    "MessagingBulkMessageAttributesMessageJs",
    "MessagingBulkMessageAttributes",
    "MessagingBulkMessage",
    "MessagingChannelAttributesBookmark",
    "MessagingChannelAttributesEventSettings",
    "MessagingChannelAttributesIndividualGroupIndividualsItemOwner",
    "MessagingChannelAttributesIndividualGroupIndividualsItem",
    "MessagingChannelAttributesIndividualGroupLeadersItem",
    "MessagingChannelAttributesIndividualGroup",
    "MessagingChannelAttributesLastMessage",
    "MessagingChannelAttributesSubscribersItem",
    "MessagingChannelAttributesTextNumber",
    "MessagingChannelAttributes",
    "MessagingChannel",
    "MessagingMessageAttributesAttachmentsItem",
    "MessagingMessageAttributesReactionsItem",
    "MessagingMessageAttributesReadReceiptsItem",
    "MessagingMessageAttributes",
    "MessagingMessage",
    "MessagingOperationAttributes",
    "MessagingOperation",
    "MessagingPluginAttributes",
    "MessagingPlugin",
    "MessagingResponderAttributesCalendarArgsRulesItem",
    "MessagingResponderAttributesCalendarArgs",
    "MessagingResponderAttributes",
    "MessagingResponder",
    "MulticastAttributesIndividualGroupIndividualsItemOwner",
    "MulticastAttributesIndividualGroupIndividualsItem",
    "MulticastAttributesIndividualGroupLeadersItem",
    "MulticastAttributesIndividualGroup",
    "MulticastAttributes",
    "Multicast",
    "NotificationCountAttributes",
    "NotificationCount",
    "OrgPreferenceAttributes",
    "OrgPreference",
    "OrganizationAttributes",
    "Organization",
    "ReplicatorAttributes",
    "Replicator",
    "SnifferLogAttributes",
    "SnifferLog",
    "SnifferAttributes",
    "Sniffer",
    "SystemPurgeAttributes",
    "SystemPurge",
    "TextAccountNumberAttributesEvents",
    "TextAccountNumberAttributes",
    "TextAccountNumber",
    "TextAccountAttributes",
    "TextAccount",
    "TextNumberInfoAttributes",
    "TextNumberInfo",
    "TextNumberLogAttributes",
    "TextNumberLog",
    "TextReceiveLogAttributes",
    "TextReceiveLog",
    "TextUserNumberMapAttributes",
    "TextUserNumberMap",
    "TextAttributes",
    "Text",
    "TtsSynthesizerAttributes",
    "TtsSynthesizer",
    "UserConsentAttributesArgsMessages",
    "UserConsentAttributesArgs",
    "UserConsentAttributes",
    "UserConsent",
    "UserDeviceLogAttributes",
    "UserDeviceLog",
    "UserDeviceAttributes",
    "UserDevice",
    "UserEmailAttachmentAttributes",
    "UserEmailAttachment",
    "UserEmailAttributes",
    "UserEmail",
    "UserMulticastAttributes",
    "UserMulticast",
    "UserNotificationAttributesDataApn",
    "UserNotificationAttributesDataFcm",
    "UserNotificationAttributesDataSms",
    "UserNotificationAttributesData",
    "UserNotificationAttributes",
    "UserNotification",
    "UserAttributes",
    "User",
    "VideoChannelAttributesAppointment",
    "VideoChannelAttributesCompositionsItem",
    "VideoChannelAttributesParticipantsItemUserCommunicationPreferences",
    "VideoChannelAttributesParticipantsItemUser",
    "VideoChannelAttributesParticipantsItem",
    "VideoChannelAttributes",
    "VideoChannel",
    "VideoCompositionAttributes",
    "VideoComposition",
    "VideoParticipantAttributes",
    "VideoParticipant",
    "VoiceConferenceAttributes",
    "VoiceConference",
    "VoiceDialLogAttributes",
    "VoiceDialLog",
    "VoiceQueueAgentAttributesCall",
    "VoiceQueueAgentAttributesSetting",
    "VoiceQueueAgentAttributesUser",
    "VoiceQueueAgentAttributes",
    "VoiceQueueAgent",
    "VoiceQueueEntryAttributes",
    "VoiceQueueEntry",
    "VoiceRecordingAttributes",
    "VoiceRecording",
    "VoiceSettingAttributes",
    "VoiceSetting",
    "VoiceSurveyAttributes",
    "VoiceSurvey",
    "VoiceTaskAttributesSetting",
    "VoiceTaskAttributes",
    "VoiceTask",
    "ErrorDocumentErrorsItemSource",
    "ErrorDocumentErrorsItem",
    "ErrorDocument",
    "AskEntriesCreateRequestRequest",
    "AskEntriesCreateRequest",
    "AskSubscriptionsSendRequestEvent",
    "AskSubscriptionsSendRequest",
    "CommunicationSummariesListResponseSummaryMessageSendersItem",
    "CommunicationSummariesListResponseSummaryMessageTypesItem",
    "CommunicationSummariesListResponseSummary",
    "CommunicationSummariesListResponse",
    "IndividualsMulticastRequest",
    "IndividualsMulticastResponse",
    "MessagingAttachmentsCreateResponseData",
    "MessagingAttachmentsCreateResponse",
    "MessagingAttachmentsProcessUploadRequest",
    "MessagingBulkAttachmentsCreateResponseData",
    "MessagingBulkAttachmentsCreateResponse",
    "MessagingChannelsUpdateRequestAttributesItem",
    "MessagingChannelsUpdateRequest",
    "MessagingChannelsModifyPreferencesRequestValuesItem",
    "MessagingChannelsModifyPreferencesRequest",
    "MessagingChannelsSetSmsPathRequestInitialMessageJs",
    "MessagingChannelsSetSmsPathRequest",
    "MessagingChannelsAddSubscriberRequest",
    "MessagingChannelsRemoveSubscriberRequest",
    "MessagingMessagesAcknowledgeRequest",
    "MessagingMessagesAddUserReactionRequest",
    "MessagingMessagesDeleteUserReactionRequest",
    "MessagingMessagesGetReceiptsResponseReadItem",
    "MessagingMessagesGetReceiptsResponseUnreadItem",
    "MessagingMessagesGetReceiptsResponse",
    "MessagingPluginsExpandRequest",
    "MessagingPluginsExpandResponse",
    "TextAccountsClaimNumberRequest",
    "UserEmailAttachmentsCreateResponse",
    "UserMulticastsCreateRequest",
    "UserMulticastsCreateResponse",
    "UserNotificationsAckRequest",
    "UsersMulticastRequest",
    "UsersMulticastResponse",
    "UsersValidateMulticastParamsRequest",
    "UsersValidateMulticastParamsResponse",
    "VideoChannelsFinalizeEncounterRequest",
    "VideoChannelsGetCredentialsResponse",
    "VideoChannelsSetParticipantAudioStatesRequestParticipantsItem",
    "VideoChannelsSetParticipantAudioStatesRequest",
    "VideoChannelsFinalizeEncounterV2Request",
    "VoiceConferencesGetCredentialsResponse",
    "VoiceSettingsRunTaskRequest",
    "AggregationRequestAttributesEntriesItemParam",
    "BulkBadgeCountAttributesValuesItemParam",
    "MessagingBulkMessageAttributesMessageJsParam",
    "MessagingChannelAttributesEventSettingsParam",
    "MessagingResponderAttributesCalendarArgsParam",
    "MessagingResponderAttributesCalendarArgsRulesItemParam",
    "TextAccountNumberAttributesEventsParam",
    "UserConsentAttributesArgsParam",
    "UserConsentAttributesArgsMessagesParam",
    "VideoChannelAttributesAppointmentParam",
    "VideoChannelAttributesParticipantsItemParam",
    "VideoChannelAttributesParticipantsItemUserParam",
    "VideoChannelAttributesParticipantsItemUserCommunicationPreferencesParam",
    "AskEntriesCreateRequestRequestParam",
    "AskSubscriptionsSendRequestEventParam",
    "MessagingChannelsUpdateRequestAttributesItemParam",
    "MessagingChannelsModifyPreferencesRequestValuesItemParam",
    "MessagingChannelsSetSmsPathRequestInitialMessageJsParam",
    "VideoChannelsSetParticipantAudioStatesRequestParticipantsItemParam",
]


class AggregationRequestAttributesEntriesItem(BaseModel):
    """AggregationRequestAttributesEntriesItem"""

    column: str | None = None

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )


class AggregationRequestAttributes(BaseModel):
    """AggregationRequestAttributes"""

    entries: list[AggregationRequestAttributesEntriesItem] | None = None


class AggregationRequest(BaseModel):
    """A JSON:API resource object of type 'aggregation-requests'."""

    attributes: AggregationRequestAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["aggregation-requests"], tolerant]


class AnnouncerAttributes(BaseModel):
    """AnnouncerAttributes"""

    args: dict[str, Any] | None = None

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    created_by: UUID | None = Field(
        default=None,
        alias="created-by",
    )

    event: str | None = None

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    last_modified_by: UUID | None = Field(
        default=None,
        alias="last-modified-by",
    )

    name: str | None = None

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    type: str | None = None


class Announcer(BaseModel):
    """A JSON:API resource object of type 'announcers'."""

    attributes: AnnouncerAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["announcers"], tolerant]


class AppCredentialAttributes(BaseModel):
    """AppCredentialAttributes"""

    app_name: str | None = Field(
        default=None,
        alias="app-name",
    )

    archived: bool | None = None

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    data: dict[str, Any] | None = None

    display_name: str | None = Field(
        default=None,
        alias="display-name",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    store_id: str | None = Field(
        default=None,
        alias="store-id",
    )

    test_mode: bool | None = Field(
        default=None,
        alias="test-mode",
    )

    type: Annotated[Literal["apn", "fcm"], tolerant] | None = None


class AppCredential(BaseModel):
    """A JSON:API resource object of type 'app-credentials'."""

    attributes: AppCredentialAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["app-credentials"], tolerant]


class AskReminderAttributes(BaseModel):
    """AskReminderAttributes"""

    account_id: UUID | None = Field(
        default=None,
        alias="account-id",
    )

    alexa_reminder_id: UUID | None = Field(
        default=None,
        alias="alexa-reminder-id",
    )

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    created_by: UUID | None = Field(
        default=None,
        alias="created-by",
    )

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    name: str | None = None

    reminder_content: str | None = Field(
        default=None,
        alias="reminder-content",
    )

    reminder_rrule: str | None = Field(
        default=None,
        alias="reminder-rrule",
    )

    reminder_time_local: str | None = Field(
        default=None,
        alias="reminder-time-local",
    )

    synced_to_alexa: bool | None = Field(
        default=None,
        alias="synced-to-alexa",
    )

    tz_info: str | None = Field(
        default=None,
        alias="tz-info",
    )


class AskReminder(BaseModel):
    """A JSON:API resource object of type 'ask-reminders'."""

    attributes: AskReminderAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["ask-reminders"], tolerant]


class AskSubscriptionAttributes(BaseModel):
    """AskSubscriptionAttributes"""

    alexa_app_id: str | None = Field(
        default=None,
        alias="alexa-app-id",
    )

    alexa_user_id: str | None = Field(
        default=None,
        alias="alexa-user-id",
    )

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    registered_events: list[str] | None = Field(
        default=None,
        alias="registered-events",
    )

    skill_id: UUID | None = Field(
        default=None,
        alias="skill-id",
    )

    user_id: UUID | None = Field(
        default=None,
        alias="user-id",
    )


class AskSubscription(BaseModel):
    """A JSON:API resource object of type 'ask-subscriptions'."""

    attributes: AskSubscriptionAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["ask-subscriptions"], tolerant]


class BadgeCountAttributes(BaseModel):
    """BadgeCountAttributes"""

    count: int | None = None

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    timestamp: str | None = None

    type: str | None = None


class BadgeCount(BaseModel):
    """A JSON:API resource object of type 'badge-counts'."""

    attributes: BadgeCountAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["badge-counts"], tolerant]


class BulkBadgeCountAttributesValuesItem(BaseModel):
    """BulkBadgeCountAttributesValuesItem"""

    count: int | None = None

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    timestamp: str | None = None

    type: str | None = None


class BulkBadgeCountAttributes(BaseModel):
    """BulkBadgeCountAttributes"""

    values: list[BulkBadgeCountAttributesValuesItem] | None = None


class BulkBadgeCount(BaseModel):
    """A JSON:API resource object of type 'bulk-badge-counts'."""

    attributes: BulkBadgeCountAttributes | None = None

    type: Annotated[Literal["bulk-badge-counts"], tolerant]


class IndividualGroupAttributesIndividualsItem(BaseModel):
    """IndividualGroupAttributesIndividualsItem"""

    id: UUID | None = None


class IndividualGroupAttributesLeadersItem(BaseModel):
    """IndividualGroupAttributesLeadersItem"""

    id: UUID | None = None


class IndividualGroupAttributes(BaseModel):
    """IndividualGroupAttributes"""

    individuals: list[IndividualGroupAttributesIndividualsItem] | None = None

    last_sync_time: str | None = Field(
        default=None,
        alias="last-sync-time",
    )

    leaders: list[IndividualGroupAttributesLeadersItem] | None = None

    name: str | None = None

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    parent_id: UUID | None = Field(
        default=None,
        alias="parent-id",
    )


class IndividualGroup(BaseModel):
    """A JSON:API resource object of type 'individual-groups'."""

    attributes: IndividualGroupAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["individual-groups"], tolerant]


class IndividualProfileAttributes(BaseModel):
    """IndividualProfileAttributes"""

    photo: str | None = None


class IndividualProfile(BaseModel):
    """A JSON:API resource object of type 'individual-profiles'."""

    attributes: IndividualProfileAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["individual-profiles"], tolerant]


class IndividualAttributes(BaseModel):
    """IndividualAttributes"""

    account_type: str | None = Field(
        default=None,
        alias="account-type",
    )

    birth_date: date | None = Field(
        default=None,
        alias="birth-date",
    )

    first_name: str | None = Field(
        default=None,
        alias="first-name",
    )

    last_modified_time: str | None = Field(
        default=None,
        alias="last-modified-time",
    )

    last_name: str | None = Field(
        default=None,
        alias="last-name",
    )

    owner_id: UUID | None = Field(
        default=None,
        alias="owner-id",
    )

    preferred_name: str | None = Field(
        default=None,
        alias="preferred-name",
    )


class Individual(BaseModel):
    """A JSON:API resource object of type 'individuals'."""

    attributes: IndividualAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["individuals"], tolerant]


class MessagingAttachmentAttributes(BaseModel):
    """MessagingAttachmentAttributes"""

    content_size: int | None = Field(
        default=None,
        alias="content-size",
    )

    content_type: str | None = Field(
        default=None,
        alias="content-type",
    )

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    filename: str | None = None

    message_id: UUID | None = Field(
        default=None,
        alias="message-id",
    )

    removed: bool | None = None

    thumbnail: str | None = None


class MessagingAttachment(BaseModel):
    """A JSON:API resource object of type 'messaging-attachments'."""

    attributes: MessagingAttachmentAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["messaging-attachments"], tolerant]


class MessagingBookmarkAttributesChannel(BaseModel):
    """MessagingBookmarkAttributesChannel"""

    id: UUID | None = None


class MessagingBookmarkAttributesCreatedBy(BaseModel):
    """MessagingBookmarkAttributesCreatedBy"""

    id: UUID | None = None


class MessagingBookmarkAttributesMessage(BaseModel):
    """MessagingBookmarkAttributesMessage"""

    id: UUID | None = None


class MessagingBookmarkAttributes(BaseModel):
    """MessagingBookmarkAttributes"""

    channel: MessagingBookmarkAttributesChannel | None = None

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    created_by: MessagingBookmarkAttributesCreatedBy | None = Field(
        default=None,
        alias="created-by",
    )

    message: MessagingBookmarkAttributesMessage | None = None

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    allow_multi_message: bool | None = Field(
        default=None,
        alias="allow-multi-message",
    )

    channel_id: UUID | None = Field(
        default=None,
        alias="channel-id",
    )

    message_id: UUID | None = Field(
        default=None,
        alias="message-id",
    )


class MessagingBookmark(BaseModel):
    """A JSON:API resource object of type 'messaging-bookmarks'."""

    attributes: MessagingBookmarkAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["messaging-bookmarks"], tolerant]


class MessagingBulkAttachmentAttributes(BaseModel):
    """MessagingBulkAttachmentAttributes"""

    bulk_message_id: UUID | None = Field(
        default=None,
        alias="bulk-message-id",
    )

    content_size: int | None = Field(
        default=None,
        alias="content-size",
    )

    content_type: str | None = Field(
        default=None,
        alias="content-type",
    )

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    filename: str | None = None

    thumbnail: str | None = None


class MessagingBulkAttachment(BaseModel):
    """A JSON:API resource object of type 'messaging-bulk-attachments'."""

    attributes: MessagingBulkAttachmentAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["messaging-bulk-attachments"], tolerant]


class MessagingBulkMessageAttributesMessageJs(BaseModel):
    """MessagingBulkMessageAttributesMessageJs"""

    en_us: str | None = Field(
        default=None,
        alias="en_US",
    )

    es_us: str | None = Field(
        default=None,
        alias="es_US",
    )


class MessagingBulkMessageAttributes(BaseModel):
    """MessagingBulkMessageAttributes"""

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    created_by: UUID | None = Field(
        default=None,
        alias="created-by",
    )

    draft: bool | None = None

    individual_group_ids: list[UUID] | None = Field(
        default=None,
        alias="individual-group-ids",
    )

    individual_ids: list[UUID] | None = Field(
        default=None,
        alias="individual-ids",
    )

    message: str | None = None

    message_js: MessagingBulkMessageAttributesMessageJs | None = Field(
        default=None,
        alias="message-js",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    posted_time: str | None = Field(
        default=None,
        alias="posted-time",
    )

    sender_individual_group_id: UUID | None = Field(
        default=None,
        alias="sender-individual-group-id",
    )

    sender_individual_id: UUID | None = Field(
        default=None,
        alias="sender-individual-id",
    )

    auto_ack: str | None = Field(
        default=None,
        alias="auto-ack",
    )

    auto_create_channel: bool | None = Field(
        default=None,
        alias="auto-create-channel",
    )


class MessagingBulkMessage(BaseModel):
    """A JSON:API resource object of type 'messaging-bulk-messages'."""

    attributes: MessagingBulkMessageAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["messaging-bulk-messages"], tolerant]


class MessagingChannelAttributesBookmark(BaseModel):
    """MessagingChannelAttributesBookmark"""

    id: UUID | None = None

    message_id: UUID | None = Field(
        default=None,
        alias="message-id",
    )


class MessagingChannelAttributesEventSettings(BaseModel):
    """MessagingChannelAttributesEventSettings"""

    enabled: bool | None = None


class MessagingChannelAttributesIndividualGroupIndividualsItemOwner(BaseModel):
    """MessagingChannelAttributesIndividualGroupIndividualsItemOwner"""

    id: UUID | None = None

    type: str | None = None


class MessagingChannelAttributesIndividualGroupIndividualsItem(BaseModel):
    """MessagingChannelAttributesIndividualGroupIndividualsItem"""

    birth_date: date | None = Field(
        default=None,
        alias="birth-date",
    )

    first_name: str | None = Field(
        default=None,
        alias="first-name",
    )

    id: UUID | None = None

    last_name: str | None = Field(
        default=None,
        alias="last-name",
    )

    name: str | None = None

    owner: MessagingChannelAttributesIndividualGroupIndividualsItemOwner | None = None

    preferred_name: str | None = Field(
        default=None,
        alias="preferred-name",
    )

    verified: bool | None = None


class MessagingChannelAttributesIndividualGroupLeadersItem(BaseModel):
    """MessagingChannelAttributesIndividualGroupLeadersItem"""

    first_name: str | None = Field(
        default=None,
        alias="first-name",
    )

    id: UUID | None = None

    last_name: str | None = Field(
        default=None,
        alias="last-name",
    )


class MessagingChannelAttributesIndividualGroup(BaseModel):
    """MessagingChannelAttributesIndividualGroup"""

    individual_ids: list[UUID] | None = Field(
        default=None,
        alias="individual-ids",
    )

    individuals: list[MessagingChannelAttributesIndividualGroupIndividualsItem] | None = None

    individuals_count: int | None = Field(
        default=None,
        alias="individuals-count",
    )

    leader_ids: list[UUID] | None = Field(
        default=None,
        alias="leader-ids",
    )

    leaders: list[MessagingChannelAttributesIndividualGroupLeadersItem] | None = None

    name: str | None = None

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )


class MessagingChannelAttributesLastMessage(BaseModel):
    """MessagingChannelAttributesLastMessage"""

    id: UUID | None = None

    message: str | None = None

    posted_time: str | None = Field(
        default=None,
        alias="posted-time",
    )

    removed: bool | None = None


class MessagingChannelAttributesSubscribersItem(BaseModel):
    """MessagingChannelAttributesSubscribersItem"""

    admin: bool | None = None

    auto_sign_up: bool | None = Field(
        default=None,
        alias="auto-sign-up",
    )

    birth_date: date | None = Field(
        default=None,
        alias="birth-date",
    )

    communication_preferences: dict[str, Any] | None = Field(
        default=None,
        alias="communication-preferences",
    )

    email: str | None = None

    email_verified: bool | None = Field(
        default=None,
        alias="email-verified",
    )

    first_name: str | None = Field(
        default=None,
        alias="first-name",
    )

    id: UUID | None = None

    last_name: str | None = Field(
        default=None,
        alias="last-name",
    )

    phone_number: str | None = Field(
        default=None,
        alias="phone-number",
    )

    phone_number_unsubscribed: bool | None = Field(
        default=None,
        alias="phone-number-unsubscribed",
    )

    phone_number_verified: bool | None = Field(
        default=None,
        alias="phone-number-verified",
    )

    pinned: bool | None = None


class MessagingChannelAttributesTextNumber(BaseModel):
    """MessagingChannelAttributesTextNumber"""

    id: UUID | None = None


class MessagingChannelAttributes(BaseModel):
    """MessagingChannelAttributes"""

    archived: bool | None = None

    bookmark: MessagingChannelAttributesBookmark | None = None

    caller_has_new_message: bool | None = Field(
        default=None,
        alias="caller-has-new-message",
    )

    caller_new_message_count: int | None = Field(
        default=None,
        alias="caller-new-message-count",
    )

    can_enable_sms: bool | None = Field(
        default=None,
        alias="can-enable-sms",
    )

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    created_by: UUID | None = Field(
        default=None,
        alias="created-by",
    )

    event_settings: MessagingChannelAttributesEventSettings | None = Field(
        default=None,
        alias="event-settings",
    )

    floating: bool | None = None

    group_provider_ack: bool | None = Field(
        default=None,
        alias="group-provider-ack",
    )

    individual_group: MessagingChannelAttributesIndividualGroup | None = Field(
        default=None,
        alias="individual-group",
    )

    individual_group_id: UUID | None = Field(
        default=None,
        alias="individual-group-id",
    )

    label: str | None = None

    last_message: MessagingChannelAttributesLastMessage | None = Field(
        default=None,
        alias="last-message",
    )

    last_modified_time: str | None = Field(
        default=None,
        alias="last-modified-time",
    )

    name: str | None = None

    observation_id: UUID | None = Field(
        default=None,
        alias="observation-id",
    )

    org_id: UUID | None = Field(
        default=None,
        alias="org-id",
    )

    owner_first_name: str | None = Field(
        default=None,
        alias="owner-first-name",
    )

    owner_id: UUID | None = Field(
        default=None,
        alias="owner-id",
    )

    owner_last_name: str | None = Field(
        default=None,
        alias="owner-last-name",
    )

    subscribers: list[MessagingChannelAttributesSubscribersItem] | None = None

    subscription_type: str | None = Field(
        default=None,
        alias="subscription-type",
    )

    text_number: MessagingChannelAttributesTextNumber | None = Field(
        default=None,
        alias="text-number",
    )

    with_sms: bool | None = Field(
        default=None,
        alias="with-sms",
    )

    individual_ids: list[UUID] | None = Field(
        default=None,
        alias="individual-ids",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    text_number_id: UUID | None = Field(
        default=None,
        alias="text-number-id",
    )


class MessagingChannel(BaseModel):
    """A JSON:API resource object of type 'messaging-channels'."""

    attributes: MessagingChannelAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["messaging-channels"], tolerant]


class MessagingMessageAttributesAttachmentsItem(BaseModel):
    """MessagingMessageAttributesAttachmentsItem"""

    content_size: int | None = Field(
        default=None,
        alias="content-size",
    )

    content_type: str | None = Field(
        default=None,
        alias="content-type",
    )

    filename: str | None = None

    id: UUID | None = None

    removed: bool | None = None

    thumbnail: str | None = None


class MessagingMessageAttributesReactionsItem(BaseModel):
    """MessagingMessageAttributesReactionsItem"""

    first_name: str | None = Field(
        default=None,
        alias="first-name",
    )

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    last_name: str | None = Field(
        default=None,
        alias="last-name",
    )

    reaction_type: (
        Annotated[Literal["dislike", "like", "lol", "love", "sad", "wow"], tolerant] | None
    ) = Field(
        default=None,
        alias="reaction-type",
    )

    user_name: str | None = Field(
        default=None,
        alias="user-name",
    )


class MessagingMessageAttributesReadReceiptsItem(BaseModel):
    """MessagingMessageAttributesReadReceiptsItem"""

    ack_time: str | None = Field(
        default=None,
        alias="ack-time",
    )

    ack_user_time: str | None = Field(
        default=None,
        alias="ack-user-time",
    )

    individual_first_name: str | None = Field(
        default=None,
        alias="individual-first-name",
    )

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    individual_last_name: str | None = Field(
        default=None,
        alias="individual-last-name",
    )


class MessagingMessageAttributes(BaseModel):
    """MessagingMessageAttributes"""

    ack: bool | None = None

    attachments: list[MessagingMessageAttributesAttachmentsItem] | None = None

    channel_id: UUID | None = Field(
        default=None,
        alias="channel-id",
    )

    destination: dict[str, Any] | None = None

    draft: bool | None = None

    first_name: str | None = Field(
        default=None,
        alias="first-name",
    )

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    last_modified_time: str | None = Field(
        default=None,
        alias="last-modified-time",
    )

    last_name: str | None = Field(
        default=None,
        alias="last-name",
    )

    message: str | None = None

    phrases: dict[str, Any] | None = None

    posted_time: str | None = Field(
        default=None,
        alias="posted-time",
    )

    preferred_name: str | None = Field(
        default=None,
        alias="preferred-name",
    )

    reactions: list[MessagingMessageAttributesReactionsItem] | None = None

    read_receipts: list[MessagingMessageAttributesReadReceiptsItem] | None = Field(
        default=None,
        alias="read-receipts",
    )

    removed: bool | None = None

    sentiment: str | None = None

    source: str | None = None

    user_id: UUID | None = Field(
        default=None,
        alias="user-id",
    )

    user_name: str | None = Field(
        default=None,
        alias="user-name",
    )

    user_type: str | None = Field(
        default=None,
        alias="user-type",
    )

    auto_ack: str | None = Field(
        default=None,
        alias="auto-ack",
    )

    include_destinations: list[str] | None = Field(
        default=None,
        alias="include-destinations",
    )


class MessagingMessage(BaseModel):
    """A JSON:API resource object of type 'messaging-messages'."""

    attributes: MessagingMessageAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["messaging-messages"], tolerant]


class MessagingOperationAttributes(BaseModel):
    """MessagingOperationAttributes"""

    args: dict[str, Any] | None = None

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    created_by: UUID | None = Field(
        default=None,
        alias="created-by",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    logs: dict[str, Any] | None = None

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    status: str | None = None

    type: str | None = None


class MessagingOperation(BaseModel):
    """A JSON:API resource object of type 'messaging-operations'."""

    attributes: MessagingOperationAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["messaging-operations"], tolerant]


class MessagingPluginAttributes(BaseModel):
    """MessagingPluginAttributes"""

    args: dict[str, Any] | None = None

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    created_by: UUID | None = Field(
        default=None,
        alias="created-by",
    )

    enabled: bool | None = None

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    last_modified_by: UUID | None = Field(
        default=None,
        alias="last-modified-by",
    )

    name: str | None = None

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    type: str | None = None


class MessagingPlugin(BaseModel):
    """A JSON:API resource object of type 'messaging-plugins'."""

    attributes: MessagingPluginAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["messaging-plugins"], tolerant]


class MessagingResponderAttributesCalendarArgsRulesItem(BaseModel):
    """MessagingResponderAttributesCalendarArgsRulesItem"""

    day: str | None = None

    end_time: str | None = Field(
        default=None,
        alias="end-time",
    )

    start_time: str | None = Field(
        default=None,
        alias="start-time",
    )


class MessagingResponderAttributesCalendarArgs(BaseModel):
    """MessagingResponderAttributesCalendarArgs"""

    rules: list[MessagingResponderAttributesCalendarArgsRulesItem] | None = None

    timezone: str | None = None


class MessagingResponderAttributes(BaseModel):
    """MessagingResponderAttributes"""

    args: dict[str, Any] | None = None

    calendar_args: MessagingResponderAttributesCalendarArgs | None = Field(
        default=None,
        alias="calendar-args",
    )

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    created_by: UUID | None = Field(
        default=None,
        alias="created-by",
    )

    enabled: bool | None = None

    end_at: dict[str, Any] | str | None = Field(
        default=None,
        alias="end-at",
    )

    individual_group_id: UUID | None = Field(
        default=None,
        alias="individual-group-id",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    last_modified_by: UUID | None = Field(
        default=None,
        alias="last-modified-by",
    )

    name: str | None = None

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    start_at: dict[str, Any] | str | None = Field(
        default=None,
        alias="start-at",
    )

    type: str | None = None


class MessagingResponder(BaseModel):
    """A JSON:API resource object of type 'messaging-responders'."""

    attributes: MessagingResponderAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["messaging-responders"], tolerant]


class MulticastAttributesIndividualGroupIndividualsItemOwner(BaseModel):
    """MulticastAttributesIndividualGroupIndividualsItemOwner"""

    id: UUID | None = None

    type: str | None = None


class MulticastAttributesIndividualGroupIndividualsItem(BaseModel):
    """MulticastAttributesIndividualGroupIndividualsItem"""

    birth_date: date | None = Field(
        default=None,
        alias="birth-date",
    )

    first_name: str | None = Field(
        default=None,
        alias="first-name",
    )

    id: UUID | None = None

    last_name: str | None = Field(
        default=None,
        alias="last-name",
    )

    name: str | None = None

    owner: MulticastAttributesIndividualGroupIndividualsItemOwner | None = None

    preferred_name: str | None = Field(
        default=None,
        alias="preferred-name",
    )

    verified: bool | None = None


class MulticastAttributesIndividualGroupLeadersItem(BaseModel):
    """MulticastAttributesIndividualGroupLeadersItem"""

    first_name: str | None = Field(
        default=None,
        alias="first-name",
    )

    id: UUID | None = None

    last_name: str | None = Field(
        default=None,
        alias="last-name",
    )


class MulticastAttributesIndividualGroup(BaseModel):
    """MulticastAttributesIndividualGroup"""

    individual_ids: list[UUID] | None = Field(
        default=None,
        alias="individual-ids",
    )

    individuals: list[MulticastAttributesIndividualGroupIndividualsItem] | None = None

    individuals_count: int | None = Field(
        default=None,
        alias="individuals-count",
    )

    leader_ids: list[UUID] | None = Field(
        default=None,
        alias="leader-ids",
    )

    leaders: list[MulticastAttributesIndividualGroupLeadersItem] | None = None

    name: str | None = None

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )


class MulticastAttributes(BaseModel):
    """MulticastAttributes"""

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    created_by: UUID | None = Field(
        default=None,
        alias="created-by",
    )

    data: dict[str, Any] | None = None

    first_name: str | None = Field(
        default=None,
        alias="first-name",
    )

    individual_group: MulticastAttributesIndividualGroup | None = Field(
        default=None,
        alias="individual-group",
    )

    individual_group_id: UUID | None = Field(
        default=None,
        alias="individual-group-id",
    )

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    individual_ids: list[UUID] | None = Field(
        default=None,
        alias="individual-ids",
    )

    last_name: str | None = Field(
        default=None,
        alias="last-name",
    )

    status: str | None = None

    template_args: dict[str, Any] | None = Field(
        default=None,
        alias="template-args",
    )

    template_id: str | None = Field(
        default=None,
        alias="template-id",
    )

    user_name: str | None = Field(
        default=None,
        alias="user-name",
    )

    filter_type: str | None = Field(
        default=None,
        alias="filter-type",
    )

    filter_value: dict[str, Any] | None = Field(
        default=None,
        alias="filter-value",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )


class Multicast(BaseModel):
    """A JSON:API resource object of type 'multicasts'."""

    attributes: MulticastAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["multicasts"], tolerant]


class NotificationCountAttributes(BaseModel):
    """NotificationCountAttributes"""

    count: int | None = None

    daily_for_date: str | None = Field(
        default=None,
        alias="daily-for-date",
    )

    user_id: UUID | None = Field(
        default=None,
        alias="user-id",
    )


class NotificationCount(BaseModel):
    """A JSON:API resource object of type 'notification-counts'."""

    attributes: NotificationCountAttributes | None = None

    type: Annotated[Literal["notification-counts"], tolerant]


class OrgPreferenceAttributes(BaseModel):
    """OrgPreferenceAttributes"""

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    explicit: bool | None = None

    name: str | None = None

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    type: str | None = None

    value: str | None = None

    value_js: dict[str, Any] | None = Field(
        default=None,
        alias="value-js",
    )


class OrgPreference(BaseModel):
    """A JSON:API resource object of type 'org-preferences'."""

    attributes: OrgPreferenceAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["org-preferences"], tolerant]


class OrganizationAttributes(BaseModel):
    """OrganizationAttributes"""

    classification: str | None = None

    display_name: str | None = Field(
        default=None,
        alias="display-name",
    )

    last_modified_time: str | None = Field(
        default=None,
        alias="last-modified-time",
    )

    name: str | None = None

    provider_type: str | None = Field(
        default=None,
        alias="provider-type",
    )

    timezone: str | None = None


class Organization(BaseModel):
    """A JSON:API resource object of type 'organizations'."""

    attributes: OrganizationAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["organizations"], tolerant]


class ReplicatorAttributes(BaseModel):
    """ReplicatorAttributes"""

    classpath: str | None = None

    created_time: str | None = Field(
        default=None,
        alias="created-time",
    )

    last_poll_time: str | None = Field(
        default=None,
        alias="last-poll-time",
    )


class Replicator(BaseModel):
    """A JSON:API resource object of type 'replicators'."""

    attributes: ReplicatorAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["replicators"], tolerant]


class SnifferLogAttributes(BaseModel):
    """SnifferLogAttributes"""

    body: str | None = None

    content_type: str | None = None

    created_time: str | None = Field(
        default=None,
        alias="created-time",
    )

    message: str | None = None

    method: str | None = None

    path: str | None = None

    query_string: str | None = Field(
        default=None,
        alias="query-string",
    )

    request_id: str | None = Field(
        default=None,
        alias="request-id",
    )

    response: str | None = None

    status_code: int | None = Field(
        default=None,
        alias="status-code",
    )

    trace_id: str | None = Field(
        default=None,
        alias="trace-id",
    )

    user_agent: str | None = Field(
        default=None,
        alias="user-agent",
    )


class SnifferLog(BaseModel):
    """A JSON:API resource object of type 'sniffer-logs'."""

    attributes: SnifferLogAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["sniffer-logs"], tolerant]


class SnifferAttributes(BaseModel):
    """SnifferAttributes"""

    created_time: str | None = Field(
        default=None,
        alias="created-time",
    )

    user_id: UUID | None = Field(
        default=None,
        alias="user-id",
    )

    valid_until: str | None = Field(
        default=None,
        alias="valid-until",
    )


class Sniffer(BaseModel):
    """A JSON:API resource object of type 'sniffers'."""

    attributes: SnifferAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["sniffers"], tolerant]


class SystemPurgeAttributes(BaseModel):
    """SystemPurgeAttributes"""

    archive: bool | None = None

    entity_id: str | None = Field(
        default=None,
        alias="entity-id",
    )

    entity_type: str | None = Field(
        default=None,
        alias="entity-type",
    )

    reference_id: str | None = Field(
        default=None,
        alias="reference-id",
    )

    request_id: str | None = Field(
        default=None,
        alias="request-id",
    )


class SystemPurge(BaseModel):
    """A JSON:API resource object of type 'system-purges'."""

    attributes: SystemPurgeAttributes | None = None

    type: Annotated[Literal["system-purges"], tolerant]


class TextAccountNumberAttributesEvents(BaseModel):
    """TextAccountNumberAttributesEvents"""

    unknown_number: dict[str, Any] | None = Field(
        default=None,
        alias="unknown-number",
    )


class TextAccountNumberAttributes(BaseModel):
    """TextAccountNumberAttributes"""

    account_id: UUID | None = Field(
        default=None,
        alias="account-id",
    )

    alert: bool | None = None

    capability_mms: bool | None = Field(
        default=None,
        alias="capability-mms",
    )

    capability_sms: bool | None = Field(
        default=None,
        alias="capability-sms",
    )

    capability_voice: bool | None = Field(
        default=None,
        alias="capability-voice",
    )

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    events: TextAccountNumberAttributesEvents | None = None

    forward_to: str | None = Field(
        default=None,
        alias="forward-to",
    )

    lata: str | None = None

    latitude: str | None = None

    logging: bool | None = None

    longitude: str | None = None

    notes: str | None = None

    phone_number: str | None = Field(
        default=None,
        alias="phone-number",
    )

    postal_code: str | None = Field(
        default=None,
        alias="postal-code",
    )

    rate_center: str | None = Field(
        default=None,
        alias="rate-center",
    )

    region: str | None = None

    twilio_id: str | None = Field(
        default=None,
        alias="twilio-id",
    )

    area_code: str | None = Field(
        default=None,
        alias="area-code",
    )


class TextAccountNumber(BaseModel):
    """A JSON:API resource object of type 'text-account-numbers'."""

    attributes: TextAccountNumberAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["text-account-numbers"], tolerant]


class TextAccountAttributes(BaseModel):
    """TextAccountAttributes"""

    allow_custom_number: bool | None = Field(
        default=None,
        alias="allow-custom-number",
    )

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    phone_number: str | None = Field(
        default=None,
        alias="phone-number",
    )

    twilio_id: str | None = Field(
        default=None,
        alias="twilio-id",
    )


class TextAccount(BaseModel):
    """A JSON:API resource object of type 'text-accounts'."""

    attributes: TextAccountAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["text-accounts"], tolerant]


class TextNumberInfoAttributes(BaseModel):
    """TextNumberInfoAttributes"""

    carrier_name: str | None = Field(
        default=None,
        alias="carrier-name",
    )

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    error: str | None = None

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    mobile_country_code: str | None = Field(
        default=None,
        alias="mobile-country-code",
    )

    mobile_network_code: str | None = Field(
        default=None,
        alias="mobile-network-code",
    )

    number: str | None = None

    status: str | None = None

    type: str | None = None

    reresolve: bool | None = None


class TextNumberInfo(BaseModel):
    """A JSON:API resource object of type 'text-number-info'."""

    attributes: TextNumberInfoAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["text-number-info"], tolerant]


class TextNumberLogAttributes(BaseModel):
    """TextNumberLogAttributes"""

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    log: str | None = None


class TextNumberLog(BaseModel):
    """A JSON:API resource object of type 'text-number-logs'."""

    attributes: TextNumberLogAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["text-number-logs"], tolerant]


class TextReceiveLogAttributes(BaseModel):
    """TextReceiveLogAttributes"""

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    message: str | None = None

    sender: str | None = None

    sid: str | None = None

    to: str | None = None


class TextReceiveLog(BaseModel):
    """A JSON:API resource object of type 'text-receive-logs'."""

    attributes: TextReceiveLogAttributes | None = None

    id: str | None = None

    type: Annotated[Literal["text-receive-logs"], tolerant]


class TextUserNumberMapAttributes(BaseModel):
    """TextUserNumberMapAttributes"""

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    number_id: str | None = Field(
        default=None,
        alias="number-id",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    user_id: str | None = Field(
        default=None,
        alias="user-id",
    )


class TextUserNumberMap(BaseModel):
    """A JSON:API resource object of type 'text-user-number-maps'."""

    attributes: TextUserNumberMapAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["text-user-number-maps"], tolerant]


class TextAttributes(BaseModel):
    """TextAttributes"""

    callback_status_url: str | None = Field(
        default=None,
        alias="callback-status-url",
    )

    callback_url: str | None = Field(
        default=None,
        alias="callback-url",
    )

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    created_by: UUID | None = Field(
        default=None,
        alias="created-by",
    )

    error: str | None = None

    from_: str | None = Field(
        default=None,
        alias="from",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    message: str | None = None

    status: str | None = None

    target: str | None = None

    twilio_sid: str | None = Field(
        default=None,
        alias="twilio-sid",
    )

    account_id: UUID | None = Field(
        default=None,
        alias="account-id",
    )

    callback_json: dict[str, Any] | None = Field(
        default=None,
        alias="callback-json",
    )

    callback_one_off: bool | None = Field(
        default=None,
        alias="callback-one-off",
    )

    expected_responses: list[str] | None = Field(
        default=None,
        alias="expected-responses",
    )

    number_id: UUID | None = Field(
        default=None,
        alias="number-id",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )


class Text(BaseModel):
    """A JSON:API resource object of type 'texts'."""

    attributes: TextAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["texts"], tolerant]


class TtsSynthesizerAttributes(BaseModel):
    """TtsSynthesizerAttributes"""

    locale: str | None = None

    text: str | None = None


class TtsSynthesizer(BaseModel):
    """A JSON:API resource object of type 'tts-synthesizers'."""

    attributes: TtsSynthesizerAttributes | None = None

    type: Annotated[Literal["tts-synthesizers"], tolerant]


class UserConsentAttributesArgsMessages(BaseModel):
    """UserConsentAttributesArgsMessages"""

    accept: str | None = None

    initial: str | None = None

    invalid_response: str | None = Field(
        default=None,
        alias="invalid-response",
    )


class UserConsentAttributesArgs(BaseModel):
    """UserConsentAttributesArgs"""

    messages: UserConsentAttributesArgsMessages | None = None


class UserConsentAttributes(BaseModel):
    """UserConsentAttributes"""

    args: UserConsentAttributesArgs | None = None

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    state: str | None = None

    target_id: str | None = Field(
        default=None,
        alias="target-id",
    )

    type: str | None = None

    user_id: UUID | None = Field(
        default=None,
        alias="user-id",
    )


class UserConsent(BaseModel):
    """A JSON:API resource object of type 'user-consents'."""

    attributes: UserConsentAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["user-consents"], tolerant]


class UserDeviceLogAttributes(BaseModel):
    """UserDeviceLogAttributes"""

    badge_count: int | None = Field(
        default=None,
        alias="badge-count",
    )

    body: str | None = None

    category: str | None = None

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    data: dict[str, Any] | None = None

    title: str | None = None


class UserDeviceLog(BaseModel):
    """A JSON:API resource object of type 'user-device-logs'."""

    attributes: UserDeviceLogAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["user-device-logs"], tolerant]


class UserDeviceAttributes(BaseModel):
    """UserDeviceAttributes"""

    allow_notification: bool | None = Field(
        default=None,
        alias="allow-notification",
    )

    app_name: str | None = Field(
        default=None,
        alias="app-name",
    )

    app_version: str | None = Field(
        default=None,
        alias="app-version",
    )

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    individual_id: str | None = Field(
        default=None,
        alias="individual-id",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    model: str | None = None

    os_version: str | None = Field(
        default=None,
        alias="os-version",
    )

    sandbox: bool | None = None

    token: str | None = None

    topic: str | None = None

    type: Annotated[Literal["apn", "fcm", "web"], tolerant] | None = None


class UserDevice(BaseModel):
    """A JSON:API resource object of type 'user-devices'."""

    attributes: UserDeviceAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["user-devices"], tolerant]


class UserEmailAttachmentAttributes(BaseModel):
    """UserEmailAttachmentAttributes"""

    content_type: str | None = Field(
        default=None,
        alias="content-type",
    )

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    download_link: str | None = Field(
        default=None,
        alias="download-link",
    )

    filename: str | None = None

    ready_to_use: bool | None = Field(
        default=None,
        alias="ready-to-use",
    )

    size: int | None = None

    email_id: UUID | None = Field(
        default=None,
        alias="email-id",
    )


class UserEmailAttachment(BaseModel):
    """A JSON:API resource object of type 'user-email-attachments'."""

    attributes: UserEmailAttachmentAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["user-email-attachments"], tolerant]


class UserEmailAttributes(BaseModel):
    """UserEmailAttributes"""

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    created_by: UUID | None = Field(
        default=None,
        alias="created-by",
    )

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    message: str | None = None

    message_html: str | None = Field(
        default=None,
        alias="message-html",
    )

    result: str | None = None

    sender_organization_id: UUID | None = Field(
        default=None,
        alias="sender-organization-id",
    )

    status: str | None = None

    subject: str | None = None

    task_id: str | None = Field(
        default=None,
        alias="task-id",
    )

    to: list[str] | str | None = None

    user_id: UUID | None = Field(
        default=None,
        alias="user-id",
    )

    auto_send: bool | None = Field(
        default=None,
        alias="auto-send",
    )


class UserEmail(BaseModel):
    """A JSON:API resource object of type 'user-emails'."""

    attributes: UserEmailAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["user-emails"], tolerant]


class UserMulticastAttributes(BaseModel):
    """UserMulticastAttributes"""

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    template_data: dict[str, Any] | None = Field(
        default=None,
        alias="template-data",
    )

    template_id: str | None = Field(
        default=None,
        alias="template-id",
    )


class UserMulticast(BaseModel):
    """A JSON:API resource object of type 'user-multicasts'."""

    attributes: UserMulticastAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["user-multicasts"], tolerant]


class UserNotificationAttributesDataApn(BaseModel):
    """UserNotificationAttributesDataApn"""

    body: str | None = None

    category: str | None = None

    data: dict[str, Any] | None = None

    title: str | None = None


class UserNotificationAttributesDataFcm(BaseModel):
    """UserNotificationAttributesDataFcm"""

    body: str | None = None

    category: str | None = None

    data: dict[str, Any] | None = None

    title: str | None = None


class UserNotificationAttributesDataSms(BaseModel):
    """UserNotificationAttributesDataSms"""

    bodies: list[str] | None = None


class UserNotificationAttributesData(BaseModel):
    """UserNotificationAttributesData"""

    apn: UserNotificationAttributesDataApn | None = None

    fcm: UserNotificationAttributesDataFcm | None = None

    sms: UserNotificationAttributesDataSms | None = None

    web: dict[str, Any] | None = None


class UserNotificationAttributes(BaseModel):
    """UserNotificationAttributes"""

    acknowledged: bool | None = None

    active: bool | None = None

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    data: UserNotificationAttributesData | None = None

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    user_first_name: str | None = Field(
        default=None,
        alias="user-first-name",
    )

    user_id: UUID | None = Field(
        default=None,
        alias="user-id",
    )

    user_last_name: str | None = Field(
        default=None,
        alias="user-last-name",
    )


class UserNotification(BaseModel):
    """A JSON:API resource object of type 'user-notifications'."""

    attributes: UserNotificationAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["user-notifications"], tolerant]


class UserAttributes(BaseModel):
    """UserAttributes"""

    auto_sign_up: bool | None = Field(
        default=None,
        alias="auto-sign-up",
    )

    communication_preferences: dict[str, Any] | None = Field(
        default=None,
        alias="communication-preferences",
    )

    email: str | None = None

    email_verified: bool | None = Field(
        default=None,
        alias="email-verified",
    )

    first_name: str | None = Field(
        default=None,
        alias="first-name",
    )

    last_name: str | None = Field(
        default=None,
        alias="last-name",
    )

    last_sync_time: str | None = Field(
        default=None,
        alias="last-sync-time",
    )

    locale: str | None = None

    locale_explicit: bool | None = Field(
        default=None,
        alias="locale-explicit",
    )

    notifications: list[str] | None = None

    phone: str | None = None

    phone_unsubscribed: bool | None = Field(
        default=None,
        alias="phone-unsubscribed",
    )

    phone_verified: bool | None = Field(
        default=None,
        alias="phone-verified",
    )

    primary_individual_id: UUID | None = Field(
        default=None,
        alias="primary-individual-id",
    )

    sms_mode: str | None = Field(
        default=None,
        alias="sms-mode",
    )

    state: str | None = None

    tz: str | None = None

    tz_explicit: bool | None = Field(
        default=None,
        alias="tz-explicit",
    )

    username: str | None = None


class User(BaseModel):
    """A JSON:API resource object of type 'users'."""

    attributes: UserAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["users"], tolerant]


class VideoChannelAttributesAppointment(BaseModel):
    """VideoChannelAttributesAppointment"""

    duration: int | None = None

    id: UUID | None = None

    join_start: str | None = Field(
        default=None,
        alias="join-start",
    )

    start: str | None = None


class VideoChannelAttributesCompositionsItem(BaseModel):
    """VideoChannelAttributesCompositionsItem"""

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    duration: int | None = None

    id: UUID | None = None

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    processing_pct: int | None = Field(
        default=None,
        alias="processing-pct",
    )

    processing_status: str | None = Field(
        default=None,
        alias="processing-status",
    )

    size: int | None = None

    status: str | None = None


class VideoChannelAttributesParticipantsItemUserCommunicationPreferences(BaseModel):
    """VideoChannelAttributesParticipantsItemUserCommunicationPreferences"""

    email: dict[str, Any] | None = None

    mobile: dict[str, Any] | None = None

    sms: dict[str, Any] | None = None

    voice: dict[str, Any] | None = None

    web: dict[str, Any] | None = None


class VideoChannelAttributesParticipantsItemUser(BaseModel):
    """VideoChannelAttributesParticipantsItemUser"""

    communication_preferences: (
        VideoChannelAttributesParticipantsItemUserCommunicationPreferences | None
    ) = Field(
        default=None,
        alias="communication-preferences",
    )

    email_verified: bool | None = Field(
        default=None,
        alias="email-verified",
    )

    id: UUID | None = None

    phone_verified: bool | None = Field(
        default=None,
        alias="phone-verified",
    )

    registration_invite: str | None = Field(
        default=None,
        alias="registration-invite",
    )

    state: str | None = None


class VideoChannelAttributesParticipantsItem(BaseModel):
    """VideoChannelAttributesParticipantsItem"""

    account_type: str | None = Field(
        default=None,
        alias="account-type",
    )

    audio_state: str | None = Field(
        default=None,
        alias="audio-state",
    )

    disconnected: bool | None = None

    encounter_id: str | None = Field(
        default=None,
        alias="encounter-id",
    )

    first_name: str | None = Field(
        default=None,
        alias="first-name",
    )

    id: UUID | None = None

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    last_name: str | None = Field(
        default=None,
        alias="last-name",
    )

    note: str | None = None

    photo: str | None = None

    status: str | None = None

    user: VideoChannelAttributesParticipantsItemUser | None = None


class VideoChannelAttributes(BaseModel):
    """VideoChannelAttributes"""

    appless: bool | None = None

    appointment: VideoChannelAttributesAppointment | None = None

    channel_state: str | None = Field(
        default=None,
        alias="channel-state",
    )

    compositions: list[VideoChannelAttributesCompositionsItem] | None = None

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    created_by: UUID | None = Field(
        default=None,
        alias="created-by",
    )

    duration: int | None = None

    encounter_id: UUID | None = Field(
        default=None,
        alias="encounter-id",
    )

    max_participants: int | None = Field(
        default=None,
        alias="max-participants",
    )

    note: str | None = None

    observation_id: UUID | None = Field(
        default=None,
        alias="observation-id",
    )

    organization_display_name: str | None = Field(
        default=None,
        alias="organization-display-name",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    participants: list[VideoChannelAttributesParticipantsItem | UUID] | None = None

    recorded: bool | None = None

    scheduler_id: UUID | None = Field(
        default=None,
        alias="scheduler-id",
    )

    subject_id: UUID | None = Field(
        default=None,
        alias="subject-id",
    )

    type: str | None = None

    messaging_channel_id: UUID | None = Field(
        default=None,
        alias="messaging-channel-id",
    )

    with_email: bool | None = Field(
        default=None,
        alias="with-email",
    )

    appointment_duration: int | None = Field(
        default=None,
        alias="appointment-duration",
    )

    appointment_start: str | None = Field(
        default=None,
        alias="appointment-start",
    )


class VideoChannel(BaseModel):
    """A JSON:API resource object of type 'video-channels'."""

    attributes: VideoChannelAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["video-channels"], tolerant]


class VideoCompositionAttributes(BaseModel):
    """VideoCompositionAttributes"""

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    duration: int | None = None

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    processing_pct: int | None = Field(
        default=None,
        alias="processing-pct",
    )

    processing_status: str | None = Field(
        default=None,
        alias="processing-status",
    )

    size: int | None = None

    status: str | None = None

    video_channel_id: UUID | None = Field(
        default=None,
        alias="video-channel-id",
    )


class VideoComposition(BaseModel):
    """A JSON:API resource object of type 'video-compositions'."""

    attributes: VideoCompositionAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["video-compositions"], tolerant]


class VideoParticipantAttributes(BaseModel):
    """VideoParticipantAttributes"""

    account_type: str | None = Field(
        default=None,
        alias="account-type",
    )

    audio_state: str | None = Field(
        default=None,
        alias="audio-state",
    )

    connected_at: str | None = Field(
        default=None,
        alias="connected-at",
    )

    disconnected: bool | None = None

    encounter_id: UUID | None = Field(
        default=None,
        alias="encounter-id",
    )

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    last_modified_by: UUID | None = Field(
        default=None,
        alias="last-modified-by",
    )

    note: str | None = None

    status: str | None = None

    twilio_channel_id: UUID | None = Field(
        default=None,
        alias="twilio-channel-id",
    )

    video_channel_id: UUID | None = Field(
        default=None,
        alias="video-channel-id",
    )


class VideoParticipant(BaseModel):
    """A JSON:API resource object of type 'video-participants'."""

    attributes: VideoParticipantAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["video-participants"], tolerant]


class VoiceConferenceAttributes(BaseModel):
    """VoiceConferenceAttributes"""

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    created_by: UUID | None = Field(
        default=None,
        alias="created-by",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    state: Annotated[Literal["completed", "created", "failed", "running"], tolerant] | None = None

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )


class VoiceConference(BaseModel):
    """A JSON:API resource object of type 'voice-conferences'."""

    attributes: VoiceConferenceAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["voice-conferences"], tolerant]


class VoiceDialLogAttributes(BaseModel):
    """VoiceDialLogAttributes"""

    call_duration: int | None = Field(
        default=None,
        alias="call-duration",
    )

    conference_id: UUID | None = Field(
        default=None,
        alias="conference-id",
    )

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    status: str | None = None


class VoiceDialLog(BaseModel):
    """A JSON:API resource object of type 'voice-dial-logs'."""

    attributes: VoiceDialLogAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["voice-dial-logs"], tolerant]


class VoiceQueueAgentAttributesCall(BaseModel):
    """VoiceQueueAgentAttributesCall"""

    id: UUID | None = None


class VoiceQueueAgentAttributesSetting(BaseModel):
    """VoiceQueueAgentAttributesSetting"""

    id: UUID | None = None


class VoiceQueueAgentAttributesUser(BaseModel):
    """VoiceQueueAgentAttributesUser"""

    id: UUID | None = None


class VoiceQueueAgentAttributes(BaseModel):
    """VoiceQueueAgentAttributes"""

    access_token: str | None = Field(
        default=None,
        alias="access-token",
    )

    call: VoiceQueueAgentAttributesCall | None = None

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    phone_number: str | None = Field(
        default=None,
        alias="phone-number",
    )

    setting: VoiceQueueAgentAttributesSetting | None = None

    user: VoiceQueueAgentAttributesUser | None = None

    setting_id: UUID | None = Field(
        default=None,
        alias="setting-id",
    )

    use_pstn: bool | None = Field(
        default=None,
        alias="use-pstn",
    )


class VoiceQueueAgent(BaseModel):
    """A JSON:API resource object of type 'voice-queue-agents'."""

    attributes: VoiceQueueAgentAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["voice-queue-agents"], tolerant]


class VoiceQueueEntryAttributes(BaseModel):
    """VoiceQueueEntryAttributes"""

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    phone_number: str | None = Field(
        default=None,
        alias="phone-number",
    )

    position: int | None = None

    queue_time: int | None = Field(
        default=None,
        alias="queue-time",
    )

    state: str | None = None


class VoiceQueueEntry(BaseModel):
    """A JSON:API resource object of type 'voice-queue-entries'."""

    attributes: VoiceQueueEntryAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["voice-queue-entries"], tolerant]


class VoiceRecordingAttributes(BaseModel):
    """VoiceRecordingAttributes"""

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    download_count: int | None = Field(
        default=None,
        alias="download-count",
    )

    duration: int | None = None

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    phone_number: str | None = Field(
        default=None,
        alias="phone-number",
    )

    setting_id: UUID | None = Field(
        default=None,
        alias="setting-id",
    )

    state: str | None = None

    transcription: str | None = None


class VoiceRecording(BaseModel):
    """A JSON:API resource object of type 'voice-recordings'."""

    attributes: VoiceRecordingAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["voice-recordings"], tolerant]


class VoiceSettingAttributes(BaseModel):
    """VoiceSettingAttributes"""

    account_id: UUID | None = Field(
        default=None,
        alias="account-id",
    )

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    forward_number: dict[str, Any] | str | None = Field(
        default=None,
        alias="forward-number",
    )

    last_modified_at: str | None = Field(
        default=None,
        alias="last-modified-at",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    phone_number: str | None = Field(
        default=None,
        alias="phone-number",
    )

    recording_enabled: bool | None = Field(
        default=None,
        alias="recording-enabled",
    )

    recording_message: str | None = Field(
        default=None,
        alias="recording-message",
    )

    wait_message: str | None = Field(
        default=None,
        alias="wait-message",
    )


class VoiceSetting(BaseModel):
    """A JSON:API resource object of type 'voice-settings'."""

    attributes: VoiceSettingAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["voice-settings"], tolerant]


class VoiceSurveyAttributes(BaseModel):
    """VoiceSurveyAttributes"""

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    created_by: UUID | None = Field(
        default=None,
        alias="created-by",
    )

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    state: str | None = None

    spec: dict[str, Any] | None = None


class VoiceSurvey(BaseModel):
    """A JSON:API resource object of type 'voice-surveys'."""

    attributes: VoiceSurveyAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["voice-surveys"], tolerant]


class VoiceTaskAttributesSetting(BaseModel):
    """VoiceTaskAttributesSetting"""

    id: UUID | None = None


class VoiceTaskAttributes(BaseModel):
    """VoiceTaskAttributes"""

    created_at: str | None = Field(
        default=None,
        alias="created-at",
    )

    created_by: UUID | None = Field(
        default=None,
        alias="created-by",
    )

    error_message: str | None = Field(
        default=None,
        alias="error-message",
    )

    kwargs: dict[str, Any] | None = None

    method: str | None = None

    result: dict[str, Any] | None = None

    setting: VoiceTaskAttributesSetting | None = None

    state: str | None = None


class VoiceTask(BaseModel):
    """A JSON:API resource object of type 'voice-tasks'."""

    attributes: VoiceTaskAttributes | None = None

    id: UUID | None = None

    type: Annotated[Literal["voice-tasks"], tolerant]


class ErrorDocumentErrorsItemSource(BaseModel):
    """ErrorDocumentErrorsItemSource"""

    parameter: str | None = None

    pointer: str | None = None


class ErrorDocumentErrorsItem(BaseModel):
    """ErrorDocumentErrorsItem"""

    code: str | None = None

    detail: str | None = None

    meta: dict[str, Any] | None = None

    source: ErrorDocumentErrorsItemSource | None = None

    status: int | None = None


class ErrorDocument(BaseModel):
    """ErrorDocument"""

    errors: list[ErrorDocumentErrorsItem] | None = None


class AskEntriesCreateRequestRequest(BaseModel):
    """AskEntriesCreateRequestRequest"""

    timestamp: str | None = None

    type: str | None = None


class AskEntriesCreateRequest(BaseModel):
    """AskEntriesCreateRequest"""

    request: AskEntriesCreateRequestRequest | None = None


class AskSubscriptionsSendRequestEvent(BaseModel):
    """AskSubscriptionsSendRequestEvent"""

    name: str | None = None

    payload: dict[str, Any] | None = None


class AskSubscriptionsSendRequest(BaseModel):
    """AskSubscriptionsSendRequest"""

    event: AskSubscriptionsSendRequestEvent | None = None

    expire: int | None = 3600

    localized: list[dict[str, Any]] | None = None


class CommunicationSummariesListResponseSummaryMessageSendersItem(BaseModel):
    """CommunicationSummariesListResponseSummaryMessageSendersItem"""

    count: int | None = None

    individual_id: str | None = Field(
        default=None,
        alias="individual-id",
    )


class CommunicationSummariesListResponseSummaryMessageTypesItem(BaseModel):
    """CommunicationSummariesListResponseSummaryMessageTypesItem"""

    count: int | None = None

    message_type: str | None = Field(
        default=None,
        alias="message-type",
    )


class CommunicationSummariesListResponseSummary(BaseModel):
    """CommunicationSummariesListResponseSummary"""

    message_senders: list[CommunicationSummariesListResponseSummaryMessageSendersItem] | None = (
        Field(
            default=None,
            alias="message-senders",
        )
    )

    message_types: list[CommunicationSummariesListResponseSummaryMessageTypesItem] | None = Field(
        default=None,
        alias="message-types",
    )

    messages: int | None = None

    notifications: int | None = None

    provider_messages: int | None = Field(
        default=None,
        alias="provider-messages",
    )

    video_channels: int | None = Field(
        default=None,
        alias="video-channels",
    )


class CommunicationSummariesListResponse(BaseModel):
    """CommunicationSummariesListResponse"""

    summary: CommunicationSummariesListResponseSummary | None = None


class IndividualsMulticastRequest(BaseModel):
    """IndividualsMulticastRequest"""

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    template_data: dict[str, Any] = Field(
        alias="template-data",
    )

    template_id: Annotated[str, limits(max_length=255)] = Field(
        alias="template-id",
    )


class IndividualsMulticastResponse(BaseModel):
    """IndividualsMulticastResponse"""

    message_data: dict[str, Any] | None = Field(
        default=None,
        alias="message-data",
    )

    task_id: UUID | None = Field(
        default=None,
        alias="task-id",
    )


class MessagingAttachmentsCreateResponseData(BaseModel):
    """MessagingAttachmentsCreateResponseData"""

    expiration_time: int | None = Field(
        default=None,
        alias="expiration-time",
    )

    id: UUID | None = None

    upload_data: dict[str, Any] | None = Field(
        default=None,
        alias="upload-data",
    )

    upload_url: str | None = Field(
        default=None,
        alias="upload-url",
    )


class MessagingAttachmentsCreateResponse(BaseModel):
    """MessagingAttachmentsCreateResponse"""

    data: MessagingAttachmentsCreateResponseData | None = None


class MessagingAttachmentsProcessUploadRequest(BaseModel):
    """MessagingAttachmentsProcessUploadRequest"""

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )


class MessagingBulkAttachmentsCreateResponseData(BaseModel):
    """MessagingBulkAttachmentsCreateResponseData"""

    expiration_time: int | None = Field(
        default=None,
        alias="expiration-time",
    )

    id: UUID | None = None

    upload_data: dict[str, Any] | None = Field(
        default=None,
        alias="upload-data",
    )

    upload_url: str | None = Field(
        default=None,
        alias="upload-url",
    )


class MessagingBulkAttachmentsCreateResponse(BaseModel):
    """MessagingBulkAttachmentsCreateResponse"""

    data: MessagingBulkAttachmentsCreateResponseData | None = None


class MessagingChannelsUpdateRequestAttributesItem(BaseModel):
    """MessagingChannelsUpdateRequestAttributesItem"""

    op: str | None = None

    path: str | None = None

    value: Any = None


class MessagingChannelsUpdateRequest(BaseModel):
    """MessagingChannelsUpdateRequest"""

    attributes: list[MessagingChannelsUpdateRequestAttributesItem] | None = None

    id: UUID | None = None

    type: str | None = None


class MessagingChannelsModifyPreferencesRequestValuesItem(BaseModel):
    """MessagingChannelsModifyPreferencesRequestValuesItem"""

    name: str | None = None

    value: str | None = None


class MessagingChannelsModifyPreferencesRequest(BaseModel):
    """MessagingChannelsModifyPreferencesRequest"""

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    values: list[MessagingChannelsModifyPreferencesRequestValuesItem] | None = None


class MessagingChannelsSetSmsPathRequestInitialMessageJs(BaseModel):
    """MessagingChannelsSetSmsPathRequestInitialMessageJs"""

    en_us: str | None = Field(
        default=None,
        alias="en_US",
    )

    es_us: str | None = Field(
        default=None,
        alias="es_US",
    )


class MessagingChannelsSetSmsPathRequest(BaseModel):
    """MessagingChannelsSetSmsPathRequest"""

    active: bool

    initial_message: Annotated[str, limits(max_length=1024)] | None = Field(
        default=None,
        alias="initial-message",
    )

    initial_message_js: MessagingChannelsSetSmsPathRequestInitialMessageJs | None = Field(
        default=None,
        alias="initial-message-js",
    )


class MessagingChannelsAddSubscriberRequest(BaseModel):
    """MessagingChannelsAddSubscriberRequest"""

    individual_ids: list[UUID] | None = Field(
        default=None,
        alias="individual-ids",
    )


class MessagingChannelsRemoveSubscriberRequest(BaseModel):
    """MessagingChannelsRemoveSubscriberRequest"""

    individual_ids: list[UUID] | None = Field(
        default=None,
        alias="individual-ids",
    )


class MessagingMessagesAcknowledgeRequest(BaseModel):
    """MessagingMessagesAcknowledgeRequest"""

    allow_past: bool | None = Field(
        default=False,
        alias="allow-past",
    )

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )


class MessagingMessagesAddUserReactionRequest(BaseModel):
    """MessagingMessagesAddUserReactionRequest"""

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    reaction_type: Annotated[Literal["dislike", "like", "lol", "love", "sad", "wow"], tolerant] = (
        Field(
            alias="reaction-type",
        )
    )


class MessagingMessagesDeleteUserReactionRequest(BaseModel):
    """MessagingMessagesDeleteUserReactionRequest"""

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    reaction_type: Annotated[Literal["dislike", "like", "lol", "love", "sad", "wow"], tolerant] = (
        Field(
            alias="reaction-type",
        )
    )


class MessagingMessagesGetReceiptsResponseReadItem(BaseModel):
    """MessagingMessagesGetReceiptsResponseReadItem"""

    ack_time: str | None = Field(
        default=None,
        alias="ack-time",
    )

    ack_user_time: str | None = Field(
        default=None,
        alias="ack-user-time",
    )

    individual_first_name: str | None = Field(
        default=None,
        alias="individual-first-name",
    )

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    individual_last_name: str | None = Field(
        default=None,
        alias="individual-last-name",
    )


class MessagingMessagesGetReceiptsResponseUnreadItem(BaseModel):
    """MessagingMessagesGetReceiptsResponseUnreadItem"""

    ack_time: str | None = Field(
        default=None,
        alias="ack-time",
    )

    ack_user_time: str | None = Field(
        default=None,
        alias="ack-user-time",
    )

    individual_first_name: str | None = Field(
        default=None,
        alias="individual-first-name",
    )

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    individual_last_name: str | None = Field(
        default=None,
        alias="individual-last-name",
    )


class MessagingMessagesGetReceiptsResponse(BaseModel):
    """MessagingMessagesGetReceiptsResponse"""

    read: list[MessagingMessagesGetReceiptsResponseReadItem] | None = None

    unread: list[MessagingMessagesGetReceiptsResponseUnreadItem] | None = None


class MessagingPluginsExpandRequest(BaseModel):
    """MessagingPluginsExpandRequest"""

    channel_id: UUID = Field(
        alias="channel-id",
    )


class MessagingPluginsExpandResponse(BaseModel):
    """MessagingPluginsExpandResponse"""

    message: str | None = None


class TextAccountsClaimNumberRequest(BaseModel):
    """TextAccountsClaimNumberRequest"""

    notes: Annotated[str, limits(max_length=255)]


class UserEmailAttachmentsCreateResponse(BaseModel):
    """UserEmailAttachmentsCreateResponse"""

    expiration_time: int | None = Field(
        default=None,
        alias="expiration-time",
    )

    id: UUID | None = None

    upload_data: dict[str, Any] | None = Field(
        default=None,
        alias="upload-data",
    )

    upload_url: str | None = Field(
        default=None,
        alias="upload-url",
    )


class UserMulticastsCreateRequest(BaseModel):
    """UserMulticastsCreateRequest"""

    individual_group_ids: Annotated[list[UUID], limits(min_length=1)] | None = Field(
        default=None,
        alias="individual-group-ids",
    )

    individual_ids: Annotated[list[UUID], limits(min_length=1)] | None = Field(
        default=None,
        alias="individual-ids",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    template_data: dict[str, Any] = Field(
        alias="template-data",
    )

    template_id: Annotated[str, limits(max_length=255)] = Field(
        alias="template-id",
    )


class UserMulticastsCreateResponse(BaseModel):
    """UserMulticastsCreateResponse"""

    message_data: dict[str, Any] | None = Field(
        default=None,
        alias="message-data",
    )

    task_id: UUID | None = Field(
        default=None,
        alias="task-id",
    )


class UserNotificationsAckRequest(BaseModel):
    """UserNotificationsAckRequest"""

    ack_previous: bool | None = Field(
        default=False,
        alias="ack-previous",
    )


class UsersMulticastRequest(BaseModel):
    """UsersMulticastRequest"""

    data: dict[str, Any] | None = None

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    organization_id: UUID | None = Field(
        default=None,
        alias="organization-id",
    )

    template_id: Annotated[str, limits(max_length=255)] = Field(
        alias="template-id",
    )


class UsersMulticastResponse(BaseModel):
    """UsersMulticastResponse"""

    message_data: dict[str, Any] | None = Field(
        default=None,
        alias="message-data",
    )

    task_id: UUID | None = Field(
        default=None,
        alias="task-id",
    )


class UsersValidateMulticastParamsRequest(BaseModel):
    """UsersValidateMulticastParamsRequest"""

    data: dict[str, Any]

    individual_id: UUID = Field(
        alias="individual-id",
    )

    organization_id: UUID = Field(
        alias="organization-id",
    )

    template_id: Annotated[str, limits(max_length=255)] = Field(
        alias="template-id",
    )


class UsersValidateMulticastParamsResponse(BaseModel):
    """UsersValidateMulticastParamsResponse"""

    info: str | None = None

    success: bool | None = None


class VideoChannelsFinalizeEncounterRequest(BaseModel):
    """VideoChannelsFinalizeEncounterRequest"""

    service_type_id: UUID | None = Field(
        default=None,
        alias="service-type-id",
    )

    use_note_from_author_participant: bool | None = Field(
        default=False,
        alias="use-note-from-author-participant",
    )


class VideoChannelsGetCredentialsResponse(BaseModel):
    """VideoChannelsGetCredentialsResponse"""

    access_token: str | None = Field(
        default=None,
        alias="access-token",
    )

    name: str | None = None


class VideoChannelsSetParticipantAudioStatesRequestParticipantsItem(BaseModel):
    """VideoChannelsSetParticipantAudioStatesRequestParticipantsItem"""

    audio_state: str | None = Field(
        default=None,
        alias="audio-state",
    )

    id: UUID | None = None


class VideoChannelsSetParticipantAudioStatesRequest(BaseModel):
    """VideoChannelsSetParticipantAudioStatesRequest"""

    individual_id: UUID | None = Field(
        default=None,
        alias="individual-id",
    )

    participants: list[VideoChannelsSetParticipantAudioStatesRequestParticipantsItem] | None = None


class VideoChannelsFinalizeEncounterV2Request(BaseModel):
    """VideoChannelsFinalizeEncounterV2Request"""

    service_type_id: UUID | None = Field(
        default=None,
        alias="service-type-id",
    )


class VoiceConferencesGetCredentialsResponse(BaseModel):
    """VoiceConferencesGetCredentialsResponse"""

    access_token: str | None = Field(
        default=None,
        alias="access-token",
    )


class VoiceSettingsRunTaskRequest(BaseModel):
    """VoiceSettingsRunTaskRequest"""

    kwargs: dict[str, Any] | None = None

    method: Annotated[Literal["refresh_queue_entries"], tolerant]


AggregationRequestAttributesEntriesItemParam = TypedDict(
    "AggregationRequestAttributesEntriesItemParam",
    {
        "column": "str",
        "individual-id": "UUID",
    },
    total=False,
)
"""AggregationRequestAttributesEntriesItem as a plain dict, keyed by wire name."""


BulkBadgeCountAttributesValuesItemParam = TypedDict(
    "BulkBadgeCountAttributesValuesItemParam",
    {
        "count": "int",
        "individual-id": "UUID",
        "organization-id": "UUID",
        "timestamp": "str",
        "type": "str",
    },
    total=False,
)
"""BulkBadgeCountAttributesValuesItem as a plain dict, keyed by wire name."""


class MessagingBulkMessageAttributesMessageJsParam(TypedDict, total=False):
    """MessagingBulkMessageAttributesMessageJs as a plain dict, keyed by wire name."""

    en_US: str

    es_US: str


class MessagingChannelAttributesEventSettingsParam(TypedDict, total=False):
    """MessagingChannelAttributesEventSettings as a plain dict, keyed by wire name."""

    enabled: bool


class MessagingResponderAttributesCalendarArgsParam(TypedDict, total=False):
    """MessagingResponderAttributesCalendarArgs as a plain dict, keyed by wire name."""

    rules: list[
        MessagingResponderAttributesCalendarArgsRulesItem
        | MessagingResponderAttributesCalendarArgsRulesItemParam
    ]

    timezone: str


MessagingResponderAttributesCalendarArgsRulesItemParam = TypedDict(
    "MessagingResponderAttributesCalendarArgsRulesItemParam",
    {
        "day": "str",
        "end-time": "str",
        "start-time": "str",
    },
    total=False,
)
"""MessagingResponderAttributesCalendarArgsRulesItem as a plain dict, keyed by wire name."""


TextAccountNumberAttributesEventsParam = TypedDict(
    "TextAccountNumberAttributesEventsParam",
    {
        "unknown-number": "dict[str, Any]",
    },
    total=False,
)
"""TextAccountNumberAttributesEvents as a plain dict, keyed by wire name."""


class UserConsentAttributesArgsParam(TypedDict, total=False):
    """UserConsentAttributesArgs as a plain dict, keyed by wire name."""

    messages: UserConsentAttributesArgsMessages | UserConsentAttributesArgsMessagesParam


UserConsentAttributesArgsMessagesParam = TypedDict(
    "UserConsentAttributesArgsMessagesParam",
    {
        "accept": "str",
        "initial": "str",
        "invalid-response": "str",
    },
    total=False,
)
"""UserConsentAttributesArgsMessages as a plain dict, keyed by wire name."""


VideoChannelAttributesAppointmentParam = TypedDict(
    "VideoChannelAttributesAppointmentParam",
    {
        "duration": "int",
        "id": "UUID",
        "join-start": "str",
        "start": "str",
    },
    total=False,
)
"""VideoChannelAttributesAppointment as a plain dict, keyed by wire name."""


VideoChannelAttributesParticipantsItemParam = TypedDict(
    "VideoChannelAttributesParticipantsItemParam",
    {
        "account-type": "str",
        "audio-state": "str",
        "disconnected": "bool",
        "encounter-id": "str",
        "first-name": "str",
        "id": "UUID",
        "individual-id": "UUID",
        "last-name": "str",
        "note": "str",
        "photo": "str",
        "status": "str",
        "user": "VideoChannelAttributesParticipantsItemUser | VideoChannelAttributesParticipantsItemUserParam",
    },
    total=False,
)
"""VideoChannelAttributesParticipantsItem as a plain dict, keyed by wire name."""


VideoChannelAttributesParticipantsItemUserParam = TypedDict(
    "VideoChannelAttributesParticipantsItemUserParam",
    {
        "communication-preferences": "VideoChannelAttributesParticipantsItemUserCommunicationPreferences | VideoChannelAttributesParticipantsItemUserCommunicationPreferencesParam",
        "email-verified": "bool",
        "id": "UUID",
        "phone-verified": "bool",
        "registration-invite": "str",
        "state": "str",
    },
    total=False,
)
"""VideoChannelAttributesParticipantsItemUser as a plain dict, keyed by wire name."""


class VideoChannelAttributesParticipantsItemUserCommunicationPreferencesParam(
    TypedDict, total=False
):
    """VideoChannelAttributesParticipantsItemUserCommunicationPreferences as a plain dict,
    keyed by wire name."""

    email: dict[str, Any]

    mobile: dict[str, Any]

    sms: dict[str, Any]

    voice: dict[str, Any]

    web: dict[str, Any]


class AskEntriesCreateRequestRequestParam(TypedDict, total=False):
    """AskEntriesCreateRequestRequest as a plain dict, keyed by wire name."""

    timestamp: str

    type: str


class AskSubscriptionsSendRequestEventParam(TypedDict, total=False):
    """AskSubscriptionsSendRequestEvent as a plain dict, keyed by wire name."""

    name: str

    payload: dict[str, Any]


class MessagingChannelsUpdateRequestAttributesItemParam(TypedDict, total=False):
    """MessagingChannelsUpdateRequestAttributesItem as a plain dict, keyed by wire name."""

    op: str

    path: str

    value: Any


class MessagingChannelsModifyPreferencesRequestValuesItemParam(TypedDict, total=False):
    """MessagingChannelsModifyPreferencesRequestValuesItem as a plain dict, keyed by wire
    name."""

    name: str

    value: str


class MessagingChannelsSetSmsPathRequestInitialMessageJsParam(TypedDict, total=False):
    """MessagingChannelsSetSmsPathRequestInitialMessageJs as a plain dict, keyed by wire
    name."""

    en_US: str

    es_US: str


VideoChannelsSetParticipantAudioStatesRequestParticipantsItemParam = TypedDict(
    "VideoChannelsSetParticipantAudioStatesRequestParticipantsItemParam",
    {
        "audio-state": "str",
        "id": "UUID",
    },
    total=False,
)
"""VideoChannelsSetParticipantAudioStatesRequestParticipantsItem as a plain dict, keyed by
wire name."""
