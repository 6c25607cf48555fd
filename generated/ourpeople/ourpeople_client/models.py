"""Models of the OurPeople API.

Response models keep fields they do not know and enum values added later;
request data is validated strictly before it is sent.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from ._models import BaseModel

__all__ = [
    "AuthRequest",
    "RefreshRequest",
    "TokenResponse",
    "Delivery",
    "BroadcastCreatedBy",
    "ContentItem",
    "Broadcast",
    "Recipient",
]


class AuthRequest(BaseModel):
    """AuthRequest"""

    id: str
    """Client identifier"""

    secret: str
    """Client secret credential"""


class RefreshRequest(BaseModel):
    """RefreshRequest"""

    refresh_token: str
    """Previously issued refresh token"""


class TokenResponse(BaseModel):
    """TokenResponse"""

    token: str | None = None
    """JWT access token"""

    refresh_token: str | None = None
    """Token used to obtain new access tokens"""


class Delivery(BaseModel):
    """Delivery"""

    id: str | None = None
    """Delivery identifier"""

    broadcast_id: str | None = Field(
        default=None,
        alias="broadcastId",
    )
    """Identifier of the parent broadcast"""

    broadcast_name: str | None = Field(
        default=None,
        alias="broadcastName",
    )

    status: str | None = None
    """Delivery status"""


class BroadcastCreatedBy(BaseModel):
    """BroadcastCreatedBy"""

    id: str | None = None

    name: str | None = None


class ContentItem(BaseModel):
    """ContentItem"""

    id: str | None = None

    type: str | None = None
    """The content type (e.g., text, file, rating)."""


class Broadcast(BaseModel):
    """Broadcast"""

    id: str | None = None

    name: str | None = None

    created_by: BroadcastCreatedBy | None = Field(
        default=None,
        alias="createdBy",
    )

    created_at: datetime | None = Field(
        default=None,
        alias="createdAt",
    )

    contents: list[ContentItem] | None = None


class Recipient(BaseModel):
    """Recipient"""

    id: str | None = None

    name: str | None = None

    seen_at: datetime | None = Field(
        default=None,
        alias="seenAt",
    )

    responded_at: datetime | None = Field(
        default=None,
        alias="respondedAt",
    )
