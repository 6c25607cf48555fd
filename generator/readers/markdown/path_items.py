"""Parameters declared on path items, which openapi-to-md never prints.

openapi-to-md prints each operation's own query and header parameters, but not
the parameters of its path item (AWS signing headers, Google's ``alt``/``fields``,
Azure's ``api-version``). A path item that shares one by ``$ref`` still leaves it
under ``#/components/parameters/<key>`` in the References, printed as
``name?: type`` without its location. A component parameter that no operation
prints is such a shared one, so it is added to every operation that lacks it:
in the path when its name is a template variable (the template already put it
there), else where its printed JSON, key or name says, else in the query. Not
when operations print some component parameters (the spec shares them by
operation, so the rest are unused), nor a required one that nothing places (an
unused path parameter, as Azure's resourceGroup). Each addition is reported;
inline path-item parameters are lost for good.
"""

from __future__ import annotations

import json
import re
from typing import Any

from generator.oas import HTTP_METHODS
from generator.readers.markdown.tables import Notes
from generator.readers.markdown.typescript import parse_type_block

Schema = dict[str, Any]
PLACES = ("query", "header", "cookie")
# Request headers by name (lower-cased), besides every ``X-...`` name.
HEADER_NAMES = frozenset(
    {
        "authorization",
        "accept",
        "accept-language",
        "accept-encoding",
        "content-type",
        "content-md5",
        "if-match",
        "if-none-match",
        "if-modified-since",
        "if-unmodified-since",
        "user-agent",
        "prefer",
        "idempotency-key",
    }
)
UNSAID = "nothing says otherwise"
_PLACE_WORD = re.compile(r"(header|cookie|query|path)", re.IGNORECASE)


def add_path_item_parameters(
    paths: dict[str, Any], components: dict[str, tuple[int, str]], notes: Notes
) -> None:
    """Every component parameter no operation prints goes into every operation, unless
    operations print some (the spec shares parameters by operation: the rest are unused)."""
    operations = [
        op for item in paths.values() for method, op in item.items() if method in HTTP_METHODS
    ]
    printed = {
        p["name"].lower()
        for op in operations
        for p in op.get("parameters", [])
        if p["in"] != "path"
    }
    shared = [
        (line, parameter)
        for key, (line, text) in components.items()
        if (parameter := _parameter(key, text)) is not None
    ]
    if any(parameter["name"].lower() in printed for _, parameter in shared):
        return
    for line, parameter in shared:
        evidence = parameter.pop("x-evidence")
        if parameter["in"] == "path":
            continue  # a template variable: every operation of that path has it already
        if parameter["required"] and evidence == UNSAID:
            # Shared, required and placed by nothing: a path parameter no template names
            # (Azure's resourceGroup), more likely than a required query on every path.
            notes.note(line, f"parameter '{parameter['name']}' is used by no operation")
            continue
        for op in operations:
            op.setdefault("parameters", []).append(dict(parameter))
        notes.note(
            line,
            f"parameter '{parameter['name']}' is printed by no operation: a path-level one "
            f"(openapi-to-md leaves those out), added to all {len(operations)} operations "
            f"in {parameter['in']} ({evidence})",
            "remove it from the operations that do not take it in overrides",
        )


def _parameter(key: str, text: str) -> Schema | None:
    """The parameter a References block states, with ``x-evidence`` for its location."""
    try:
        stated = json.loads(text)
    except ValueError:
        stated = None
    if isinstance(stated, dict) and isinstance(stated.get("name"), str):
        place = stated.get("in")
        if place not in (*PLACES, "path"):
            return None
        return {
            "name": stated["name"],
            "in": place,
            "required": place == "path" or stated.get("required") is True,
            "schema": {"type": "string"},
            "x-evidence": "stated",
        }
    shape = parse_type_block(text) or {}
    properties = shape.get("properties")
    if not isinstance(properties, dict) or len(properties) != 1:
        return None  # a parameter given by media type: no name
    name, schema = next(iter(properties.items()))
    place, evidence = _place(key, name)
    schema = dict(schema)
    description = schema.pop("description", "")
    parameter: Schema = {
        "name": name,
        "in": place,
        "required": place == "path" or name in shape.get("required", []),
    }
    if description:
        parameter["description"] = description
    parameter["schema"] = schema or {"type": "string"}
    parameter["x-evidence"] = evidence
    return parameter


def _place(key: str, name: str) -> tuple[str, str]:
    """Where a parameter goes, and why: its key's word, a header name, else the query."""
    word = _PLACE_WORD.search(key.replace(name, " ")) if name in key else _PLACE_WORD.search(key)
    if word:
        return word.group(1).lower(), f"its key {key!r}"
    if name.lower().startswith("x-") or name.lower() in HEADER_NAMES:
        return "header", "a header's name"
    return "query", UNSAID
