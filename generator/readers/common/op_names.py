"""operationIds for operations whose source gave none, derived from method and path.

The client names a method after the operationId minus the words its resource
already says (CLIENT_API.md), so ids read verb first and resource after:
``listAnnouncers``, ``getAnnouncer``, ``enableMessagingResponder``. Any reader
of docs without operationIds can use :func:`operation_id`.
"""

from __future__ import annotations

from collections.abc import Collection

from generator.readers.common.paths import split_path
from generator.readers.common.summaries import SUMMARY_VERBS
from generator.words import join_pascal as pascal
from generator.words import singular
from generator.words import split_words as words

_COLLECTION_VERBS = {"GET": "list", "POST": "create"}
_ITEM_VERBS = {
    "GET": "get",
    "PATCH": "update",
    "PUT": "update",
    "DELETE": "delete",
    "POST": "create",
}
_ACTION_VERBS = frozenset(
    {
        *("ack", "acknowledge", "archive", "unarchive", "enable", "disable", "send", "claim"),
        *("reset", "run", "expand", "finalize", "validate", "recalculate", "terminate"),
        *("process", "publish", "cancel", "approve", "reject", "start", "stop"),
    }
)


def _singular_pascal(text: str) -> str:
    parts = words(text) or ["resource"]
    return pascal([*parts[:-1], singular(parts[-1])])


def operation_id(method: str, path: str, is_list: bool, siblings: Collection[str] = ()) -> str:
    """``siblings``: the other methods on the same path (PUT next to PATCH is ``replace``)."""
    parts = split_path(path)
    owner = _singular_pascal(parts.base)
    nouns = [segment for segment in parts.tail if not segment.startswith("{")]
    if not nouns:
        if parts.shape == "collection":
            verb = _COLLECTION_VERBS.get(method, method.lower())
            return verb + (pascal(words(parts.base)) if method == "GET" else owner)
        if method == "PUT" and "PATCH" in siblings:
            verb = "replace"
        else:
            verb = _ITEM_VERBS.get(method, method.lower())  # HEAD, OPTIONS, TRACE: themselves
        return verb + owner
    action = words(nouns[-1])
    lead = action[0].lower() if action else ""
    if (method != "GET" and method != "DELETE") or lead in SUMMARY_VERBS or lead in _ACTION_VERBS:
        return action[0].lower() + pascal(action[1:]) + owner if action else method.lower() + owner
    verb = ("list" if is_list else "get") if method == "GET" else "delete"
    return verb + owner + pascal(action)


def unique_id(candidate: str, prefix: str, taken: set[str]) -> str:
    """``candidate``, else with the version prefix (``V2``), else numbered."""
    options = [candidate, candidate + pascal(words(prefix))]
    options += [f"{candidate}{n}" for n in range(2, len(taken) + 3)]
    chosen = next(option for option in options if option not in taken)
    taken.add(chosen)
    return chosen
