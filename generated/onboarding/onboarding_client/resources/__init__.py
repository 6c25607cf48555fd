"""Resources: one class per group of operations, a blocking and an async twin."""

from __future__ import annotations

from .contacts import (
    AsyncContacts,
    AsyncContactsWithRawResponse,
    Contacts,
    ContactsWithRawResponse,
)
from .journeys import (
    AsyncJourneys,
    AsyncJourneysWithRawResponse,
    Journeys,
    JourneysWithRawResponse,
)
from .objectives import (
    AsyncObjectives,
    AsyncObjectivesWithRawResponse,
    Objectives,
    ObjectivesWithRawResponse,
)
from .templates import (
    AsyncTemplates,
    AsyncTemplatesWithRawResponse,
    Templates,
    TemplatesWithRawResponse,
)

__all__ = [
    "AsyncContacts",
    "AsyncContactsWithRawResponse",
    "AsyncJourneys",
    "AsyncJourneysWithRawResponse",
    "AsyncObjectives",
    "AsyncObjectivesWithRawResponse",
    "AsyncTemplates",
    "AsyncTemplatesWithRawResponse",
    "Contacts",
    "ContactsWithRawResponse",
    "Journeys",
    "JourneysWithRawResponse",
    "Objectives",
    "ObjectivesWithRawResponse",
    "Templates",
    "TemplatesWithRawResponse",
]
