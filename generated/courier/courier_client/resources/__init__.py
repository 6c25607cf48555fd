"""Resources: one class per group of operations, a blocking and an async twin."""

from __future__ import annotations

from .aggregation_requests import (
    AggregationRequests,
    AggregationRequestsWithRawResponse,
    AsyncAggregationRequests,
    AsyncAggregationRequestsWithRawResponse,
)
from .announcers import (
    Announcers,
    AnnouncersWithRawResponse,
    AsyncAnnouncers,
    AsyncAnnouncersWithRawResponse,
)
from .app_credentials import (
    AppCredentials,
    AppCredentialsWithRawResponse,
    AsyncAppCredentials,
    AsyncAppCredentialsWithRawResponse,
)
from .ask_entries import (
    AskEntries,
    AskEntriesWithRawResponse,
    AsyncAskEntries,
    AsyncAskEntriesWithRawResponse,
)
from .ask_reminders import (
    AskReminders,
    AskRemindersWithRawResponse,
    AsyncAskReminders,
    AsyncAskRemindersWithRawResponse,
)
from .ask_subscriptions import (
    AskSubscriptions,
    AskSubscriptionsWithRawResponse,
    AsyncAskSubscriptions,
    AsyncAskSubscriptionsWithRawResponse,
)
from .badge_counts import (
    AsyncBadgeCounts,
    AsyncBadgeCountsWithRawResponse,
    BadgeCounts,
    BadgeCountsWithRawResponse,
)
from .bulk_badge_counts import (
    AsyncBulkBadgeCounts,
    AsyncBulkBadgeCountsWithRawResponse,
    BulkBadgeCounts,
    BulkBadgeCountsWithRawResponse,
)
from .communication_messages import (
    AsyncCommunicationMessages,
    AsyncCommunicationMessagesWithRawResponse,
    CommunicationMessages,
    CommunicationMessagesWithRawResponse,
)
from .communication_summaries import (
    AsyncCommunicationSummaries,
    AsyncCommunicationSummariesWithRawResponse,
    CommunicationSummaries,
    CommunicationSummariesWithRawResponse,
)
from .individual_groups import (
    AsyncIndividualGroups,
    AsyncIndividualGroupsWithRawResponse,
    IndividualGroups,
    IndividualGroupsWithRawResponse,
)
from .individuals import (
    AsyncIndividuals,
    AsyncIndividualsWithRawResponse,
    Individuals,
    IndividualsWithRawResponse,
)
from .messaging_attachments import (
    AsyncMessagingAttachments,
    AsyncMessagingAttachmentsWithRawResponse,
    MessagingAttachments,
    MessagingAttachmentsWithRawResponse,
)
from .messaging_bookmarks import (
    AsyncMessagingBookmarks,
    AsyncMessagingBookmarksWithRawResponse,
    MessagingBookmarks,
    MessagingBookmarksWithRawResponse,
)
from .messaging_bulk_attachments import (
    AsyncMessagingBulkAttachments,
    AsyncMessagingBulkAttachmentsWithRawResponse,
    MessagingBulkAttachments,
    MessagingBulkAttachmentsWithRawResponse,
)
from .messaging_bulk_messages import (
    AsyncMessagingBulkMessages,
    AsyncMessagingBulkMessagesWithRawResponse,
    MessagingBulkMessages,
    MessagingBulkMessagesWithRawResponse,
)
from .messaging_channels import (
    AsyncMessagingChannels,
    AsyncMessagingChannelsWithRawResponse,
    MessagingChannels,
    MessagingChannelsWithRawResponse,
)
from .messaging_messages import (
    AsyncMessagingMessages,
    AsyncMessagingMessagesWithRawResponse,
    MessagingMessages,
    MessagingMessagesWithRawResponse,
)
from .messaging_operations import (
    AsyncMessagingOperations,
    AsyncMessagingOperationsWithRawResponse,
    MessagingOperations,
    MessagingOperationsWithRawResponse,
)
from .messaging_plugins import (
    AsyncMessagingPlugins,
    AsyncMessagingPluginsWithRawResponse,
    MessagingPlugins,
    MessagingPluginsWithRawResponse,
)
from .messaging_responders import (
    AsyncMessagingResponders,
    AsyncMessagingRespondersWithRawResponse,
    MessagingResponders,
    MessagingRespondersWithRawResponse,
)
from .multicasts import (
    AsyncMulticasts,
    AsyncMulticastsWithRawResponse,
    Multicasts,
    MulticastsWithRawResponse,
)
from .org_preferences import (
    AsyncOrgPreferences,
    AsyncOrgPreferencesWithRawResponse,
    OrgPreferences,
    OrgPreferencesWithRawResponse,
)
from .organizations import (
    AsyncOrganizations,
    AsyncOrganizationsWithRawResponse,
    Organizations,
    OrganizationsWithRawResponse,
)
from .purge_data import (
    AsyncPurgeData,
    AsyncPurgeDataWithRawResponse,
    PurgeData,
    PurgeDataWithRawResponse,
)
from .replicators import (
    AsyncReplicators,
    AsyncReplicatorsWithRawResponse,
    Replicators,
    ReplicatorsWithRawResponse,
)
from .sniffers import (
    AsyncSniffers,
    AsyncSniffersWithRawResponse,
    Sniffers,
    SniffersWithRawResponse,
)
from .text_account_numbers import (
    AsyncTextAccountNumbers,
    AsyncTextAccountNumbersWithRawResponse,
    TextAccountNumbers,
    TextAccountNumbersWithRawResponse,
)
from .text_accounts import (
    AsyncTextAccounts,
    AsyncTextAccountsWithRawResponse,
    TextAccounts,
    TextAccountsWithRawResponse,
)
from .text_number_info import (
    AsyncTextNumberInfoResource,
    AsyncTextNumberInfoResourceWithRawResponse,
    TextNumberInfoResource,
    TextNumberInfoResourceWithRawResponse,
)
from .text_number_logs import (
    AsyncTextNumberLogs,
    AsyncTextNumberLogsWithRawResponse,
    TextNumberLogs,
    TextNumberLogsWithRawResponse,
)
from .text_receive_logs import (
    AsyncTextReceiveLogs,
    AsyncTextReceiveLogsWithRawResponse,
    TextReceiveLogs,
    TextReceiveLogsWithRawResponse,
)
from .text_user_number_maps import (
    AsyncTextUserNumberMaps,
    AsyncTextUserNumberMapsWithRawResponse,
    TextUserNumberMaps,
    TextUserNumberMapsWithRawResponse,
)
from .texts import (
    AsyncTexts,
    AsyncTextsWithRawResponse,
    Texts,
    TextsWithRawResponse,
)
from .tts_synthesizers import (
    AsyncTtsSynthesizers,
    AsyncTtsSynthesizersWithRawResponse,
    TtsSynthesizers,
    TtsSynthesizersWithRawResponse,
)
from .user_consents import (
    AsyncUserConsents,
    AsyncUserConsentsWithRawResponse,
    UserConsents,
    UserConsentsWithRawResponse,
)
from .user_devices import (
    AsyncUserDevices,
    AsyncUserDevicesWithRawResponse,
    UserDevices,
    UserDevicesWithRawResponse,
)
from .user_email_attachments import (
    AsyncUserEmailAttachments,
    AsyncUserEmailAttachmentsWithRawResponse,
    UserEmailAttachments,
    UserEmailAttachmentsWithRawResponse,
)
from .user_emails import (
    AsyncUserEmails,
    AsyncUserEmailsWithRawResponse,
    UserEmails,
    UserEmailsWithRawResponse,
)
from .user_multicasts import (
    AsyncUserMulticasts,
    AsyncUserMulticastsWithRawResponse,
    UserMulticasts,
    UserMulticastsWithRawResponse,
)
from .user_notification_counts import (
    AsyncUserNotificationCounts,
    AsyncUserNotificationCountsWithRawResponse,
    UserNotificationCounts,
    UserNotificationCountsWithRawResponse,
)
from .user_notifications import (
    AsyncUserNotifications,
    AsyncUserNotificationsWithRawResponse,
    UserNotifications,
    UserNotificationsWithRawResponse,
)
from .users import (
    AsyncUsers,
    AsyncUsersWithRawResponse,
    Users,
    UsersWithRawResponse,
)
from .video_channels import (
    AsyncVideoChannels,
    AsyncVideoChannelsWithRawResponse,
    VideoChannels,
    VideoChannelsWithRawResponse,
)
from .video_compositions import (
    AsyncVideoCompositions,
    AsyncVideoCompositionsWithRawResponse,
    VideoCompositions,
    VideoCompositionsWithRawResponse,
)
from .video_participants import (
    AsyncVideoParticipants,
    AsyncVideoParticipantsWithRawResponse,
    VideoParticipants,
    VideoParticipantsWithRawResponse,
)
from .voice_conferences import (
    AsyncVoiceConferences,
    AsyncVoiceConferencesWithRawResponse,
    VoiceConferences,
    VoiceConferencesWithRawResponse,
)
from .voice_dial_logs import (
    AsyncVoiceDialLogs,
    AsyncVoiceDialLogsWithRawResponse,
    VoiceDialLogs,
    VoiceDialLogsWithRawResponse,
)
from .voice_ivrs import (
    AsyncVoiceIvrs,
    AsyncVoiceIvrsWithRawResponse,
    VoiceIvrs,
    VoiceIvrsWithRawResponse,
)
from .voice_queue_agents import (
    AsyncVoiceQueueAgents,
    AsyncVoiceQueueAgentsWithRawResponse,
    VoiceQueueAgents,
    VoiceQueueAgentsWithRawResponse,
)
from .voice_queue_entries import (
    AsyncVoiceQueueEntries,
    AsyncVoiceQueueEntriesWithRawResponse,
    VoiceQueueEntries,
    VoiceQueueEntriesWithRawResponse,
)
from .voice_recordings import (
    AsyncVoiceRecordings,
    AsyncVoiceRecordingsWithRawResponse,
    VoiceRecordings,
    VoiceRecordingsWithRawResponse,
)
from .voice_settings import (
    AsyncVoiceSettings,
    AsyncVoiceSettingsWithRawResponse,
    VoiceSettings,
    VoiceSettingsWithRawResponse,
)
from .voice_surveys import (
    AsyncVoiceSurveys,
    AsyncVoiceSurveysWithRawResponse,
    VoiceSurveys,
    VoiceSurveysWithRawResponse,
)
from .voice_tasks import (
    AsyncVoiceTasks,
    AsyncVoiceTasksWithRawResponse,
    VoiceTasks,
    VoiceTasksWithRawResponse,
)

