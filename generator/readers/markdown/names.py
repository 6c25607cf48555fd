"""Names that read well, from what prose docs give: headings, paths and object words.

Prose docs carry no operationIds; the heading above an endpoint says what it
does ("Create or Update a Batch") and the path says on what, so names come from
those two, falling back to the HTTP method's usual verb.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from generator.words import singular

# Heading pattern (lower-cased) -> verb; the first match wins.
VERB_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), verb)
    for pattern, verb in (
        (r"\b(?:create|add|insert) or (?:update|replace)\b|\bupsert\b", "upsert"),
        (r"^(?:get|retrieve|fetch|show|view|read)\b.*\b(?:list|all)\b|^(?:list|browse)\b", "list"),
        (r"^(?:get|retrieve|fetch|show|view|read|find|look ?up)\b", "get"),
        (r"^(?:create|add|new|make|register|generate|grant|insert)\b", "create"),
        (r"^(?:update|edit|modify|change|patch|set|replace)\b", "update"),
        (r"^(?:delete|remove|destroy|erase)\b", "delete"),
    )
)

# Heading first words that are verbs of their own (`POST /orders/:id/cancel`: cancel).
ACTION_VERBS = frozenset(
    (
        "send",
        "cancel",
        "archive",
        "unarchive",
        "restore",
        "start",
        "stop",
        "complete",
        "approve",
        "reject",
        "enable",
        "disable",
        "publish",
        "unpublish",
        "upload",
        "download",
        "assign",
        "unassign",
        "merge",
        "resend",
        "search",
        "subscribe",
        "unsubscribe",
        "verify",
        "validate",
        "import",
        "export",
        "duplicate",
        "copy",
        "move",
        "close",
        "reopen",
        "lock",
        "unlock",
        "invite",
        "refund",
        "submit",
        "trigger",
        "sync",
    )
)

METHOD_VERBS: dict[str, str] = {
    "POST": "create",
    "PUT": "update",
    "PATCH": "update",
    "DELETE": "delete",
    "HEAD": "get",
    "OPTIONS": "get",
}

_BATCH_WORDS = re.compile(r"\b(?:batch|batches|bulk|multiple|several)\b", re.IGNORECASE)
_NOT_A_NOUN = re.compile(r"^(?:v\d+(?:\.\d+)*|api)$", re.IGNORECASE)
# ":id" names a parameter only as a whole segment ("/users/:id"), never inside one
# ("/{name}:testNotify" is a custom method of Google-style APIs).
_COLON_PARAM = re.compile(r"(?<=/):([A-Za-z_]\w*)(?=/|$)")
_BRACE_PARAM = re.compile(r"\{([^{}/]+)\}")
_WORD_SPLIT = re.compile(r"[^A-Za-z0-9]+")
_CONCRETE_ID = re.compile(
    r"^(?:\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|[a-z]{2,6}_[A-Za-z0-9]{4,})$",
    re.IGNORECASE,
)


def pascal(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in _WORD_SPLIT.split(text) if part)


def title(noun: str) -> str:
    """A tag from a path segment: ``line_items`` -> ``Line Items``."""
    return " ".join(part.capitalize() for part in _WORD_SPLIT.split(noun) if part)


def object_key(words: str) -> str:
    """The key objects are known by: "Contacts", "contact" and "contact objects" meet."""
    parts = [part.lower() for part in _WORD_SPLIT.split(words) if part]
    if parts and parts[-1] in ("object", "objects"):
        parts = parts[:-1]
    if parts and parts[0] == "the":
        parts = parts[1:]
    return " ".join([*parts[:-1], singular(parts[-1])]) if parts else ""


def openapi_path(raw: str) -> tuple[str, str, list[str], list[str]]:
    """(server, path, path parameter names, query names) from an endpoint line's path."""
    server = ""
    if raw.startswith(("http://", "https://")):
        parts = urlsplit(raw)
        server, raw = f"{parts.scheme}://{parts.netloc}", parts.path or "/"
        raw += f"?{parts.query}" if parts.query else ""
    path, _, query = raw.partition("?")
    path = _COLON_PARAM.sub(r"{\1}", path or "/")  # a trailing slash is part of the URL
    queries = [item.partition("=")[0] for item in query.split("&") if item]
    return server, path, _BRACE_PARAM.findall(path), queries


def template_ids(url: str) -> str:
    """An example request's concrete ids as path parameters: ``/notes/42`` ->
    ``/notes/{note_id}`` (digits, UUIDs and prefixed ids like ``cus_9s8d7f6``, each
    after a static segment that names the collection)."""
    head, sep, query = url.partition("?")
    prefix = ""
    if head.startswith(("http://", "https://")):
        parts = urlsplit(head)
        prefix, head = f"{parts.scheme}://{parts.netloc}", parts.path
    segments = head.split("/")
    for index in range(1, len(segments)):
        previous = segments[index - 1]
        if _CONCRETE_ID.match(segments[index]) and previous and not previous.startswith("{"):
            segments[index] = "{" + singular(_WORD_SPLIT.sub("_", previous)).lower() + "_id}"
    return prefix + "/".join(segments) + sep + query


def verb(summary: str, method: str, path: str) -> str:
    text = summary.lower().strip()
    found = next((word for pattern, word in VERB_PHRASES if pattern.search(text)), None)
    first = text.split()[0] if text else ""
    if found is None and first in ACTION_VERBS:
        return first
    if method == "GET" and found in (None, "get"):
        return "list" if _is_collection(path) else "get"
    return found or METHOD_VERBS.get(method, "get")


def method_name(summary: str, method: str, path: str) -> str:
    """A client method name for one body shape; batch shapes say so."""
    base = verb(summary, method, path)
    return f"batch_{base}" if _BATCH_WORDS.search(summary) else base


def operation_id(verb_word: str, path: str, taken: set[str]) -> str:
    """verb + resource noun (``listTemplates``, ``createJourney``), unique in ``taken``."""
    found = [noun for noun in nouns(path) if noun.lower() != verb_word]  # not cancelCancel
    last = found[-1] if found else "root"
    noun = pascal(last if verb_word == "list" else singular(last))
    candidate = verb_word + noun
    if candidate in taken and len(found) > 1:
        candidate = verb_word + pascal(singular(found[-2])) + noun
    unique, counter = candidate, 2
    while unique in taken:
        unique, counter = f"{candidate}{counter}", counter + 1
    taken.add(unique)
    return unique


def nouns(path: str) -> list[str]:
    """The static path segments that name resources (not ``v1``, ``api`` or parameters)."""
    segments = [segment for segment in path.split("/") if segment]
    return [s for s in segments if not s.startswith("{") and not _NOT_A_NOUN.match(s)]


def _is_collection(path: str) -> bool:
    segments = [segment for segment in path.split("/") if segment]
    if not segments or segments[-1].startswith("{"):
        return False
    return singular(segments[-1]) != segments[-1]
