"""The parts of a REST path: version prefix, resource, id parameter, the rest.

``/v1/contacts/{id}/archive`` -> prefix ``/v1``, base ``contacts``, param ``id``,
tail ``("archive",)``. Readers that rebuild paths or name operations from them
agree on one split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_VERSION_SEGMENT = re.compile(r"^(v\d+(\.\d+)*|api|rest)$", re.IGNORECASE)
_PARAM_SEGMENT = re.compile(r"^\{([^}]+)\}$")


@dataclass(frozen=True)
class PathParts:
    prefix: str
    base: str
    param: str | None
    tail: tuple[str, ...]

    @property
    def shape(self) -> str:
        if self.tail:
            return "item" if _PARAM_SEGMENT.match(self.tail[-1]) else "action"
        return "item" if self.param else "collection"


def split_path(path: str) -> PathParts:
    segments = [s for s in path.split("/") if s]
    prefix: list[str] = []
    while segments and _VERSION_SEGMENT.match(segments[0]) and len(segments) > 1:
        prefix.append(segments.pop(0))
    base = segments.pop(0) if segments else ""
    param = None
    if segments and _PARAM_SEGMENT.match(segments[0]):
        param = _PARAM_SEGMENT.match(segments.pop(0)).group(1)  # type: ignore[union-attr]
    return PathParts("/" + "/".join(prefix) if prefix else "", base, param, tuple(segments))