__all__ = [
    "AggregationRequests",
    "AggregationRequestsWithRawResponse",
    "Announcers",
    "AnnouncersWithRawResponse",
    "AppCredentials",
    "AppCredentialsWithRawResponse",
    "AskEntries",
    "AskEntriesWithRawResponse",
    "AskReminders",
    "AskRemindersWithRawResponse",
    "AskSubscriptions",
    "AskSubscriptionsWithRawResponse",
    "AsyncAggregationRequests",
    "AsyncAggregationRequestsWithRawResponse",
    "AsyncAnnouncers",
    "AsyncAnnouncersWithRawResponse",
    "AsyncAppCredentials",
    "AsyncAppCredentialsWithRawResponse",
    "AsyncAskEntries",
    "AsyncAskEntriesWithRawResponse",
    "AsyncAskReminders",
    "AsyncAskRemindersWithRawResponse",
    "AsyncAskSubscriptions",
    "AsyncAskSubscriptionsWithRawResponse",
    "AsyncBadgeCounts",
    "AsyncBadgeCountsWithRawResponse",
    "AsyncBulkBadgeCounts",
    "AsyncBulkBadgeCountsWithRawResponse",
    "AsyncCommunicationMessages",
    "AsyncCommunicationMessagesWithRawResponse",
    "AsyncCommunicationSummaries",
    "AsyncCommunicationSummariesWithRawResponse",
    "AsyncIndividualGroups",
    "AsyncIndividualGroupsWithRawResponse",
    "AsyncIndividuals",
    "AsyncIndividualsWithRawResponse",
    "AsyncMessagingAttachments",
    "AsyncMessagingAttachmentsWithRawResponse",
    "AsyncMessagingBookmarks",
    "AsyncMessagingBookmarksWithRawResponse",
    "AsyncMessagingBulkAttachments",
    "AsyncMessagingBulkAttachmentsWithRawResponse",
    "AsyncMessagingBulkMessages",
    "AsyncMessagingBulkMessagesWithRawResponse",
    "AsyncMessagingChannels",
    "AsyncMessagingChannelsWithRawResponse",
    "AsyncMessagingMessages",
    "AsyncMessagingMessagesWithRawResponse",
    "AsyncMessagingOperations",
    "AsyncMessagingOperationsWithRawResponse",
    "AsyncMessagingPlugins",
    "AsyncMessagingPluginsWithRawResponse",
    "AsyncMessagingResponders",
    "AsyncMessagingRespondersWithRawResponse",
    "AsyncMulticasts",
    "AsyncMulticastsWithRawResponse",
    "AsyncOrgPreferences",
    "AsyncOrgPreferencesWithRawResponse",
    "AsyncOrganizations",
    "AsyncOrganizationsWithRawResponse",
    "AsyncPurgeData",
    "AsyncPurgeDataWithRawResponse",
    "AsyncReplicators",
    "AsyncReplicatorsWithRawResponse",
    "AsyncSniffers",
    "AsyncSniffersWithRawResponse",
    "AsyncTextAccountNumbers",
    "AsyncTextAccountNumbersWithRawResponse",
    "AsyncTextAccounts",
    "AsyncTextAccountsWithRawResponse",
    "AsyncTextNumberInfoResource",
    "AsyncTextNumberInfoResourceWithRawResponse",
    "AsyncTextNumberLogs",
    "AsyncTextNumberLogsWithRawResponse",
    "AsyncTextReceiveLogs",
    "AsyncTextReceiveLogsWithRawResponse",
    "AsyncTextUserNumberMaps",
    "AsyncTextUserNumberMapsWithRawResponse",
    "AsyncTexts",
    "AsyncTextsWithRawResponse",
    "AsyncTtsSynthesizers",
    "AsyncTtsSynthesizersWithRawResponse",
    "AsyncUserConsents",
    "AsyncUserConsentsWithRawResponse",
    "AsyncUserDevices",
    "AsyncUserDevicesWithRawResponse",
    "AsyncUserEmailAttachments",
    "AsyncUserEmailAttachmentsWithRawResponse",
    "AsyncUserEmails",
    "AsyncUserEmailsWithRawResponse",
    "AsyncUserMulticasts",
    "AsyncUserMulticastsWithRawResponse",
    "AsyncUserNotificationCounts",
    "AsyncUserNotificationCountsWithRawResponse",
    "AsyncUserNotifications",
    "AsyncUserNotificationsWithRawResponse",
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "AsyncVideoChannels",
    "AsyncVideoChannelsWithRawResponse",
    "AsyncVideoCompositions",
    "AsyncVideoCompositionsWithRawResponse",
    "AsyncVideoParticipants",
    "AsyncVideoParticipantsWithRawResponse",
    "AsyncVoiceConferences",
    "AsyncVoiceConferencesWithRawResponse",
    "AsyncVoiceDialLogs",
    "AsyncVoiceDialLogsWithRawResponse",
    "AsyncVoiceIvrs",
    "AsyncVoiceIvrsWithRawResponse",
    "AsyncVoiceQueueAgents",
    "AsyncVoiceQueueAgentsWithRawResponse",
    "AsyncVoiceQueueEntries",
    "AsyncVoiceQueueEntriesWithRawResponse",
    "AsyncVoiceRecordings",
    "AsyncVoiceRecordingsWithRawResponse",
    "AsyncVoiceSettings",
    "AsyncVoiceSettingsWithRawResponse",
    "AsyncVoiceSurveys",
    "AsyncVoiceSurveysWithRawResponse",
    "AsyncVoiceTasks",
    "AsyncVoiceTasksWithRawResponse",
    "BadgeCounts",
    "BadgeCountsWithRawResponse",
    "BulkBadgeCounts",
    "BulkBadgeCountsWithRawResponse",
    "CommunicationMessages",
    "CommunicationMessagesWithRawResponse",
    "CommunicationSummaries",
    "CommunicationSummariesWithRawResponse",
    "IndividualGroups",
    "IndividualGroupsWithRawResponse",
    "Individuals",
    "IndividualsWithRawResponse",
    "MessagingAttachments",
    "MessagingAttachmentsWithRawResponse",
    "MessagingBookmarks",
    "MessagingBookmarksWithRawResponse",
    "MessagingBulkAttachments",
    "MessagingBulkAttachmentsWithRawResponse",
    "MessagingBulkMessages",
    "MessagingBulkMessagesWithRawResponse",
    "MessagingChannels",
    "MessagingChannelsWithRawResponse",
    "MessagingMessages",
    "MessagingMessagesWithRawResponse",
    "MessagingOperations",
    "MessagingOperationsWithRawResponse",
    "MessagingPlugins",
    "MessagingPluginsWithRawResponse",
    "MessagingResponders",
    "MessagingRespondersWithRawResponse",
    "Multicasts",
    "MulticastsWithRawResponse",
    "OrgPreferences",
    "OrgPreferencesWithRawResponse",
    "Organizations",
    "OrganizationsWithRawResponse",
    "PurgeData",
    "PurgeDataWithRawResponse",
    "Replicators",
    "ReplicatorsWithRawResponse",
    "Sniffers",
    "SniffersWithRawResponse",
    "TextAccountNumbers",
    "TextAccountNumbersWithRawResponse",
    "TextAccounts",
    "TextAccountsWithRawResponse",
    "TextNumberInfoResource",
    "TextNumberInfoResourceWithRawResponse",
    "TextNumberLogs",
    "TextNumberLogsWithRawResponse",
    "TextReceiveLogs",
    "TextReceiveLogsWithRawResponse",
    "TextUserNumberMaps",
    "TextUserNumberMapsWithRawResponse",
    "Texts",
    "TextsWithRawResponse",
    "TtsSynthesizers",
    "TtsSynthesizersWithRawResponse",
    "UserConsents",
    "UserConsentsWithRawResponse",
    "UserDevices",
    "UserDevicesWithRawResponse",
    "UserEmailAttachments",
    "UserEmailAttachmentsWithRawResponse",
    "UserEmails",
    "UserEmailsWithRawResponse",
    "UserMulticasts",
    "UserMulticastsWithRawResponse",
    "UserNotificationCounts",
    "UserNotificationCountsWithRawResponse",
    "UserNotifications",
    "UserNotificationsWithRawResponse",
    "Users",
    "UsersWithRawResponse",
    "VideoChannels",
    "VideoChannelsWithRawResponse",
    "VideoCompositions",
    "VideoCompositionsWithRawResponse",
    "VideoParticipants",
    "VideoParticipantsWithRawResponse",
    "VoiceConferences",
    "VoiceConferencesWithRawResponse",
    "VoiceDialLogs",
    "VoiceDialLogsWithRawResponse",
    "VoiceIvrs",
    "VoiceIvrsWithRawResponse",
    "VoiceQueueAgents",
    "VoiceQueueAgentsWithRawResponse",
    "VoiceQueueEntries",
    "VoiceQueueEntriesWithRawResponse",
    "VoiceRecordings",
    "VoiceRecordingsWithRawResponse",
    "VoiceSettings",
    "VoiceSettingsWithRawResponse",
    "VoiceSurveys",
    "VoiceSurveysWithRawResponse",
    "VoiceTasks",
    "VoiceTasksWithRawResponse",
]
