"""Place every segment on a method and a path, and keep method+path unique.

Declared paths (a path heading) are kept and only their method is inferred.
For the others the resource is scored from independent evidence (JSON:API
type, the summary's object and owner, path parameter name, neighbours,
ReDoc's path order) and spelled as the page spells names (:class:`Style`),
then the shape (collection, item, owned collection, action) follows from
path parameters and the summary. Collisions are resolved in a fixed order (declared first, then
by confidence, then by line): the loser takes its next-best method or an
action path, and a diagnostic says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from generator.diagnostics import Diagnostic, info, warning
from generator.readers.common.paths import split_path
from generator.readers.common.summaries import (
    ITEM_METHODS,
    SUMMARY_VERBS,
    Action,
    summary_action,
    summary_tokens,
    summary_verb,
    summary_words,
)
from generator.readers.redoc.facts import Facts
from generator.readers.redoc.method import Guess, infer_methods
from generator.readers.redoc.paths import Style, resource_words
from generator.readers.redoc.subject import Subject, subject
from generator.words import plural, singular
from generator.words import split_words as words

_ID_SUFFIX = re.compile(r"[-_]?id$", re.IGNORECASE)
_ALL_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


@dataclass
class Placement:
    facts: Facts
    method: Guess
    path: Guess
    declared: bool
    slug: str = ""
    alternatives: list[tuple[str, str, str]] = field(default_factory=list)  # method, path, why

    @property
    def key(self) -> tuple[str, str]:
        return self.method.value, self.path.value


def _param_stem(name: str) -> str:
    return _ID_SUFFIX.sub("", name).lower()


class _BaseScores:
    def __init__(self) -> None:
        self.scores: dict[str, Guess] = {}

    def add(self, base: str, points: float, why: str) -> None:
        guess = self.scores.setdefault(base, Guess(base, 0.0))
        guess.confidence += points
        guess.evidence.append(why)

    def best(self) -> Guess:
        if not self.scores:
            return Guess("operations", 0.05, ["no evidence of the resource at all"])
        top = max(self.scores.values(), key=lambda g: g.confidence)
        top.confidence = min(round(top.confidence, 2), 0.95)
        return top


def _names(base: str, named: Sequence[str]) -> bool:
    """Whether the words ``named`` name the resource ``base``: the same trailing words,
    either number (``message`` names ``messaging-messages``)."""
    parts = [singular(w.lower()) for w in words(base)]
    said = [singular(w) for w in named]
    shared = min(len(parts), len(said))
    return shared > 0 and parts[-shared:] == said[-shared:]


def choose_base(
    facts: Facts, prev: str, nxt: str, known: Sequence[str], style: Style, said: Subject
) -> Guess:
    """The resource a path-less operation belongs to, scored from every clue."""
    scores = _BaseScores()
    kind = facts.resource_type
    verb = summary_verb(facts.segment.summary)
    action = facts.segment.summary and verb is None
    # only a plain read or create lists under an owner ("reserve a book for a member" does not)
    owned = said.owner if facts.path_params and verb and verb[0] in ("GET", "POST") else ()
    if kind:
        # an action's response may be another resource (claim-number returns a number),
        # and what is listed under an owner is not the owner ("List coaches for a patient")
        weight = 0.3 if owned and not _names(kind, owned) else 0.45 if action else 0.6
        scores.add(kind, weight, f"its samples carry JSON:API type {kind!r}")
    summary = set(summary_tokens(facts.segment.summary))
    named = summary_words(facts.segment.summary)[1:2]
    modifiers = {singular(w) for w in said.acted_on[:-1]}
    stems = {_param_stem(name) for name in facts.path_params} - {""}
    for base in known:
        parts = [w.lower() for w in words(base)]
        if parts and {singular(p) for p in parts} <= modifiers:
            pass  # "health metrics of a patient" is not about patients
        elif parts and {parts[-1], singular(parts[-1])} & summary:
            full = all(p in summary or singular(p) in summary for p in parts)
            scores.add(base, 0.3 if full else 0.2, f"the summary names {base!r}")
            if {parts[-1], singular(parts[-1])} & set(named):
                scores.add(base, 0.3, f"the summary's object is {base!r}")
        if parts and singular(parts[-1]) in stems:
            scores.add(base, 0.3, f"its path parameter names {base!r}")
        if owned and _names(base, owned):
            scores.add(base, 0.5, f"the summary puts it under a {' '.join(owned)!r}")
    _new_bases(scores, facts, known, style, said)
    for base, side in ((prev, "previous"), (nxt, "next")):
        if base:
            scores.add(base, 0.15, f"the {side} operation is on {base!r}")
    if kind and prev and nxt and prev < kind < nxt:
        scores.add(kind, 0.1, "it sorts between its neighbours, as ReDoc lists paths")
    return scores.best()


def _new_bases(
    scores: _BaseScores, facts: Facts, known: Sequence[str], style: Style, said: Subject
) -> None:
    """Resources no declared path or type shows, named by a path parameter or the summary."""
    for name in facts.path_params:
        stem = resource_words(_ID_SUFFIX.sub("", name))
        if stem and not any(_names(base, stem) for base in known):
            base = style.resource(stem)
            scores.add(base, 0.4, f"its path parameter {name!r} names {base!r}")
    owned = said.owner if facts.path_params else ()
    for phrase, why in ((owned, "owner"), (said.acted_on, "object")):
        if phrase and not any(_names(base, phrase) for base in known):
            base = style.resource(phrase)
            scores.add(base, 0.4, f"the summary's {why} {' '.join(phrase)!r}")
            return


def _shape(facts: Facts, crud: str | None, slug: str) -> tuple[str, float, str]:
    """(shape, confidence, evidence) of a path-less operation."""
    creates = facts.has_body and facts.success == "201"
    orphan_item = not facts.segment.summary and facts.response_kind == "single"
    if facts.path_params or orphan_item:
        why = (
            f"a path parameter {facts.path_params[0]!r}"
            if facts.path_params
            else "a single-resource response and no heading (ReDoc's get-by-id)"
        )
        if not creates and (not slug or crud in ITEM_METHODS):
            return "item", 0.9, why + "; the summary names no action"
        return "action", 0.4, why + f"; the summary names the action {slug!r} (a guess)"
    if not slug or crud in ("GET", "POST"):
        return "collection", 0.9, "no path parameter"
    return "collection-action", 0.35, f"no path parameter; the summary names {slug!r} (a guess)"


def _owned(facts: Facts, base: str, said: Subject) -> tuple[str, ...]:
    """What the summary says the operation lists or adds under an item of ``base``
    (``List coaches for a patient``), when the verb is a plain read or create."""
    verb = summary_verb(facts.segment.summary)
    if not (facts.path_params and said.acted_on and verb and verb[0] in ("GET", "POST")):
        return ()
    if _names(base, said.acted_on) or not (said.owner and _names(base, said.owner)):
        return ()
    return said.acted_on


def _action(facts: Facts, base: str) -> Action:
    """What the summary says beyond its resource; a read or delete with more words and
    nothing sent (``Delete a token for ...``) names the method, not an action segment."""
    named = resource_words(base)
    both = " ".join([*named, plural(named[-1])] if named else [])  # either number
    action = summary_action(facts.segment.summary, both)
    first, *rest = action.slug.split("-")
    verb = SUMMARY_VERBS.get(first)
    if verb and verb[0] in ("GET", "DELETE") and not facts.has_body:
        return Action("", verb[0])
    if not verb and first.endswith("s") and summary_tokens(facts.segment.summary)[:1] == [first]:
        # the summary's own verb, as a path names it: "Cancels a job" -> cancel
        return Action("-".join([singular(first), *rest]), action.crud)
    return action


def _recover(facts: Facts, prev: str, nxt: str, known: Sequence[str], style: Style) -> Placement:
    said = subject(facts.segment.summary)
    base = choose_base(facts, prev, nxt, known, style, said)
    action = _action(facts, base.value)
    shape, shape_confidence, shape_why = _shape(facts, action.crud, action.slug)
    owned = _owned(facts, base.value, said)
    slug = style.segment(owned) if owned else action.slug or "action"
    if owned:
        shape, shape_confidence = "action", 0.6
        shape_why = f"the summary names {' '.join(owned)!r} of a {' '.join(said.owner)!r}"
    methods = infer_methods(facts, "item" if shape == "item" else "action")
    param = facts.path_params[0] if facts.path_params else style.param_by_base.get(base.value, "id")
    paths = {
        "collection": style.path(base.value, None),
        "item": style.path(base.value, param),
        "action": style.path(base.value, param, [slug]),
        "collection-action": style.path(base.value, None, [slug]),
    }
    path = Guess(
        paths[shape],
        round(base.confidence * shape_confidence, 2),
        [*base.evidence, f"shape {shape}: {shape_why}"],
    )
    placement = Placement(facts, methods[0], path, False, action.slug)
    placement.alternatives = [(m.value, path.value, "next-best method") for m in methods[1:]]
    if action.slug and shape in ("item", "collection"):
        action_shape = "action" if shape == "item" else "collection-action"
        placement.alternatives.append((methods[0].value, paths[action_shape], "action path"))
    return placement


def _declared(facts: Facts) -> Placement:
    path = facts.segment.path or ""
    parts = split_path(path)
    methods = infer_methods(facts, parts.shape)
    heading = Guess(path, 1.0, [f"path heading at line {facts.line}"])
    stated = facts.segment.method
    if stated:
        shown = f"the page shows {stated} {path} at line {facts.line}"
        methods = [Guess(stated.upper(), 1.0, [shown])]
        heading = Guess(path, 1.0, [shown])
    placement = Placement(facts, methods[0], heading, True, parts.tail[-1] if parts.tail else "")
    placement.alternatives = [(m.value, path, "next-best method") for m in methods[1:]]
    return placement


def _known_bases(all_facts: Sequence[Facts]) -> list[str]:
    found = [split_path(f.segment.path).base for f in all_facts if f.segment.path]
    found += [f.resource_type for f in all_facts if f.resource_type]
    return list(dict.fromkeys(b for b in found if b))


def place_all(all_facts: Sequence[Facts], source: str, notes: list[Diagnostic]) -> list[Placement]:
    declared = [f.segment.path for f in all_facts if f.segment.path]
    types = [f.resource_type for f in all_facts if f.resource_type]
    style = Style.learn(declared, types, [name for f in all_facts for name in f.path_params])
    known = _known_bases(all_facts)
    next_bases = _next_declared_bases(all_facts)
    placements: list[Placement] = []
    for index, facts in enumerate(all_facts):
        if facts.segment.path:
            placements.append(_declared(facts))
            continue
        prev = split_path(placements[-1].path.value).base if placements else ""
        placements.append(_recover(facts, prev, next_bases[index], known, style))
    _check_order(placements)
    _resolve_collisions(placements, source, notes)
    return placements


def _check_order(placements: Sequence[Placement]) -> None:
    """Halve the confidence of a guessed action path that breaks the listing order.

    ReDoc lists one resource's operations in path order, so a guessed action
    slug that sorts before the path listed above it is probably wrong.
    """
    for before, current in pairwise(placements):
        if current.declared or not current.slug or current.slug not in current.path.value:
            continue
        same_base = split_path(before.path.value).base == split_path(current.path.value).base
        if same_base and current.path.value < before.path.value:
            current.path.confidence = round(current.path.confidence * 0.5, 2)
            current.path.evidence.append(
                f"the guess sorts before {before.path.value} listed above it, "
                "but ReDoc lists paths in order: the real action name probably differs"
            )


def _next_declared_bases(all_facts: Sequence[Facts]) -> list[str]:
    result = [""] * len(all_facts)
    upcoming = ""
    for index in range(len(all_facts) - 1, -1, -1):
        result[index] = upcoming
        path = all_facts[index].segment.path
        if path:
            upcoming = split_path(path).base
    return result


def _resolve_collisions(placements: list[Placement], source: str, notes: list[Diagnostic]) -> None:
    taken: dict[tuple[str, str], Placement] = {}
    ranked = sorted(
        placements,
        key=lambda p: (not p.declared, -p.method.confidence * p.path.confidence, p.facts.line),
    )
    for placement in ranked:
        if placement.key in taken:
            _move(placement, taken, source, notes)
        taken[placement.key] = placement


def _move(
    placement: Placement,
    taken: dict[tuple[str, str], Placement],
    source: str,
    notes: list[Diagnostic],
) -> None:
    holder = taken[placement.key]
    where = f"{source}:{placement.facts.line}"
    method, path = placement.key
    clash = f"{method} {path} is taken by the operation at line {holder.facts.line}"
    for method, path, why in placement.alternatives:
        if (method, path) not in taken:
            _take(placement, method, path, f"{clash}; took the {why}")
            notes.append(info(f"{clash}; placed on {method} {path} ({why})", where))
            return
    method, path = _last_resort(placement, taken)
    _take(placement, method, path, f"{clash}; nothing better was free")
    notes.append(
        warning(
            f"{clash}; placed on {method} {path}", where, "fix the method or path with an override"
        )
    )


def _take(placement: Placement, method: str, path: str, why: str) -> None:
    if method != placement.method.value:
        placement.method = Guess(method, round(placement.method.confidence * 0.5, 2), [why])
    if path != placement.path.value:
        placement.path = Guess(
            path, round(placement.path.confidence * 0.5, 2), [*placement.path.evidence, why]
        )


def _last_resort(placement: Placement, taken: dict[tuple[str, str], Placement]) -> tuple[str, str]:
    path = placement.path.value
    if placement.declared:
        free = [m for m in _ALL_METHODS if (m, path) not in taken]
        if free:
            return free[0], path
    suffix = f"operation-{placement.facts.line}"
    return placement.method.value, path.rstrip("/") + f"/{suffix}" + (
        "/" if path.endswith("/") else ""
    )
