"""Backtracking for the collapsed-YAML rebuilder: an undo log and checkpoints.

The rebuilder (:mod:`.collapsed`) places each key in one greedy pass. Where
several open mappings take a key, it picks the best by rank; often the
readings rank alike and the choice is a coin toss the text decides only much
later: a sibling property nested into the object before it looks fine until a
``- type: object`` fits no open list or a ``properties`` fits no open schema.

So the parser keeps a checkpoint at every key it placed with rivals (the last
:data:`MAX_POINTS` of them) and an undo log of every change made since the
oldest: a key placed, an item appended, a slot overwritten, a
frame pushed or popped, a counter or attribute of the parser changed. When a
contradiction shows (a key no open mapping takes, a ``-`` outside any list,
words that fit nowhere), :func:`rollback` returns the parser to a checkpoint
and the key there takes its next place; the reading that gets past the
contradiction without one of its own is kept, else the first reading is
replayed. Checkpoints are tried from the most recent back; each contradiction
is searched once, each with at most :data:`MAX_TRIALS` trials, and all trials
together re-read at most :data:`BUDGET` times the text: the cost stays linear.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, NamedTuple

if TYPE_CHECKING:
    from generator.readers.openapi.collapsed import _Parser


MAX_POINTS: Final = 96  # checkpoints kept (the undo log reaches back to the oldest)
MAX_TRIALS: Final = 12  # readings tried for one contradiction
MAX_ALTERNATIVES: Final = 2  # other places tried for one key
CONFIRM: Final = 12  # tokens read past the contradiction before a reading is kept
BUDGET: Final = 0.3  # tokens read again by all trials together, in multiples of the text's
CHARS_PER_TOKEN: Final = 12  # how many tokens a text has, roughly (a key or `-` and its value)
EXTRA_BUDGET: Final = 4_000  # tokens any document may read again besides
TRIM: Final = 1 << 15  # undo entries dropped at once once no checkpoint needs them

MISSING: Final[Any] = object()  # a mapping had no such key

# undo operations: the first item of a log entry
SET: Final = 1  # (SET, container, index, old): a slot was overwritten
APPEND: Final = 2  # (APPEND, list): an item was appended
PUSH: Final = 3  # (PUSH, kind name or ""): a frame was opened (and counted by kind)
POP: Final = 4  # (POP, frame): a frame was closed
ATTR: Final = 5  # (ATTR, object, name, old)
PLACE: Final = 7  # (PLACE, frame, key, prev, ordered, undo): see :func:`unplace`
INDEX: Final = 8  # (INDEX, list, index): list[index] += 1
RESTORE: Final = 10  # (RESTORE, mapping, items): the mapping was rewritten


class Checkpoint(NamedTuple):
    """A key placed with rivals: where to roll back to and what else it could take."""

    at: int  # offset of the key (the step that placed it starts there)
    mark: int  # undo log position (absolute) before the key was placed
    diagnostics: int  # how many diagnostics there were
    alternatives: int  # other places, best first, that may be tried


def rollback(log: list[tuple[Any, ...]], keep: int, parser: _Parser) -> None:
    """Undo the entries of ``log`` past its first ``keep``, newest first."""
    stack = parser.stack
    while len(log) > keep:
        entry = log.pop()
        op = entry[0]
        if op == PLACE:
            unplace(parser, *entry[1:])
        elif op == PUSH:
            stack.pop()
            if entry[1]:
                parser.order.objects[entry[1]] -= 1
        elif op == POP:
            stack.append(entry[1])
        elif op == INDEX:
            entry[1][entry[2]] -= 1
        elif op == SET:
            container, index, old = entry[1], entry[2], entry[3]
            if old is MISSING:
                del container[index]
            else:
                container[index] = old
        elif op == APPEND:
            entry[1].pop()
        elif op == ATTR:
            setattr(entry[1], entry[2], entry[3])
        elif op == RESTORE:
            entry[1].clear()
            entry[1].update(entry[2])
        else:  # pragma: no cover - every operation is listed above
            raise AssertionError(f"unknown undo operation {op}")


def unplace(
    parser: _Parser, frame: Any, key: Any, prev: str, ordered: int, undo: tuple[Any, ...]
) -> None:
    """Undo :meth:`_Parser.place`: the key leaves its mapping, and what placing it
    counted is taken back: ``undo`` holds, for a name, its naming style, its first
    and last words when new there (else None), and the map's name count and
    last name before; for a free-form key, its shape and whether that was new; for
    a field, whether its extension was first seen in that kind of object."""
    del frame.value[key.value]
    frame.prev = prev
    if ordered >= 0:
        parser.sorted[ordered] -= 1
    if len(undo) == 5:
        style, first, last, frame.names, frame.last = undo
        frame.styles[style] -= 1
        if first is not None:
            frame.firsts.discard(first)
        if last is not None:
            frame.lasts.discard(last)
    elif len(undo) == 2:
        if undo[1]:
            frame.shapes.discard(undo[0])
    elif undo:
        parser.order.unplace(frame.kind.name, frame.value, key.text, undo[0])
