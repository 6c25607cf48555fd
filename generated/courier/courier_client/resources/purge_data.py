"""Operations on purge data."""

from __future__ import annotations

from collections.abc import Mapping

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import validate_request
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import SystemPurge

__all__ = [
    "AsyncPurgeData",
    "AsyncPurgeDataWithRawResponse",
    "PurgeData",
    "PurgeDataWithRawResponse",
]


class PurgeData:
    """Operations on purge data."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        archive: bool | NotGiven = NOT_GIVEN,
        entity_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        reference_id: str | NotGiven = NOT_GIVEN,
        request_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """POST /v1/purge-data/

        ``POST /v1/purge-data/``
        """
        payload = validate_request(
            SystemPurge,
            {
                "type": "system-purges",
                "attributes": {
                    "archive": archive,
                    "entity-id": entity_id,
                    "entity-type": entity_type,
                    "reference-id": reference_id,
                    "request-id": request_id,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/purge-data/",
            cast_to=type(None),
            json={"data": payload},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class PurgeDataWithRawResponse:
    """`PurgeData` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: PurgeData) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncPurgeData:
    """Operations on purge data."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        archive: bool | NotGiven = NOT_GIVEN,
        entity_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        reference_id: str | NotGiven = NOT_GIVEN,
        request_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """POST /v1/purge-data/

        ``POST /v1/purge-data/``
        """
        payload = validate_request(
            SystemPurge,
            {
                "type": "system-purges",
                "attributes": {
                    "archive": archive,
                    "entity-id": entity_id,
                    "entity-type": entity_type,
                    "reference-id": reference_id,
                    "request-id": request_id,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/purge-data/",
            cast_to=type(None),
            json={"data": payload},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPurgeDataWithRawResponse:
    """`AsyncPurgeData` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncPurgeData) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
