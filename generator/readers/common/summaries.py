"""What an operation's one-line summary says: its verb, its action, its resource.

``Archive a channel`` is the action ``archive`` on ``channels``; ``List all
contacts`` suggests GET on a collection. Scraped pages and prose docs both name
operations this way, so every reader that has a summary and no method reads it here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.words import plural, singular
from generator.words import split_words as words

# Summary verb -> (method it suggests, the verb as an action name).
SUMMARY_VERBS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(["get", "gets", "returns", "fetch", "fetches"], ("GET", "get")),
    **dict.fromkeys(["search", "searches", "find", "finds"], ("GET", "search")),
    **dict.fromkeys(["retrieve", "retrieves", "show", "shows", "read", "reads"], ("GET", "get")),
    **dict.fromkeys(["list", "lists"], ("GET", "list")),
    **dict.fromkeys(["create", "creates", "new", "register", "registers"], ("POST", "create")),
    **dict.fromkeys(["post", "posts"], ("POST", "post")),
    **dict.fromkeys(["add", "adds"], ("POST", "add")),
    **dict.fromkeys(["update", "updates"], ("PATCH", "update")),
    **dict.fromkeys(
        ["modify", "modifies", "edit", "edits", "change", "changes"], ("PATCH", "modify")
    ),
    **dict.fromkeys(["patch", "patches"], ("PATCH", "patch")),
    **dict.fromkeys(["replace", "replaces", "put", "puts"], ("PUT", "replace")),
    **dict.fromkeys(["delete", "deletes", "destroy", "destroys"], ("DELETE", "delete")),
    **dict.fromkeys(["remove", "removes"], ("DELETE", "remove")),
}
ITEM_METHODS = {"GET", "PATCH", "PUT", "DELETE"}
# Words that end the part of a summary naming the action ("add a reaction | to a message").
_CLAUSE_ENDS = frozenset(
    [
        "to",
        "from",
        "for",
        "of",
        "in",
        "on",
        "with",
        "by",
        "before",
        "after",
        "and",
        "or",
        "into",
        "via",
        "using",
        "within",
        "at",
        "as",
        "which",
        "that",
        "if",
        "when",
        "against",
        "per",
        "without",
        "about",
        "between",
        "across",
        "under",
        "over",
        "through",
    ]
)
_FILLERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "these",
        "those",
        "all",
        "specific",
        "specified",
        "given",
        "existing",
        "new",
        "single",
        "one",
        "each",
        "every",
        "its",
        "their",
        "your",
        "current",
    ]
)


def summary_tokens(summary: str) -> list[str]:
    return [t for t in re.split(r"[^0-9a-z]+", summary.lower()) if t]


def summary_words(summary: str) -> list[str]:
    """The words naming the action: up to the first clause break, fillers dropped."""
    head = re.split(r"[,;.:(]", summary, maxsplit=1)[0]
    kept: list[str] = []
    for token in summary_tokens(head):
        if token in _CLAUSE_ENDS and kept:
            break
        if token not in _FILLERS:
            kept.append(token)
    return kept


def resource_words(base: str) -> set[str]:
    parts = [w.lower() for w in words(base)]
    return {*parts, *(singular(p) for p in parts)}


def summary_verb(summary: str) -> tuple[str, str] | None:
    tokens = summary_tokens(summary)
    return SUMMARY_VERBS.get(tokens[0]) if tokens else None


@dataclass(frozen=True)
class Action:
    """What a summary says beyond its resource: ``Archive a channel`` -> slug ``archive``."""

    slug: str
    crud: str | None  # the method when the summary is a plain verb on the resource


def summary_action(summary: str, base: str) -> Action:
    kept = [w for w in summary_words(summary) if w not in resource_words(base)]
    if not kept:
        return Action("", None)
    verb = SUMMARY_VERBS.get(kept[0])
    head = [verb[1]] if verb else [kept[0]]
    crud = verb[0] if verb and len(kept) == 1 else None
    return Action("-".join(head + kept[1:]), crud)


def summary_noun(summary: str) -> str | None:
    """The first noun after the verb, as a plural resource name: ``Create a pet`` -> pets."""
    kept = summary_words(summary)
    nouns = kept[1:] if kept and kept[0] in SUMMARY_VERBS else kept
    return plural(nouns[0]) if nouns else None
