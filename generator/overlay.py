"""OpenAPI Overlay 1.0: declarative patches applied to the intermediate model.

Semantics are the specification's (actions in order; ``update`` merges an
object into each selected object, appends to each selected array; ``remove``
deletes the selected nodes), with one deliberate strictness: an action whose
target selects nothing is an error naming the action, because a stale
override after a spec change must be noticed, not silently ignored.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonpath import JSONPathEnvironment, JSONPathError

from generator.diagnostics import ClientgenError
from generator.yamlsource import LineMap, load_yaml_file

_JSONPATH = JSONPathEnvironment(strict=True)
_ACTION_KEYS = {"target", "description", "update", "remove"}


@dataclass(frozen=True)
class AppliedAction:
    """What one action did, for reports: the JSON pointers it touched."""

    description: str
    target: str
    matched: tuple[str, ...]
    location: str


@dataclass(frozen=True)
class _Action:
    target: str
    description: str
    update: Any
    remove: bool
    location: str


def load_overlay(path: Path) -> list[_Action]:
    data, lines = load_yaml_file(path)
    where = lines.where
    if not isinstance(data, dict) or "overlay" not in data:
        raise ClientgenError(
            "not an OpenAPI Overlay document (no 'overlay:' version)",
            where(),
            "start the file with 'overlay: 1.0.0', 'info:' and 'actions:'",
        )
    if not str(data["overlay"]).startswith("1.0"):
        raise ClientgenError(
            f"unsupported overlay version {data['overlay']!r}", where("overlay"), "use 1.0.0"
        )
    actions = data.get("actions")
    if not isinstance(actions, list) or not actions:
        raise ClientgenError("'actions' must be a non-empty list", where("actions"))
    return [_parse_action(item, index, lines) for index, item in enumerate(actions)]


def _parse_action(item: Any, index: int, lines: LineMap) -> _Action:
    location = lines.where("actions", index)
    if not isinstance(item, dict):
        raise ClientgenError("an action must be a mapping", location)
    unknown = sorted(k for k in item if k not in _ACTION_KEYS and not str(k).startswith("x-"))
    if unknown:
        raise ClientgenError(
            f"unknown action field {unknown[0]!r}",
            lines.where("actions", index, unknown[0]),
            f"allowed: {', '.join(sorted(_ACTION_KEYS))}",
        )
    target = item.get("target")
    if not isinstance(target, str) or not target.startswith("$"):
        raise ClientgenError("action 'target' must be a JSONPath starting with '$'", location)
    remove = item.get("remove", False)
    if not isinstance(remove, bool):
        raise ClientgenError(
            "'remove' must be true or false", lines.where("actions", index, "remove")
        )
    if ("update" in item) == remove:
        raise ClientgenError("an action needs exactly one of 'update' or 'remove: true'", location)
    try:
        _JSONPATH.compile(target)
    except JSONPathError as exc:
        raise ClientgenError(
            f"invalid JSONPath {target!r}: {exc}",
            lines.where("actions", index, "target"),
            "see RFC 9535; quote names with special characters: $.paths['/v1/x']",
        ) from None
    description = str(item.get("description") or target)
    return _Action(target, description, item.get("update"), remove, location)


def apply_overlay(
    document: dict[str, Any], actions: list[_Action]
) -> tuple[dict[str, Any], list[AppliedAction]]:
    """Apply ``actions`` to a copy of ``document``; the input is not modified."""
    result = copy.deepcopy(document)
    applied = []
    for action in actions:
        matches = list(_JSONPATH.finditer(action.target, result))
        if not matches:
            raise ClientgenError(
                f"override action '{action.description}' matches nothing (target {action.target})",
                action.location,
                "the source changed or the target is wrong: fix or delete the action",
            )
        pointers = tuple(str(m.pointer()) for m in matches)
        if action.remove:
            # Deepest and last first, so earlier indexes stay valid while removing.
            for match in sorted(matches, key=lambda m: _sort_key(m.parts), reverse=True):
                _remove(result, match.parts)
        else:
            for match in matches:
                _update(match.obj, action.update, action)
        applied.append(AppliedAction(action.description, action.target, pointers, action.location))
    return result, applied


def _sort_key(parts: tuple[Any, ...]) -> tuple[tuple[int, Any], ...]:
    return tuple((0, p) if isinstance(p, int) else (1, str(p)) for p in parts)


def _remove(document: dict[str, Any], parts: tuple[Any, ...]) -> None:
    if not parts:
        raise ClientgenError("cannot remove the whole document", "overrides")
    parent: Any = document
    for part in parts[:-1]:
        parent = parent[part]
    del parent[parts[-1]]


def _update(node: Any, update: Any, action: _Action) -> None:
    if isinstance(node, dict) and isinstance(update, dict):
        merge_into(node, update)
    elif isinstance(node, list):
        node.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])
    else:
        raise ClientgenError(
            f"action '{action.description}' updates a {type(node).__name__} with a "
            f"{type(update).__name__}",
            action.location,
            "target the object that holds the value and update it with a mapping",
        )


def merge_into(target: dict[str, Any], update: dict[str, Any]) -> None:
    """Overlay merge: objects recursively, arrays concatenated, the rest replaced."""
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            merge_into(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(value))
        else:
            target[key] = copy.deepcopy(value)
