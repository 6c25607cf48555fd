"""How operations get their resource and method names (CLIENT_API.md, "Rules").

A resource's own collection gets CRUD verbs whatever the operationId says
(`GET /contacts` is `contacts.list`); everything else is the operationId in
snake_case without the words the resource already says
(`broadcasts.list_deliveries`), or, without an operationId, a verb and the
path's last noun. Clashes fall back to the full operationId, then to numbered
suffixes: the same every run, and reported.
"""

from __future__ import annotations

import re
from typing import Any

from generator.clientmodel.naming import NameAllocator, safe_identifier, snake, words
from generator.words import singular

_VERSION = re.compile(r"^(v\d+(\.\d+)*|api|rest|\d+(\.\d+)*)$", re.IGNORECASE)
_RESERVED_METHODS = frozenset({"with_raw_response"})
_CRUD = {
    ("GET", False): "list",
    ("GET", True): "get",
    ("POST", False): "create",
    ("PUT", True): "update",
    ("PATCH", True): "update",
    ("DELETE", True): "delete",
}
_VERBS = {
    "GET": "get",
    "POST": "create",
    "PUT": "replace",
    "PATCH": "update",
    "DELETE": "delete",
    "HEAD": "head",
    "OPTIONS": "options",
    "TRACE": "trace",
}


def segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def resource_name(operation: dict[str, Any], path: str) -> str:
    explicit = operation.get("x-clientgen-resource")
    if isinstance(explicit, str) and explicit.strip():
        return safe_identifier(snake(explicit.replace(".", "_"), "default"))
    tags = operation.get("tags")
    if isinstance(tags, list) and tags and isinstance(tags[0], str) and snake(tags[0], ""):
        return safe_identifier(snake(tags[0]))
    for segment in segments(path):
        if not is_param(segment) and not _VERSION.match(segment):
            return safe_identifier(snake(segment, "default"))
    return "default"


def _resource_words(resource: str) -> set[str]:
    found = set(resource.split("_"))
    return found | {singular(w) for w in found}


def _owns(resource: str, noun: str) -> bool:
    """Whether a path noun names the resource itself (`contacts` for `contacts`)."""
    return snake(noun) in (resource, singular(resource)) or singular(snake(noun)) == singular(
        resource
    )


def base_method_name(
    operation: dict[str, Any], method: str, path: str, resource: str, lists: bool
) -> str:
    """The preferred name, before clashes are resolved."""
    explicit = operation.get("x-clientgen-name")
    if isinstance(explicit, str) and explicit.strip():
        return _clean(snake(explicit))
    parts = segments(path)
    literals = [s for s in parts if not is_param(s) and not _VERSION.match(s)]
    item = bool(parts) and is_param(parts[-1])
    if literals and _owns(resource, literals[-1]):
        key = (method, item)
        if key in _CRUD:
            return _CRUD[key]
    operation_id = operation.get("operationId")
    if isinstance(operation_id, str) and words(operation_id):
        name = _strip_resource_words(snake(operation_id), resource)
        if method == "GET" and lists and name.startswith("get_"):
            return _clean(f"list_{name[4:]}")  # getCampaignContacts: campaigns.list_contacts
        return name
    return _from_path(method, parts, literals, item, lists, resource)


def _from_path(
    method: str, parts: list[str], literals: list[str], item: bool, lists: bool, resource: str
) -> str:
    noun = snake(literals[-1]) if literals else resource
    after_item = len(parts) >= 2 and not item and is_param(parts[-2])
    if method == "POST" and after_item:
        return _clean(noun)  # an action: POST /things/{id}/enable
    verb = ("list" if lists else "get") if method == "GET" else _VERBS.get(method, method.lower())
    if _owns(resource, noun):
        return verb
    if verb == "list" and noun.startswith("get_"):  # a path segment `get-logs`
        noun = noun[4:]
    return _clean(f"{verb}_{noun}")


def _strip_resource_words(name: str, resource: str) -> str:
    own = _resource_words(resource)
    kept = [w for w in name.split("_") if w not in own]
    return _clean("_".join(kept) if kept else name)


def _clean(name: str) -> str:
    name = name or "call"
    if name[0].isdigit():
        name = f"call_{name}"
    return safe_identifier(name, _RESERVED_METHODS)


def full_method_name(operation: dict[str, Any], method: str, path: str) -> str:
    operation_id = operation.get("operationId")
    if isinstance(operation_id, str) and words(operation_id):
        return _clean(snake(operation_id))
    return _clean(snake(f"{method} {path}"))


def resolve_clashes(wanted: list[tuple[str, str]]) -> list[str]:
    """Unique names for (preferred, fallback) pairs, deterministic in input order."""
    counts: dict[str, int] = {}
    for preferred, _ in wanted:
        counts[preferred] = counts.get(preferred, 0) + 1
    chosen = [fallback if counts[preferred] > 1 else preferred for preferred, fallback in wanted]
    allocator = NameAllocator(set(_RESERVED_METHODS))
    return [allocator.allocate(name) for name in chosen]
