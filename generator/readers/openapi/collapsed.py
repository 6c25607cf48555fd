"""Rebuild an OpenAPI/Swagger YAML document whose line breaks and indentation were lost.

When a YAML spec is copied from a web page, every newline and indentation run
can collapse into one space. YAML then cannot parse it, and indentation, the
only thing that said which mapping a key belongs to, is gone. What is left is
the grammar: which keys each OpenAPI object may hold (``openapi_grammar``).

The parser walks the words once, keeping a stack of open mappings and lists.
Each ``key:`` word goes to the open mapping that accepts it, judged by the
tables and a short look-ahead at the value that follows (a field whose value
must be a string cannot be followed by a mapping; a ``$ref`` must point at the
right kind of object; ``required`` names the schema's own properties). Ties go
to the nearest mapping unless a ``$ref`` points at the other place, the key is
named like the other map's names, or the nearer object looks finished and its
owner also takes the key (see :meth:`_Parser.relative`). Plain scalars end at
the next key (YAML forbids ``": "`` inside them); block scalars and comments run
on until a word the grammar can place. Every choice between several possible
readings is reported as a diagnostic. Look-ahead is bounded and every word is
read once, so the cost is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import unquote

import yaml

from generator.diagnostics import ClientgenError, Diagnostic, info, warning
from generator.readers.openapi.grammar import (
    ANY,
    DEFINITIONS,
    FIELD,
    HANDOVER,
    IMPLIED_TYPE,
    KINDS,
    NAME,
    PATTERNED,
    RARE,
    REQUIRED,
    ROOT,
    Expr,
    Kind,
    accept,
    is_complete,
    is_leaf,
    kind_at,
)

_WORD: Final = re.compile(r"\S+")
_BLOCK_INDICATOR: Final = re.compile(r"[|>](?:[1-9][+-]?|[+-][1-9]?)?")
_DOUBLE_QUOTED: Final = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_POINTER: Final = re.compile(r"""(?:^|\s)['"]?#(/[^\s'"]*)""")
_SPEC_KEY: Final = re.compile(r"""(?:^|\s)['"]?(?:openapi|swagger)['"]?:\s+['"]?\d""")
_SWAGGER_KEY: Final = re.compile(r"""(?:^|\s)['"]?swagger['"]?:\s""")
_FLOW_KEY: Final = re.compile(r"""\{\s*['"]?([^\s:,'"{}]*)""")
_KEY_WORD: Final = re.compile(r"\S:(?:\s|$)")
_NOT_PLAIN_KEY: Final = frozenset("#[]{}&*!|>%@`,'\"")
_LOADER: Final = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVER: Final = yaml.resolver.Resolver()
_CONSTRUCTOR: Final = yaml.constructor.SafeConstructor()
_STR_TAG: Final = "tag:yaml.org,2002:str"

_LOOKAHEAD: Final = 2  # levels of value checked before a key is placed
_MAX_FRAMES: Final = 256  # open mappings considered for a key (bounds the cost)
_MAX_KEY_WORDS: Final = 8  # words of a plain key with spaces (`Example 1:`)
_MAX_EXPLICIT_KEY_WORDS: Final = 64
_MAX_REQUIRED: Final = 64  # names of a `required` list checked against `properties`
_COLLAPSED_KEYS_PER_LINE: Final = 8
_SCHEMA: Final = KINDS["Schema"]

_FREE: Final = "free-form"  # how a free-form mapping accepts any key
# Rank of how a key is accepted: grammar fields and patterned names are sure.
_STRENGTH: Final = {FIELD: 3, PATTERNED: 3, NAME: 2, _FREE: 1}


def looks_collapsed(text: str) -> bool:
    """True for OpenAPI/Swagger YAML with many keys per line (its newlines lost)."""
    if text.lstrip().startswith(("{", "[")):
        return False
    found = _SPEC_KEY.search(text)
    if found is None:
        return False
    body = text[found.start() :].strip()
    keys = len(_KEY_WORD.findall(body))
    return keys >= _COLLAPSED_KEYS_PER_LINE * (body.count("\n") + 1)


