"""Models as the generator writes them: aliases for wire names, tolerant enums."""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import Field

from ._models import BaseModel, tolerant

Status = Annotated[Literal["active", "archived"], tolerant]
"""A contact's status; servers may add values."""


class Owner(BaseModel):
    """Who looks after a contact."""

    id: str
    since: datetime.date | None = None


class Contact(BaseModel):
    """A contact as the API returns it."""

    id: str
    name: str
    status: Status | None = None
    created_at: str | None = Field(default=None, alias="created-at")
    score: int | None = None
    owner: Owner | None = None


class ContactCreate(BaseModel):
    """The body of ``POST /contacts``."""

    name: str
    status: Status | None = None
