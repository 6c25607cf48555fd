"""Paths in a scraped reference: their parts, their house style, and summary words.

ReDoc lists a resource's operations together, in path order, and shows a path
only when an operation has no summary. Rebuilding the others needs the parts
of the paths it did show (version prefix, resource, id parameter, action) and
the words of summaries (``Archive a channel`` names the action ``archive`` on
the ``channels`` resource).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.readers.jsonapi import singular, words

_VERSION_SEGMENT = re.compile(r"^(v\d+(\.\d+)*|api|rest)$", re.IGNORECASE)
_PARAM_SEGMENT = re.compile(r"^\{([^}]+)\}$")

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


def plural(word: str) -> str:
    if word.endswith("s"):
        return word
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("ch", "sh", "x", "z")) else "s")


@dataclass
class Style:
    """How the page's declared paths look, so rebuilt ones look the same."""

    trailing_slash: bool = False
    default_prefix: str = ""
    prefix_by_base: dict[str, str] = field(default_factory=dict)
    param_by_base: dict[str, str] = field(default_factory=dict)

    @classmethod
    def learn(cls, paths: Iterable[str]) -> Style:
        style = cls()
        paths = list(paths)
        prefixes: Counter[str] = Counter()
        for path in paths:
            parts = split_path(path)
            prefixes[parts.prefix] += 1
            style.prefix_by_base.setdefault(parts.base, parts.prefix)
            if parts.param:
                style.param_by_base.setdefault(parts.base, parts.param)
        style.trailing_slash = sum(p.endswith("/") for p in paths) * 2 > len(paths)
        style.default_prefix = prefixes.most_common(1)[0][0] if prefixes else ""
        return style

    def path(self, base: str, param: str | None, tail: Iterable[str] = ()) -> str:
        segments = [self.prefix_by_base.get(base, self.default_prefix).strip("/"), base]
        if param:
            segments.append("{" + param + "}")
        text = "/" + "/".join(s for s in [*segments, *tail] if s)
        return text + "/" if self.trailing_slash else text
