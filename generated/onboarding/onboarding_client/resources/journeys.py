"""Journey endpoints accept these fields when sending journey objects."""

from __future__ import annotations

from collections.abc import Mapping

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import validate_request
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import Contact, ContactParam, Journey, JourneysCreateResponse

__all__ = [
    "AsyncJourneys",
    "AsyncJourneysWithRawResponse",
    "Journeys",
    "JourneysWithRawResponse",
]


class Journeys:
    """Journey endpoints accept these fields when sending journey objects."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        template_id: str,
        *,
        owner_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        contact: Contact | ContactParam | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JourneysCreateResponse:
        """Create a Journey from a Template

        This endpoint is for creating a specific journey for a single contact.

        ``POST /v1/templates/{template_id}/journeys``

        Args:
            template_id: The id of the template to use for creating a journey (note this param is
                specified in the request path)
            owner_id: The id of the user who should be set as the owner of the journey
            name: The desired name of the journey (the template name is used if a name is not
                provided)
            contact: A valid contact object
        """
        payload = validate_request(
            Journey,
            {"owner_id": owner_id, "name": name, "contact": contact},
        )
        return self._client.request(
            "POST",
            f"/v1/templates/{quote_path(template_id)}/journeys",
            cast_to=JourneysCreateResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class JourneysWithRawResponse:
    """`Journeys` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: Journeys) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncJourneys:
    """Journey endpoints accept these fields when sending journey objects."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        template_id: str,
        *,
        owner_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        contact: Contact | ContactParam | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JourneysCreateResponse:
        """Create a Journey from a Template

        This endpoint is for creating a specific journey for a single contact.

        ``POST /v1/templates/{template_id}/journeys``

        Args:
            template_id: The id of the template to use for creating a journey (note this param is
                specified in the request path)
            owner_id: The id of the user who should be set as the owner of the journey
            name: The desired name of the journey (the template name is used if a name is not
                provided)
            contact: A valid contact object
        """
        payload = validate_request(
            Journey,
            {"owner_id": owner_id, "name": name, "contact": contact},
        )
        return await self._client.request(
            "POST",
            f"/v1/templates/{quote_path(template_id)}/journeys",
            cast_to=JourneysCreateResponse,
            json=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncJourneysWithRawResponse:
    """`AsyncJourneys` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncJourneys) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
