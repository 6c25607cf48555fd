"""Models of the Digital Onboarding API.

Response models keep fields they do not know and enum values added later;
request data is validated strictly before it is sent.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from typing_extensions import TypedDict

from ._models import BaseModel

__all__ = [
    "ContactJourney",
    "Contact",
    "Journey",
    "Template",
    "Objective",
    "ContactsBatchUpsertRequest",
    "ContactsBatchUpsertResponse",
    "JourneysCreateResponse",
    "TemplatesListResponse",
    "ObjectivesListResponse",
    "ContactParam",
    "ContactJourneyParam",
]


class ContactJourney(BaseModel):
    """ContactJourney"""

    template_id: str | None = None
    """Providing this attribute will immediately create or update a journey for this
    contact using the specified template."""


class Contact(BaseModel):
    """A contact will always take this shape and support these fields when being sent to or
    returned from the API."""

    unique_id: str | None = None
    """A unique ID for cross-referencing contacts in your system. When omitted it defaults
    to the contact's email; with neither, a new UUIDv4 is generated. Posting a unique_id
    that already exists updates that contact."""

    name_title: str | None = None
    """The contact's title"""

    name_first: str | None = None
    """The contact's first name"""

    name_last: str | None = None
    """The contact's last name"""

    name_suffix: str | None = None
    """The contact's suffix"""

    address: str | None = None
    """The contact's address"""

    address2: str | None = None
    """The second line of the contact's address"""

    city: str | None = None
    """The contact's city"""

    state: str | None = None
    """The contact's state"""

    county: str | None = None
    """The contact's county"""

    country: str | None = None
    """The contact's country"""

    post_code: str | None = None
    """The contact's postal code (or zip code)"""

    timezone: str | None = None
    """The contact's timezone"""

    email: str | None = None
    """The contact's email address"""

    phone_home: str | None = None
    """The contact's home phone number"""

    phone_mobile: str | None = None
    """The contact's mobile phone number"""

    phone_work: str | None = None
    """The contact's work phone number"""

    unsubscribe_email: bool | None = None
    """Whether the contact is unsubscribed from emails"""

    unsubscribe_sms: bool | None = None
    """Whether the contact is unsubscribed from sms messages"""

    meta_public: dict[str, Any] | None = None
    """Any contact-related data that you want to use in personalizations. Data stored in
    this object is readable by anyone inspecting page content in a journey which means
    this field is not appropriate for storing sensitive data."""

    journey: ContactJourney | None = None

    id: UUID | None = None
    """A UUID that uniquely identifies the contact in our system. This value can be ignored
    if you are using the unique_id to identify contacts."""

    inserted_at: datetime | None = None
    """An ISO 8601 formatted date showing when the contact was added to our system."""

    updated_at: datetime | None = None
    """An ISO 8601 formatted date showing when the contact was last updated in our system."""


class Journey(BaseModel):
    """Journey endpoints accept these fields when sending journey objects."""

    owner_id: str | None = None
    """The id of the user who should be set as the owner of the journey"""

    name: str | None = None
    """The desired name of the journey (the template name is used if a name is not
    provided)"""

    contact: Contact | None = None
    """A valid contact object"""


class Template(BaseModel):
    """Template endpoints will return these fields when describing template objects."""

    id: str | None = None
    """The id of the template for use when creating journeys"""

    name: str | None = None
    """The name of the template"""


class Objective(BaseModel):
    """Objective"""

    key: str | None = None
    """Key to be used in CSV/Contacts Upload when referring to this objective"""

    name: str | None = None
    """User friendly name"""

    id: str | None = None
    """Digital Onboarding id"""

    team_id: str | None = None
    """The team this belongs to. This will be null if the objective is global and not
    created by your team."""


class ContactsBatchUpsertRequest(BaseModel):
    """ContactsBatchUpsertRequest"""

    contacts: list[Contact]
    """An array of valid contact objects"""


class ContactsBatchUpsertResponse(BaseModel):
    """ContactsBatchUpsertResponse"""

    new_contacts: list[Contact]
    """An array of contact objects that were created as a result of the request"""

    existing_contacts: list[Contact]
    """An array of contact objects that were updated as a result of the request"""


class JourneysCreateResponse(BaseModel):
    """JourneysCreateResponse"""

    id: str | None = None
    """The id of the journey that was created"""

    slug: str | None = None
    """The custom path for the journey that was created"""

    web_client_url: str | None = None
    """The full url for the journey that was created"""


class TemplatesListResponse(BaseModel):
    """TemplatesListResponse"""

    templates: list[Template] | None = None
    """An array of template objects"""


class ObjectivesListResponse(BaseModel):
    """ObjectivesListResponse"""

    objectives: list[Objective] | None = None
    """An array of objective objects"""


class ContactParam(TypedDict, total=False):
    """Contact as a plain dict, keyed by wire name."""

    unique_id: str
    """A unique ID for cross-referencing contacts in your system. When omitted it defaults
    to the contact's email; with neither, a new UUIDv4 is generated. Posting a unique_id
    that already exists updates that contact."""

    name_title: str
    """The contact's title"""

    name_first: str
    """The contact's first name"""

    name_last: str
    """The contact's last name"""

    name_suffix: str
    """The contact's suffix"""

    address: str
    """The contact's address"""

    address2: str
    """The second line of the contact's address"""

    city: str
    """The contact's city"""

    state: str
    """The contact's state"""

    county: str
    """The contact's county"""

    country: str
    """The contact's country"""

    post_code: str
    """The contact's postal code (or zip code)"""

    timezone: str
    """The contact's timezone"""

    email: str
    """The contact's email address"""

    phone_home: str
    """The contact's home phone number"""

    phone_mobile: str
    """The contact's mobile phone number"""

    phone_work: str
    """The contact's work phone number"""

    unsubscribe_email: bool
    """Whether the contact is unsubscribed from emails"""

    unsubscribe_sms: bool
    """Whether the contact is unsubscribed from sms messages"""

    meta_public: dict[str, Any]
    """Any contact-related data that you want to use in personalizations. Data stored in
    this object is readable by anyone inspecting page content in a journey which means
    this field is not appropriate for storing sensitive data."""

    journey: ContactJourney | ContactJourneyParam

    id: UUID
    """A UUID that uniquely identifies the contact in our system. This value can be ignored
    if you are using the unique_id to identify contacts."""

    inserted_at: datetime
    """An ISO 8601 formatted date showing when the contact was added to our system."""

    updated_at: datetime
    """An ISO 8601 formatted date showing when the contact was last updated in our system."""


class ContactJourneyParam(TypedDict, total=False):
    """ContactJourney as a plain dict, keyed by wire name."""

    template_id: str
    """Providing this attribute will immediately create or update a journey for this
    contact using the specified template."""
