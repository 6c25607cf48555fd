"""Sections an example call opened, matched to the endpoints the docs state.

A curl command (or raw request) where no endpoint line is opens a section of its
own, its concrete ids made path variables by guess (``/documents/{document_id}``).
When an endpoint line states a template the call's path fits (``/documents/{id}``,
or ``/users/list/{flag}.json`` for ``/users/list/active.json``), the call is that
template's: with the same method it is an example of that endpoint (its call joins
the stated section), with another method it is a sibling and takes the stated
names. Only calls no stated template fits stay endpoints of their own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.readers.markdown.names import openapi_path
from generator.readers.markdown.outline import Section

_VARIABLE = re.compile(r"\\\{[^{}/]*\\\}")


def fold_call_sections(sections: list[Section]) -> list[Section]:
    stated = [section for section in sections if not section.from_call]
    templates = sorted(
        {openapi_path(section.raw_path)[1] for section in stated}, key=lambda p: p.count("{")
    )
    patterns = [(path, _pattern(path)) for path in templates]
    kept: list[Section] = []
    for section in sections:
        if not section.from_call:
            kept.append(section)
            continue
        path = openapi_path(section.raw_path)[1]
        known = next((stated_path for stated_path, p in patterns if p.fullmatch(path)), None)
        if known is None:
            kept.append(section)
            continue
        same = next((s for s in stated if _endpoint(s) == (section.method, known)), None)
        if same is not None:
            same.calls.extend(section.calls)
            continue
        query = section.raw_path.partition("?")[2]
        kept.append(replace(section, raw_path=known + (f"?{query}" if query else "")))
    return kept


def _endpoint(section: Section) -> tuple[str, str]:
    return section.method, openapi_path(section.raw_path)[1]


def _pattern(path: str) -> re.Pattern[str]:
    """A template as a pattern: each variable one segment (or a guessed variable)."""
    return re.compile(_VARIABLE.sub(r"[^/]+", re.escape(path)))