def rebuild(text: str, source: str = "<text>") -> tuple[Any, list[Diagnostic]]:
    """The document YAML would have loaded before the collapse, and what was guessed."""
    parser = _Parser(text, source)
    return parser.run(), parser.diagnostics


def typed(text: str, tag: str | None = None) -> Any:
    """A plain scalar typed as PyYAML types it (``200`` is an int, ``on`` a bool)."""
    tag = tag or _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    construct = _CONSTRUCTOR.yaml_constructors.get(tag)
    if tag == _STR_TAG or construct is None:
        return text
    try:
        return construct(_CONSTRUCTOR, yaml.ScalarNode(tag, text))
    except (yaml.YAMLError, ValueError):
        return text


def unquote_scalar(raw: str) -> str:
    """The value of a quoted scalar (the common cases without calling the YAML parser)."""
    if "\n" not in raw and (raw[0] == "'" or "\\" not in raw):
        inner = raw[1:-1]
        return inner.replace("''", "'") if raw[0] == "'" else inner
    try:
        value = yaml.load(raw, Loader=_LOADER)
    except yaml.YAMLError:
        return raw[1:-1]
    return value if isinstance(value, str) else raw[1:-1]


@dataclass(frozen=True)
class _Key:
    text: str  # the key as written, unquoted
    value: Any  # the key as YAML types it
    end: int  # index of the first word after the key


@dataclass(eq=False)
class _Frame:
    """An open mapping (``item is None``) or list, with where it hangs in its parent."""

    kind: Kind | None  # None: a free-form mapping (examples, extension values)
    item: Expr | None
    value: Any
    path: tuple[str, ...]
    slot: tuple[Any, Any] | None
    styles: Counter[str] = field(default_factory=Counter)  # naming styles of its names
    firsts: set[str] = field(default_factory=set)  # first words of its names


@dataclass(frozen=True)
class _Choice:
    frame: _Frame
    expr: Expr
    how: str
    rank: tuple[int, ...]


def _style(name: str) -> str:
    """A coarse naming style, to tell schema names (Pascal) from property names."""
    first = name[:1]
    if not first.isalpha():
        return ""
    if first.isupper():
        return "upper"
    return "kebab" if "-" in name else "lower"


def _path(pointer: str) -> tuple[str, ...]:
    """The path of a local JSON pointer (``#/components/schemas/A~1B``)."""
    parts = unquote(pointer).split("/")[1:]
    return tuple(p.replace("~1", "/").replace("~0", "~") for p in parts)


def _refs(text: str) -> set[tuple[str, ...]]:
    """Every local JSON pointer in the text, as a path (where named things must go)."""
    return {_path("#" + match.group(1)) for match in _POINTER.finditer(text)}


