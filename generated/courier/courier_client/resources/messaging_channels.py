"""Operations on messaging channels."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
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
    IndividualProfile,
    MessagingChannel,
    MessagingChannelAttributesEventSettings,
    MessagingChannelAttributesEventSettingsParam,
    MessagingChannelsAddSubscriberRequest,
    MessagingChannelsModifyPreferencesRequest,
    MessagingChannelsModifyPreferencesRequestValuesItem,
    MessagingChannelsModifyPreferencesRequestValuesItemParam,
    MessagingChannelsRemoveSubscriberRequest,
    MessagingChannelsSetSmsPathRequest,
    MessagingChannelsSetSmsPathRequestInitialMessageJs,
    MessagingChannelsSetSmsPathRequestInitialMessageJsParam,
    MessagingChannelsUpdateRequest,
    MessagingChannelsUpdateRequestAttributesItem,
    MessagingChannelsUpdateRequestAttributesItemParam,
)

__all__ = [
    "AsyncMessagingChannels",
    "AsyncMessagingChannelsWithRawResponse",
    "MessagingChannels",
    "MessagingChannelsWithRawResponse",
]


class MessagingChannels:
    """Operations on messaging channels."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        filter_archived: bool | NotGiven = NOT_GIVEN,
        filter_cmp_last_modified_time: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        filter_floating: bool | NotGiven = NOT_GIVEN,
        filter_individual_group_id: UUID | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=50)] = 50,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        participant_id: UUID | NotGiven = NOT_GIVEN,
        use_group_name: bool = True,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[MessagingChannel]:
        """Returns channels

        ``GET /v1/messaging-channels/``

        Args:
            filter_cmp_last_modified_time: Compare timestamp against channel last-modified-time. Specify
                [comparator][datetime]. Comparators supported >, <, <=, >=. Use multiple to
                build a bounded time frame.
        """
        return self._client.get_page(
            "/v1/messaging-channels/",
            item_type=MessagingChannel,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=50,
            ),
            params={
                "filter[archived]": filter_archived,
                "filter[cmp-last-modified-time]": filter_cmp_last_modified_time,
                "filter[floating]": filter_floating,
                "filter[individual-group-id]": filter_individual_group_id,
                "individual-id": individual_id,
                "organization-id": organization_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "participant-id": participant_id,
                "use-group-name": use_group_name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        event_settings: MessagingChannelAttributesEventSettings
        | MessagingChannelAttributesEventSettingsParam
        | NotGiven = NOT_GIVEN,
        floating: bool | NotGiven = NOT_GIVEN,
        individual_group_id: UUID | NotGiven = NOT_GIVEN,
        label: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        subscription_type: str | NotGiven = NOT_GIVEN,
        individual_ids: builtins.list[UUID] | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        text_number_id: UUID | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Creates a new channel

        ``POST /v1/messaging-channels/``
        """
        payload = validate_request(
            MessagingChannel,
            {
                "id": id,
                "type": "messaging-channels",
                "attributes": {
                    "event-settings": event_settings,
                    "floating": floating,
                    "individual-group-id": individual_group_id,
                    "label": label,
                    "name": name,
                    "subscription-type": subscription_type,
                    "individual-ids": individual_ids,
                    "organization-id": organization_id,
                    "text-number-id": text_number_id,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/messaging-channels/",
            cast_to=MessagingChannel,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        id: str,
        *,
        include_individual_group: bool = False,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        use_group_name: bool = True,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Returns specific channel

        ``GET /v1/messaging-channels/{id}/``

        Args:
            id: Resource identifier
            include_individual_group: (deprecated)
        """
        return self._client.request(
            "GET",
            f"/v1/messaging-channels/{quote_path(id)}/",
            cast_to=MessagingChannel,
            params={
                "include-individual-group": include_individual_group,
                "individual-id": individual_id,
                "use-group-name": use_group_name,
            },
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        id: str,
        *,
        attributes: builtins.list[
            MessagingChannelsUpdateRequestAttributesItem
            | MessagingChannelsUpdateRequestAttributesItemParam
        ]
        | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Modifies an existing channel

        ``PATCH /v1/messaging-channels/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingChannelsUpdateRequest,
            {"attributes": attributes, "id": id, "type": type_},
        )
        return self._client.request(
            "PATCH",
            f"/v1/messaging-channels/{quote_path(id)}/",
            cast_to=MessagingChannel,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def archive(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Archive a channel

        ``POST /v1/messaging-channels/{id}/archive/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return self._client.request(
            "POST",
            f"/v1/messaging-channels/{quote_path(id)}/archive/",
            cast_to=MessagingChannel,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_profile(
        self,
        id: str,
        *,
        individual_id: UUID,
        profile_individual_id: UUID,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> IndividualProfile:
        """GET /v1/messaging-channels/{id}/get-profile/

        ``GET /v1/messaging-channels/{id}/get-profile/``

        Args:
            id: Resource identifier
            individual_id: users operational individual-id
            profile_individual_id: individual-id for requested profile
        """
        return self._client.request(
            "GET",
            f"/v1/messaging-channels/{quote_path(id)}/get-profile/",
            cast_to=IndividualProfile,
            params={"individual-id": individual_id, "profile-individual-id": profile_individual_id},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def modify_preferences(
        self,
        id: str,
        *,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        values: builtins.list[
            MessagingChannelsModifyPreferencesRequestValuesItem
            | MessagingChannelsModifyPreferencesRequestValuesItemParam
        ]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Modify channel preferences

        ``POST /v1/messaging-channels/{id}/modify-preferences/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingChannelsModifyPreferencesRequest,
            {"individual-id": individual_id, "values": values},
        )
        return self._client.request(
            "POST",
            f"/v1/messaging-channels/{quote_path(id)}/modify-preferences/",
            cast_to=MessagingChannel,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def set_sms_path(
        self,
        id: str,
        *,
        active: bool,
        initial_message: Annotated[str, limits(max_length=1024)] | NotGiven = NOT_GIVEN,
        initial_message_js: MessagingChannelsSetSmsPathRequestInitialMessageJs
        | MessagingChannelsSetSmsPathRequestInitialMessageJsParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Enable/disable SMS path for this messaging channel

        ``POST /v1/messaging-channels/{id}/enable-disable-sms-path/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingChannelsSetSmsPathRequest,
            {
                "active": active,
                "initial-message": initial_message,
                "initial-message-js": initial_message_js,
            },
        )
        return self._client.request(
            "POST",
            f"/v1/messaging-channels/{quote_path(id)}/enable-disable-sms-path/",
            cast_to=MessagingChannel,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add_subscriber(
        self,
        id: str,
        *,
        individual_ids: builtins.list[UUID] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Add subscriber to the channel

        ``POST /v1/messaging-channels/{id}/add-subscriber/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingChannelsAddSubscriberRequest,
            {"individual-ids": individual_ids},
        )
        return self._client.request(
            "POST",
            f"/v1/messaging-channels/{quote_path(id)}/add-subscriber/",
            cast_to=MessagingChannel,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unarchive(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Unarchive a channel

        ``POST /v1/messaging-channels/{id}/unarchive/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return self._client.request(
            "POST",
            f"/v1/messaging-channels/{quote_path(id)}/unarchive/",
            cast_to=MessagingChannel,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def remove_subscriber(
        self,
        id: str,
        *,
        individual_ids: builtins.list[UUID] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Remove subscriber from the channel

        ``POST /v1/messaging-channels/{id}/remove-subscriber/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingChannelsRemoveSubscriberRequest,
            {"individual-ids": individual_ids},
        )
        return self._client.request(
            "POST",
            f"/v1/messaging-channels/{quote_path(id)}/remove-subscriber/",
            cast_to=MessagingChannel,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class MessagingChannelsWithRawResponse:
    """`MessagingChannels` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: MessagingChannels) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.archive = to_raw_response_wrapper(resource.archive)
        self.get_profile = to_raw_response_wrapper(resource.get_profile)
        self.modify_preferences = to_raw_response_wrapper(resource.modify_preferences)
        self.set_sms_path = to_raw_response_wrapper(resource.set_sms_path)
        self.add_subscriber = to_raw_response_wrapper(resource.add_subscriber)
        self.unarchive = to_raw_response_wrapper(resource.unarchive)
        self.remove_subscriber = to_raw_response_wrapper(resource.remove_subscriber)


class AsyncMessagingChannels:
    """Operations on messaging channels."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        filter_archived: bool | NotGiven = NOT_GIVEN,
        filter_cmp_last_modified_time: Annotated[builtins.list[str], Field(max_length=2)]
        | NotGiven = NOT_GIVEN,
        filter_floating: bool | NotGiven = NOT_GIVEN,
        filter_individual_group_id: UUID | NotGiven = NOT_GIVEN,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=50)] = 50,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        participant_id: UUID | NotGiven = NOT_GIVEN,
        use_group_name: bool = True,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[MessagingChannel]:
        """Returns channels

        ``GET /v1/messaging-channels/``

        Args:
            filter_cmp_last_modified_time: Compare timestamp against channel last-modified-time. Specify
                [comparator][datetime]. Comparators supported >, <, <=, >=. Use multiple to
                build a bounded time frame.
        """
        return await self._client.get_page(
            "/v1/messaging-channels/",
            item_type=MessagingChannel,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=50,
            ),
            params={
                "filter[archived]": filter_archived,
                "filter[cmp-last-modified-time]": filter_cmp_last_modified_time,
                "filter[floating]": filter_floating,
                "filter[individual-group-id]": filter_individual_group_id,
                "individual-id": individual_id,
                "organization-id": organization_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "participant-id": participant_id,
                "use-group-name": use_group_name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        event_settings: MessagingChannelAttributesEventSettings
        | MessagingChannelAttributesEventSettingsParam
        | NotGiven = NOT_GIVEN,
        floating: bool | NotGiven = NOT_GIVEN,
        individual_group_id: UUID | NotGiven = NOT_GIVEN,
        label: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        subscription_type: str | NotGiven = NOT_GIVEN,
        individual_ids: builtins.list[UUID] | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        text_number_id: UUID | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Creates a new channel

        ``POST /v1/messaging-channels/``
        """
        payload = validate_request(
            MessagingChannel,
            {
                "id": id,
                "type": "messaging-channels",
                "attributes": {
                    "event-settings": event_settings,
                    "floating": floating,
                    "individual-group-id": individual_group_id,
                    "label": label,
                    "name": name,
                    "subscription-type": subscription_type,
                    "individual-ids": individual_ids,
                    "organization-id": organization_id,
                    "text-number-id": text_number_id,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/messaging-channels/",
            cast_to=MessagingChannel,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: str,
        *,
        include_individual_group: bool = False,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        use_group_name: bool = True,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Returns specific channel

        ``GET /v1/messaging-channels/{id}/``

        Args:
            id: Resource identifier
            include_individual_group: (deprecated)
        """
        return await self._client.request(
            "GET",
            f"/v1/messaging-channels/{quote_path(id)}/",
            cast_to=MessagingChannel,
            params={
                "include-individual-group": include_individual_group,
                "individual-id": individual_id,
                "use-group-name": use_group_name,
            },
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        id: str,
        *,
        attributes: builtins.list[
            MessagingChannelsUpdateRequestAttributesItem
            | MessagingChannelsUpdateRequestAttributesItemParam
        ]
        | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Modifies an existing channel

        ``PATCH /v1/messaging-channels/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingChannelsUpdateRequest,
            {"attributes": attributes, "id": id, "type": type_},
        )
        return await self._client.request(
            "PATCH",
            f"/v1/messaging-channels/{quote_path(id)}/",
            cast_to=MessagingChannel,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def archive(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Archive a channel

        ``POST /v1/messaging-channels/{id}/archive/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return await self._client.request(
            "POST",
            f"/v1/messaging-channels/{quote_path(id)}/archive/",
            cast_to=MessagingChannel,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_profile(
        self,
        id: str,
        *,
        individual_id: UUID,
        profile_individual_id: UUID,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> IndividualProfile:
        """GET /v1/messaging-channels/{id}/get-profile/

        ``GET /v1/messaging-channels/{id}/get-profile/``

        Args:
            id: Resource identifier
            individual_id: users operational individual-id
            profile_individual_id: individual-id for requested profile
        """
        return await self._client.request(
            "GET",
            f"/v1/messaging-channels/{quote_path(id)}/get-profile/",
            cast_to=IndividualProfile,
            params={"individual-id": individual_id, "profile-individual-id": profile_individual_id},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def modify_preferences(
        self,
        id: str,
        *,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        values: builtins.list[
            MessagingChannelsModifyPreferencesRequestValuesItem
            | MessagingChannelsModifyPreferencesRequestValuesItemParam
        ]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Modify channel preferences

        ``POST /v1/messaging-channels/{id}/modify-preferences/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingChannelsModifyPreferencesRequest,
            {"individual-id": individual_id, "values": values},
        )
        return await self._client.request(
            "POST",
            f"/v1/messaging-channels/{quote_path(id)}/modify-preferences/",
            cast_to=MessagingChannel,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def set_sms_path(
        self,
        id: str,
        *,
        active: bool,
        initial_message: Annotated[str, limits(max_length=1024)] | NotGiven = NOT_GIVEN,
        initial_message_js: MessagingChannelsSetSmsPathRequestInitialMessageJs
        | MessagingChannelsSetSmsPathRequestInitialMessageJsParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Enable/disable SMS path for this messaging channel

        ``POST /v1/messaging-channels/{id}/enable-disable-sms-path/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingChannelsSetSmsPathRequest,
            {
                "active": active,
                "initial-message": initial_message,
                "initial-message-js": initial_message_js,
            },
        )
        return await self._client.request(
            "POST",
            f"/v1/messaging-channels/{quote_path(id)}/enable-disable-sms-path/",
            cast_to=MessagingChannel,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def add_subscriber(
        self,
        id: str,
        *,
        individual_ids: builtins.list[UUID] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Add subscriber to the channel

        ``POST /v1/messaging-channels/{id}/add-subscriber/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingChannelsAddSubscriberRequest,
            {"individual-ids": individual_ids},
        )
        return await self._client.request(
            "POST",
            f"/v1/messaging-channels/{quote_path(id)}/add-subscriber/",
            cast_to=MessagingChannel,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def unarchive(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Unarchive a channel

        ``POST /v1/messaging-channels/{id}/unarchive/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return await self._client.request(
            "POST",
            f"/v1/messaging-channels/{quote_path(id)}/unarchive/",
            cast_to=MessagingChannel,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def remove_subscriber(
        self,
        id: str,
        *,
        individual_ids: builtins.list[UUID] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagingChannel:
        """Remove subscriber from the channel

        ``POST /v1/messaging-channels/{id}/remove-subscriber/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            MessagingChannelsRemoveSubscriberRequest,
            {"individual-ids": individual_ids},
        )
        return await self._client.request(
            "POST",
            f"/v1/messaging-channels/{quote_path(id)}/remove-subscriber/",
            cast_to=MessagingChannel,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMessagingChannelsWithRawResponse:
    """`AsyncMessagingChannels` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncMessagingChannels) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.archive = async_to_raw_response_wrapper(resource.archive)
        self.get_profile = async_to_raw_response_wrapper(resource.get_profile)
        self.modify_preferences = async_to_raw_response_wrapper(resource.modify_preferences)
        self.set_sms_path = async_to_raw_response_wrapper(resource.set_sms_path)
        self.add_subscriber = async_to_raw_response_wrapper(resource.add_subscriber)
        self.unarchive = async_to_raw_response_wrapper(resource.unarchive)
        self.remove_subscriber = async_to_raw_response_wrapper(resource.remove_subscriber)
