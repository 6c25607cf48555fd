"""Operations on video participants."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, validate_request
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import VideoParticipant

__all__ = [
    "AsyncVideoParticipants",
    "AsyncVideoParticipantsWithRawResponse",
    "VideoParticipants",
    "VideoParticipantsWithRawResponse",
]


class VideoParticipants:
    """Operations on video participants."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        individual_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)],
        page_offset: Annotated[int, Field(ge=0)],
        video_channel_id: UUID,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[VideoParticipant]:
        """Returns participants

        ``GET /v1/video-participants/``
        """
        return self._client.get_page(
            "/v1/video-participants/",
            item_type=VideoParticipant,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "individual-id": individual_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "video-channel-id": video_channel_id,
            },
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoParticipant:
        """Returns specific participant

        ``GET /v1/video-participants/{id}/``

        Args:
            id: Resource identifier
        """
        return self._client.request(
            "GET",
            f"/v1/video-participants/{quote_path(id)}/",
            cast_to=VideoParticipant,
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
        audio_state: str | NotGiven = NOT_GIVEN,
        disconnected: bool | NotGiven = NOT_GIVEN,
        note: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoParticipant:
        """Modify participant

        ``PATCH /v1/video-participants/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            VideoParticipant,
            {
                "id": id,
                "type": "video-participants",
                "attributes": {
                    "audio-state": audio_state,
                    "disconnected": disconnected,
                    "note": note,
                },
            },
        )
        return self._client.request(
            "PATCH",
            f"/v1/video-participants/{quote_path(id)}/",
            cast_to=VideoParticipant,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class VideoParticipantsWithRawResponse:
    """`VideoParticipants` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: VideoParticipants) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncVideoParticipants:
    """Operations on video participants."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        individual_id: UUID,
        page_limit: Annotated[int, Field(ge=1, le=1000)],
        page_offset: Annotated[int, Field(ge=0)],
        video_channel_id: UUID,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[VideoParticipant]:
        """Returns participants

        ``GET /v1/video-participants/``
        """
        return await self._client.get_page(
            "/v1/video-participants/",
            item_type=VideoParticipant,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "individual-id": individual_id,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "video-channel-id": video_channel_id,
            },
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoParticipant:
        """Returns specific participant

        ``GET /v1/video-participants/{id}/``

        Args:
            id: Resource identifier
        """
        return await self._client.request(
            "GET",
            f"/v1/video-participants/{quote_path(id)}/",
            cast_to=VideoParticipant,
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
        audio_state: str | NotGiven = NOT_GIVEN,
        disconnected: bool | NotGiven = NOT_GIVEN,
        note: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoParticipant:
        """Modify participant

        ``PATCH /v1/video-participants/{id}/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            VideoParticipant,
            {
                "id": id,
                "type": "video-participants",
                "attributes": {
                    "audio-state": audio_state,
                    "disconnected": disconnected,
                    "note": note,
                },
            },
        )
        return await self._client.request(
            "PATCH",
            f"/v1/video-participants/{quote_path(id)}/",
            cast_to=VideoParticipant,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncVideoParticipantsWithRawResponse:
    """`AsyncVideoParticipants` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncVideoParticipants) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
