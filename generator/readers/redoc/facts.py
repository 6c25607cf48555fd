"""What one segment of a scraped reference says, parsed: rows, samples, statuses.

The placement step (method and path) and the document builder both read these
facts; neither looks at raw lines again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import Diagnostic, warning
from generator.readers.common.jsonapi import resource_objects, resource_type
from generator.readers.common.param_rows import ParamRow, parse_row
from generator.readers.common.samples import sample_to_json
from generator.readers.redoc.segments import Sample, Segment

_PARAM = re.compile(r"\{([^}]+)\}")
_SUCCESS = re.compile(r"^2\d\d$|^2XX$", re.IGNORECASE)
NO_SAMPLE: Any = object()
# What ReDoc prints for a string without an example or enum.
_PLACEHOLDERS = frozenset(["", "string"])
# Body members that hold the items of a list response, most telling first.
_LIST_MEMBERS = ("data", "items", "results", "records", "entries", "values", "content")


def list_pointer(value: Any) -> str | None:
    """JSON pointer to the items of a list response ("" for a bare array), or None."""
    if isinstance(value, list):
        return ""
    if not isinstance(value, dict):
        return None
    return next((f"/{key}" for key in _LIST_MEMBERS if isinstance(value.get(key), list)), None)


@dataclass
class Facts:
    segment: Segment
    params: list[tuple[str, ParamRow]] = field(default_factory=list)
    body_rows: list[ParamRow] = field(default_factory=list)
    request_values: list[Any] = field(default_factory=list)
    # status -> sample value, or NO_SAMPLE for a tab whose sample was not visible
    responses: dict[str, Any] = field(default_factory=dict)

    @property
    def line(self) -> int:
        return self.segment.line

    @property
    def has_body(self) -> bool:
        return self.segment.body_media is not None or bool(self.segment.request_samples)

    @property
    def empty_body(self) -> bool:
        named = [row for row in self.body_rows if row.name or row.additional]
        return not named and all(value in ({}, None) for value in self.request_values)

    def names(self, location: str) -> list[str]:
        return [row.name for where, row in self.params if where == location]

    @property
    def path_params(self) -> list[str]:
        declared = _PARAM.findall(self.segment.path or "")
        return declared or self.names("path")

    @property
    def success(self) -> str | None:
        return next((status for status in self.responses if _SUCCESS.match(status)), None)

    @property
    def success_value(self) -> Any:
        status = self.success
        return self.responses[status] if status else NO_SAMPLE

    @property
    def response_kind(self) -> str:
        """list, single, empty ({}), null, none (no sample), or other (a scalar)."""
        value = self.success_value
        if value is NO_SAMPLE:
            return "none"
        if value is None:
            return "null"
        if list_pointer(value) is not None:
            return "list"
        if value == {}:
            return "empty"
        return "single" if isinstance(value, dict) else "other"

    @property
    def resource_type(self) -> str | None:
        """The JSON:API type the samples name; ReDoc's placeholder ``"string"`` names none."""
        for value in [self.success_value, *self.request_values]:
            found = resource_type(value)
            if found and found not in _PLACEHOLDERS:
                return found
        return None

    @property
    def jsonapi_update(self) -> bool:
        """A request document naming the resource it changes (JSON:API sends the id)."""
        return any("id" in obj for value in self.request_values for obj in resource_objects(value))


def _parse_sample(sample: Sample, where: str, diagnostics: list[Diagnostic]) -> Any:
    if not sample.complete:
        return NO_SAMPLE
    try:
        return sample_to_json(sample.lines)
    except ValueError as exc:
        diagnostics.append(
            warning(f"sample is not JSON after removing markers: {exc}", where, "ignored")
        )
        return NO_SAMPLE


def digest(segment: Segment, source: str, diagnostics: list[Diagnostic]) -> Facts:
    facts = Facts(segment)
    for row_line in segment.rows:
        row = parse_row(row_line.text)
        if row is None:
            continue
        if row_line.location == "body":
            facts.body_rows.append(row)
        elif row.name:
            facts.params.append((row_line.location, row))
    for sample in segment.request_samples:
        value = _parse_sample(sample, f"{source}:{sample.line}", diagnostics)
        if value is not NO_SAMPLE:
            facts.request_values.append(value)
    for sample in segment.response_samples:
        value = _parse_sample(sample, f"{source}:{sample.line}", diagnostics)
        statuses = [status_key(label) for label in sample.labels]
        statuses = statuses or segment.statuses[:1] or ["200"]
        facts.responses.setdefault(statuses[0], value)
        for status in statuses[1:]:
            facts.responses.setdefault(status, NO_SAMPLE)
    for status in segment.statuses:
        facts.responses.setdefault(status, NO_SAMPLE)
    return facts


def status_key(label: str) -> str:
    """A status tab as a Responses key: ``4xx`` -> ``4XX``; ``default`` stays lower case."""
    return "default" if label.lower() == "default" else label.upper()
