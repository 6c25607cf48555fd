"""The usual order of keys, as a score for where a key most likely belongs.

Indentation is the only thing that said whether ``parameters`` after an
operation's ``responses`` belongs to that operation or to its path item, or
whether ``description`` after a server variable's ``default`` is the
variable's or the server's. What real specs do settles it: an operation
rarely writes ``parameters`` after ``responses``; a path item often writes
them after its operations. :data:`.keyorder_table.TABLES` counts, per object
kind, how often each field appears and how often one field precedes another,
over APIs.guru specs (``scripts/bench-rebuild keyorder`` regenerates it).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any, Final

from generator.readers.openapi.keyorder_table import EXTENSIONS, TABLES

_PRIOR: Final = 0.5  # pseudo-count: a pair never seen is unlikely, not impossible
_STEP: Final = 0.25  # scores are rounded to quarter decades: smaller differences are noise
_FLOOR: Final = -2.0  # as unlikely in two places is no preference: nearness decides
_LOCAL_OBJECTS: Final = 3  # objects of a kind in this document before its own counts count


class KeyOrder:
    """The corpus counts, refined by what this document has shown so far: a spec
    writes its objects one way throughout, which outweighs what others do."""

    def __init__(self) -> None:
        self.objects: Counter[str] = Counter()
        self.seen: Counter[tuple[str, str]] = Counter()
        self.before: Counter[tuple[str, str, str]] = Counter()
        self.homes: set[tuple[str, str]] = set()  # (kind, extension) placed in this document
        self.corpus_odds: dict[tuple[str, str, str], float] = {}  # score's corpus odds, memoised

    def opened(self, kind: str) -> None:
        self.objects[kind] += 1

    def placed(self, kind: str, present: dict[Any, Any], key: str) -> bool:
        """Count ``key`` placed after ``present``; True when it is an extension
        first seen in that kind of object (what :meth:`unplace` takes back)."""
        homed = key.startswith("x-") and (kind, key) not in self.homes
        if homed:
            self.homes.add((kind, key))
        key = _name(key)
        self.seen[kind, key] += 1
        before = self.before
        for other in present:
            name = other if type(other) is str else str(other)  # as _name
            if name.startswith("x-"):
                name = "x-"
            if name != key:
                pair = (kind, name, key)
                before[pair] = before.get(pair, 0) + 1  # += without Counter's __missing__
        return homed

    def unplace(self, kind: str, present: dict[Any, Any], key: str, homed: bool) -> None:
        """Undo :meth:`placed` (``present`` as it was then), when a reading is dropped."""
        if homed:
            self.homes.discard((kind, key))
        key = _name(key)
        self.seen[kind, key] -= 1
        for other in present:
            name = _name(other)
            if name != key:
                self.before[kind, name, key] -= 1

    def at_home(self, kind: str, key: str) -> bool:
        """Whether extension ``key`` is written in objects of ``kind``: by several
        corpus specs (``x-hasEquivalentPaths`` at the root), or earlier in this one."""
        return key in EXTENSIONS.get(kind, ()) or (kind, key) in self.homes

    def score(self, kind: str, present: dict[Any, Any], key: str) -> float:
        """log10 of how likely an object of ``kind`` holding ``present`` gets ``key``
        next: how often the kind has the key at all, times the odds that the most
        unusual of the keys already there precedes it (0 for a kind never counted)."""
        table = TABLES.get(kind)
        if table is None:
            return 0.0
        objects, seen, before = table
        key = _name(key)
        likely = (seen.get(key, 0) + _PRIOR) / (objects + 2 * _PRIOR)
        local = self.objects.get(kind, 0)
        if local >= _LOCAL_OBJECTS:
            likely = (self.seen.get((kind, key), 0) + likely) / (local + 1)
        worst = 1.0
        counted, corpus = self.before, self.corpus_odds
        for other in present:
            name = _name(other)
            if name == key or name not in seen:
                continue
            odds = corpus.get((kind, name, key))
            if odds is None:
                ahead = before.get(f"{name} {key}", 0)
                behind = before.get(f"{key} {name}", 0)
                odds = corpus[kind, name, key] = (ahead + _PRIOR) / (ahead + behind + 2 * _PRIOR)
            mine, theirs = counted.get((kind, name, key), 0), counted.get((kind, key, name), 0)
            if mine + theirs:
                odds = (mine + odds) / (mine + theirs + 1)
            worst = min(worst, odds)
        return max(_FLOOR, round(math.log10(likely * worst) / _STEP) * _STEP)


def _name(key: Any) -> str:
    text = str(key)
    return "x-" if text.startswith("x-") else text
