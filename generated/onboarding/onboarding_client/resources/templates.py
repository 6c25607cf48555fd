"""Template endpoints will return these fields when describing template objects."""

from __future__ import annotations

from collections.abc import Mapping

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import TemplatesListResponse

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

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TemplatesListResponse:
        """Get a list of templates

        This endpoint returns a list of templates available in your team.

        ``GET /v1/templates``
        """
        return self._client.request(
            "GET",
            "/v1/templates",
            cast_to=TemplatesListResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class TemplatesWithRawResponse:
    """`Templates` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Templates) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncTemplates:
    """Template endpoints will return these fields when describing template objects."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TemplatesListResponse:
        """Get a list of templates

        This endpoint returns a list of templates available in your team.

        ``GET /v1/templates``
        """
        return await self._client.request(
            "GET",
            "/v1/templates",
            cast_to=TemplatesListResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncTemplatesWithRawResponse:
    """`AsyncTemplates` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncTemplates) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
