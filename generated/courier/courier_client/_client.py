"""The courier API definition clients: `Client` (blocking) and `AsyncClient`."""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx

from ._auth import BearerTokenAuth
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._types import NOT_GIVEN, NotGiven, Timeout
from .resources.aggregation_requests import (
    AggregationRequests,
    AggregationRequestsWithRawResponse,
    AsyncAggregationRequests,
    AsyncAggregationRequestsWithRawResponse,
)
from .resources.announcers import (
    Announcers,
    AnnouncersWithRawResponse,
    AsyncAnnouncers,
    AsyncAnnouncersWithRawResponse,
)
from .resources.app_credentials import (
    AppCredentials,
    AppCredentialsWithRawResponse,
    AsyncAppCredentials,
    AsyncAppCredentialsWithRawResponse,
)
from .resources.ask_entries import (
    AskEntries,
    AskEntriesWithRawResponse,
    AsyncAskEntries,
    AsyncAskEntriesWithRawResponse,
)
from .resources.ask_reminders import (
    AskReminders,
    AskRemindersWithRawResponse,
    AsyncAskReminders,
    AsyncAskRemindersWithRawResponse,
)
from .resources.ask_subscriptions import (
    AskSubscriptions,
    AskSubscriptionsWithRawResponse,
    AsyncAskSubscriptions,
    AsyncAskSubscriptionsWithRawResponse,
)
from .resources.badge_counts import (
    AsyncBadgeCounts,
    AsyncBadgeCountsWithRawResponse,
    BadgeCounts,
    BadgeCountsWithRawResponse,
)
from .resources.bulk_badge_counts import (
    AsyncBulkBadgeCounts,
    AsyncBulkBadgeCountsWithRawResponse,
    BulkBadgeCounts,
    BulkBadgeCountsWithRawResponse,
)
from .resources.communication_messages import (
    AsyncCommunicationMessages,
    AsyncCommunicationMessagesWithRawResponse,
    CommunicationMessages,
    CommunicationMessagesWithRawResponse,
)
from .resources.communication_summaries import (
    AsyncCommunicationSummaries,
    AsyncCommunicationSummariesWithRawResponse,
    CommunicationSummaries,
    CommunicationSummariesWithRawResponse,
)
from .resources.individual_groups import (
    AsyncIndividualGroups,
    AsyncIndividualGroupsWithRawResponse,
    IndividualGroups,
    IndividualGroupsWithRawResponse,
)
from .resources.individuals import (
    AsyncIndividuals,
    AsyncIndividualsWithRawResponse,
    Individuals,
    IndividualsWithRawResponse,
)
from .resources.messaging_attachments import (
    AsyncMessagingAttachments,
    AsyncMessagingAttachmentsWithRawResponse,
    MessagingAttachments,
    MessagingAttachmentsWithRawResponse,
)
from .resources.messaging_bookmarks import (
    AsyncMessagingBookmarks,
    AsyncMessagingBookmarksWithRawResponse,
    MessagingBookmarks,
    MessagingBookmarksWithRawResponse,
)
from .resources.messaging_bulk_attachments import (
    AsyncMessagingBulkAttachments,
    AsyncMessagingBulkAttachmentsWithRawResponse,
    MessagingBulkAttachments,
    MessagingBulkAttachmentsWithRawResponse,
)
from .resources.messaging_bulk_messages import (
    AsyncMessagingBulkMessages,
    AsyncMessagingBulkMessagesWithRawResponse,
    MessagingBulkMessages,
    MessagingBulkMessagesWithRawResponse,
)
from .resources.messaging_channels import (
    AsyncMessagingChannels,
    AsyncMessagingChannelsWithRawResponse,
    MessagingChannels,
    MessagingChannelsWithRawResponse,
)
from .resources.messaging_messages import (
    AsyncMessagingMessages,
    AsyncMessagingMessagesWithRawResponse,
    MessagingMessages,
    MessagingMessagesWithRawResponse,
)
from .resources.messaging_operations import (
    AsyncMessagingOperations,
    AsyncMessagingOperationsWithRawResponse,
    MessagingOperations,
    MessagingOperationsWithRawResponse,
)
from .resources.messaging_plugins import (
    AsyncMessagingPlugins,
    AsyncMessagingPluginsWithRawResponse,
    MessagingPlugins,
    MessagingPluginsWithRawResponse,
)
from .resources.messaging_responders import (
    AsyncMessagingResponders,
    AsyncMessagingRespondersWithRawResponse,
    MessagingResponders,
    MessagingRespondersWithRawResponse,
)
from .resources.multicasts import (
    AsyncMulticasts,
    AsyncMulticastsWithRawResponse,
    Multicasts,
    MulticastsWithRawResponse,
)
from .resources.org_preferences import (
    AsyncOrgPreferences,
    AsyncOrgPreferencesWithRawResponse,
    OrgPreferences,
    OrgPreferencesWithRawResponse,
)
from .resources.organizations import (
    AsyncOrganizations,
    AsyncOrganizationsWithRawResponse,
    Organizations,
    OrganizationsWithRawResponse,
)
from .resources.purge_data import (
    AsyncPurgeData,
    AsyncPurgeDataWithRawResponse,
    PurgeData,
    PurgeDataWithRawResponse,
)
from .resources.replicators import (
    AsyncReplicators,
    AsyncReplicatorsWithRawResponse,
    Replicators,
    ReplicatorsWithRawResponse,
)
from .resources.sniffers import (
    AsyncSniffers,
    AsyncSniffersWithRawResponse,
    Sniffers,
    SniffersWithRawResponse,
)
from .resources.text_account_numbers import (
    AsyncTextAccountNumbers,
    AsyncTextAccountNumbersWithRawResponse,
    TextAccountNumbers,
    TextAccountNumbersWithRawResponse,
)
from .resources.text_accounts import (
    AsyncTextAccounts,
    AsyncTextAccountsWithRawResponse,
    TextAccounts,
    TextAccountsWithRawResponse,
)
from .resources.text_number_info import (
    AsyncTextNumberInfoResource,
    AsyncTextNumberInfoResourceWithRawResponse,
    TextNumberInfoResource,
    TextNumberInfoResourceWithRawResponse,
)
from .resources.text_number_logs import (
    AsyncTextNumberLogs,
    AsyncTextNumberLogsWithRawResponse,
    TextNumberLogs,
    TextNumberLogsWithRawResponse,
)
from .resources.text_receive_logs import (
    AsyncTextReceiveLogs,
    AsyncTextReceiveLogsWithRawResponse,
    TextReceiveLogs,
    TextReceiveLogsWithRawResponse,
)
from .resources.text_user_number_maps import (
    AsyncTextUserNumberMaps,
    AsyncTextUserNumberMapsWithRawResponse,
    TextUserNumberMaps,
    TextUserNumberMapsWithRawResponse,
)
from .resources.texts import AsyncTexts, AsyncTextsWithRawResponse, Texts, TextsWithRawResponse
from .resources.tts_synthesizers import (
    AsyncTtsSynthesizers,
    AsyncTtsSynthesizersWithRawResponse,
    TtsSynthesizers,
    TtsSynthesizersWithRawResponse,
)
from .resources.user_consents import (
    AsyncUserConsents,
    AsyncUserConsentsWithRawResponse,
    UserConsents,
    UserConsentsWithRawResponse,
)
from .resources.user_devices import (
    AsyncUserDevices,
    AsyncUserDevicesWithRawResponse,
    UserDevices,
    UserDevicesWithRawResponse,
)
from .resources.user_email_attachments import (
    AsyncUserEmailAttachments,
    AsyncUserEmailAttachmentsWithRawResponse,
    UserEmailAttachments,
    UserEmailAttachmentsWithRawResponse,
)
from .resources.user_emails import (
    AsyncUserEmails,
    AsyncUserEmailsWithRawResponse,
    UserEmails,
    UserEmailsWithRawResponse,
)
from .resources.user_multicasts import (
    AsyncUserMulticasts,
    AsyncUserMulticastsWithRawResponse,
    UserMulticasts,
    UserMulticastsWithRawResponse,
)
from .resources.user_notification_counts import (
    AsyncUserNotificationCounts,
    AsyncUserNotificationCountsWithRawResponse,
    UserNotificationCounts,
    UserNotificationCountsWithRawResponse,
)
from .resources.user_notifications import (
    AsyncUserNotifications,
    AsyncUserNotificationsWithRawResponse,
    UserNotifications,
    UserNotificationsWithRawResponse,
)
from .resources.users import AsyncUsers, AsyncUsersWithRawResponse, Users, UsersWithRawResponse
from .resources.video_channels import (
    AsyncVideoChannels,
    AsyncVideoChannelsWithRawResponse,
    VideoChannels,
    VideoChannelsWithRawResponse,
)
from .resources.video_compositions import (
    AsyncVideoCompositions,
    AsyncVideoCompositionsWithRawResponse,
    VideoCompositions,
    VideoCompositionsWithRawResponse,
)
from .resources.video_participants import (
    AsyncVideoParticipants,
    AsyncVideoParticipantsWithRawResponse,
    VideoParticipants,
    VideoParticipantsWithRawResponse,
)
from .resources.voice_conferences import (
    AsyncVoiceConferences,
    AsyncVoiceConferencesWithRawResponse,
    VoiceConferences,
    VoiceConferencesWithRawResponse,
)
from .resources.voice_dial_logs import (
    AsyncVoiceDialLogs,
    AsyncVoiceDialLogsWithRawResponse,
    VoiceDialLogs,
    VoiceDialLogsWithRawResponse,
)
from .resources.voice_ivrs import (
    AsyncVoiceIvrs,
    AsyncVoiceIvrsWithRawResponse,
    VoiceIvrs,
    VoiceIvrsWithRawResponse,
)
from .resources.voice_queue_agents import (
    AsyncVoiceQueueAgents,
    AsyncVoiceQueueAgentsWithRawResponse,
    VoiceQueueAgents,
    VoiceQueueAgentsWithRawResponse,
)
from .resources.voice_queue_entries import (
    AsyncVoiceQueueEntries,
    AsyncVoiceQueueEntriesWithRawResponse,
    VoiceQueueEntries,
    VoiceQueueEntriesWithRawResponse,
)
from .resources.voice_recordings import (
    AsyncVoiceRecordings,
    AsyncVoiceRecordingsWithRawResponse,
    VoiceRecordings,
    VoiceRecordingsWithRawResponse,
)
from .resources.voice_settings import (
    AsyncVoiceSettings,
    AsyncVoiceSettingsWithRawResponse,
    VoiceSettings,
    VoiceSettingsWithRawResponse,
)
from .resources.voice_surveys import (
    AsyncVoiceSurveys,
    AsyncVoiceSurveysWithRawResponse,
    VoiceSurveys,
    VoiceSurveysWithRawResponse,
)
from .resources.voice_tasks import (
    AsyncVoiceTasks,
    AsyncVoiceTasksWithRawResponse,
    VoiceTasks,
    VoiceTasksWithRawResponse,
)

