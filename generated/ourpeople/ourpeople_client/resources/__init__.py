"""Resources: one class per group of operations, a blocking and an async twin."""

from __future__ import annotations

from .authentication import (
    AsyncAuthentication,
    AsyncAuthenticationWithRawResponse,
    Authentication,
    AuthenticationWithRawResponse,
)
from .broadcasts import (
    AsyncBroadcasts,
    AsyncBroadcastsWithRawResponse,
    Broadcasts,
    BroadcastsWithRawResponse,
)

__all__ = [
    "AsyncAuthentication",
    "AsyncAuthenticationWithRawResponse",
    "AsyncBroadcasts",
    "AsyncBroadcastsWithRawResponse",
    "Authentication",
    "AuthenticationWithRawResponse",
    "Broadcasts",
    "BroadcastsWithRawResponse",
]
