"""Small shared types: the "argument not given" sentinel and request aliases."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, TypeAlias

import httpx

__all__ = ["NOT_GIVEN", "Headers", "NotGiven", "Query", "Timeout"]


class NotGiven:
    """Marks an argument the caller did not pass.

    ``None`` is a meaningful value for many parameters (``timeout=None`` means
    "no timeout"), so omission needs its own falsy singleton.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
"""The one `NotGiven` instance."""

Timeout: TypeAlias = float | httpx.Timeout | None
"""Seconds for every phase, a detailed `httpx.Timeout`, or ``None`` for none."""

Headers: TypeAlias = Mapping[str, str]
"""HTTP headers as passed to a client."""

Query: TypeAlias = Mapping[str, object]
"""Query parameters before cleaning (see `_utils.clean_params`)."""
