"""Operations on video channels."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, validate_request
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import (
    VideoChannel,
    VideoChannelAttributesAppointment,
    VideoChannelAttributesAppointmentParam,
    VideoChannelAttributesParticipantsItem,
    VideoChannelAttributesParticipantsItemParam,
    VideoChannelsFinalizeEncounterRequest,
    VideoChannelsFinalizeEncounterV2Request,
    VideoChannelsGetCredentialsResponse,
    VideoChannelsSetParticipantAudioStatesRequest,
    VideoChannelsSetParticipantAudioStatesRequestParticipantsItem,
    VideoChannelsSetParticipantAudioStatesRequestParticipantsItemParam,
)

__all__ = [
    "AsyncVideoChannels",
    "AsyncVideoChannelsWithRawResponse",
    "VideoChannels",
    "VideoChannelsWithRawResponse",
]


class VideoChannels:
    """Operations on video channels."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        individual_id: UUID,
        filter_states: builtins.list[Literal["open", "scheduled", "terminated"]]
        | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[VideoChannel]:
        """Returns channels

        ``GET /v1/video-channels/``
        """
        return self._client.get_page(
            "/v1/video-channels/",
            item_type=VideoChannel,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "individual-id": individual_id,
                "filter[states]": filter_states,
                "organization-id": organization_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
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
        appless: bool | NotGiven = NOT_GIVEN,
        appointment: VideoChannelAttributesAppointment
        | VideoChannelAttributesAppointmentParam
        | NotGiven = NOT_GIVEN,
        note: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        participants: builtins.list[
            VideoChannelAttributesParticipantsItem
            | VideoChannelAttributesParticipantsItemParam
            | UUID
        ]
        | NotGiven = NOT_GIVEN,
        recorded: bool | NotGiven = NOT_GIVEN,
        subject_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        messaging_channel_id: UUID | NotGiven = NOT_GIVEN,
        with_email: bool | NotGiven = NOT_GIVEN,
        appointment_duration: int | NotGiven = NOT_GIVEN,
        appointment_start: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """Creates a new channel

        ``POST /v1/video-channels/``
        """
        payload = validate_request(
            VideoChannel,
            {
                "id": id,
                "type": "video-channels",
                "attributes": {
                    "appless": appless,
                    "appointment": appointment,
                    "note": note,
                    "organization-id": organization_id,
                    "participants": participants,
                    "recorded": recorded,
                    "subject-id": subject_id,
                    "type": type_,
                    "messaging-channel-id": messaging_channel_id,
                    "with-email": with_email,
                    "appointment-duration": appointment_duration,
                    "appointment-start": appointment_start,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/video-channels/",
            cast_to=VideoChannel,
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """Returns specific channel

        ``GET /v1/video-channels/{id}/``

        Args:
            id: Resource identifier
        """
        return self._client.request(
            "GET",
            f"/v1/video-channels/{quote_path(id)}/",
            cast_to=VideoChannel,
            params={"individual-id": individual_id},
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
        appless: bool | NotGiven = NOT_GIVEN,
        appointment: VideoChannelAttributesAppointment
        | VideoChannelAttributesAppointmentParam
        | NotGiven = NOT_GIVEN,
        note: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        participants: builtins.list[
            VideoChannelAttributesParticipantsItem
            | VideoChannelAttributesParticipantsItemParam
            | UUID
        ]
        | NotGiven = NOT_GIVEN,
        recorded: bool | NotGiven = NOT_GIVEN,
        subject_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        messaging_channel_id: UUID | NotGiven = NOT_GIVEN,
        with_email: bool | NotGiven = NOT_GIVEN,
        appointment_duration: int | NotGiven = NOT_GIVEN,
        appointment_start: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """Modifies an existing video-channel

        ``PATCH /v1/video-channels/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            VideoChannel,
            {
                "id": id,
                "type": "video-channels",
                "attributes": {
                    "appless": appless,
                    "appointment": appointment,
                    "note": note,
                    "organization-id": organization_id,
                    "participants": participants,
                    "recorded": recorded,
                    "subject-id": subject_id,
                    "type": type_,
                    "messaging-channel-id": messaging_channel_id,
                    "with-email": with_email,
                    "appointment-duration": appointment_duration,
                    "appointment-start": appointment_start,
                },
            },
        )
        return self._client.request(
            "PATCH",
            f"/v1/video-channels/{quote_path(id)}/",
            cast_to=VideoChannel,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def finalize_encounter(
        self,
        id: str,
        *,
        service_type_id: UUID | NotGiven = NOT_GIVEN,
        use_note_from_author_participant: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """POST /v1/video-channels/{id}/finalize-encounter/

        ``POST /v1/video-channels/{id}/finalize-encounter/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            VideoChannelsFinalizeEncounterRequest,
            {
                "service-type-id": service_type_id,
                "use-note-from-author-participant": use_note_from_author_participant,
            },
        )
        return self._client.request(
            "POST",
            f"/v1/video-channels/{quote_path(id)}/finalize-encounter/",
            cast_to=VideoChannel,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_credentials(
        self,
        id: str,
        *,
        individual_id: UUID,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannelsGetCredentialsResponse:
        """GET /v1/video-channels/{id}/get-credentials/

        ``GET /v1/video-channels/{id}/get-credentials/``

        Args:
            id: Resource identifier
        """
        return self._client.request(
            "GET",
            f"/v1/video-channels/{quote_path(id)}/get-credentials/",
            cast_to=VideoChannelsGetCredentialsResponse,
            params={"individual-id": individual_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def set_participant_audio_states(
        self,
        id: str,
        *,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        participants: builtins.list[
            VideoChannelsSetParticipantAudioStatesRequestParticipantsItem
            | VideoChannelsSetParticipantAudioStatesRequestParticipantsItemParam
        ]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """POST /v1/video-channels/{id}/participant-audio-states/

        ``POST /v1/video-channels/{id}/participant-audio-states/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            VideoChannelsSetParticipantAudioStatesRequest,
            {"individual-id": individual_id, "participants": participants},
        )
        return self._client.request(
            "POST",
            f"/v1/video-channels/{quote_path(id)}/participant-audio-states/",
            cast_to=VideoChannel,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def reminder_timer(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """POST /v1/video-channels/{id}/reminder-timer/

        ``POST /v1/video-channels/{id}/reminder-timer/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return self._client.request(
            "POST",
            f"/v1/video-channels/{quote_path(id)}/reminder-timer/",
            cast_to=VideoChannel,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def terminate(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """POST /v1/video-channels/{id}/terminate/

        ``POST /v1/video-channels/{id}/terminate/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return self._client.request(
            "POST",
            f"/v1/video-channels/{quote_path(id)}/terminate/",
            cast_to=VideoChannel,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def finalize_encounter_v2(
        self,
        id: str,
        *,
        service_type_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """POST /v2/video-channels/{id}/finalize-encounter/

        ``POST /v2/video-channels/{id}/finalize-encounter/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            VideoChannelsFinalizeEncounterV2Request,
            {"service-type-id": service_type_id},
        )
        return self._client.request(
            "POST",
            f"/v2/video-channels/{quote_path(id)}/finalize-encounter/",
            cast_to=VideoChannel,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class VideoChannelsWithRawResponse:
    """`VideoChannels` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: VideoChannels) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.finalize_encounter = to_raw_response_wrapper(resource.finalize_encounter)
        self.get_credentials = to_raw_response_wrapper(resource.get_credentials)
        self.set_participant_audio_states = to_raw_response_wrapper(
            resource.set_participant_audio_states
        )
        self.reminder_timer = to_raw_response_wrapper(resource.reminder_timer)
        self.terminate = to_raw_response_wrapper(resource.terminate)
        self.finalize_encounter_v2 = to_raw_response_wrapper(resource.finalize_encounter_v2)


class AsyncVideoChannels:
    """Operations on video channels."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        individual_id: UUID,
        filter_states: builtins.list[Literal["open", "scheduled", "terminated"]]
        | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[VideoChannel]:
        """Returns channels

        ``GET /v1/video-channels/``
        """
        return await self._client.get_page(
            "/v1/video-channels/",
            item_type=VideoChannel,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "individual-id": individual_id,
                "filter[states]": filter_states,
                "organization-id": organization_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
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
        appless: bool | NotGiven = NOT_GIVEN,
        appointment: VideoChannelAttributesAppointment
        | VideoChannelAttributesAppointmentParam
        | NotGiven = NOT_GIVEN,
        note: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        participants: builtins.list[
            VideoChannelAttributesParticipantsItem
            | VideoChannelAttributesParticipantsItemParam
            | UUID
        ]
        | NotGiven = NOT_GIVEN,
        recorded: bool | NotGiven = NOT_GIVEN,
        subject_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        messaging_channel_id: UUID | NotGiven = NOT_GIVEN,
        with_email: bool | NotGiven = NOT_GIVEN,
        appointment_duration: int | NotGiven = NOT_GIVEN,
        appointment_start: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """Creates a new channel

        ``POST /v1/video-channels/``
        """
        payload = validate_request(
            VideoChannel,
            {
                "id": id,
                "type": "video-channels",
                "attributes": {
                    "appless": appless,
                    "appointment": appointment,
                    "note": note,
                    "organization-id": organization_id,
                    "participants": participants,
                    "recorded": recorded,
                    "subject-id": subject_id,
                    "type": type_,
                    "messaging-channel-id": messaging_channel_id,
                    "with-email": with_email,
                    "appointment-duration": appointment_duration,
                    "appointment-start": appointment_start,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/video-channels/",
            cast_to=VideoChannel,
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
        individual_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """Returns specific channel

        ``GET /v1/video-channels/{id}/``

        Args:
            id: Resource identifier
        """
        return await self._client.request(
            "GET",
            f"/v1/video-channels/{quote_path(id)}/",
            cast_to=VideoChannel,
            params={"individual-id": individual_id},
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
        appless: bool | NotGiven = NOT_GIVEN,
        appointment: VideoChannelAttributesAppointment
        | VideoChannelAttributesAppointmentParam
        | NotGiven = NOT_GIVEN,
        note: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        participants: builtins.list[
            VideoChannelAttributesParticipantsItem
            | VideoChannelAttributesParticipantsItemParam
            | UUID
        ]
        | NotGiven = NOT_GIVEN,
        recorded: bool | NotGiven = NOT_GIVEN,
        subject_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        messaging_channel_id: UUID | NotGiven = NOT_GIVEN,
        with_email: bool | NotGiven = NOT_GIVEN,
        appointment_duration: int | NotGiven = NOT_GIVEN,
        appointment_start: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """Modifies an existing video-channel

        ``PATCH /v1/video-channels/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            VideoChannel,
            {
                "id": id,
                "type": "video-channels",
                "attributes": {
                    "appless": appless,
                    "appointment": appointment,
                    "note": note,
                    "organization-id": organization_id,
                    "participants": participants,
                    "recorded": recorded,
                    "subject-id": subject_id,
                    "type": type_,
                    "messaging-channel-id": messaging_channel_id,
                    "with-email": with_email,
                    "appointment-duration": appointment_duration,
                    "appointment-start": appointment_start,
                },
            },
        )
        return await self._client.request(
            "PATCH",
            f"/v1/video-channels/{quote_path(id)}/",
            cast_to=VideoChannel,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def finalize_encounter(
        self,
        id: str,
        *,
        service_type_id: UUID | NotGiven = NOT_GIVEN,
        use_note_from_author_participant: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """POST /v1/video-channels/{id}/finalize-encounter/

        ``POST /v1/video-channels/{id}/finalize-encounter/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            VideoChannelsFinalizeEncounterRequest,
            {
                "service-type-id": service_type_id,
                "use-note-from-author-participant": use_note_from_author_participant,
            },
        )
        return await self._client.request(
            "POST",
            f"/v1/video-channels/{quote_path(id)}/finalize-encounter/",
            cast_to=VideoChannel,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_credentials(
        self,
        id: str,
        *,
        individual_id: UUID,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannelsGetCredentialsResponse:
        """GET /v1/video-channels/{id}/get-credentials/

        ``GET /v1/video-channels/{id}/get-credentials/``

        Args:
            id: Resource identifier
        """
        return await self._client.request(
            "GET",
            f"/v1/video-channels/{quote_path(id)}/get-credentials/",
            cast_to=VideoChannelsGetCredentialsResponse,
            params={"individual-id": individual_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def set_participant_audio_states(
        self,
        id: str,
        *,
        individual_id: UUID | NotGiven = NOT_GIVEN,
        participants: builtins.list[
            VideoChannelsSetParticipantAudioStatesRequestParticipantsItem
            | VideoChannelsSetParticipantAudioStatesRequestParticipantsItemParam
        ]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """POST /v1/video-channels/{id}/participant-audio-states/

        ``POST /v1/video-channels/{id}/participant-audio-states/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            VideoChannelsSetParticipantAudioStatesRequest,
            {"individual-id": individual_id, "participants": participants},
        )
        return await self._client.request(
            "POST",
            f"/v1/video-channels/{quote_path(id)}/participant-audio-states/",
            cast_to=VideoChannel,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def reminder_timer(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """POST /v1/video-channels/{id}/reminder-timer/

        ``POST /v1/video-channels/{id}/reminder-timer/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return await self._client.request(
            "POST",
            f"/v1/video-channels/{quote_path(id)}/reminder-timer/",
            cast_to=VideoChannel,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def terminate(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """POST /v1/video-channels/{id}/terminate/

        ``POST /v1/video-channels/{id}/terminate/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return await self._client.request(
            "POST",
            f"/v1/video-channels/{quote_path(id)}/terminate/",
            cast_to=VideoChannel,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def finalize_encounter_v2(
        self,
        id: str,
        *,
        service_type_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoChannel:
        """POST /v2/video-channels/{id}/finalize-encounter/

        ``POST /v2/video-channels/{id}/finalize-encounter/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            VideoChannelsFinalizeEncounterV2Request,
            {"service-type-id": service_type_id},
        )
        return await self._client.request(
            "POST",
            f"/v2/video-channels/{quote_path(id)}/finalize-encounter/",
            cast_to=VideoChannel,
            json=payload,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncVideoChannelsWithRawResponse:
    """`AsyncVideoChannels` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncVideoChannels) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.finalize_encounter = async_to_raw_response_wrapper(resource.finalize_encounter)
        self.get_credentials = async_to_raw_response_wrapper(resource.get_credentials)
        self.set_participant_audio_states = async_to_raw_response_wrapper(
            resource.set_participant_audio_states
        )
        self.reminder_timer = async_to_raw_response_wrapper(resource.reminder_timer)
        self.terminate = async_to_raw_response_wrapper(resource.terminate)
        self.finalize_encounter_v2 = async_to_raw_response_wrapper(resource.finalize_encounter_v2)
