"""Operations on user devices."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, validate_call

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._models import ARGUMENTS_CONFIG, validate_request
from .._pagination import AsyncOffsetPage, OffsetPagination, SyncOffsetPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._utils import quote_path
from ..models import UserDevice, UserDeviceLog

__all__ = [
    "AsyncUserDevices",
    "AsyncUserDevicesWithRawResponse",
    "UserDevices",
    "UserDevicesWithRawResponse",
]


class UserDevices:
    """Operations on user devices."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    def list(
        self,
        *,
        all_users: bool = False,
        filter_app_name: Annotated[str, Field(max_length=64)] | NotGiven = NOT_GIVEN,
        filter_app_version: Annotated[str, Field(max_length=20)] | NotGiven = NOT_GIVEN,
        filter_individual_id: UUID | NotGiven = NOT_GIVEN,
        filter_model: Annotated[str, Field(max_length=64)] | NotGiven = NOT_GIVEN,
        filter_type: Literal["apn", "fcm", "web"] | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        token: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[UserDevice]:
        """GET /v1/user-devices/

        ``GET /v1/user-devices/``
        """
        return self._client.get_page(
            "/v1/user-devices/",
            item_type=UserDevice,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "all-users": all_users,
                "filter[app-name]": filter_app_name,
                "filter[app-version]": filter_app_version,
                "filter[individual-id]": filter_individual_id,
                "filter[model]": filter_model,
                "filter[type]": filter_type,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "token": token,
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
        allow_notification: bool | NotGiven = NOT_GIVEN,
        app_name: str | NotGiven = NOT_GIVEN,
        app_version: str | NotGiven = NOT_GIVEN,
        individual_id: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        os_version: str | NotGiven = NOT_GIVEN,
        sandbox: bool | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        topic: str | NotGiven = NOT_GIVEN,
        type_: Literal["apn", "fcm", "web"] | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserDevice:
        """POST /v1/user-devices/

        ``POST /v1/user-devices/``
        """
        payload = validate_request(
            UserDevice,
            {
                "id": id,
                "type": "user-devices",
                "attributes": {
                    "allow-notification": allow_notification,
                    "app-name": app_name,
                    "app-version": app_version,
                    "individual-id": individual_id,
                    "model": model,
                    "os-version": os_version,
                    "sandbox": sandbox,
                    "token": token,
                    "topic": topic,
                    "type": type_,
                },
            },
        )
        return self._client.request(
            "POST",
            "/v1/user-devices/",
            cast_to=UserDevice,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    @validate_call(config=ARGUMENTS_CONFIG)
    def list_logs(
        self,
        id: str,
        *,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[UserDeviceLog]:
        """GET /v1/user-devices/{id}/get-logs/

        ``GET /v1/user-devices/{id}/get-logs/``

        Args:
            id: Resource identifier
        """
        return self._client.get_page(
            f"/v1/user-devices/{quote_path(id)}/get-logs/",
            item_type=UserDeviceLog,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={"page[limit]": page_limit, "page[offset]": page_offset},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class UserDevicesWithRawResponse:
    """`UserDevices` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: UserDevices) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.list_logs = to_raw_response_wrapper(resource.list_logs)


class AsyncUserDevices:
    """Operations on user devices."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list(
        self,
        *,
        all_users: bool = False,
        filter_app_name: Annotated[str, Field(max_length=64)] | NotGiven = NOT_GIVEN,
        filter_app_version: Annotated[str, Field(max_length=20)] | NotGiven = NOT_GIVEN,
        filter_individual_id: UUID | NotGiven = NOT_GIVEN,
        filter_model: Annotated[str, Field(max_length=64)] | NotGiven = NOT_GIVEN,
        filter_type: Literal["apn", "fcm", "web"] | NotGiven = NOT_GIVEN,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        token: Annotated[str, Field(max_length=255)] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[UserDevice]:
        """GET /v1/user-devices/

        ``GET /v1/user-devices/``
        """
        return await self._client.get_page(
            "/v1/user-devices/",
            item_type=UserDevice,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={
                "all-users": all_users,
                "filter[app-name]": filter_app_name,
                "filter[app-version]": filter_app_version,
                "filter[individual-id]": filter_individual_id,
                "filter[model]": filter_model,
                "filter[type]": filter_type,
                "page[limit]": page_limit,
                "page[offset]": page_offset,
                "token": token,
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
        allow_notification: bool | NotGiven = NOT_GIVEN,
        app_name: str | NotGiven = NOT_GIVEN,
        app_version: str | NotGiven = NOT_GIVEN,
        individual_id: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        os_version: str | NotGiven = NOT_GIVEN,
        sandbox: bool | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        topic: str | NotGiven = NOT_GIVEN,
        type_: Literal["apn", "fcm", "web"] | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserDevice:
        """POST /v1/user-devices/

        ``POST /v1/user-devices/``
        """
        payload = validate_request(
            UserDevice,
            {
                "id": id,
                "type": "user-devices",
                "attributes": {
                    "allow-notification": allow_notification,
                    "app-name": app_name,
                    "app-version": app_version,
                    "individual-id": individual_id,
                    "model": model,
                    "os-version": os_version,
                    "sandbox": sandbox,
                    "token": token,
                    "topic": topic,
                    "type": type_,
                },
            },
        )
        return await self._client.request(
            "POST",
            "/v1/user-devices/",
            cast_to=UserDevice,
            json={"data": payload},
            unwrap="data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    @validate_call(config=ARGUMENTS_CONFIG)
    async def list_logs(
        self,
        id: str,
        *,
        page_limit: Annotated[int, Field(ge=1, le=1000)] = 100,
        page_offset: Annotated[int, Field(ge=0)] = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncOffsetPage[UserDeviceLog]:
        """GET /v1/user-devices/{id}/get-logs/

        ``GET /v1/user-devices/{id}/get-logs/``

        Args:
            id: Resource identifier
        """
        return await self._client.get_page(
            f"/v1/user-devices/{quote_path(id)}/get-logs/",
            item_type=UserDeviceLog,
            pagination=OffsetPagination(
                items_pointer="/data",
                limit_param="page[limit]",
                offset_param="page[offset]",
                max_limit=1000,
            ),
            params={"page[limit]": page_limit, "page[offset]": page_offset},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncUserDevicesWithRawResponse:
    """`AsyncUserDevices` operations returning the HTTP response (`APIResponse`)."""

    def __init__(self, resource: AsyncUserDevices) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list_logs = async_to_raw_response_wrapper(resource.list_logs)
