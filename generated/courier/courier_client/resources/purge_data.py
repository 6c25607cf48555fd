"""Operations on purge data."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import validate_request
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import SystemPurge, SystemPurgeAttributes

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
        attributes: SystemPurgeAttributes | None | NotGiven = NOT_GIVEN,
        type_: Literal["system-purges"] = "system-purges",
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """POST /v1/purge-data/

        ``POST /v1/purge-data/``
        """
        payload = validate_request(
            SystemPurge,
            {"attributes": attributes, "type": type_},
        )
        return self._client.request(
            "POST",
            "/v1/purge-data/",
            cast_to=type(None),
            headers=extra_headers,
            json={"data": payload},
            timeout=timeout,
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
        attributes: SystemPurgeAttributes | None | NotGiven = NOT_GIVEN,
        type_: Literal["system-purges"] = "system-purges",
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """POST /v1/purge-data/

        ``POST /v1/purge-data/``
        """
        payload = validate_request(
            SystemPurge,
            {"attributes": attributes, "type": type_},
        )
        return await self._client.request(
            "POST",
            "/v1/purge-data/",
            cast_to=type(None),
            headers=extra_headers,
            json={"data": payload},
            timeout=timeout,
        )


class AsyncPurgeDataWithRawResponse:
    """`AsyncPurgeData` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncPurgeData) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
