"""Operations on org preferences."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal
from uuid import UUID

from pydantic import validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, validate_request
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import OrgPreference

__all__ = [
    "AsyncOrgPreferences",
    "AsyncOrgPreferencesWithRawResponse",
    "OrgPreferences",
    "OrgPreferencesWithRawResponse",
]


class OrgPreferences:
    """Operations on org preferences."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        organization_id: UUID,
        filter_name: Literal["default-channel-title", "group-provider-ack", "initial-sms-message"]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[OrgPreference]:
        """GET /v1/org-preferences/

        ``GET /v1/org-preferences/``
        """
        return self._client.request(
            "GET",
            "/v1/org-preferences/",
            cast_to=builtins.list[OrgPreference],
            params={"organization-id": organization_id, "filter[name]": filter_name},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        value: str | NotGiven = NOT_GIVEN,
        value_js: dict[str, Any] | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrgPreference:
        """POST /v1/org-preferences/

        ``POST /v1/org-preferences/``
        """
        payload = validate_request(
            OrgPreference,
            {
                "id": id,
                "type": "org-preferences",
                "attributes": {
                    "name": name,
                    "organization-id": organization_id,
                    "type": type_,
                    "value": value,
                    "value-js": value_js,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/org-preferences/",
            cast_to=OrgPreference,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class OrgPreferencesWithRawResponse:
    """`OrgPreferences` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: OrgPreferences) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncOrgPreferences:
    """Operations on org preferences."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        organization_id: UUID,
        filter_name: Literal["default-channel-title", "group-provider-ack", "initial-sms-message"]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[OrgPreference]:
        """GET /v1/org-preferences/

        ``GET /v1/org-preferences/``
        """
        return await self._client.request(
            "GET",
            "/v1/org-preferences/",
            cast_to=builtins.list[OrgPreference],
            params={"organization-id": organization_id, "filter[name]": filter_name},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        organization_id: UUID | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        value: str | NotGiven = NOT_GIVEN,
        value_js: dict[str, Any] | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrgPreference:
        """POST /v1/org-preferences/

        ``POST /v1/org-preferences/``
        """
        payload = validate_request(
            OrgPreference,
            {
                "id": id,
                "type": "org-preferences",
                "attributes": {
                    "name": name,
                    "organization-id": organization_id,
                    "type": type_,
                    "value": value,
                    "value-js": value_js,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/org-preferences/",
            cast_to=OrgPreference,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncOrgPreferencesWithRawResponse:
    """`AsyncOrgPreferences` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncOrgPreferences) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
