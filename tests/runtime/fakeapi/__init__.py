"""fakeapi-client: a hand-written stand-in for a generated package.

The runtime tests copy templates/runtime/*.py next to these files, so the
runtime is exercised the way generated ``_client.py``, ``models.py`` and
``resources`` modules call it (docs/runtime.md).
"""

from ._client import AsyncClient, Client
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    NotFoundError,
    RateLimitError,
    UnprocessableEntityError,
)
from .models import Contact, ContactCreate

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "Client",
    "Contact",
    "ContactCreate",
    "NotFoundError",
    "RateLimitError",
    "UnprocessableEntityError",
]
