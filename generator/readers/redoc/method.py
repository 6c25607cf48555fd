"""The HTTP method of an operation whose page lost it, from what it sends and gets.

:data:`_METHOD_RULES` is read top to bottom and the first rule that holds
wins; a summary verb that agrees raises the confidence. The brief's rules:
a body and 201 is POST; a JSON:API body with an id on an item path is PATCH
(PUT when the summary says replace); a body elsewhere is POST; an empty 204
is DELETE; no body and a response is GET.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator.readers.common.summaries import summary_verb
from generator.readers.redoc.facts import Facts
from generator.words import split_words as words


@dataclass
class Guess:
    value: str
    confidence: float
    evidence: list[str] = field(default_factory=list)

    def extension(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "confidence": round(self.confidence, 2),
            "evidence": self.evidence,
        }


# First words of a path's last segment that name an action on what precedes it
# (``.../{id}/rotateSecrets``): such paths are POSTed to, a body or not.
_ACTION_VERBS = frozenset(
    [
        "activate",
        "advance",
        "approve",
        "archive",
        "cancel",
        "check",
        "claim",
        "clone",
        "complete",
        "confirm",
        "deactivate",
        "disable",
        "enable",
        "execute",
        "fetch",
        "lock",
        "pause",
        "publish",
        "reboot",
        "refresh",
        "regenerate",
        "reject",
        "remove",
        "resend",
        "reset",
        "restart",
        "restore",
        "resubmit",
        "resume",
        "retry",
        "revoke",
        "rotate",
        "run",
        "send",
        "start",
        "stop",
        "submit",
        "suspend",
        "sync",
        "trigger",
        "unlock",
        "unpublish",
        "upgrade",
        "validate",
        "verify",
    ]
)


@dataclass
class _Context:
    facts: Facts
    shape: str
    verb: str | None  # the method the summary's verb suggests

    @property
    def action_verb(self) -> str | None:
        """The verb a declared path ends with after a parameter, if it names an action."""
        path = self.facts.segment.path or ""
        segments = [s for s in path.split("/") if s]
        if len(segments) < 2 or not segments[-2].startswith("{"):
            return None
        first = words(re.sub(r"([a-z])([A-Z])", r"\1 \2", segments[-1]))[:1]
        return first[0].lower() if first and first[0].lower() in _ACTION_VERBS else None


_Rule = tuple[Callable[[_Context], bool], str, float, str]

_METHOD_RULES: list[_Rule] = [
    (
        lambda c: (
            c.facts.has_body and c.shape == "item" and {"200", "201"} <= set(c.facts.responses)
        ),
        "PUT",
        0.8,
        "a request body sent to an item path answered 200 or 201 (create or replace)",
    ),
    (
        lambda c: c.facts.has_body and c.facts.success == "201",
        "POST",
        0.9,
        "a request body and a 201 response",
    ),
    (
        lambda c: c.facts.has_body and c.shape == "item" and c.facts.jsonapi_update,
        "PATCH",
        0.85,
        "a JSON:API document with its id sent to an item path (JSON:API updates are PATCH)",
    ),
    (
        lambda c: c.facts.has_body and c.shape == "item" and c.verb == "PUT",
        "PUT",
        0.75,
        "a request body sent to an item path, and the summary says replace",
    ),
    (
        lambda c: c.facts.has_body and c.shape == "item",
        "PATCH",
        0.6,
        "a request body sent to an item path",
    ),
    (lambda c: c.facts.has_body, "POST", 0.8, "a request body sent to a collection or action path"),
    (
        lambda c: c.action_verb is not None and c.verb in (None, "POST"),
        "POST",
        0.7,
        "the path ends in an action verb after the resource's id",
    ),
    (
        lambda c: c.facts.success == "204" and c.verb in (None, "DELETE"),
        "DELETE",
        0.8,
        "no request body and an empty 204 response",
    ),
    (lambda c: c.verb == "DELETE", "DELETE", 0.75, "no request body and the summary says delete"),
    (
        lambda c: c.shape == "item" and c.facts.response_kind == "none",
        "DELETE",
        0.5,
        "an item path with no body and no response sample (a GET would show one)",
    ),
    (
        lambda c: c.facts.response_kind == "list" and bool(c.facts.names("query")),
        "GET",
        0.95,
        "query parameters and a list response",
    ),
    (
        lambda c: c.facts.response_kind != "none",
        "GET",
        0.85,
        "no request body and a response sample",
    ),
    (lambda c: True, "GET", 0.5, "no request body (nothing else to go on)"),
]


def infer_methods(facts: Facts, shape: str) -> list[Guess]:
    """Every method a rule supports, best first; the first is the inference."""
    verb = summary_verb(facts.segment.summary)
    context = _Context(facts, shape, verb[0] if verb else None)
    guesses: dict[str, Guess] = {}
    for predicate, method, confidence, evidence in _METHOD_RULES:
        if method not in guesses and predicate(context):
            guesses[method] = Guess(method, confidence, [evidence])
    for guess in guesses.values():
        if verb and verb[0] == guess.value:
            guess.confidence = min(0.98, guess.confidence + 0.05)
            guess.evidence.append(f"the summary verb agrees: {facts.segment.summary!r}")
    return list(guesses.values())