__all__ = ["AsyncClient", "Client"]

DEFAULT_MAX_RETRIES = 2
"""Extra attempts after a connection error, a 408, a 429 or a 5xx (idempotent requests)."""
_USER_AGENT = f"courier-client/1.0.2 python-httpx/{httpx.__version__}"
_SECRET_HEADERS: tuple[str, ...] = ()


def _base_url(base_url: str | None) -> str:
    """The API root: ``base_url``, else the environment, else the documented server."""
    base_url = base_url or os.environ.get("COURIER_BASE_URL")
    if base_url:
        return base_url
    url = "https://api.courier.example"
    return url


def _auth(token: str | None) -> httpx.Auth | None:
    """The auth flow for the credentials given, else those in the environment."""
    token = token or os.environ.get("COURIER_TOKEN")
    if token:
        return BearerTokenAuth(token=token)
    raise ValueError(
        "The courier API definition needs credentials: pass token= (or set COURIER_TOKEN)."
    )


class Client(SyncAPIClient):
    """Blocking client for the courier API definition.

    Undocumented.

    Every argument is keyword-only. Credentials not passed are read from the
    environment (``COURIER_TOKEN``).
    """

    aggregation_requests: AggregationRequests
    """Operations on aggregation requests."""
    announcers: Announcers
    """Operations on announcers."""
    app_credentials: AppCredentials
    """Operations on app credentials."""
    ask_entries: AskEntries
    """Operations on ask entries."""
    ask_reminders: AskReminders
    """Operations on ask reminders."""
    ask_subscriptions: AskSubscriptions
    """Operations on ask subscriptions."""
    badge_counts: BadgeCounts
    """Operations on badge counts."""
    bulk_badge_counts: BulkBadgeCounts
    """Operations on bulk badge counts."""
    communication_messages: CommunicationMessages
    """Operations on communication messages."""
    communication_summaries: CommunicationSummaries
    """Operations on communication summaries."""
    individual_groups: IndividualGroups
    """Operations on individual groups."""
    individuals: Individuals
    """Operations on individuals."""
    messaging_attachments: MessagingAttachments
    """Operations on messaging attachments."""
    messaging_bookmarks: MessagingBookmarks
    """Operations on messaging bookmarks."""
    messaging_bulk_attachments: MessagingBulkAttachments
    """Operations on messaging bulk attachments."""
    messaging_bulk_messages: MessagingBulkMessages
    """Operations on messaging bulk messages."""
    messaging_channels: MessagingChannels
    """Operations on messaging channels."""
    messaging_messages: MessagingMessages
    """Operations on messaging messages."""
    messaging_operations: MessagingOperations
    """Operations on messaging operations."""
    messaging_plugins: MessagingPlugins
    """Operations on messaging plugins."""
    messaging_responders: MessagingResponders
    """Operations on messaging responders."""
    multicasts: Multicasts
    """Operations on multicasts."""
    org_preferences: OrgPreferences
    """Operations on org preferences."""
    organizations: Organizations
    """Operations on organizations."""
    purge_data: PurgeData
    """Operations on purge data."""
    replicators: Replicators
    """Operations on replicators."""
    sniffers: Sniffers
    """Operations on sniffers."""
    text_account_numbers: TextAccountNumbers
    """Operations on text account numbers."""
    text_accounts: TextAccounts
    """Operations on text accounts."""
    text_number_info: TextNumberInfoResource
    """Operations on text number info."""
    text_number_logs: TextNumberLogs
    """Operations on text number logs."""
    text_receive_logs: TextReceiveLogs
    """Operations on text receive logs."""
    text_user_number_maps: TextUserNumberMaps
    """Operations on text user number maps."""
    texts: Texts
    """Operations on texts."""
    tts_synthesizers: TtsSynthesizers
    """Operations on tts synthesizers."""
    user_consents: UserConsents
    """Operations on user consents."""
    user_devices: UserDevices
    """Operations on user devices."""
    user_email_attachments: UserEmailAttachments
    """Operations on user email attachments."""
    user_emails: UserEmails
    """Operations on user emails."""
    user_multicasts: UserMulticasts
    """Operations on user multicasts."""
    user_notification_counts: UserNotificationCounts
    """Operations on user notification counts."""
    user_notifications: UserNotifications
    """Operations on user notifications."""
    users: Users
    """Operations on users."""
    video_channels: VideoChannels
    """Operations on video channels."""
    video_compositions: VideoCompositions
    """Operations on video compositions."""
    video_participants: VideoParticipants
    """Operations on video participants."""
    voice_conferences: VoiceConferences
    """Operations on voice conferences."""
    voice_dial_logs: VoiceDialLogs
    """Operations on voice dial logs."""
    voice_ivrs: VoiceIvrs
    """Operations on voice ivrs."""
    voice_queue_agents: VoiceQueueAgents
    """Operations on voice queue agents."""
    voice_queue_entries: VoiceQueueEntries
    """Operations on voice queue entries."""
    voice_recordings: VoiceRecordings
    """Operations on voice recordings."""
    voice_settings: VoiceSettings
    """Operations on voice settings."""
    voice_surveys: VoiceSurveys
    """Operations on voice surveys."""
    voice_tasks: VoiceTasks
    """Operations on voice tasks."""
    with_raw_response: ClientWithRawResponse
    """The same operations, returning the HTTP response (`APIResponse`) with ``.parse()``."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        token: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = 60.0,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool = False,
        max_response_size: int | None = 100 * 1024 * 1024,
    ) -> None:
        """Create a client.

        Args:
            base_url: The API root; defaults to ``https://api.courier.example``.
            token: Bearer token sent in the Authorization header. Read from ``COURIER_TOKEN`` when not given.
            timeout: Seconds per request (or an `httpx.Timeout`); ``None`` waits forever.
                Default: the ``http_client``'s own when one is given, else 30 s.
            max_retries: Extra attempts for failures worth retrying.
            max_retry_wait: The longest ``Retry-After`` (seconds) to wait for; a server
                asking for longer fails the call at once (`RateLimitError` for a 429).
            http_client: An httpx client to send requests with, instead of a new one.
                It keeps its own settings (timeout, headers, transport) and stays open.
            default_headers: Headers sent with every request.
            strict_response_validation: Raise `APIResponseValidationError` when a response
                does not fit its documented type, instead of keeping the odd values as
                received.
            max_response_size: The largest response body read, in bytes after
                decompression (``None`` for no limit); a larger one raises
                `ResponseTooLargeError`.
        """
        super().__init__(
            base_url=_base_url(base_url),
            auth=_auth(token),
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            http_client=http_client,
            default_headers={"User-Agent": _USER_AGENT, **(default_headers or {})},
            secret_headers=_SECRET_HEADERS,
            strict_response_validation=strict_response_validation,
            max_response_size=max_response_size,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        """Attach the resources (again in a copy made by `with_options`)."""
        self.aggregation_requests = AggregationRequests(self)
        self.announcers = Announcers(self)
        self.app_credentials = AppCredentials(self)
        self.ask_entries = AskEntries(self)
        self.ask_reminders = AskReminders(self)
        self.ask_subscriptions = AskSubscriptions(self)
        self.badge_counts = BadgeCounts(self)
        self.bulk_badge_counts = BulkBadgeCounts(self)
        self.communication_messages = CommunicationMessages(self)
        self.communication_summaries = CommunicationSummaries(self)
        self.individual_groups = IndividualGroups(self)
        self.individuals = Individuals(self)
        self.messaging_attachments = MessagingAttachments(self)
        self.messaging_bookmarks = MessagingBookmarks(self)
        self.messaging_bulk_attachments = MessagingBulkAttachments(self)
        self.messaging_bulk_messages = MessagingBulkMessages(self)
        self.messaging_channels = MessagingChannels(self)
        self.messaging_messages = MessagingMessages(self)
        self.messaging_operations = MessagingOperations(self)
        self.messaging_plugins = MessagingPlugins(self)
        self.messaging_responders = MessagingResponders(self)
        self.multicasts = Multicasts(self)
        self.org_preferences = OrgPreferences(self)
        self.organizations = Organizations(self)
        self.purge_data = PurgeData(self)
        self.replicators = Replicators(self)
        self.sniffers = Sniffers(self)
        self.text_account_numbers = TextAccountNumbers(self)
        self.text_accounts = TextAccounts(self)
        self.text_number_info = TextNumberInfoResource(self)
        self.text_number_logs = TextNumberLogs(self)
        self.text_receive_logs = TextReceiveLogs(self)
        self.text_user_number_maps = TextUserNumberMaps(self)
        self.texts = Texts(self)
        self.tts_synthesizers = TtsSynthesizers(self)
        self.user_consents = UserConsents(self)
        self.user_devices = UserDevices(self)
        self.user_email_attachments = UserEmailAttachments(self)
        self.user_emails = UserEmails(self)
        self.user_multicasts = UserMulticasts(self)
        self.user_notification_counts = UserNotificationCounts(self)
        self.user_notifications = UserNotifications(self)
        self.users = Users(self)
        self.video_channels = VideoChannels(self)
        self.video_compositions = VideoCompositions(self)
        self.video_participants = VideoParticipants(self)
        self.voice_conferences = VoiceConferences(self)
        self.voice_dial_logs = VoiceDialLogs(self)
        self.voice_ivrs = VoiceIvrs(self)
        self.voice_queue_agents = VoiceQueueAgents(self)
        self.voice_queue_entries = VoiceQueueEntries(self)
        self.voice_recordings = VoiceRecordings(self)
        self.voice_settings = VoiceSettings(self)
        self.voice_surveys = VoiceSurveys(self)
        self.voice_tasks = VoiceTasks(self)
        self.with_raw_response = ClientWithRawResponse(self)


class ClientWithRawResponse:
    """Every operation of `Client`, returning the HTTP response instead of the parsed value."""

    def __init__(self, client: Client) -> None:
        self.aggregation_requests = AggregationRequestsWithRawResponse(client.aggregation_requests)
        self.announcers = AnnouncersWithRawResponse(client.announcers)
        self.app_credentials = AppCredentialsWithRawResponse(client.app_credentials)
        self.ask_entries = AskEntriesWithRawResponse(client.ask_entries)
        self.ask_reminders = AskRemindersWithRawResponse(client.ask_reminders)
        self.ask_subscriptions = AskSubscriptionsWithRawResponse(client.ask_subscriptions)
        self.badge_counts = BadgeCountsWithRawResponse(client.badge_counts)
        self.bulk_badge_counts = BulkBadgeCountsWithRawResponse(client.bulk_badge_counts)
        self.communication_messages = CommunicationMessagesWithRawResponse(
            client.communication_messages
        )
        self.communication_summaries = CommunicationSummariesWithRawResponse(
            client.communication_summaries
        )
        self.individual_groups = IndividualGroupsWithRawResponse(client.individual_groups)
        self.individuals = IndividualsWithRawResponse(client.individuals)
        self.messaging_attachments = MessagingAttachmentsWithRawResponse(
            client.messaging_attachments
        )
        self.messaging_bookmarks = MessagingBookmarksWithRawResponse(client.messaging_bookmarks)
        self.messaging_bulk_attachments = MessagingBulkAttachmentsWithRawResponse(
            client.messaging_bulk_attachments
        )
        self.messaging_bulk_messages = MessagingBulkMessagesWithRawResponse(
            client.messaging_bulk_messages
        )
        self.messaging_channels = MessagingChannelsWithRawResponse(client.messaging_channels)
        self.messaging_messages = MessagingMessagesWithRawResponse(client.messaging_messages)
        self.messaging_operations = MessagingOperationsWithRawResponse(client.messaging_operations)
        self.messaging_plugins = MessagingPluginsWithRawResponse(client.messaging_plugins)
        self.messaging_responders = MessagingRespondersWithRawResponse(client.messaging_responders)
        self.multicasts = MulticastsWithRawResponse(client.multicasts)
        self.org_preferences = OrgPreferencesWithRawResponse(client.org_preferences)
        self.organizations = OrganizationsWithRawResponse(client.organizations)
        self.purge_data = PurgeDataWithRawResponse(client.purge_data)
        self.replicators = ReplicatorsWithRawResponse(client.replicators)
        self.sniffers = SniffersWithRawResponse(client.sniffers)
        self.text_account_numbers = TextAccountNumbersWithRawResponse(client.text_account_numbers)
        self.text_accounts = TextAccountsWithRawResponse(client.text_accounts)
        self.text_number_info = TextNumberInfoResourceWithRawResponse(client.text_number_info)
        self.text_number_logs = TextNumberLogsWithRawResponse(client.text_number_logs)
        self.text_receive_logs = TextReceiveLogsWithRawResponse(client.text_receive_logs)
        self.text_user_number_maps = TextUserNumberMapsWithRawResponse(client.text_user_number_maps)
        self.texts = TextsWithRawResponse(client.texts)
        self.tts_synthesizers = TtsSynthesizersWithRawResponse(client.tts_synthesizers)
        self.user_consents = UserConsentsWithRawResponse(client.user_consents)
        self.user_devices = UserDevicesWithRawResponse(client.user_devices)
        self.user_email_attachments = UserEmailAttachmentsWithRawResponse(
            client.user_email_attachments
        )
        self.user_emails = UserEmailsWithRawResponse(client.user_emails)
        self.user_multicasts = UserMulticastsWithRawResponse(client.user_multicasts)
        self.user_notification_counts = UserNotificationCountsWithRawResponse(
            client.user_notification_counts
        )
        self.user_notifications = UserNotificationsWithRawResponse(client.user_notifications)
        self.users = UsersWithRawResponse(client.users)
        self.video_channels = VideoChannelsWithRawResponse(client.video_channels)
        self.video_compositions = VideoCompositionsWithRawResponse(client.video_compositions)
        self.video_participants = VideoParticipantsWithRawResponse(client.video_participants)
        self.voice_conferences = VoiceConferencesWithRawResponse(client.voice_conferences)
        self.voice_dial_logs = VoiceDialLogsWithRawResponse(client.voice_dial_logs)
        self.voice_ivrs = VoiceIvrsWithRawResponse(client.voice_ivrs)
        self.voice_queue_agents = VoiceQueueAgentsWithRawResponse(client.voice_queue_agents)
        self.voice_queue_entries = VoiceQueueEntriesWithRawResponse(client.voice_queue_entries)
        self.voice_recordings = VoiceRecordingsWithRawResponse(client.voice_recordings)
        self.voice_settings = VoiceSettingsWithRawResponse(client.voice_settings)
        self.voice_surveys = VoiceSurveysWithRawResponse(client.voice_surveys)
        self.voice_tasks = VoiceTasksWithRawResponse(client.voice_tasks)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the courier API definition.

    Undocumented.

    Every argument is keyword-only. Credentials not passed are read from the
    environment (``COURIER_TOKEN``).
    """

    aggregation_requests: AsyncAggregationRequests
    """Operations on aggregation requests."""
    announcers: AsyncAnnouncers
    """Operations on announcers."""
    app_credentials: AsyncAppCredentials
    """Operations on app credentials."""
    ask_entries: AsyncAskEntries
    """Operations on ask entries."""
    ask_reminders: AsyncAskReminders
    """Operations on ask reminders."""
    ask_subscriptions: AsyncAskSubscriptions
    """Operations on ask subscriptions."""
    badge_counts: AsyncBadgeCounts
    """Operations on badge counts."""
    bulk_badge_counts: AsyncBulkBadgeCounts
    """Operations on bulk badge counts."""
    communication_messages: AsyncCommunicationMessages
    """Operations on communication messages."""
    communication_summaries: AsyncCommunicationSummaries
    """Operations on communication summaries."""
    individual_groups: AsyncIndividualGroups
    """Operations on individual groups."""
    individuals: AsyncIndividuals
    """Operations on individuals."""
    messaging_attachments: AsyncMessagingAttachments
    """Operations on messaging attachments."""
    messaging_bookmarks: AsyncMessagingBookmarks
    """Operations on messaging bookmarks."""
    messaging_bulk_attachments: AsyncMessagingBulkAttachments
    """Operations on messaging bulk attachments."""
    messaging_bulk_messages: AsyncMessagingBulkMessages
    """Operations on messaging bulk messages."""
    messaging_channels: AsyncMessagingChannels
    """Operations on messaging channels."""
    messaging_messages: AsyncMessagingMessages
    """Operations on messaging messages."""
    messaging_operations: AsyncMessagingOperations
    """Operations on messaging operations."""
    messaging_plugins: AsyncMessagingPlugins
    """Operations on messaging plugins."""
    messaging_responders: AsyncMessagingResponders
    """Operations on messaging responders."""
    multicasts: AsyncMulticasts
    """Operations on multicasts."""
    org_preferences: AsyncOrgPreferences
    """Operations on org preferences."""
    organizations: AsyncOrganizations
    """Operations on organizations."""
    purge_data: AsyncPurgeData
    """Operations on purge data."""
    replicators: AsyncReplicators
    """Operations on replicators."""
    sniffers: AsyncSniffers
    """Operations on sniffers."""
    text_account_numbers: AsyncTextAccountNumbers
    """Operations on text account numbers."""
    text_accounts: AsyncTextAccounts
    """Operations on text accounts."""
    text_number_info: AsyncTextNumberInfoResource
    """Operations on text number info."""
    text_number_logs: AsyncTextNumberLogs
    """Operations on text number logs."""
    text_receive_logs: AsyncTextReceiveLogs
    """Operations on text receive logs."""
    text_user_number_maps: AsyncTextUserNumberMaps
    """Operations on text user number maps."""
    texts: AsyncTexts
    """Operations on texts."""
    tts_synthesizers: AsyncTtsSynthesizers
    """Operations on tts synthesizers."""
    user_consents: AsyncUserConsents
    """Operations on user consents."""
    user_devices: AsyncUserDevices
    """Operations on user devices."""
    user_email_attachments: AsyncUserEmailAttachments
    """Operations on user email attachments."""
    user_emails: AsyncUserEmails
    """Operations on user emails."""
    user_multicasts: AsyncUserMulticasts
    """Operations on user multicasts."""
    user_notification_counts: AsyncUserNotificationCounts
    """Operations on user notification counts."""
    user_notifications: AsyncUserNotifications
    """Operations on user notifications."""
    users: AsyncUsers
    """Operations on users."""
    video_channels: AsyncVideoChannels
    """Operations on video channels."""
    video_compositions: AsyncVideoCompositions
    """Operations on video compositions."""
    video_participants: AsyncVideoParticipants
    """Operations on video participants."""
    voice_conferences: AsyncVoiceConferences
    """Operations on voice conferences."""
    voice_dial_logs: AsyncVoiceDialLogs
    """Operations on voice dial logs."""
    voice_ivrs: AsyncVoiceIvrs
    """Operations on voice ivrs."""
    voice_queue_agents: AsyncVoiceQueueAgents
    """Operations on voice queue agents."""
    voice_queue_entries: AsyncVoiceQueueEntries
    """Operations on voice queue entries."""
    voice_recordings: AsyncVoiceRecordings
    """Operations on voice recordings."""
    voice_settings: AsyncVoiceSettings
    """Operations on voice settings."""
    voice_surveys: AsyncVoiceSurveys
    """Operations on voice surveys."""
    voice_tasks: AsyncVoiceTasks
    """Operations on voice tasks."""
    with_raw_response: AsyncClientWithRawResponse
    """The same operations, returning the HTTP response (`APIResponse`) with ``.parse()``."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        token: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = 60.0,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool = False,
        max_response_size: int | None = 100 * 1024 * 1024,
    ) -> None:
        """Create a client.

        Args:
            base_url: The API root; defaults to ``https://api.courier.example``.
            token: Bearer token sent in the Authorization header. Read from ``COURIER_TOKEN`` when not given.
            timeout: Seconds per request (or an `httpx.Timeout`); ``None`` waits forever.
                Default: the ``http_client``'s own when one is given, else 30 s.
            max_retries: Extra attempts for failures worth retrying.
            max_retry_wait: The longest ``Retry-After`` (seconds) to wait for; a server
                asking for longer fails the call at once (`RateLimitError` for a 429).
            http_client: An httpx client to send requests with, instead of a new one.
                It keeps its own settings (timeout, headers, transport) and stays open.
            default_headers: Headers sent with every request.
            strict_response_validation: Raise `APIResponseValidationError` when a response
                does not fit its documented type, instead of keeping the odd values as
                received.
            max_response_size: The largest response body read, in bytes after
                decompression (``None`` for no limit); a larger one raises
                `ResponseTooLargeError`.
        """
        super().__init__(
            base_url=_base_url(base_url),
            auth=_auth(token),
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            http_client=http_client,
            default_headers={"User-Agent": _USER_AGENT, **(default_headers or {})},
            secret_headers=_SECRET_HEADERS,
            strict_response_validation=strict_response_validation,
            max_response_size=max_response_size,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        """Attach the resources (again in a copy made by `with_options`)."""
        self.aggregation_requests = AsyncAggregationRequests(self)
        self.announcers = AsyncAnnouncers(self)
        self.app_credentials = AsyncAppCredentials(self)
        self.ask_entries = AsyncAskEntries(self)
        self.ask_reminders = AsyncAskReminders(self)
        self.ask_subscriptions = AsyncAskSubscriptions(self)
        self.badge_counts = AsyncBadgeCounts(self)
        self.bulk_badge_counts = AsyncBulkBadgeCounts(self)
        self.communication_messages = AsyncCommunicationMessages(self)
        self.communication_summaries = AsyncCommunicationSummaries(self)
        self.individual_groups = AsyncIndividualGroups(self)
        self.individuals = AsyncIndividuals(self)
        self.messaging_attachments = AsyncMessagingAttachments(self)
        self.messaging_bookmarks = AsyncMessagingBookmarks(self)
        self.messaging_bulk_attachments = AsyncMessagingBulkAttachments(self)
        self.messaging_bulk_messages = AsyncMessagingBulkMessages(self)
        self.messaging_channels = AsyncMessagingChannels(self)
        self.messaging_messages = AsyncMessagingMessages(self)
        self.messaging_operations = AsyncMessagingOperations(self)
        self.messaging_plugins = AsyncMessagingPlugins(self)
        self.messaging_responders = AsyncMessagingResponders(self)
        self.multicasts = AsyncMulticasts(self)
        self.org_preferences = AsyncOrgPreferences(self)
        self.organizations = AsyncOrganizations(self)
        self.purge_data = AsyncPurgeData(self)
        self.replicators = AsyncReplicators(self)
        self.sniffers = AsyncSniffers(self)
        self.text_account_numbers = AsyncTextAccountNumbers(self)
        self.text_accounts = AsyncTextAccounts(self)
        self.text_number_info = AsyncTextNumberInfoResource(self)
        self.text_number_logs = AsyncTextNumberLogs(self)
        self.text_receive_logs = AsyncTextReceiveLogs(self)
        self.text_user_number_maps = AsyncTextUserNumberMaps(self)
        self.texts = AsyncTexts(self)
        self.tts_synthesizers = AsyncTtsSynthesizers(self)
        self.user_consents = AsyncUserConsents(self)
        self.user_devices = AsyncUserDevices(self)
        self.user_email_attachments = AsyncUserEmailAttachments(self)
        self.user_emails = AsyncUserEmails(self)
        self.user_multicasts = AsyncUserMulticasts(self)
        self.user_notification_counts = AsyncUserNotificationCounts(self)
        self.user_notifications = AsyncUserNotifications(self)
        self.users = AsyncUsers(self)
        self.video_channels = AsyncVideoChannels(self)
        self.video_compositions = AsyncVideoCompositions(self)
        self.video_participants = AsyncVideoParticipants(self)
        self.voice_conferences = AsyncVoiceConferences(self)
        self.voice_dial_logs = AsyncVoiceDialLogs(self)
        self.voice_ivrs = AsyncVoiceIvrs(self)
        self.voice_queue_agents = AsyncVoiceQueueAgents(self)
        self.voice_queue_entries = AsyncVoiceQueueEntries(self)
        self.voice_recordings = AsyncVoiceRecordings(self)
        self.voice_settings = AsyncVoiceSettings(self)
        self.voice_surveys = AsyncVoiceSurveys(self)
        self.voice_tasks = AsyncVoiceTasks(self)
        self.with_raw_response = AsyncClientWithRawResponse(self)


class AsyncClientWithRawResponse:
    """Every operation of `AsyncClient`, returning the HTTP response instead of the parsed value."""

    def __init__(self, client: AsyncClient) -> None:
        self.aggregation_requests = AsyncAggregationRequestsWithRawResponse(
            client.aggregation_requests
        )
        self.announcers = AsyncAnnouncersWithRawResponse(client.announcers)
        self.app_credentials = AsyncAppCredentialsWithRawResponse(client.app_credentials)
        self.ask_entries = AsyncAskEntriesWithRawResponse(client.ask_entries)
        self.ask_reminders = AsyncAskRemindersWithRawResponse(client.ask_reminders)
        self.ask_subscriptions = AsyncAskSubscriptionsWithRawResponse(client.ask_subscriptions)
        self.badge_counts = AsyncBadgeCountsWithRawResponse(client.badge_counts)
        self.bulk_badge_counts = AsyncBulkBadgeCountsWithRawResponse(client.bulk_badge_counts)
        self.communication_messages = AsyncCommunicationMessagesWithRawResponse(
            client.communication_messages
        )
        self.communication_summaries = AsyncCommunicationSummariesWithRawResponse(
            client.communication_summaries
        )
        self.individual_groups = AsyncIndividualGroupsWithRawResponse(client.individual_groups)
        self.individuals = AsyncIndividualsWithRawResponse(client.individuals)
        self.messaging_attachments = AsyncMessagingAttachmentsWithRawResponse(
            client.messaging_attachments
        )
        self.messaging_bookmarks = AsyncMessagingBookmarksWithRawResponse(
            client.messaging_bookmarks
        )
        self.messaging_bulk_attachments = AsyncMessagingBulkAttachmentsWithRawResponse(
            client.messaging_bulk_attachments
        )
        self.messaging_bulk_messages = AsyncMessagingBulkMessagesWithRawResponse(
            client.messaging_bulk_messages
        )
        self.messaging_channels = AsyncMessagingChannelsWithRawResponse(client.messaging_channels)
        self.messaging_messages = AsyncMessagingMessagesWithRawResponse(client.messaging_messages)
        self.messaging_operations = AsyncMessagingOperationsWithRawResponse(
            client.messaging_operations
        )
        self.messaging_plugins = AsyncMessagingPluginsWithRawResponse(client.messaging_plugins)
        self.messaging_responders = AsyncMessagingRespondersWithRawResponse(
            client.messaging_responders
        )
        self.multicasts = AsyncMulticastsWithRawResponse(client.multicasts)
        self.org_preferences = AsyncOrgPreferencesWithRawResponse(client.org_preferences)
        self.organizations = AsyncOrganizationsWithRawResponse(client.organizations)
        self.purge_data = AsyncPurgeDataWithRawResponse(client.purge_data)
        self.replicators = AsyncReplicatorsWithRawResponse(client.replicators)
        self.sniffers = AsyncSniffersWithRawResponse(client.sniffers)
        self.text_account_numbers = AsyncTextAccountNumbersWithRawResponse(
            client.text_account_numbers
        )
        self.text_accounts = AsyncTextAccountsWithRawResponse(client.text_accounts)
        self.text_number_info = AsyncTextNumberInfoResourceWithRawResponse(client.text_number_info)
        self.text_number_logs = AsyncTextNumberLogsWithRawResponse(client.text_number_logs)
        self.text_receive_logs = AsyncTextReceiveLogsWithRawResponse(client.text_receive_logs)
        self.text_user_number_maps = AsyncTextUserNumberMapsWithRawResponse(
            client.text_user_number_maps
        )
        self.texts = AsyncTextsWithRawResponse(client.texts)
        self.tts_synthesizers = AsyncTtsSynthesizersWithRawResponse(client.tts_synthesizers)
        self.user_consents = AsyncUserConsentsWithRawResponse(client.user_consents)
        self.user_devices = AsyncUserDevicesWithRawResponse(client.user_devices)
        self.user_email_attachments = AsyncUserEmailAttachmentsWithRawResponse(
            client.user_email_attachments
        )
        self.user_emails = AsyncUserEmailsWithRawResponse(client.user_emails)
        self.user_multicasts = AsyncUserMulticastsWithRawResponse(client.user_multicasts)
        self.user_notification_counts = AsyncUserNotificationCountsWithRawResponse(
            client.user_notification_counts
        )
        self.user_notifications = AsyncUserNotificationsWithRawResponse(client.user_notifications)
        self.users = AsyncUsersWithRawResponse(client.users)
        self.video_channels = AsyncVideoChannelsWithRawResponse(client.video_channels)
        self.video_compositions = AsyncVideoCompositionsWithRawResponse(client.video_compositions)
        self.video_participants = AsyncVideoParticipantsWithRawResponse(client.video_participants)
        self.voice_conferences = AsyncVoiceConferencesWithRawResponse(client.voice_conferences)
        self.voice_dial_logs = AsyncVoiceDialLogsWithRawResponse(client.voice_dial_logs)
        self.voice_ivrs = AsyncVoiceIvrsWithRawResponse(client.voice_ivrs)
        self.voice_queue_agents = AsyncVoiceQueueAgentsWithRawResponse(client.voice_queue_agents)
        self.voice_queue_entries = AsyncVoiceQueueEntriesWithRawResponse(client.voice_queue_entries)
        self.voice_recordings = AsyncVoiceRecordingsWithRawResponse(client.voice_recordings)
        self.voice_settings = AsyncVoiceSettingsWithRawResponse(client.voice_settings)
        self.voice_surveys = AsyncVoiceSurveysWithRawResponse(client.voice_surveys)
        self.voice_tasks = AsyncVoiceTasksWithRawResponse(client.voice_tasks)
