"""Template endpoints will return these fields when describing template objects."""

from __future__ import annotations

from collections.abc import Mapping

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import TemplatesGetResponse

__all__ = [
    "AsyncTemplates",
    "AsyncTemplatesWithRawResponse",
    "Templates",
    "TemplatesWithRawResponse",
]


class Templates:
    """Template endpoints will return these fields when describing template objects."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TemplatesGetResponse:
        """Get a list of templates

        This endpoint returns a list of templates available in your team.

        ``GET /v1/templates``
        """
        return self._client.request(
            "GET",
            "/v1/templates",
            cast_to=TemplatesGetResponse,
            headers=extra_headers,
            timeout=timeout,
        )


class TemplatesWithRawResponse:
    """`Templates` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Templates) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncTemplates:
    """Template endpoints will return these fields when describing template objects."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TemplatesGetResponse:
        """Get a list of templates

        This endpoint returns a list of templates available in your team.

        ``GET /v1/templates``
        """
        return await self._client.request(
            "GET",
            "/v1/templates",
            cast_to=TemplatesGetResponse,
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncTemplatesWithRawResponse:
    """`AsyncTemplates` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncTemplates) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
