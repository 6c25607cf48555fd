"""Operations on individuals."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from uuid import UUID

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import limits, validate_request
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import Individual, IndividualsMulticastRequest, IndividualsMulticastResponse

__all__ = [
    "AsyncIndividuals",
    "AsyncIndividualsWithRawResponse",
    "Individuals",
    "IndividualsWithRawResponse",
]


class Individuals:
    """Operations on individuals."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Individual:
        """GET /v1/individuals/{id}/

        ``GET /v1/individuals/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return self._client.request(
            "GET",
            f"/v1/individuals/{quote_path(id)}/",
            cast_to=Individual,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def multicast(
        self,
        id: str,
        *,
        template_data: dict[str, Any],
        template_id: Annotated[str, limits(max_length=255)],
        organization_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> IndividualsMulticastResponse:
        """POST /v1/individuals/{id}/multicast/

        ``POST /v1/individuals/{id}/multicast/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            IndividualsMulticastRequest,
            {
                "organization-id": organization_id,
                "template-data": template_data,
                "template-id": template_id,
            },
        )
        return self._client.request(
            "POST",
            f"/v1/individuals/{quote_path(id)}/multicast/",
            cast_to=IndividualsMulticastResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def recalculate_communication_summary(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Individual:
        """POST /v1/individuals/{id}/recalculate-communication-summary/

        ``POST /v1/individuals/{id}/recalculate-communication-summary/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return self._client.request(
            "POST",
            f"/v1/individuals/{quote_path(id)}/recalculate-communication-summary/",
            cast_to=Individual,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class IndividualsWithRawResponse:
    """`Individuals` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Individuals) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.multicast = to_raw_response_wrapper(resource.multicast)
        self.recalculate_communication_summary = to_raw_response_wrapper(
            resource.recalculate_communication_summary
        )


class AsyncIndividuals:
    """Operations on individuals."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Individual:
        """GET /v1/individuals/{id}/

        ``GET /v1/individuals/{id}/``

        Args:
            id: Resource identifier (the page lost this parameter; inferred from the path)
        """
        return await self._client.request(
            "GET",
            f"/v1/individuals/{quote_path(id)}/",
            cast_to=Individual,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def multicast(
        self,
        id: str,
        *,
        template_data: dict[str, Any],
        template_id: Annotated[str, limits(max_length=255)],
        organization_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> IndividualsMulticastResponse:
        """POST /v1/individuals/{id}/multicast/

        ``POST /v1/individuals/{id}/multicast/``

        Args:
            id: Resource identifier
        """
        payload = validate_request(
            IndividualsMulticastRequest,
            {
                "organization-id": organization_id,
                "template-data": template_data,
                "template-id": template_id,
            },
        )
        return await self._client.request(
            "POST",
            f"/v1/individuals/{quote_path(id)}/multicast/",
            cast_to=IndividualsMulticastResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def recalculate_communication_summary(
        self,
        id: str,
        *,
        body: dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Individual:
        """POST /v1/individuals/{id}/recalculate-communication-summary/

        ``POST /v1/individuals/{id}/recalculate-communication-summary/``

        Args:
            id: Resource identifier
            body: The request body.
        """
        return await self._client.request(
            "POST",
            f"/v1/individuals/{quote_path(id)}/recalculate-communication-summary/",
            cast_to=Individual,
            json=body,
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncIndividualsWithRawResponse:
    """`AsyncIndividuals` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncIndividuals) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.multicast = async_to_raw_response_wrapper(resource.multicast)
        self.recalculate_communication_summary = async_to_raw_response_wrapper(
            resource.recalculate_communication_summary
        )