class _Parser:
    def __init__(self, text: str, source: str) -> None:
        self.text, self.source = text, source
        spans = [m.span() for m in _WORD.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.count = len(spans)
        self.keys: dict[int, _Key | None] = {}
        self.quotes: dict[int, int] = {}
        self.refs = _refs(text)
        self.swagger = _SWAGGER_KEY.search(text) is not None
        self.last_key = {
            self.word(i)[:-1].strip("'\""): i for i in range(self.count) if _ends_key(self.word(i))
        }
        self.stack: list[_Frame] = []
        self.anchors: dict[str, Any] = {}
        self.diagnostics: list[Diagnostic] = []
        self.newlines: list[int] | None = None

    # -- words ---------------------------------------------------------------

    def word(self, at: int) -> str:
        return self.text[self.starts[at] : self.ends[at]]

    def span(self, start: int, end: int) -> str:
        """The words ``start..end-1`` joined by single spaces."""
        if end <= start:
            return ""
        return " ".join(self.text[self.starts[start] : self.ends[end - 1]].split())

    def location(self, at: int) -> str:
        offset = self.starts[at] if at < self.count else len(self.text)
        if self.newlines is None:
            self.newlines = [m.start() for m in re.finditer("\n", self.text)]
        line = bisect.bisect_left(self.newlines, offset)
        column = offset - (self.newlines[line - 1] + 1 if line else 0) + 1
        return f"{self.source}:{line + 1}:{column}"

    def note(self, at: int, message: str, hint: str = "") -> None:
        self.diagnostics.append(info(message, self.location(at), hint))

    def warn(self, at: int, message: str, hint: str = "") -> None:
        self.diagnostics.append(warning(message, self.location(at), hint))

    def word_after(self, offset: int) -> int:
        return bisect.bisect_left(self.starts, offset)

    def quote_end(self, offset: int) -> int:
        """Offset just past the quoted scalar opening at ``offset``, or -1."""
        cached = self.quotes.get(offset)
        if cached is None:
            cached = self.quotes[offset] = self._scan_quote(offset)
        return cached

    def _scan_quote(self, offset: int) -> int:
        if self.text[offset] == '"':
            match = _DOUBLE_QUOTED.match(self.text, offset)
            return match.end() if match else -1
        at = offset + 1
        while True:
            close = self.text.find("'", at)
            if close < 0:
                return -1
            if not self.text.startswith("''", close):
                return close + 1
            at = close + 2

    def key_at(self, at: int) -> _Key | None:
        """The key starting at word ``at`` (``name:``, ``'200':``), if it is one."""
        if at >= self.count:
            return None
        if at not in self.keys:
            self.keys[at] = self._read_key(at)
        return self.keys[at]

    def _read_key(self, at: int) -> _Key | None:
        word = self.word(at)
        if word == "?":  # an explicit key, as PyYAML writes keys over 128 characters
            last = min(self.count, at + _MAX_EXPLICIT_KEY_WORDS)
            colon = next((i for i in range(at + 1, last) if self.word(i) == ":"), None)
            if colon is None:
                return None
            name = self.span(at + 1, colon)
            plain = name[:1] not in ("'", '"')
            return _Key(
                name if plain else unquote_scalar(name),
                typed(name) if plain else unquote_scalar(name),
                colon + 1,
            )
        if word[0] in "'\"":
            end = self.quote_end(self.starts[at])
            after = end + 1
            if end < 0 or not self.text.startswith(":", end):
                return None
            if after < len(self.text) and not self.text[after].isspace():
                return None
            name = unquote_scalar(self.text[self.starts[at] : end])
            return _Key(name, name, self.word_after(after))
        if not _ends_key(word) or word[0] in _NOT_PLAIN_KEY:
            return None
        return _Key(word[:-1], typed(word[:-1]), at + 1)

    def join_key(self, start: int, last: int) -> _Key:
        """Register the plain key spanning words ``start..last`` (``Option One:``)."""
        name = self.span(start, last + 1)[:-1]
        key = self.keys[start] = _Key(name, typed(name), last + 1)
        return key

    def multiword_key(self, start: int, register: bool = True) -> _Key | None:
        """A key with spaces starting at ``start``, if a key word ends it soon enough."""
        if self.word(start)[0] in _NOT_PLAIN_KEY:
            return None
        for at in range(start + 1, min(self.count, start + _MAX_KEY_WORDS)):
            word = self.word(at)
            if word == "-" or word[0] in "#'\"":
                return None
            if _ends_key(word):
                if register:
                    return self.join_key(start, at)
                name = self.span(start, at + 1)[:-1]
                return _Key(name, name, at + 1)
        return None

    # -- grammar -------------------------------------------------------------

    def fit(self, expr: Expr, at: int, depth: int) -> int:
        """How well the value at ``at`` fits ``expr``: 0 not at all, 1 loosely, 2 well."""
        at = self.skip_properties(at)
        if at >= self.count:  # a null: plausible for scalars, not for an object
            return int(expr.free or bool(expr.scalars))
        key = self.key_at(at)
        if key is not None:
            return self.fit_mapping(expr, key, depth)
        word = self.word(at)
        loose = int(expr.free)
        if word == "-":
            if expr.items is None:
                return loose
            return 2 if depth == 0 or self.fit(expr.items, at + 1, depth - 1) else 0
        first = word[0]
        if first == "[":
            return 2 if expr.items else loose
        if first == "{":
            return self.fit_flow_mapping(expr, word) or loose
        if first in "'\"" or _BLOCK_INDICATOR.fullmatch(word):
            return 2 if expr.scalars else loose
        if first in "*#":  # an alias fits anything; a comment hides what follows
            return 1 if first == "*" or expr.free else 0
        if not expr.scalars:
            key = self.multiword_key(at, register=False) if expr.kind else None
            return self.fit_mapping(expr, key, depth) if key else loose
        if expr.words is not None:
            return 2 if word in expr.words else 1
        return 2 if _scalar_types(word) & expr.scalars else 1

    def fit_flow_mapping(self, expr: Expr, word: str) -> int:
        """A flow mapping fits an object kind when empty or opened by one of its keys."""
        match = _FLOW_KEY.match(word)
        if expr.kind is None or match is None:
            return 0
        return 2 if not match.group(1) or accept(expr.kind, match.group(1), self.swagger) else 0

    def fit_mapping(self, expr: Expr, key: _Key, depth: int) -> int:
        accepted = accept(expr.kind, key.text, self.swagger) if expr.kind else None
        if accepted is None:
            return int(expr.free)
        if depth == 0:
            return 2
        if key.text == "$ref" and not self.ref_fits(expr.kind, key.end):
            return int(expr.free)
        sub = self.fit(accepted[0], key.end, depth - 1)
        if sub == 0:
            return int(expr.free)
        return sub if accepted[1] == NAME else 2

    def ref_fits(self, kind: Kind | None, at: int) -> bool:
        """A local ``$ref`` must point at the kind of object it stands for."""
        if at >= self.count:
            return True
        word = self.word(at)
        end = self.quote_end(self.starts[at]) if word[0] in "'\"" else self.ends[at]
        raw = self.text[self.starts[at] : end] if end > 0 else word
        pointer = unquote_scalar(raw) if raw[0] in "'\"" else raw
        if not pointer.startswith("#/"):
            return True
        target = kind_at(_path(pointer), self.swagger)
        return target is None or target is kind

    def accepts(self, frame: _Frame, key: _Key) -> tuple[Expr, str] | None:
        if key.value in frame.value:
            return None
        if frame.kind is None or key.text == "<<":
            return ANY, _FREE if frame.kind is None else FIELD
        return accept(frame.kind, key.text, self.swagger)

    def consistency(self, frame: _Frame, key: _Key) -> int:
        """Whether schema keywords agree: -1 no, 0 cannot tell, 1 yes. `required`
        names the schema's own properties; `type` matches the keywords there
        (`items` makes an array)."""
        if key.text == "type":
            implied = {IMPLIED_TYPE[k] for k in frame.value if k in IMPLIED_TYPE}
            return -1 if implied and implied != {self.word(key.end)} else 0
        names, at = list[str](), key.end
        while at + 1 < self.count and self.word(at) == "-" and len(names) < _MAX_REQUIRED:
            word = self.word(at + 1)
            names.append(unquote_scalar(word) if word[0] in "'\"" and len(word) > 1 else word)
            at += 2
        properties = frame.value.get("properties")
        if not names or not isinstance(properties, dict):
            return 0 if frame.value.get("type") in (None, "object") else -1
        return 1 if all(name in properties for name in names) else -1

    def place_key(self, at: int, key: _Key, report: bool) -> _Choice | None:
        """The open mapping ``key`` belongs to, by grammar, $refs, style, then nearness."""
        choices = []
        frames = self.stack[-_MAX_FRAMES:]
        for distance, frame in enumerate(reversed(frames)):
            accepted = None if frame.item else self.accepts(frame, key)
            if accepted is None:
                continue
            expr, how = accepted
            fit = self.fit(expr, key.end, _LOOKAHEAD)
            if fit == 2 and frame.kind is _SCHEMA and key.text in ("required", "type"):
                fit += self.consistency(frame, key)
            if fit:
                rank = self.rank(at, frame, key, how, fit, distance)
                choices.append(_Choice(frame, expr, how, rank))
        if not choices:
            return None
        choices = [self.relative(choice, choices[0], key) for choice in choices]
        best = max(choices, key=lambda c: c.rank)
        if report and len(choices) > 1:
            self.report(at, key, best, choices)
        return best

    def rank(
        self, at: int, frame: _Frame, key: _Key, how: str, fit: int, distance: int
    ) -> tuple[int, ...]:
        """Order of preference: an empty mapping wants its first key; a $ref naming
        the place (at the key's last occurrence); how well the value fits; a field
        over a name over free-form content; a key not rare there; the slot
        :meth:`relative` fills; nearness."""
        fresh = int(not frame.value)
        last = self.last_key.get(key.text, at)
        ref = int(last <= at and (*frame.path, key.text) in self.refs)
        strength = _STRENGTH[how]
        if how != _FREE and "$ref" in frame.value:
            strength = 1  # beside a $ref, other keys are ignored (3.0): rarely written
        common = int(frame.kind is None or key.text not in RARE.get(frame.kind.name, ()))
        return (fresh, ref, fit, strength, common, 0, -distance)

    def relative(self, choice: _Choice, nearest: _Choice, key: _Key) -> _Choice:
        """Prefer an outer mapping over the nearest one where the nearest looks done.

        A definitions map (``schemas``) takes a key styled like its names when the
        nearest map's names are styled otherwise (a schema after a property map);
        another map of names takes a key sharing a first word with one of its
        names when the nearest does not (``createdAt`` after ``createdBy: {..}``);
        an owner takes a documentation key its finished descendant also allows (a
        parameter's ``description`` after its ``schema``) unless a list or an
        object of the descendant's kind lies between or both are of one kind (a
        property's ``description``); extensions pass only from leaf objects.
        """
        if choice is nearest:
            return choice
        inner, outer = nearest.frame, choice.frame
        if choice.how == NAME == nearest.how and outer.path[-1:] and outer.path[-1] in DEFINITIONS:
            style = _style(key.text)
            prefer = bool(style) and _majority(outer, style) and not _majority(inner, style)
        elif choice.how == NAME == nearest.how:
            first = _first_word(key.text)
            prefer = bool(first) and first in outer.firsts and first not in inner.firsts
        elif choice.how == FIELD == nearest.how and inner.kind and outer.kind is not inner.kind:
            handed = key.text in HANDOVER or (
                key.text.startswith("x-") and is_leaf(inner.kind) and inner.kind.name in REQUIRED
            )
            between = self.stack[self.stack.index(outer) + 1 : self.stack.index(inner)]
            prefer = (
                handed
                and is_complete(inner.kind, inner.value)
                and not any(f.item or f.kind is inner.kind for f in between)
            )
        else:
            return choice
        rank = (*choice.rank[:-2], int(prefer), choice.rank[-1])
        return _Choice(outer, choice.expr, choice.how, rank)

    def report(self, at: int, key: _Key, best: _Choice, choices: list[_Choice]) -> None:
        reasons = (
            "an empty mapping takes the next key",
            "a $ref points there",
            "the value fits the grammar there",
            "the grammar has the key there",
            "the key is seldom used in the other place",
            "the nearer mapping looks finished or its names are unlike the key",
        )
        nearest = choices[0]
        where = _pointer(best.frame.path)
        if best is not nearest:
            reason = next(
                r for r, a, b in zip(reasons, best.rank, nearest.rank, strict=False) if a != b
            )
            self.note(
                at,
                f"'{key.text}' placed under {where} rather than "
                f"{_pointer(nearest.frame.path)}: {reason}",
            )
            return
        rivals = [
            c
            for c in choices[1:]
            if c.rank[:-1] == best.rank[:-1]
            and not (c.frame.path[-1:] and c.frame.path[-1] in DEFINITIONS)
        ]
        if rivals and best.how == NAME:
            self.note(
                at,
                f"'{key.text}' could belong to {where} or "
                f"{_pointer(rivals[0].frame.path)}; the nearer was chosen",
                "indentation was lost; check nested maps of the same kind",
            )

    def place_dash(self, at: int) -> tuple[_Frame, int] | None:
        """The open list a ``-`` continues, by how well the item fits, then nearness."""
        best: tuple[tuple[int, ...], _Frame, int] | None = None
        frames = self.stack[-_MAX_FRAMES:]
        for distance, frame in enumerate(reversed(frames)):
            if frame.item is None:
                continue
            fit = self.fit(frame.item, at + 1, _LOOKAHEAD)
            rank = (int(not frame.value), fit, -distance)
            if fit and (best is None or rank > best[0]):
                best = (rank, frame, fit)
        return None if best is None else (best[1], best[2])

    def dash_ends_text(self, at: int, direct: bool) -> bool:
        """Whether a ``-`` inside text starts a list item rather than being prose.

        Before a key, it does, unless the mapping being filled still lacks a
        required field and takes that key (``description: a - in: query``).
        """
        if direct:
            return True
        target, key = self.place_dash(at), self.key_at(at + 1)
        if target is None or (target[1] < 2 and key is None):
            return False
        owner = self.stack[-1]
        if key is None or owner.item or owner.kind is None or not self.accepts(owner, key):
            return True
        return is_complete(owner.kind, owner.value)

    # -- values --------------------------------------------------------------

    def skip_properties(self, at: int) -> int:
        """Past an anchor (``&name``) and a tag (``!!str``) before a value."""
        while at < self.count and len(word := self.word(at)) > 1 and word[0] in "&!":
            at += 1
        return at

    def scan_plain(self, start: int, direct: bool, expr: Expr = ANY) -> int:
        """End of a plain scalar: YAML forbids ``": "`` and ``" #"`` inside one.

        A key word that cannot start a key (``*required:``) ends a key with
        spaces that began earlier; an enumerated value (``type: string``) is one
        word, so words after it begin such a key (``description (markdown):``).
        """
        at = start + 1
        while at < self.count:
            word = self.word(at)
            if word[0] == "#" or self.key_at(at) is not None:
                break
            if _ends_key(word):
                begin = next(
                    (
                        b
                        for b in range(at - 1, max(start, at - _MAX_KEY_WORDS), -1)
                        if self.word(b)[0] not in _NOT_PLAIN_KEY
                    ),
                    None,
                )
                if begin is not None:
                    self.join_key(begin, at)
                    return begin
            if word == "-" and self.dash_ends_text(at, direct):
                break
            at += 1
        if expr.words and at > start + 1 and self.word(start) in expr.words:
            return start + 1 if self.multiword_key(start + 1) else at
        return at

    def scan_text(self, start: int, direct: bool, pending: Expr | None = None) -> int:
        """End of a block scalar or comment: the next word the grammar can place.

        ``pending`` is the kind of a value not yet opened (a comment right after
        ``key:``), whose own keys also end the text.
        """
        at, kept = start, []
        while at < self.count:
            dash = self.word(at) == "-"
            key = self.key_at(at)
            if (dash or key) and pending and self.fit(pending, at, _LOOKAHEAD) == 2:
                break
            if dash and self.dash_ends_text(at, direct):
                break
            if key is not None:
                if self.place_key(at, key, report=False):
                    break
                kept.append(key.text)
            at += 1
        if kept:
            self.note(
                start,
                f"kept {', '.join(repr(k + ':') for k in kept[:5])} as text: "
                "no mapping open here accepts such a key",
            )
        return at

    def read_value(
        self, slot: tuple[Any, Any], path: tuple[str, ...], expr: Expr, at: int, direct: bool
    ) -> int:
        """Read the value at ``at`` into ``slot``; open a frame for a mapping or list."""
        anchor, tag, end = "", None, self.skip_properties(at)
        for word in map(self.word, range(at, end)):
            if word[0] == "&":
                anchor = word[1:]
            elif word.startswith("!!"):
                tag = "tag:yaml.org,2002:" + word[2:]
        at, (container, index) = end, slot
        if at >= self.count:
            return at
        word = self.word(at)
        if word[0] == "#":
            self.warn(at, "comment dropped; where it ended was guessed")
            end = self.scan_text(at + 1, direct, expr)
            return self.read_value(slot, path, expr, end, direct)
        if self.key_at(at) is None and word != "-" and not expr.scalars and not expr.free:
            self.multiword_key(at)  # `mapping: Option One: ...`
        if self.key_at(at) is not None or word == "-":
            return self.open_node(slot, path, expr, at, anchor)
        value, at = self.read_scalar(at, direct, tag, expr)
        container[index] = value
        if anchor:
            self.anchors[anchor] = value
        return at

    def open_node(
        self, slot: tuple[Any, Any], path: tuple[str, ...], expr: Expr, at: int, anchor: str
    ) -> int:
        """Hang an empty mapping or list in ``slot`` and make it the open frame."""
        is_list = self.word(at) == "-"
        if (expr.items if is_list else expr.kind) is None and not expr.free:
            self.warn(at, f"expected a {expr.text} value here; read it as null")
            return at
        value: Any = [] if is_list else {}
        slot[0][slot[1]] = value
        if anchor:
            self.anchors[anchor] = value
        kind = None if is_list else expr.kind
        item = (expr.items or ANY) if is_list else None
        self.stack.append(_Frame(kind, item, value, path, slot))
        return at

    def read_scalar(self, at: int, direct: bool, tag: str | None, expr: Expr) -> tuple[Any, int]:
        word, start = self.word(at), self.starts[at]
        if word[0] in "[{":
            return self.read_flow(at)
        if word[0] in "'\"":
            end = self.quote_end(start)
            if end > 0:
                return unquote_scalar(self.text[start:end]), self.word_after(end)
            self.warn(at, "unterminated quoted scalar; read as plain text")
        if word[0] == "*":
            if word[1:] not in self.anchors:
                self.warn(at, f"unknown alias {word}; read as null")
            return self.anchors.get(word[1:]), at + 1
        if _BLOCK_INDICATOR.fullmatch(word):
            end = self.scan_text(at + 1, direct)
            body = self.span(at + 1, end)
            keep = "-" not in word and body
            return body + "\n" if keep else body, end
        end = self.scan_plain(at, direct, expr)
        return typed(self.span(at, end), tag), end

    def read_flow(self, at: int) -> tuple[Any, int]:
        start = self.starts[at]
        end = self.flow_end(start)
        if end < 0:
            self.warn(at, "unterminated flow collection; read as text")
            end = self.ends[at]
        raw = self.text[start:end]
        try:
            value = yaml.load(raw, Loader=_LOADER)
        except yaml.YAMLError as exc:
            self.warn(
                at, f"flow collection is not valid YAML ({exc.__class__.__name__}); kept as text"
            )
            value = raw
        return value, self.word_after(end)

    def flow_end(self, start: int) -> int:
        """Offset just past the flow collection at ``start`` (quotes respected), or -1."""
        depth, at, last = 0, start, ""
        while at < len(self.text):
            char = self.text[at]
            if char in "'\"" and last in "[{,:?":
                at = self.quote_end(at)
                if at < 0:
                    return -1
                last = char
                continue
            depth += (char in "[{") - (char in "]}")
            if depth == 0:
                return at + 1
            if not char.isspace():
                last = char
            at += 1
        return -1

    # -- structure -----------------------------------------------------------

    def run(self) -> Any:
        at = self.start()
        if self.word(at)[0] in "[{":
            value, at = self.read_flow(at)
            self.check_rest(at)
            return value
        root: dict[Any, Any] = {}
        self.stack.append(_Frame(KINDS[ROOT], None, root, (), None))
        while at < self.count:
            at = self.step(at)
        while self.stack:
            self.close(self.stack.pop())
        if not any(k in KINDS[ROOT].fields for k in root if isinstance(k, str)):
            raise ClientgenError(
                "no OpenAPI or Swagger document could be rebuilt",
                self.location(0),
                "is this an OpenAPI/Swagger YAML document?",
            )
        return root

    def start(self) -> int:
        """The first word of the document: past directives, `---` and any prose before it."""
        at = 0
        while at < self.count and self.word(at)[0] == "%":
            at += 2
        if at < self.count and self.word(at) == "---":
            at += 1
        if at >= self.count:
            raise ClientgenError(
                "empty document: nothing to rebuild",
                f"{self.source}:1:1",
                "pass the text of an OpenAPI or Swagger YAML document",
            )
        if self.key_at(at) is None and self.word(at)[0] not in "[{":
            found = next(
                (
                    i
                    for i in range(at, self.count)
                    if (k := self.key_at(i)) and k.text in ("openapi", "swagger")
                ),
                at,
            )
            if found != at:
                self.warn(at, f"skipped {found - at} words of text before the document")
            at = found
        return at

    def check_rest(self, at: int) -> None:
        if at < self.count:
            self.warn(at, "text after the document ignored")

    def step(self, at: int) -> int:
        word = self.word(at)
        key = self.key_at(at)
        if key is not None:
            return self.place(at, key)
        if word == "-":
            return self.dash(at)
        if word[0] == "#":
            self.warn(at, "comment dropped; where it ended was guessed")
            return self.scan_text(at + 1, False)
        if word in ("---", "..."):
            self.check_rest(at + (word == "..."))
            return self.count
        return self.stray(at)

    def place(self, at: int, key: _Key) -> int:
        choice = self.place_key(at, key, report=True)
        if choice is None:
            frame = next(
                (f for f in reversed(self.stack) if f.item is None and key.value not in f.value),
                None,
            )
            if frame is None:
                self.warn(at, f"duplicate key '{key.text}' dropped")
                return self.scan_plain(at, False)
            self.warn(
                at,
                f"'{key.text}' is not valid in {_pointer(frame.path)}; kept there",
                "check the key's spelling against the OpenAPI specification",
            )
            choice = _Choice(frame, ANY, _FREE, ())
        frame = choice.frame
        self.pop_to(frame)
        if choice.how == NAME:
            frame.styles[_style(key.text)] += 1
            frame.firsts.add(_first_word(key.text))
        frame.value[key.value] = None
        return self.read_value(
            (frame.value, key.value), (*frame.path, key.text), choice.expr, key.end, False
        )

    def dash(self, at: int) -> int:
        target = self.place_dash(at)
        if target is None:
            self.warn(at, "list item outside any list; skipped")
            return self.scan_plain(at, False)
        frame = target[0]
        self.pop_to(frame)
        items = frame.value
        items.append(None)
        assert frame.item is not None
        return self.read_value(
            (items, len(items) - 1), (*frame.path, str(len(items) - 1)), frame.item, at + 1, True
        )

    def stray(self, at: int) -> int:
        """Words where a key was expected: a key with spaces (`Example 1:`) or junk."""
        key = self.multiword_key(at)
        if key is not None and self.place_key(at, key, report=False):
            return self.place(at, key)
        self.keys[at] = None
        end = self.scan_plain(at, False)
        self.warn(at, f"could not place text {self.span(at, end)[:60]!r}; dropped")
        return end

    def pop_to(self, frame: _Frame) -> None:
        while self.stack[-1] is not frame:
            self.close(self.stack.pop())

    def close(self, frame: _Frame) -> None:
        """Finish a frame: an empty mapping was a null (`key:` then a dedent)."""
        value = frame.value
        if isinstance(value, dict) and "<<" in value:
            merged = value.pop("<<")
            for source in merged if isinstance(merged, list) else [merged]:
                for name, item in source.items() if isinstance(source, dict) else ():
                    value.setdefault(name, item)
        if not value and frame.slot is not None:
            frame.slot[0][frame.slot[1]] = None


def _majority(frame: _Frame, style: str) -> bool:
    return frame.styles[style] * 2 > sum(frame.styles.values())


def _ends_key(word: str) -> bool:
    return len(word) > 1 and word[-1] == ":"


_CAMEL_BREAK: Final = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[_\-\s.]+")


def _first_word(name: str) -> str:
    """``created`` for createdAt/created_at; short words (id, is) say too little."""
    first = _CAMEL_BREAK.split(name, maxsplit=1)[0].lower()
    return first if len(first) >= 4 else ""


def _scalar_types(word: str) -> set[str]:
    """The scalar kinds of the tables a plain word satisfies (every word is a str)."""
    value = typed(word)
    if isinstance(value, bool):
        return {"str", "bool"}
    if isinstance(value, int):
        return {"str", "int", "num"}
    return {"str", "num"} if isinstance(value, float) else {"str"}


def _pointer(path: tuple[str, ...]) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in path)
