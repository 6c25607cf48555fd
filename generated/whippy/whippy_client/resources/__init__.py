"""Resources: one class per group of operations, a blocking and an async twin."""

from __future__ import annotations

from .campaigns import (
    AsyncCampaigns,
    AsyncCampaignsWithRawResponse,
    Campaigns,
    CampaignsWithRawResponse,
)
from .channels import (
    AsyncChannels,
    AsyncChannelsWithRawResponse,
    Channels,
    ChannelsWithRawResponse,
)
from .contacts import (
    AsyncContacts,
    AsyncContactsWithRawResponse,
    Contacts,
    ContactsWithRawResponse,
)
from .conversations import (
    AsyncConversations,
    AsyncConversationsWithRawResponse,
    Conversations,
    ConversationsWithRawResponse,
)
from .messaging import (
    AsyncMessaging,
    AsyncMessagingWithRawResponse,
    Messaging,
    MessagingWithRawResponse,
)
from .sequences import (
    AsyncSequences,
    AsyncSequencesWithRawResponse,
    Sequences,
    SequencesWithRawResponse,
)
from .webhooks import (
    AsyncWebhooks,
    AsyncWebhooksWithRawResponse,
    Webhooks,
    WebhooksWithRawResponse,
)

__all__ = [
    "AsyncCampaigns",
    "AsyncCampaignsWithRawResponse",
    "AsyncChannels",
    "AsyncChannelsWithRawResponse",
    "AsyncContacts",
    "AsyncContactsWithRawResponse",
    "AsyncConversations",
    "AsyncConversationsWithRawResponse",
    "AsyncMessaging",
    "AsyncMessagingWithRawResponse",
    "AsyncSequences",
    "AsyncSequencesWithRawResponse",
    "AsyncWebhooks",
    "AsyncWebhooksWithRawResponse",
    "Campaigns",
    "CampaignsWithRawResponse",
    "Channels",
    "ChannelsWithRawResponse",
    "Contacts",
    "ContactsWithRawResponse",
    "Conversations",
    "ConversationsWithRawResponse",
    "Messaging",
    "MessagingWithRawResponse",
    "Sequences",
    "SequencesWithRawResponse",
    "Webhooks",
    "WebhooksWithRawResponse",
]
