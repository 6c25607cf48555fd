"""The contract every reader fulfils.

A reader is a package in ``generator.readers``, listed in ``READERS``, that
exposes ``READER``, an instance of :class:`Reader`. It turns the text of one
source document into the intermediate model: an OpenAPI 3.1 document (a plain ``dict``) plus documented
``x-clientgen-*`` extensions (docs/extensions.md), and a list of diagnostics.
Readers never raise on odd input; only a document that yields nothing usable
raises :class:`~generator.diagnostics.ClientgenError`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import Diagnostic
from generator.docindex import DocumentIndex

Document = dict[str, Any]

# Prose and scraped pages show what they are in their opening; detecting on a
# bounded sample keeps choosing a reader cheap for a 13 MB spec.
DETECT_SAMPLE = 262_144


@dataclass
class ReadResult:
    """``handoff``: the source embeds a document of another form (a ReDoc page
    carrying its OpenAPI spec): (reader name, text). The registry reads that text
    with that reader instead, so no reader needs to import another. ``index``: what
    the reader's walks over the document found, for the repair (None: it walks)."""

    document: Document
    diagnostics: list[Diagnostic] = field(default_factory=list)
    handoff: tuple[str, str] | None = None
    index: DocumentIndex | None = None


@dataclass(frozen=True)
class Reader:
    """``detect`` scores how likely ``text`` is this reader's form (0.0 to 1.0)."""

    name: str
    detect: Callable[[str], float]
    read: Callable[[str, str], ReadResult]  # (text, source name for locations)
