"""OpenAPI Overlay 1.0: declarative patches applied to the intermediate model.

Semantics are the specification's (actions in order; ``update`` merges an
object into each selected object, appends to each selected array; ``remove``
deletes the selected nodes), with one deliberate strictness: an action whose
target selects nothing is an error naming the action, because a stale
override after a spec change must be noticed, not silently ignored.
"""

from __future__ import annotations

import contextlib
import copy
import re
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonpath import JSONPathEnvironment, JSONPathError
from jsonpath.filter import FunctionExtension
from jsonpath.function_extensions import ExpressionType, FilterFunction

from generator.diagnostics import ClientgenError
from generator.refs import resolve_refs_in
from generator.yamlsource import LineMap, load_yaml_file

_ACTION_KEYS = {"target", "description", "update", "remove"}
# A target's evaluation (regex filters backtrack; nested descendant filters are
# quadratic) is time-boxed where the platform allows: real targets take milliseconds.
TARGET_SECONDS = 5.0
MAX_PATTERN_CHARS = 1000


class _InvalidRegexError(JSONPathError):
    def __init__(self, pattern: str, reason: str) -> None:
        super().__init__(f"invalid regular expression {pattern[:100]!r}: {reason}", token=None)


class _Regex(FilterFunction):
    """RFC 9535 ``match`` / ``search``, where a bad pattern is an error, not "no match"."""

    arg_types = [ExpressionType.VALUE, ExpressionType.VALUE]  # noqa: RUF012 - the base declares it so
    return_type = ExpressionType.LOGICAL

    def __init__(self, *, full: bool) -> None:
        self.full = full
        self.cache: dict[str, re.Pattern[str]] = {}

    def compile(self, pattern: str) -> re.Pattern[str]:
        compiled = self.cache.get(pattern)
        if compiled is None:
            if len(pattern) > MAX_PATTERN_CHARS:
                raise _InvalidRegexError(pattern, f"longer than {MAX_PATTERN_CHARS} characters")
            try:
                compiled = re.compile(pattern)
            except re.error as exc:
                raise _InvalidRegexError(pattern, str(exc)) from None
            self.cache[pattern] = compiled
        return compiled

    def __call__(self, value: object, pattern: object) -> bool:
        if not isinstance(value, str) or not isinstance(pattern, str):
            return False
        compiled = self.compile(pattern)
        return bool(compiled.fullmatch(value) if self.full else compiled.search(value))


_JSONPATH = JSONPathEnvironment(strict=True)
_JSONPATH.function_extensions["match"] = _Regex(full=True)
_JSONPATH.function_extensions["search"] = _Regex(full=False)


class _TargetTooSlowError(Exception):
    pass


@contextlib.contextmanager
def _time_box(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (SIGALRM; only in the main thread, where it exists)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _TargetTooSlowError

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _check_patterns(path: object) -> None:
    """Compile every literal pattern of ``match``/``search`` in a parsed path, now."""
    stack, seen = [path], 0
    while stack and seen < 10_000:
        node = stack.pop()
        seen += 1
        if isinstance(node, FunctionExtension) and node.name in ("match", "search"):
            literal = getattr(node.args[1], "value", None) if len(node.args) == 2 else None
            if isinstance(literal, str):
                function = _JSONPATH.function_extensions[node.name]
                assert isinstance(function, _Regex)
                function.compile(literal)
        if isinstance(node, list | tuple):
            stack.extend(node)
            continue
        for cls in type(node).__mro__:
            for slot in getattr(cls, "__slots__", ()):
                if slot not in ("env", "token"):
                    child = getattr(node, slot, None)
                    if child is not None and not isinstance(child, str | int | float | bool):
                        stack.append(child)


@dataclass(frozen=True)
class AppliedAction:
    """What one action did, for reports: the JSON pointers it touched."""

    description: str
    target: str
    matched: tuple[str, ...]
    location: str
    # The update changed nothing: the source now says what the action says.
    redundant: bool = False


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
        _check_patterns(_JSONPATH.compile(target))
    except JSONPathError as exc:
        raise ClientgenError(
            f"invalid JSONPath {target!r}: {exc}",
            lines.where("actions", index, "target"),
            "see RFC 9535; quote names with special characters: $.paths['/v1/x']",
        ) from None
    description = str(item.get("description") or target)
    update = resolve_refs_in(item.get("update"), str(lines.path), f"/actions/{index}/update")
    return _Action(target, description, update, remove, location)


def apply_overlay(
    document: dict[str, Any], actions: list[_Action]
) -> tuple[dict[str, Any], list[AppliedAction]]:
    """Apply ``actions`` to a copy of ``document``; the input is not modified."""
    result = copy.deepcopy(document)
    applied = []
    for action in actions:
        try:
            with _time_box(TARGET_SECONDS):
                matches = list(_JSONPATH.finditer(action.target, result))
        except _TargetTooSlowError:
            raise ClientgenError(
                f"override action '{action.description}': target {action.target} took over "
                f"{TARGET_SECONDS:g} s to evaluate",
                action.location,
                "simplify the target: a regex filter that backtracks, or nested '..' filters",
            ) from None
        except JSONPathError as exc:
            raise ClientgenError(
                f"override action '{action.description}': {exc}",
                action.location,
                "fix the target's regular expression (RFC 9485 I-Regexp)",
            ) from None
        if not matches:
            raise ClientgenError(
                f"override action '{action.description}' matches nothing (target {action.target})",
                action.location,
                "the source changed or the target is wrong: fix or delete the action",
            )
        pointers = tuple(str(m.pointer()) for m in matches)
        redundant = not action.remove and all(_covers(m.obj, action.update) for m in matches)
        if action.remove:
            # Deepest and last first, so earlier indexes stay valid while removing.
            for match in sorted(matches, key=lambda m: _sort_key(m.parts), reverse=True):
                _remove(result, match.parts)
        else:
            for match in matches:
                _update(match.obj, action.update, action)
        applied.append(
            AppliedAction(action.description, action.target, pointers, action.location, redundant)
        )
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


def _covers(node: Any, update: Any) -> bool:
    """Whether ``node`` already says everything ``update`` would merge into it."""
    if isinstance(node, dict) and isinstance(update, dict):
        return all(key in node and _covers(node[key], value) for key, value in update.items())
    if isinstance(node, list):
        wanted = update if isinstance(update, list) else [update]
        return all(item in node for item in wanted)
    return bool(node == update)


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
