"""Servers and security as a page showing its endpoints states them.

Each endpoint box lists the server URLs the operation is sent to; the URLs
every operation shows are the document's servers (others stay on their
operations). ``Authorizations:`` names the schemes per operation; their
definitions come from the page's security section when it has one, and are
otherwise inferred from the name (and say so).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from generator.readers.base import Document
from generator.readers.redoc.placement import Placement
from generator.readers.redoc.rendered import RenderedPage
from generator.readers.redoc.security import guessed_scheme, scheme_object, split_glued


def _operation(document: Document, placement: Placement) -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"][placement.path.value][
        placement.method.value.lower()
    ]
    return operation


def _servers(document: Document, placements: Sequence[Placement]) -> None:
    counts: Counter[str] = Counter()
    for placement in placements:
        counts.update(dict.fromkeys(placement.facts.segment.servers, 1))
    if not counts:
        return
    top = max(counts.values())
    common = [url for url, count in counts.items() if count == top]
    document["servers"] = [{"url": url} for url in common]
    for placement in placements:
        own = [url for url in placement.facts.segment.servers if url not in common]
        if own:
            _operation(document, placement)["servers"] = [{"url": url} for url in own]


def _security(document: Document, page: RenderedPage, placements: Sequence[Placement]) -> None:
    defined = {scheme.name: scheme for scheme in page.schemes}
    alone = {
        names[0]
        for placement in placements
        for names in placement.facts.segment.security
        if len(names) == 1 and not names[0].startswith("(")
    }
    known = set(defined) | alone
    schemes: dict[str, dict[str, Any]] = {
        name: scheme_object(scheme) for name, scheme in defined.items()
    }
    for placement in placements:
        requirement = split_glued(placement.facts.segment.security, known)
        if not requirement:
            continue
        for names in requirement:
            for name in names:
                if name not in schemes:
                    schemes[name] = guessed_scheme(name)
        _operation(document, placement)["security"] = [
            {name: [] for name in names} for names in requirement
        ]
    if schemes:
        document.setdefault("components", {})["securitySchemes"] = schemes


def add_servers_and_security(
    document: Document, page: RenderedPage, placements: Sequence[Placement]
) -> None:
    _servers(document, placements)
    _security(document, page, placements)
