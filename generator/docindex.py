"""What the read step's walks found in a document, handed to the repair as data.

Each walk over the 13 MB GitHub API costs a twentieth of a second. The read walks
the whole document to check the limits against hostile documents (which finds
every ``$ref`` on the way) and, for a 3.0 document, every schema to upgrade it;
the repair needs the same two lists. The document changes between the walks and
the repair (the upgrade wraps schemas, earlier repairs rename and add), so each
list says how far it can be trusted, and the repair checks that before using it
and walks again when it cannot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.oas import Parts


@dataclass
class SchemaWalk:
    """``oas.iter_schemas`` of a document, and the ``oas.schema_roots`` it started from.

    Only changes to the schemas themselves keep it true: once anything adds,
    drops or moves a schema slot or a subschema, a fresh walk is needed. The
    roots are kept so that a slot added or dropped without a note shows."""

    roots: list[tuple[Parts, dict[str, Any]]]
    schemas: list[tuple[Parts, dict[str, Any]]]


@dataclass
class DocumentIndex:
    """``ref_holders``: every object that held an internal ``$ref`` (``#...``) when the
    limits were checked, with that reference, in ``refs.ref_holders`` order. An
    object may since have lost its ``$ref``; a step that puts a ``$ref`` into an
    object not listed here (the upgrade wrapping a nullable reference) adds it, so
    the list holds every object that holds one. Positions are not kept: a step
    that must say where a reference is walks the document for it.

    ``schemas``: the upgrade's walk over the schemas (None for a 3.1 document,
    which the upgrade does not walk)."""

    ref_holders: list[tuple[str, dict[str, Any]]]
    schemas: SchemaWalk | None = None
