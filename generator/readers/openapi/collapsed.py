"""Rebuild an OpenAPI/Swagger YAML document whose line breaks and indentation were lost.

When a YAML spec is copied from a web page, every newline and indentation run
can collapse into one space. YAML then cannot parse it, and indentation, the
only thing that said which mapping a key belongs to, is gone. What is left is
the grammar: which keys each OpenAPI object may hold (:mod:`.grammar`), and in
which order real specs write them (:mod:`.keyorder`).

The parser keeps a stack of open mappings and lists and jumps from one
structural token to the next with one regular expression (a ``key:``, a ``-``,
a quoted scalar), so the text between them is never looked at word by word.
Each key goes to the open mapping that accepts it best, ranked by
:meth:`_Parser.rank`: an empty mapping takes its first key; a ``$ref``
pointing at the place; how well the value that follows fits there (a short,
bounded look-ahead: a field whose value must be a string cannot be followed by
a mapping, a ``$ref`` must point at the right kind of object, ``required``
names the schema's own properties, a keyword of one JSON type goes to no schema
of another); in a document that writes its keys sorted, no place where the key
would break the order; a grammar field over an extension never seen in that
kind of object (corpus or document) over an arbitrary name over free-form
content; the usual order of keys in that kind of object; then nearness. Rival
places are then judged by the key after a scalar value: a field that would
leave an example is kept there when that next key (or ``-``) fits only inside
it. A plain scalar ends at the next key (YAML forbids ``": "`` inside one); a
block scalar runs on until a key or ``-`` the grammar places with a good fit
(so ``Note: ...`` and JSON text stay text). Every choice between readings that
rank equally is reported as an info diagnostic naming both places.

A choice between places is kept alive until the text decides
(:mod:`.collapsed_beam`): the parser keeps a checkpoint at each key placed with
rivals and an undo log of what it changed since. When a contradiction shows (a
key no open mapping takes, a ``-`` outside any list, words that fit nowhere),
it rolls back to recent checkpoints, the most recent first, and tries the
other places (never one beyond an open definitions map); the first reading
that reads on past the contradiction is kept and reported. Nothing recurses
over the document: trials are bounded per contradiction and in total, so the
cost stays linear in the text and the depth is bounded.
"""

from __future__ import annotations

import bisect
import functools
import gc
import itertools
import re
from collections.abc import Callable, Iterator
from typing import Any, Final, NamedTuple
from urllib.parse import unquote

import yaml

from generator.diagnostics import ClientgenError, Diagnostic, info, warning
from generator.readers.openapi import collapsed_beam as beam
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
from generator.readers.openapi.keyorder import KeyOrder
from generator.yamlsource import FastLoader

_QUOTED: Final = r"""'[^']*(?:''[^']*)*'|"[^"\\]*(?:\\.[^"\\]*)*\""""
_PLAIN_KEY: Final = r"""[^\s'"\#\[\]{}&*!|>%@`,]\S*?"""
# A structural token at a word start: a list dash, a quoted or plain key, `? `.
_HEAD: Final = re.compile(
    rf"(?P<dash>-)(?=\s|\Z)|(?P<quoted>{_QUOTED}):(?=\s|\Z)|(?P<explicit>\?)(?=\s)"
    rf"|(?P<plain>{_PLAIN_KEY}):(?=\s|\Z)",
    re.S,
)
# The next structural token (or comment) after a position, inside scalar text.
_NEXT: Final = re.compile(
    rf"(?<!\S)(?:(?P<dash>-)(?=\s|\Z)|(?P<quoted>{_QUOTED}):(?=\s|\Z)|(?P<explicit>\?)(?=\s)"
    rf"|(?P<plain>{_PLAIN_KEY}):(?=\s|\Z)|(?P<comment>\#))",
    re.S,
)
_NONSPACE: Final = re.compile(r"\S")
# The words after a key's first word where a key with spaces may end: every other
# word is neither a key nor a `-` nor a comment or quote (see multiword_key).
_KEY_END: Final = re.compile(
    r"""(?<!\S)(?:[#'"]|-(?!\S)|\?(?!\S)|[^\s'"\#\[\]{}&*!|>%@`,]\S*:(?!\S))"""
)
_WORD: Final = re.compile(r"\S+")
_SINGLE: Final = re.compile(r"'[^']*(?:''[^']*)*'")
_DOUBLE: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_FLOW_CHAR: Final = re.compile(r"""[\[\]{}'"]""")
_BLOCK_INDICATOR: Final = re.compile(r"[|>](?:[1-9][+-]?|[+-][1-9]?)?(?=\s|\Z)")
# A local JSON pointer: `#/...` at a word start, or after a quote there (_refs checks
# what comes before, so that the search can jump from `#` to `#`).
_HASH_PATH: Final = re.compile(r"""#(/[^\s'"]*)""")
_FIRST_REF: Final = re.compile(r"""\$ref['"]?:\s+['"]?#(/[^\s'"]*)""")
_SELF_REF_WINDOW: Final = 160  # characters after a key where its value's first $ref is sought
_SELF_REF_KEYS: Final = 2  # keys before it (`allOf: - $ref:`, `items: $ref:`)
_SPEC_KEY: Final = re.compile(r"""(?:^|\s)['"]?(?:openapi|swagger)['"]?:\s+['"]?\d""")
_VERSION_KEY: Final = re.compile(
    r"""(?:^|\s)['"]?(?:(?P<swagger>swagger)|openapi)['"]?:\s+['"]?(?(swagger)2\.0|3\.)"""
)
_FLOW_KEY: Final = re.compile(r"""\{\s*['"]?([^\s:,'"{}]*)""")
_KEY_WORD: Final = re.compile(r"\S:(?:\s|$)")
# A key that needs no quotes: a dumper would not have quoted it (JSON text does).
_PLAIN_SAFE: Final = re.compile(r"[A-Za-z_$][\w$.\-/]*\Z")
_RESERVED: Final = "`@"  # YAML's reserved indicators: no plain scalar starts with one
_NOT_PLAIN_KEY: Final = frozenset("#[]{}&*!|>%@`,'\"")
# The limited loader: a flow collection in a capture may be an alias bomb or nest deep.
_LOADER: Final = FastLoader
_RESOLVER: Final = yaml.resolver.Resolver()
_CONSTRUCTOR: Final = yaml.constructor.SafeConstructor()
_STR_TAG: Final = "tag:yaml.org,2002:str"

_LOOKAHEAD: Final = 2  # levels of value checked before a key is placed
_MAX_FRAMES: Final = 64  # open mappings considered for a key (bounds the cost)
_OUTER_FRAMES: Final = 4  # outermost open mappings always considered too
_WINDOW: Final = _MAX_FRAMES + _OUTER_FRAMES  # up to this depth every open frame is considered
_MAX_DEPTH: Final = 300  # deeper nesting is read as null (JSON tools recurse)
_MAX_KEY_WORDS: Final = 16  # words of a plain key with spaces (`Example 1:`)
_NEXT_WORDS: Final = re.compile(rf"(?:\s+\S+){{1,{_MAX_KEY_WORDS}}}")
_MAX_EXPLICIT_KEY: Final = 2000  # characters of an explicit `? key :`
_MAX_REQUIRED: Final = 64  # names of a `required` list checked against `properties`
_COLLAPSED_KEYS_PER_LINE: Final = 8
_SCHEMA: Final = KINDS["Schema"]
_PATHS: Final = KINDS["Paths"]

# Keywords of one JSON type: beside another `type` they belong to an outer schema
# (`items` after `id: {type: string}` is a property named so).
_KEYWORD_TYPE: Final = {
    **IMPLIED_TYPE,
    "minItems": "array",
    "maxItems": "array",
    "uniqueItems": "array",
    "minLength": "string",
    "maxLength": "string",
    "minProperties": "object",
    "maxProperties": "object",
    "minimum": "number",
    "maximum": "number",
    "multipleOf": "number",
}
_NUMERIC: Final = {"integer": "number"}
_CHECKED: Final = frozenset({"required", "type", *_KEYWORD_TYPE})
_ORDER: Final = 7  # where the key order score sits in a rank
_NO_ORDER: Final = 1.0  # no key order score (scores are <= 0); never compared with one
_SURE: Final = 6  # rank fields that settle a choice (fresh ... strength), before priors
_SORTED_SEEN: Final = 30  # keys placed after another before a document counts as sorted
_SORTED_SHARE: Final = 0.98  # share of those placed in sorted order
_FREE_SORTED_SEEN: Final = 10  # in free-form content (of a document sorted elsewhere)
_FREE_SORTED_SHARE: Final = 0.6
_TYPED_SHAPES: Final = ("properties", "items")
_TYPED_SEEN: Final = 5  # closed schemas of a shape, all typed, before a lack of type is noticed
_TYPED_RATIO: Final = 20  # at most one untyped such schema in this many typed ones
# Keys written beside a `$ref` (annotations, extensions); others belong elsewhere.
_BESIDE_REF: Final = frozenset(
    {
        "description",
        "summary",
        "title",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "nullable",
        "default",
        "externalDocs",
        "xml",
    }
)
_FREE: Final = "free-form"  # how a free-form mapping accepts any key
# Rank of how a key is accepted: grammar fields and patterned names are sure.
_STRENGTH: Final = {FIELD: 3, PATTERNED: 3, NAME: 2, _FREE: 1}
_STRANGER: Final = 2.5  # an extension never written in that kind of object: below a field
_ANYWHERE: Final = (ANY, _FREE)  # how a free-form mapping takes any key
_MERGE: Final = (ANY, FIELD)  # how a mapping of a known kind takes a merge key `<<`


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
    collecting = gc.isenabled()
    gc.disable()  # the parse makes no reference cycles; its undo log would only slow the GC
    try:
        return parser.run(), parser.diagnostics
    finally:
        if collecting:
            gc.enable()


_TYPED: dict[str, Any] = {}


def typed(text: str, tag: str | None = None) -> Any:
    """A plain scalar typed as PyYAML types it (``200`` is an int, ``on`` a bool)."""
    if tag is None and len(text) <= 40:
        if text in _TYPED:
            return _TYPED[text]
        value = _typed(text, None)
        if len(_TYPED) < 100_000:
            _TYPED[text] = value
        return value
    return _typed(text, tag)


def _typed(text: str, tag: str | None) -> Any:
    tag = tag or _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    construct = _CONSTRUCTOR.yaml_constructors.get(tag)
    if tag == _STR_TAG or construct is None:
        return text
    try:
        return construct(_CONSTRUCTOR, yaml.ScalarNode(tag, text))
    except (yaml.YAMLError, ValueError, TypeError, OverflowError):
        return text


def unquote_scalar(raw: str) -> str:
    """The value of a quoted scalar (the common cases without calling the YAML parser)."""
    if raw[0] == "'" or "\\" not in raw:
        inner = " ".join(raw[1:-1].split()) if "\n" in raw else raw[1:-1]
        return inner.replace("''", "'") if raw[0] == "'" else inner
    raw = _ESCAPE.sub(_line_break, raw)
    try:
        value = yaml.load(raw, Loader=_LOADER)
    except yaml.YAMLError:
        return raw[1:-1]
    return value if isinstance(value, str) else raw[1:-1]


_ESCAPE: Final = re.compile(r"\\(.)", re.S)


def _line_break(escape: re.Match[str]) -> str:
    """A dumper folds a long double-quoted line with ``\\`` before the line break;
    collapsed, that reads as an escaped space: give it its line break back (a
    dumper writes an escaped space only at the start of a line, after a space)."""
    at = escape.start()
    if escape.group(1) == " " and at and not escape.string[at - 1].isspace():
        return "\\\n"
    return escape.group()


class _Key(NamedTuple):
    """A key as read (a tuple: one is made for every key of the text)."""

    text: str  # the key as written, unquoted
    value: Any  # the key as YAML types it
    start: int  # offset of the key's first character
    end: int  # offset just past its colon
    quoted: str  # the quote character, or ""


_NO_KEY: Final = _Key("", None, -1, -1, "")  # not in a memo yet


class _Tally(dict[str, int]):
    """Counts (a missing one is 0): a :class:`Counter` without its costly constructor,
    one for every open mapping."""

    def __missing__(self, key: str) -> int:
        return 0


class _Frame:
    """An open mapping (``item is None``) or list, with where it hangs in its parent."""

    __slots__ = (
        "complete",
        "depth",
        "firsts",
        "item",
        "kind",
        "last",
        "lasts",
        "names",
        "path",
        "prev",
        "shapes",
        "slot",
        "styles",
        "value",
    )

    def __init__(
        self,
        kind: Kind | None,
        item: Expr | None,
        value: Any,
        path: tuple[str, ...],
        slot: tuple[Any, Any] | None,
        depth: int,
    ) -> None:
        self.depth = depth  # its index in the parser's stack while open
        self.kind = kind  # None: a free-form mapping (examples, extension values)
        self.item = item
        self.value = value
        self.path = path
        self.slot = slot
        self.styles: _Tally = _Tally()  # naming styles of its names
        self.firsts: set[str] = set()  # first words of its names
        self.lasts: set[str] = set()  # last words of its names
        self.shapes: set[str] = set()  # shapes of the keys of a free-form mapping
        self.prev = ""  # its last key of any kind
        self.last = ""  # its last name
        self.names = 0  # how many names it has, while they come in sorted order (else -1)
        self.complete = False  # it has all its required fields (it only gains keys while open)

    def add_name(self, name: str) -> None:
        if self.names >= 0:
            self.names = self.names + 1 if not self.last or self.last < name else -1
        self.last = name

    def sorted_around(self, name: str, after: bool) -> bool:
        """Whether this map's names are sorted (3 or more) and ``name`` comes after
        (``after``) or before its last one."""
        return self.names >= 3 and (self.last < name if after else name < self.last)


class _Choice(NamedTuple):
    """A place for a key (a tuple: one is made for every open mapping that takes it)."""

    frame: _Frame
    expr: Expr
    how: str
    rank: tuple[float, ...]

    def with_order(self, order: float) -> _Choice:
        rank = (*self.rank[:_ORDER], order, *self.rank[_ORDER + 1 :])
        return _Choice(self.frame, self.expr, self.how, rank)


@functools.lru_cache(maxsize=1 << 16)
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
    pointers = set()
    for found in _HASH_PATH.finditer(text):
        at = found.start()
        before = text[at - 1] if at else " "
        if before in "'\"":
            before = text[at - 2] if at > 1 else " "
        if before.isspace():
            pointers.add(found.group(1))
    return {_path("#" + pointer) for pointer in pointers}


class _Parser:
    def __init__(self, text: str, source: str) -> None:
        self.text, self.source, self.size = text, source, len(text)
        self.keys: dict[int, _Key | None] = {}
        self.fits: dict[tuple[Expr, int, int], int] = {}
        self.words: dict[int, str] = {}  # value_word by offset
        self.plain_ends: dict[int, int] = {}  # scan_plain by offset, where no `-` was met
        self.multiwords: dict[int, _Key | None] = {}  # multiword_key by offset
        self.registered: list[int] = []  # where multiword_key registered a key, sorted
        self.names: dict[int, list[str]] = {}  # required_names by offset
        self.accepted: dict[str, dict[Kind, tuple[Expr, str] | None]] = {}
        self.refs = _refs(text)
        self.ref_owners: dict[str, set[tuple[str, ...]]] = {}  # last part -> paths before it
        self.ref_targets: dict[str, Kind | None] = {}  # a $ref's pointer -> the kind there
        for ref in self.refs:
            self.ref_owners.setdefault(ref[-1], set()).add(ref[:-1])
        self.swagger = _is_swagger(text)
        self.last_key: dict[str, int] = {}
        self.last_path = -1  # where the last key shaped like a path (`/items:`) starts
        self.order = KeyOrder()
        # keys placed after a greater one, after a lesser one: in objects of a known
        # kind, then in free-form content (examples, extension values)
        self.sorted: list[int] = [0, 0, 0, 0]
        # closed schemas holding `properties` or `items`: [without, with] a `type`
        self.typed: dict[str, list[int]] = {shape: [0, 0] for shape in _TYPED_SHAPES}
        self.stack: list[_Frame] = []
        self.anchors: dict[str, Any] = {}
        self.diagnostics: list[Diagnostic] = []
        self.newlines: list[int] | None = None
        # backtracking (:mod:`.collapsed_beam`): an undo log since the oldest checkpoint
        self.log: list[tuple[Any, ...]] = []
        self.log_base = 0  # absolute position of the log's first entry
        self.points: list[beam.Checkpoint] = []
        self.force: tuple[int, int] | None = None  # (key offset, alternative) while trying
        self.flipped: dict[int, int] = {}  # key offset -> the alternative kept there
        self.conflict = -1  # offset of the first contradiction not yet handled
        self.searched: set[int] = set()  # contradictions already searched
        self.tried: set[tuple[int, int]] = set()  # (key offset, alternative) tried
        self.searching = False
        # tokens all trials may read again (a token per CHARS_PER_TOKEN characters)
        self.budget = int(beam.BUDGET * len(text) / beam.CHARS_PER_TOKEN) + beam.EXTRA_BUDGET

    # -- text ----------------------------------------------------------------

    def skip(self, at: int) -> int:
        """The offset of the next non-space character (or the end)."""
        text, size = self.text, self.size
        if at < size:
            char = text[at]
            if not char.isspace():
                return at
            if char == " " and at + 1 < size and not text[at + 1].isspace():
                return at + 1  # one space, as a collapsed text mostly has
        found = _NONSPACE.search(text, at)
        return found.start() if found else size

    def word_end(self, at: int) -> int:
        found = _WORD.match(self.text, at)
        return found.end() if found else at

    def squash(self, start: int, end: int) -> str:
        """The text ``start..end`` with whitespace runs made single spaces."""
        return " ".join(self.text[start:end].split())

    def location(self, at: int) -> str:
        if self.newlines is None:
            self.newlines = [m.start() for m in re.finditer("\n", self.text)]
        line = bisect.bisect_left(self.newlines, at)
        column = at - (self.newlines[line - 1] + 1 if line else 0) + 1
        return f"{self.source}:{line + 1}:{column}"

    def note(self, at: int, message: str, hint: str = "") -> None:
        self.diagnostics.append(info(message, self.location(at), hint))

    def warn(self, at: int, message: str, hint: str = "") -> None:
        self.diagnostics.append(warning(message, self.location(at), hint))

    def quote_end(self, at: int) -> int:
        """Offset just past the quoted scalar opening at ``at``, or -1."""
        found = (_SINGLE if self.text[at] == "'" else _DOUBLE).match(self.text, at)
        return found.end() if found else -1

    # -- keys ----------------------------------------------------------------

    def key_at(self, at: int) -> _Key | None:
        """The key starting at offset ``at`` (``name:``, ``'200':``), if it is one."""
        key = self.keys.get(at, _NO_KEY)
        if key is not _NO_KEY:
            return key
        found = _HEAD.match(self.text, at) if at < self.size else None
        key = None if found is None or found.lastgroup == "dash" else self._key(found)
        self.keys[at] = key
        return key

    def _key(self, found: re.Match[str]) -> _Key | None:
        group, start = found.lastgroup, found.start()
        if group == "plain":
            name = found.group("plain")
            return _Key(name, typed(name), start, found.end(), "")
        if group == "quoted":
            raw = found.group("quoted")
            name = unquote_scalar(raw)
            return _Key(name, name, start, found.end(), raw[0])
        # an explicit key, as PyYAML writes keys over 128 characters: `? long key : value`
        colon = self.text.find(" :", found.end(), found.end() + _MAX_EXPLICIT_KEY)
        if colon < 0:
            return None
        raw = self.squash(found.end(), colon)
        if not raw:
            return None
        name = unquote_scalar(raw) if raw[0] in "'\"" and len(raw) > 1 else raw
        return _Key(name, name if raw[0] in "'\"" else typed(raw), start, colon + 2, "")

    def token(self, at: int) -> str:
        """``dash``, ``key`` or ``""`` for the word at ``at``."""
        key = self.keys.get(at, _NO_KEY)  # key_at's memo first
        if (self.key_at(at) if key is _NO_KEY else key) is not None:
            return "key"
        return "dash" if self.text.startswith("-", at) and self.word_end(at) == at + 1 else ""

    def multiword_key(self, start: int, register: bool = True) -> _Key | None:
        """A plain key with spaces starting at ``start`` (``Example 1:``), if one ends soon
        (memoised: it depends on the keys read after ``start``, which change only where
        one is registered or dropped, and then every memo is forgotten)."""
        key = self.multiwords.get(start, _NO_KEY)
        if key is _NO_KEY:
            key = self.multiwords[start] = self._multiword_key(start)
        if register and key is not None and self.keys.get(start) != key:
            self.put(self.keys, start, key)
            self.multiwords.clear()
            bisect.insort(self.registered, start)
        return key

    def _multiword_key(self, start: int) -> _Key | None:
        """The words after the first that may end a key are found with one search
        (:data:`_KEY_END`) within the next ``_MAX_KEY_WORDS`` words, unless a key
        with spaces was registered there (:meth:`_multiword_key_by_word`)."""
        text = self.text
        if start >= self.size or text[start] in _NOT_PLAIN_KEY:
            return None
        at = self.word_end(start)
        window = _NEXT_WORDS.match(text, at)
        if window is None:
            return None
        end, registered = window.end(), self.registered
        if registered:
            after = bisect.bisect_right(registered, at)
            if after < len(registered) and registered[after] < end:
                return self._multiword_key_by_word(start)
        while True:
            found = _KEY_END.search(text, at, end)
            if found is None:
                return None
            at = found.start()
            if text[at] in "#'\"":
                return None
            key = self.key_at(at)
            if key is None:
                if found.group() == "-":  # a list item
                    return None
                at = found.end()
                continue
            if key.quoted:
                return None
            name = self.squash(start, key.end - 1)
            return _Key(name, typed(name), start, key.end, "")

    def _multiword_key_by_word(self, start: int) -> _Key | None:
        text = self.text
        words = _WORD.finditer(text, self.word_end(start))
        for word in itertools.islice(words, _MAX_KEY_WORDS):
            at = word.start()
            if text[at] in "#'\"":
                return None
            key = self.key_at(at)
            if key is None:
                if word.end() == at + 1 and text[at] == "-":  # a list item
                    return None
                continue
            if key.quoted:
                return None
            name = self.squash(start, key.end - 1)
            return _Key(name, typed(name), start, key.end, "")
        return None

    def plausible_in_text(self, key: _Key) -> bool:
        """Whether a key inside text can be a real key: a dumper does not quote
        ``"id":`` (JSON text does), a quoted value is followed by a key, a ``-`` or
        the end, never by more words (``for example: "Ubuntu" or ...``), and no
        value starts with a reserved indicator (`` ` ``, ``@``)."""
        if key.quoted and _PLAIN_SAFE.match(key.text) and isinstance(typed(key.text), str):
            return False
        at = self.skip(key.end)
        if at < self.size and self.text[at] in _RESERVED:
            return False  # `Date format: `yyyy-MM-dd``: no plain scalar starts so
        if at >= self.size or self.text[at] not in "'\"":
            return True
        end = self.quote_end(at)
        if end < 0:
            return False
        after = self.skip(end)
        return (
            after >= self.size
            or self.text[after] == "#"
            or bool(self.token(after))
            or self.multiword_key(after, register=False) is not None
        )

    # -- grammar -------------------------------------------------------------

    def fit(self, expr: Expr, at: int, depth: int) -> int:
        """How well the value at ``at`` fits ``expr``: 0 not at all, 1 loosely, 2 well."""
        cache = (expr, at, depth)
        cached = self.fits.get(cache)
        if cached is None:
            cached = self.fits[cache] = self._fit(expr, at, depth)
        return cached

    def _fit(self, expr: Expr, at: int, depth: int) -> int:
        text, size = self.text, self.size
        if at + 1 < size and text[at] == " " and not text[at + 1].isspace():
            at += 1  # skip's common case, inlined
        else:
            at = self.skip(at)
        if at < size and text[at] in "&!":
            at = self.skip_properties(at)
        if at >= size:  # a null: plausible for scalars, not for an object
            return int(expr.free or bool(expr.scalars))
        key = self.keys.get(at, _NO_KEY)
        if key is _NO_KEY:
            key = self.key_at(at)
        if key is not None:
            return self.fit_mapping(expr, key, depth)
        loose = int(expr.free)
        first = text[at]
        if first == "-" and (at + 1 == size or text[at + 1].isspace()):  # a lone `-`
            if expr.items is None:  # free-form content holds a list as well as a scalar
                return 2 if expr is ANY else loose
            return 2 if depth == 0 or self.fit(expr.items, at + 1, depth - 1) else 0
        if expr is ANY:  # any scalar fits free-form content; a mapping or list only loosely
            return 2
        if first == "[":
            return 2 if expr.items else loose
        if first == "{":
            return self.fit_flow_mapping(expr, at) or loose
        if first in "'\"" or _BLOCK_INDICATOR.match(text, at):
            return 2 if expr.scalars else loose
        if first in "*#":  # an alias fits anything; a comment hides what follows
            return 1 if first == "*" or expr.free else 0
        if not expr.scalars:
            kind = expr.kind
            if kind is None or (kind.names is None and not text.startswith("x-", at)):
                return loose  # a kind without names has no key with spaces but an extension
            key = self.multiword_key(at, register=False)
            return self.fit_mapping(expr, key, depth) if key else loose
        end = self.word_end(at)
        word = text[at:end]
        if expr.words is not None:
            return 2 if word in expr.words else 1
        if "str" not in expr.scalars and self.more_words(end):
            return 1  # `minLength: 10 characters` is text: a plain scalar of words is a string
        return 2 if _scalar_types(word) & expr.scalars else 1

    def more_words(self, at: int) -> bool:
        """Whether a word follows ``at`` before the next key, ``-`` or comment."""
        at = self.skip(at)
        if at >= self.size:
            return False
        found = _NEXT.match(self.text, at)
        return found is None

    def fit_flow_mapping(self, expr: Expr, at: int) -> int:
        """A flow mapping fits an object kind when empty or opened by one of its keys."""
        match = _FLOW_KEY.match(self.text, at)
        if expr.kind is None or match is None:
            return 0
        return 2 if not match.group(1) or self.accept(expr.kind, match.group(1)) else 0

    def fit_mapping(self, expr: Expr, key: _Key, depth: int) -> int:
        kind = expr.kind
        if kind is None:
            return int(expr.free)
        known = self.accepted.get(key.text)
        if known is not None and kind in known:
            accepted = known[kind]
        else:
            accepted = self.accept(kind, key.text)
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
        at = self.skip(at)
        if at >= self.size:
            return True
        end = self.quote_end(at) if self.text[at] in "'\"" else self.word_end(at)
        raw = self.text[at:end] if end > 0 else self.text[at : self.word_end(at)]
        pointer = unquote_scalar(raw) if raw[0] in "'\"" and len(raw) > 1 else raw
        if not pointer.startswith("#/"):
            return True
        if pointer not in self.ref_targets:
            self.ref_targets[pointer] = kind_at(_path(pointer), self.swagger)
        target = self.ref_targets[pointer]
        return target is None or target is kind

    def accept(self, kind: Kind, key: str) -> tuple[Expr, str] | None:
        known = self.accepted.get(key)
        if known is None:
            known = self.accepted[key] = {}
        if kind not in known:
            known[kind] = accept(kind, key, self.swagger)
        return known[kind]

    def complete(self, frame: _Frame) -> bool:
        """Whether an open mapping of a known kind has all its required fields."""
        if not frame.complete and frame.kind is not None and is_complete(frame.kind, frame.value):
            self.log.append((beam.ATTR, frame, "complete", False))
            frame.complete = True
        return frame.complete

    def accepts(self, frame: _Frame, key: _Key) -> tuple[Expr, str] | None:
        try:
            if key.value in frame.value:
                return None
        except TypeError:  # an unhashable key value
            return None
        if frame.kind is None or key.text == "<<":
            return ANY, _FREE if frame.kind is None else FIELD
        return self.accept(frame.kind, key.text)

    def consistency(self, frame: _Frame, key: _Key) -> int:
        """Whether schema keywords agree: -1 no, 0 cannot tell, 1 yes. `required`
        names the schema's own properties; `type` matches the keywords there
        (`items` makes an array); a keyword of one type (`minItems`) goes to no
        schema of another."""
        if key.text in _KEYWORD_TYPE:
            kind = frame.value.get("type")
            types = {kind} if isinstance(kind, str) else _implied_types(frame.value)
            wanted = _KEYWORD_TYPE[key.text]
            return -1 if any(_NUMERIC.get(t, t) != wanted for t in types) else 0
        if key.text == "type":
            implied = _implied_types(frame.value)
            enum = frame.value.get("enum")
            if enum is not None:
                implied |= _enum_type(enum)
            return -1 if implied and implied != {self.value_word(key.end)} else 0
        names = self.required_names(key.end)
        properties = frame.value.get("properties")
        if not names or not isinstance(properties, dict):
            scalar = frame.value.get("type") not in (None, "object")
            return -1 if scalar or _enum_type(frame.value.get("enum")) else 0
        return 1 if all(name in properties for name in names) else -1

    def value_word(self, at: int) -> str:
        """The word a value starting after ``at`` begins with (memoised by offset)."""
        word = self.words.get(at)
        if word is None:
            start = self.skip(at)
            word = self.words[at] = self.text[start : self.word_end(start)]
        return word

    def required_names(self, at: int) -> list[str]:
        """The names of a block list after ``at`` (a ``required`` list), memoised by offset."""
        names = self.names.get(at)
        if names is not None:
            return names
        names, at_ = list[str](), self.skip(at)
        while self.token(at_) == "dash" and len(names) < _MAX_REQUIRED:
            at_ = self.skip(at_ + 1)
            end = self.word_end(at_)
            word = self.text[at_:end]
            if not word:
                break
            names.append(unquote_scalar(word) if word[0] in "'\"" and len(word) > 1 else word)
            at_ = self.skip(end)
        self.names[at] = names
        return names

    def takes_first(self, key: _Key, in_text: bool) -> _Choice | None:
        """The empty mapping on top, when it takes ``key`` as its first key."""
        top = self.stack[-1]
        if top.value or top.item is not None:
            return None
        accepted = self.accepts(top, key)
        if accepted and (in_text is False or accepted[1] != _FREE):
            fit = self.fit(accepted[0], key.end, _LOOKAHEAD)
            if fit == 2 or (fit and not in_text):
                return _Choice(top, accepted[0], accepted[1], ())
        return None

    def places(self, key: _Key, in_text: bool) -> Iterator[tuple[_Frame, Expr, str, int, int, int]]:
        """The open mappings that may take ``key``, nearest first: each with the
        value kind and how it takes the key, how well the value fits, whether no
        unfinished object lies nearer (``closes``) and its distance."""
        stack, text, end, value, start = self.stack, key.text, key.end, key.value, key.start
        try:
            hash(value)
        except TypeError:  # an unhashable key value goes nowhere
            return
        known = self.accepted.get(text)
        if known is None:
            known = self.accepted[text] = {}
        fits: dict[Expr, int] = {}  # how well the value fits each value kind
        nearest_mapping, closes = True, 1
        checked, merge = text in _CHECKED, text == "<<"
        depth = len(stack)
        for distance in range(depth) if depth <= _WINDOW else self.window():
            frame = stack[-1 - distance]
            if frame.item is not None:
                continue
            kind = frame.kind
            owner, nearest_mapping = nearest_mapping, False
            if value in frame.value:
                accepted = None
            elif kind is None:
                accepted = _ANYWHERE
            elif merge:
                accepted = _MERGE
            elif kind in known:
                accepted = known[kind]
            else:
                accepted = known[kind] = accept(kind, text, self.swagger)
            if accepted is None:
                if closes and kind is not None and self.unfinished(frame, start):
                    closes = 0  # placing the key further out would leave this object unfinished
                continue
            expr, how = accepted
            if in_text and how == _FREE and not owner:
                continue
            fit = fits.get(expr)
            if fit is None:
                fit = fits[expr] = self.fit(expr, end, _LOOKAHEAD)
            if in_text and fit == 1 and expr is ANY and how == FIELD:
                fit = 2  # `example:` or `x-...:` then a mapping: ends text as well as a scalar
            if fit == 2 and checked and kind is _SCHEMA:
                fit += self.consistency(frame, key)
            if fit == 2 or (fit and not in_text):
                yield frame, expr, how, fit, closes, distance
            if closes and kind is not None and self.unfinished(frame, start):
                closes = 0

    def placeable(self, key: _Key, in_text: bool = False) -> bool:
        """Whether some open mapping takes ``key`` (inside text: with a good fit)."""
        if self.takes_first(key, in_text) is not None:
            return True
        return next(self.places(key, in_text), None) is not None

    def choose(self, key: _Key) -> _Choice | None:
        """The open mapping ``key`` belongs to, by :meth:`rank` (None: nowhere);
        a choice between readings that rank alike is reported."""
        first = self.takes_first(key, False)
        if first is not None:
            return first
        index, diagnostics = self.log_base + len(self.log), len(self.diagnostics)
        ref_owners = (
            self.ref_owners.get(key.text, ())
            if self.last_key.get(key.text, key.start) == key.start
            else ()
        )
        sorted_keys = self.sorted_keys()
        choices = [
            _Choice(
                frame,
                expr,
                how,
                self.rank(frame, key, how, fit, closes, distance, ref_owners, sorted_keys),
            )
            for frame, expr, how, fit, closes, distance in self.places(key, False)
        ]
        if not choices:
            return None
        orders = [c.rank[_ORDER] for c in choices if c.rank[_ORDER] != _NO_ORDER]
        if orders and len(orders) < len(choices):  # orders compare only with orders:
            most = max(orders)  # a place without one ties with the best of them
            choices = [c if c.rank[_ORDER] != _NO_ORDER else c.with_order(most) for c in choices]
        choices = self.relative(choices, key)
        best = max(choices, key=lambda c: c.rank)
        if len(choices) > 1:
            best = self.check_next(key, best, choices)
            forced = self.alternative(key, best, choices, index, diagnostics)
            if forced is not None:
                self.report(key, forced, [best, forced], "the other reading meets a contradiction")
                return forced
            self.report(key, best, choices)
        return best

    def alternative(
        self, key: _Key, best: _Choice, choices: list[_Choice], index: int, diagnostics: int
    ) -> _Choice | None:
        """The place a trial or an earlier search forces for ``key`` instead of
        ``best``; else None, after keeping a checkpoint to come back to."""
        # no place further out than a definitions map open above it: a key sent there
        # closes the map for good, and free-form content may swallow what follows
        others = [c for c in choices if c is not best and self.keeps_definitions(c.frame)]
        force = self.force
        alt = force[1] if force and force[0] == key.start else self.flipped.get(key.start, 0)
        if 0 < alt <= len(others):
            others.sort(key=lambda c: c.rank, reverse=True)
            return others[alt - 1]
        if not others:
            return None
        alternatives = min(len(others), beam.MAX_ALTERNATIVES)
        point = beam.Checkpoint(key.start, index, diagnostics, alternatives)
        self.points.append(point)
        if len(self.points) > beam.MAX_POINTS and not self.searching:
            del self.points[: len(self.points) - beam.MAX_POINTS]
        return None

    def unfinished(self, frame: _Frame, at: int) -> bool:
        """An object lacking a required field; ``paths`` before the last path
        (``servers`` between two paths is no root field); a schema with
        ``properties`` (or ``items``) but no ``type`` yet in a document whose such
        schemas all had one (``timezone_id`` after ``offset`` is timezone's own
        property when its ``type: object`` is still to come)."""
        kind, value = frame.kind, frame.value
        if kind is None:
            return False
        if kind is _PATHS:
            return at < self.last_path
        if kind is not _SCHEMA:
            return not (frame.complete or self.complete(frame))
        if "type" in value:
            return False
        if "properties" in value:  # as _typed_shape
            untyped, typed_ = self.typed["properties"]
        elif "items" in value:
            untyped, typed_ = self.typed["items"]
        else:
            return False
        return typed_ >= _TYPED_SEEN and untyped * _TYPED_RATIO <= typed_

    def window(self) -> range | list[int]:
        """Distances of the open frames a key or ``-`` may go to: the nearest ones and
        the outermost (so a path or a schema name recovers from a misplaced key)."""
        depth = len(self.stack)
        if depth <= _MAX_FRAMES + _OUTER_FRAMES:
            return range(depth)
        return [*range(_MAX_FRAMES), *range(depth - _OUTER_FRAMES, depth)]

    def check_next(self, key: _Key, best: _Choice, choices: list[_Choice]) -> _Choice:
        """Among readings as good by grammar and fit, prefer one after which the key
        following a scalar value still has a place (``enum`` after a server
        variable's ``description`` only fits if the description was the variable's).
        A field leaving free-form content is checked so too: ``description`` inside
        an example stays there when the example's next key fits nowhere outside."""
        sure = best.rank[:_SURE]
        rivals = [c for c in choices if c.rank[:_SURE] == sure]
        if best.how != _FREE:
            rivals += [c for c in choices if c.how == _FREE and c.rank[-1] > best.rank[-1]]
        if len(rivals) < 2:
            return best
        following = self.following(key)
        if following is None:
            return best
        fits = self.later_fits([c.frame for c in rivals], key, following)
        most = max(fits.values())
        if most and fits[id(best.frame)] < most:
            return max((c for c in rivals if fits[id(c.frame)] == most), key=lambda c: c.rank)
        return best

    def following(self, key: _Key) -> _Key | int | None:
        """The key, or the offset of the ``-``, after ``key``'s value when that
        value is a scalar."""
        at = self.skip(key.end)
        if at >= self.size or self.token(at) or self.text[at] in "[{*&!#":
            return None
        if self.text[at] in "'\"":
            end = self.quote_end(at)
        elif indicator := _BLOCK_INDICATOR.match(self.text, at):
            end = self.scan_text(indicator.end(), False, quiet=True)
        else:
            end = self.scan_plain(at, False)
        if end <= 0:
            return None
        end = self.skip(end)
        return end if self.token(end) == "dash" else self.key_at(end)

    def later_fits(self, frames: list[_Frame], key: _Key, later: _Key | int) -> dict[int, int]:
        """How well ``later`` (a key, or a ``-`` at that offset) fits once ``key``
        went into each of ``frames`` (0 to 2, as :meth:`fit`), by ``id`` of the
        frame: in a mapping there or further out, or as an item of a list further
        out (``_MAX_FRAMES`` frames counted from it). ``type: plan-check-in`` fits
        a schema only loosely, an example's item well.

        The open frames are walked down once from the innermost of ``frames``,
        each judged at most once; the walk skips what no unsettled frame's window
        holds and stops when every frame has found a fit of 2 or passed its window.
        """
        if not isinstance(later, int) and later.text == key.text:
            return {id(frame): 0 for frame in frames}
        depths = sorted({frame.depth for frame in frames}, reverse=True)
        own, stack = self.own_later_fits(later), self.stack
        best: dict[int, int] = {}
        waiting: list[tuple[int, int]] = []  # (depth, fits of 1 seen before it), innermost first
        ones, reached, depth = 0, 0, depths[0]
        while True:
            while reached < len(depths) and depths[reached] == depth:
                waiting.append((depth, ones))
                reached += 1
            while waiting and waiting[0][0] - _MAX_FRAMES >= depth:  # its window ends above
                top, before = waiting.pop(0)
                best[top] = int(ones > before)
            if not waiting:
                if reached == len(depths):
                    break
                depth = depths[reached]
                continue
            fit = own(stack[depth])
            if fit == 2:
                best.update((top, 2) for top, _ in waiting)
                waiting.clear()
            elif fit:
                ones += 1
            if depth == 0:
                best.update((top, int(ones > before)) for top, before in waiting)
                break
            depth -= 1
        return {id(frame): best[frame.depth] for frame in frames}

    def own_later_fits(self, later: _Key | int) -> Callable[[_Frame], int]:
        """How well ``later`` fits in a frame itself: a ``-`` in a list, a key in a
        mapping (each value kind's fit judged once)."""
        fits: dict[Expr, int] = {}

        def fit_of(expr: Expr, at: int) -> int:
            found = fits.get(expr)
            if found is None:
                found = fits[expr] = self.fit(expr, at, 1)
            return found

        if isinstance(later, int):
            return lambda frame: fit_of(frame.item, later + 1) if frame.item else 0
        text, end, value = later.text, later.end, later.value
        try:
            hash(value)
        except TypeError:  # an unhashable key goes nowhere (as accepts says)
            return lambda frame: 0
        merge = text == "<<"
        known = self.accepted.get(text)
        if known is None:
            known = self.accepted[text] = {}

        def own(frame: _Frame) -> int:  # accepts and fit_of, inlined
            if frame.item is not None or value in frame.value:
                return 0
            kind = frame.kind
            if kind is None or merge:
                expr = ANY
            else:
                if kind in known:
                    accepted = known[kind]
                else:
                    accepted = known[kind] = accept(kind, text, self.swagger)
                if not accepted:
                    return 0
                expr = accepted[0]
            found = fits.get(expr)
            if found is None:
                found = fits[expr] = self.fit(expr, end, 1)
            return found

        return own

    def rank(
        self,
        frame: _Frame,
        key: _Key,
        how: str,
        fit: int,
        closes: int,
        distance: int,
        ref_owners: set[tuple[str, ...]] | tuple[()],
        sorted_keys: tuple[bool, bool],
    ) -> tuple[float, ...]:
        """Order of preference: an empty mapping wants its first key; a $ref naming
        the place (at the key's last occurrence); how well the value fits; no
        unfinished object (an operation without `responses`) closed on the way; the
        sorted order of a sorted document kept; a field over a stranger extension
        over a name over free-form content; a key not rare there; the usual order
        of keys in that kind of object; the slot :meth:`relative` fills; nearness."""
        fresh = int(not frame.value)
        ref = int(frame.path in ref_owners)
        in_order = int(
            not frame.prev or frame.prev < key.text or not sorted_keys[frame.kind is None]
        )
        if how == _FREE:  # no kind: no field strength, rarity or order there
            return (fresh, ref, fit, closes, in_order, _STRENGTH[_FREE], 1, _NO_ORDER, 0, -distance)
        strength: float = _STRENGTH[how]
        if how == FIELD and "$ref" in frame.value and not _beside_ref(key.text):
            strength = 1  # a $ref stands for the whole object; only annotations go beside it
        kind = frame.kind.name if frame.kind else ""
        if how == FIELD and key.text.startswith("x-") and not self.order.at_home(kind, key.text):
            strength = min(strength, _STRANGER)
        common = int(key.text not in RARE.get(kind, ()))
        order = _NO_ORDER
        # extensions vary by spec; a schema and the schema nesting it are written alike
        if how == FIELD and kind not in ("", "Schema") and not key.text.startswith("x-"):
            order = self.order.score(kind, frame.value, key.text)
        return (fresh, ref, fit, closes, in_order, strength, common, order, 0, -distance)

    def sorted_keys(self) -> tuple[bool, bool]:
        """Whether this document writes every mapping's keys sorted (as JSON dumped
        with ``sort_keys`` does): then a key never goes where it would break the order.
        Objects of a known kind, then free-form content (examples keep the order they
        were recorded in unless the dumper sorted them too, as PyYAML does)."""
        unsorted, ordered, free_unsorted, free_ordered = self.sorted
        kinds = ordered >= _SORTED_SEEN and ordered >= _SORTED_SHARE * (ordered + unsorted)
        # free-form content of a sorted document is taken as sorted until seen otherwise
        # (the share is looser: a key misplaced there breaks the order too)
        seen = free_ordered + free_unsorted
        free = seen < _FREE_SORTED_SEEN or free_ordered >= _FREE_SORTED_SHARE * seen
        return kinds, kinds and free

    def relative(self, choices: list[_Choice], key: _Key) -> list[_Choice]:
        """Prefer an outer mapping over the nearest one where the nearest looks done.

        A definitions map (``schemas``) takes a key styled like its names when the
        nearest map's names are styled otherwise (a schema after a property map);
        another map of names takes a key sharing a first word with one of its
        names when the nearest does not (``createdAt`` after ``createdBy: {..}``),
        unless the nearest alone shares its last word (``user_at`` after
        ``user_id`` and ``user: {name_at: ..}``);
        in free-form content, an outer mapping takes a key shaped like its keys
        when the nearest's keys are shaped otherwise; an owner takes a
        documentation key its finished descendant also allows (a parameter's
        ``description`` after its ``schema``) unless a list or an object of the
        descendant's kind lies between or both are of one kind (a property's
        ``description``); extensions pass only from leaf objects. Only places
        taking the key as the nearest does are compared with it.
        """
        nearest, how = choices[0], choices[0].how
        if how == _FREE:
            shape = _shape(key.text)
            if shape in nearest.frame.shapes:
                return choices
            return [
                _preferred(c)
                if c.how == _FREE and shape in c.frame.shapes and c is not nearest
                else c
                for c in choices
            ]
        if how not in (NAME, FIELD):
            return choices
        return [
            _preferred(c)
            if c is not nearest and c.how == how and self.prefers(c.frame, nearest.frame, how, key)
            else c
            for c in choices
        ]

    def prefers(self, outer: _Frame, inner: _Frame, how: str, key: _Key) -> bool:
        """Whether ``outer`` rather than the nearest ``inner`` takes ``key``, both
        taking it as a name or both as a field (see :meth:`relative`)."""
        if how == FIELD:
            if not inner.kind or outer.kind is inner.kind:
                return False
            handed = key.text in HANDOVER or (
                key.text.startswith("x-") and is_leaf(inner.kind) and inner.kind.name in REQUIRED
            )
            return handed and self.complete(inner) and not self.between(outer, inner)
        definitions = bool(outer.path[-1:]) and outer.path[-1] in DEFINITIONS
        style = _style(key.text)
        if (
            outer.sorted_around(key.text, True)
            and inner.sorted_around(key.text, False)
            and not (definitions and not _majority(outer, style))
        ):
            return True  # both maps list their names sorted: only the outer one continues
        if definitions:
            return bool(style) and _majority(outer, style) and not _majority(inner, style)
        first, last = _first_word(key.text), _last_word(key.text)
        return (
            bool(first)
            and first in outer.firsts
            and first not in inner.firsts
            and not (last in inner.lasts and last not in outer.lasts)
        )

    def between(self, outer: _Frame, inner: _Frame) -> bool:
        """A list or an object of ``inner``'s kind lies between the two frames."""
        for frame in reversed(self.stack):
            if frame is outer:
                return False
            if frame is not inner and (frame.item or frame.kind is inner.kind):
                return True
        return False

    def report(self, key: _Key, best: _Choice, choices: list[_Choice], reason: str = "") -> None:
        if reason:
            self.note(
                key.start,
                f"'{key.text}' placed under {_pointer(best.frame.path)} rather than "
                f"{_pointer(choices[0].frame.path)}: {reason}",
                "indentation was lost; check nested maps of the same kind",
            )
            return
        reasons = (
            "an empty mapping takes the next key",
            "a $ref points there",
            "the value fits the grammar there",
            "the other place would leave an object unfinished",
            "the document writes keys sorted",
            "the grammar has the key there",
            "the key is seldom used in the other place",
            "real specs write the key there in that order",
            "the nearer mapping looks finished or its names are unlike the key",
        )
        nearest = choices[0]
        where = _pointer(best.frame.path)
        if best is not nearest:
            if not nearest.rank or not best.rank:
                return
            reason = next(
                (r for r, a, b in zip(reasons, best.rank, nearest.rank, strict=False) if a != b),
                reasons[-1],
            )
            self.note(
                key.start,
                f"'{key.text}' placed under {where} rather than "
                f"{_pointer(nearest.frame.path)}: {reason}",
            )
            return
        alike = best.rank[:-1]
        rival = next(
            (
                c
                for c in choices[1:]
                if c.rank[:-1] == alike
                and not (c.frame.path[-1:] and c.frame.path[-1] in DEFINITIONS)
            ),
            None,
        )
        if rival is not None:
            self.note(
                key.start,
                f"'{key.text}' could belong to {where} or "
                f"{_pointer(rival.frame.path)}; the nearer was chosen",
                "indentation was lost; check nested maps of the same kind",
            )

    def place_dash(self, at: int) -> tuple[_Frame, int] | None:
        """The open list a ``-`` continues, by how well the item fits, then nearness."""
        best: tuple[tuple[int, ...], _Frame, int] | None = None
        stack = self.stack
        for distance in self.window():
            frame = stack[-1 - distance]
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
        target, key = self.place_dash(at), self.key_at(self.skip(at + 1))
        if target is None or (target[1] < 2 and key is None):
            return False
        owner = self.stack[-1]
        if key is None or owner.item or owner.kind is None or not self.accepts(owner, key):
            return True
        return is_complete(owner.kind, owner.value)

    # -- values --------------------------------------------------------------

    def skip_properties(self, at: int) -> int:
        """Past an anchor (``&name``) and a tag (``!!str``) before a value."""
        text = self.text
        while at < self.size and text[at] in "&!":
            end = self.word_end(at)
            if end - at < 2:
                break
            at = self.skip(end)
        return at

    def scan_plain(self, start: int, direct: bool, expr: Expr = ANY) -> int:
        """End of a plain scalar: YAML forbids ``": "`` inside one.

        An enumerated value (``type: string``) is one word, so words after it
        begin a key with spaces (``description (markdown):``). Where no ``-`` was
        met, the end depends on the text alone and is remembered (a value is
        scanned when the key before it is placed and again when it is read).
        """
        end = self.plain_ends.get(start, -1)
        if end < 0:
            text, pure = self.text, True
            word = _WORD.match(text, start)  # word_end, inlined
            at = word.end() if word else start
            while True:
                found = _NEXT.search(text, at)
                if found is None:
                    end = self.size
                    break
                group = found.lastgroup
                if group == "dash":
                    pure = False  # whether it ends the text depends on the open frames
                    if self.dash_ends_text(found.start(), direct):
                        end = found.start()
                        break
                elif group != "comment":
                    end = found.start()
                    break
                at = found.end()
            if pure:
                self.plain_ends[start] = end
        if expr.words is not None:
            first = self.word_end(start)
            if self.text[start:first] in expr.words and self.skip(first) < end:
                return first
        return end

    def scan_text(self, start: int, direct: bool, quiet: bool = False) -> int:
        """End of a block scalar or comment: the next key or ``-`` the grammar places."""
        at, kept = start, []
        while True:
            found = _NEXT.search(self.text, at)
            if found is None:
                end = self.size
                break
            group, end = found.lastgroup, found.start()
            if group == "dash":
                if self.dash_ends_text(end, direct):
                    break
            elif group != "comment":
                key = self.key_at(end)
                if key is not None:
                    if self.plausible_in_text(key) and self.placeable(key, in_text=True):
                        break
                    kept.append(key.text)
            at = found.end()
        if kept and not quiet:
            self.note(
                start,
                f"kept {', '.join(repr(k + ':') for k in kept[:5])} as text: "
                "no mapping open here accepts such a key",
            )
        return end

    def read_value(
        self, slot: tuple[Any, Any], path: tuple[str, ...], expr: Expr, at: int, direct: bool
    ) -> int:
        """Read the value at ``at`` into ``slot``; open a frame for a mapping or list."""
        text = self.text
        anchor, tag = "", None
        if at + 1 < self.size and text[at] == " " and not text[at + 1].isspace():
            at += 1  # skip's common case, inlined
        else:
            at = self.skip(at)
        while at < self.size and text[at] in "&!":
            end = self.word_end(at)
            if end - at < 2:
                break
            word = text[at:end]
            if word[0] == "&":
                anchor = word[1:]
            elif word.startswith("!!"):
                tag = "tag:yaml.org,2002:" + word[2:]
            at = self.skip(end)
        container, index = slot
        if at >= self.size:
            return at
        first = text[at]
        if first == "#":
            self.warn(at, "comment dropped; where it ended was guessed")
            return self.read_value(slot, path, expr, self.scan_text(at + 1, direct), direct)
        token = self.token(at)
        if not token and not expr.scalars and not expr.free and first not in "[{'\"*|>":
            token = "key" if self.multiword_key(at) else ""  # `mapping: Option One: ...`
        if token:
            return self.open_node(slot, path, expr, at, anchor, token == "dash")
        value, stop = self.read_scalar(at, direct, tag, expr)
        if stop is None:  # `example: dose rate: 5`: a mapping whose first key has spaces
            self.multiword_key(at)
            return self.open_node(slot, path, expr, at, anchor, False)
        container[index] = value  # the key or item is new this step: undone with it
        if anchor:
            self.put(self.anchors, anchor, value)
        return stop

    def open_node(
        self,
        slot: tuple[Any, Any],
        path: tuple[str, ...],
        expr: Expr,
        at: int,
        anchor: str,
        is_list: bool,
    ) -> int:
        """Hang an empty mapping or list in ``slot`` and make it the open frame."""
        if (expr.items if is_list else expr.kind) is None and not expr.free:
            if expr.scalars:  # `key:` with no value, then the next key
                return at
            self.warn(at, f"expected a {expr.text} value here; read it as null")
            return at
        if len(self.stack) >= _MAX_DEPTH:
            self.warn(at, f"nested deeper than {_MAX_DEPTH} levels; read as null")
            return at
        value: Any = [] if is_list else {}
        slot[0][slot[1]] = value  # the key or item is new this step: undone with it
        if anchor:
            self.put(self.anchors, anchor, value)
        kind = None if is_list else expr.kind
        item = (expr.items or ANY) if is_list else None
        name = kind.name if kind is not None else ""
        if name:
            self.order.opened(name)
        self.stack.append(_Frame(kind, item, value, path, slot, len(self.stack)))
        self.log.append((beam.PUSH, name))
        return at

    def read_scalar(
        self, at: int, direct: bool, tag: str | None, expr: Expr
    ) -> tuple[Any, int | None]:
        text, first = self.text, self.text[at]
        if first in "[{":
            return self.read_flow(at)
        if first in "'\"":
            end = self.quote_end(at)
            if end > 0:
                return unquote_scalar(text[at:end]), end
            self.warn(at, "unterminated quoted scalar; read as plain text")
        if first == "*":
            end = self.word_end(at)
            name = text[at + 1 : end]
            if name not in self.anchors:
                self.warn(at, f"unknown alias *{name}; read as null")
            return self.anchors.get(name), end
        indicator = _BLOCK_INDICATOR.match(text, at)
        if indicator:
            end = self.scan_text(indicator.end(), direct)
            body = self.squash(indicator.end(), end)
            keep = "-" not in indicator.group() and body
            return (body + "\n" if keep else body), end
        end = self.scan_plain(at, direct, expr)
        if (expr.free or expr.kind) and self.spaced_key(at, end):
            return None, None
        return typed(self.squash(at, end), tag), end

    def spaced_key(self, start: int, end: int) -> bool:
        """Whether the plain words ``start..end`` and the key after them are one key
        with spaces (``dose rate: 5``): no open mapping takes the key alone."""
        key = self.key_at(end) if end < self.size else None
        if key is None or key.quoted or self.text[start] in _NOT_PLAIN_KEY:
            return False
        if len(self.text[start:end].split()) >= _MAX_KEY_WORDS:
            return False
        return not self.placeable(key)

    def read_flow(self, at: int) -> tuple[Any, int]:
        if self.text.startswith(("[]", "{}"), at) and self.word_end(at) == at + 2:
            return ([] if self.text[at] == "[" else {}), at + 2
        end = self.flow_end(at)
        if end < 0:
            self.warn(at, "unterminated flow collection; read as text")
            end = self.word_end(at)
        raw = self.text[at:end]
        try:
            value = yaml.load(raw, Loader=_LOADER)
        except yaml.YAMLError as exc:
            self.warn(
                at, f"flow collection is not valid YAML ({exc.__class__.__name__}); kept as text"
            )
            value = raw
        except RecursionError:
            self.warn(at, "flow collection nests too deep; kept as text")
            value = raw
        return value, end

    def flow_end(self, start: int) -> int:
        """Offset just past the flow collection at ``start`` (quotes respected), or -1."""
        text, depth, at = self.text, 0, start
        while True:
            found = _FLOW_CHAR.search(text, at)
            if found is None:
                return -1
            char, at = found.group(), found.start()
            if char in "'\"":
                before = text[at - 1] if at > start else ""
                if before in " [{,:?" or before.isspace():
                    at = self.quote_end(at)
                    if at < 0:
                        return -1
                    continue
                at += 1
                continue
            depth += 1 if char in "[{" else -1
            at += 1
            if depth == 0:
                return at

    # -- structure -----------------------------------------------------------

    def run(self) -> Any:
        at = self.start()
        if self.text[at] in "[{":
            value, at = self.read_flow(at)
            self.check_rest(at)
            return value
        self.last_key = self.key_positions(at)
        self.last_path = max((p for k, p in self.last_key.items() if k[:1] == "/"), default=-1)
        root: dict[Any, Any] = {}
        self.stack.append(_Frame(KINDS[ROOT], None, root, (), None, 0))
        at = self.skip(at)
        while at < self.size:
            at = self.skip(self.step(at))
            if self.conflict >= 0:
                at = self.resolve(at)
            elif len(self.log) > 2 * beam.TRIM:
                self.trim()
        while self.stack:
            self.close(self.stack.pop())
        if not any(k in KINDS[ROOT].fields for k in root if isinstance(k, str)):
            raise ClientgenError(
                "no OpenAPI or Swagger document could be rebuilt",
                self.location(0),
                "is this an OpenAPI/Swagger YAML document?",
            )
        return root

    def key_positions(self, at: int) -> dict[str, int]:
        """Where each key text last occurs (a $ref names a place once it is final),
        leaving out a key whose value refers to a place of its own name (``teamName:
        allOf: [$ref: '#/components/schemas/teamName']`` is a property, not that
        schema; -1 when every occurrence does so)."""
        last: dict[str, int] = {}
        targets = {path[-1] for path in self.refs if path}
        keys = self.keys
        for found in _NEXT.finditer(self.text, at):
            if found.lastgroup == "plain":
                name, start, end = found.group("plain"), found.start(), found.end()
                # what key_at would read there (_HEAD matches as _NEXT does at a word start)
                if start not in keys:
                    keys[start] = _Key(name, typed(name), start, end, "")
                if name in targets and self.names_itself(name, end):
                    last.setdefault(name, -1)
                else:
                    last[name] = start
        return last

    def names_itself(self, name: str, at: int) -> bool:
        """Whether a $ref among the first keys after ``at`` (``allOf: - $ref:``)
        points at a place called ``name``."""
        text = self.text
        ref = text.find("$ref", at, at + _SELF_REF_WINDOW)
        if ref < 0 or text.count(": ", at, ref) > _SELF_REF_KEYS:
            return False
        found = _FIRST_REF.match(text, ref)
        return found is not None and _path("#" + found.group(1))[-1:] == (name,)

    def start(self) -> int:
        """The first word of the document: past directives, `---` and any prose before it."""
        at = self.skip(0)
        while at < self.size and self.text[at] == "%":
            at = self.skip(self.word_end(self.skip(self.word_end(at))))
        if self.text.startswith("---", at) and self.word_end(at) == at + 3:
            at = self.skip(at + 3)
        if at >= self.size:
            raise ClientgenError(
                "empty document: nothing to rebuild",
                f"{self.source}:1:1",
                "pass the text of an OpenAPI or Swagger YAML document",
            )
        if self.key_at(at) is None and self.text[at] not in "[{":
            found = _SPEC_KEY.search(self.text, at)
            if found is not None:
                begin = self.skip(found.start())
                self.warn(at, f"skipped {begin - at} characters of text before the document")
                at = begin
        return at

    def check_rest(self, at: int) -> None:
        if self.skip(at) < self.size:
            self.warn(at, "text after the document ignored")

    def step(self, at: int) -> int:
        key = self.key_at(at)
        if key is not None:
            return self.place(key)
        text = self.text
        end = self.word_end(at)
        if end == at + 1 and text[at] == "-":
            return self.dash(at)
        if text[at] == "#":
            self.warn(at, "comment dropped; where it ended was guessed")
            return self.scan_text(at + 1, False)
        if text[at:end] in ("---", "..."):
            self.check_rest(end if text[at] == "." else at)
            return self.size
        return self.stray(at)

    def place(self, key: _Key) -> int:
        choice = self.choose(key)
        if choice is None:
            self.contradict(key.start)
            frame = next(
                (f for f in reversed(self.stack) if f.item is None and self.fresh_key(f, key)),
                None,
            )
            if frame is None:
                self.warn(key.start, f"duplicate key '{key.text}' dropped")
                return self.scan_plain(key.start, False)
            self.warn(
                key.start,
                f"'{key.text}' is not valid in {_pointer(frame.path)}; kept there",
                "check the key's spelling against the OpenAPI specification",
            )
            choice = _Choice(frame, ANY, _FREE, ())
        frame = choice.frame
        self.pop_to(frame)
        # what is changed here is undone by collapsed_beam.unplace (one log entry)
        undo: tuple[Any, ...] = ()
        if choice.how == NAME:
            style, first, last = _style(key.text), _first_word(key.text), _last_word(key.text)
            fresh = (
                None if first in frame.firsts else first,
                None if last in frame.lasts else last,
            )
            undo = (style, *fresh, frame.names, frame.last)
            frame.styles[style] += 1
            frame.firsts.add(first)
            frame.lasts.add(last)
            frame.add_name(key.text)
        elif choice.how == _FREE:
            shape = _shape(key.text)
            undo = (shape, shape not in frame.shapes)
            frame.shapes.add(shape)
        elif choice.how == FIELD and frame.kind is not None and frame.kind.name:
            undo = (self.order.placed(frame.kind.name, frame.value, key.text),)
        ordered = -1
        if frame.prev:  # counted apart: examples may keep their own order in a sorted document
            ordered = int(frame.prev < key.text) + (0 if frame.kind else 2)
            self.sorted[ordered] += 1
        self.log.append((beam.PLACE, frame, key, frame.prev, ordered, undo))
        frame.prev = key.text
        frame.value[key.value] = None
        return self.read_value(
            (frame.value, key.value), (*frame.path, key.text), choice.expr, key.end, False
        )

    @staticmethod
    def fresh_key(frame: _Frame, key: _Key) -> bool:
        try:
            return key.value not in frame.value
        except TypeError:
            return False

    def dash(self, at: int) -> int:
        target = self.place_dash(at)
        if target is None:
            self.contradict(at)
            self.warn(at, "list item outside any list; skipped")
            return self.scan_plain(at, False)
        frame = target[0]
        self.pop_to(frame)
        items = frame.value
        items.append(None)
        self.log.append((beam.APPEND, items))
        assert frame.item is not None
        return self.read_value(
            (items, len(items) - 1), (*frame.path, str(len(items) - 1)), frame.item, at + 1, True
        )

    def stray(self, at: int) -> int:
        """Words where a key was expected: a key with spaces (`Example 1:`) or junk."""
        key = self.multiword_key(at)
        if key is not None and self.placeable(key):
            return self.place(key)
        self.put(self.keys, at, None)
        self.contradict(at)
        self.multiwords.clear()
        end = self.scan_plain(at, False)
        if end <= at:
            end = self.word_end(at)
        self.warn(at, f"could not place text {self.squash(at, end)[:60]!r}; dropped")
        return end

    def pop_to(self, frame: _Frame) -> None:
        stack, log = self.stack, self.log
        while stack[-1] is not frame:
            top = stack.pop()
            log.append((beam.POP, top))
            self.close(top)

    def close(self, frame: _Frame) -> None:
        """Finish a frame: an empty mapping was a null (`key:` then a dedent)."""
        value = frame.value
        if frame.kind is _SCHEMA and (shape := _typed_shape(value)):
            self.typed[shape][int("type" in value)] += 1
            self.log.append((beam.INDEX, self.typed[shape], int("type" in value)))
        if isinstance(value, dict) and "<<" in value:
            self.log.append((beam.RESTORE, value, list(value.items())))
            merged = value.pop("<<")
            for source in merged if isinstance(merged, list) else [merged]:
                for name, item in source.items() if isinstance(source, dict) else ():
                    value.setdefault(name, item)
        if not value and frame.slot is not None:
            self.put(frame.slot[0], frame.slot[1], None)

    # -- backtracking (see :mod:`.collapsed_beam`) ---------------------------

    def put(self, container: Any, index: Any, value: Any) -> None:
        """``container[index] = value``, logged to be undone."""
        if isinstance(container, dict):
            old = container.get(index, beam.MISSING)
        else:
            old = container[index]
        self.log.append((beam.SET, container, index, old))
        container[index] = value

    def keeps_definitions(self, frame: _Frame) -> bool:
        """Whether no definitions map (``schemas``, ``paths``) is open above ``frame``."""
        for above in self.stack[frame.depth + 1 :]:
            if above.item is None and above.path[-1:] and above.path[-1] in DEFINITIONS:
                return False
        return True

    def contradict(self, at: int) -> None:
        """The reading so far meets a contradiction at ``at`` (the first one counts)."""
        if self.conflict < 0:
            self.conflict = at

    def trim(self) -> None:
        """Drop the undo entries no checkpoint needs any more."""
        keep = self.points[0].mark if self.points else self.log_base + len(self.log)
        drop = keep - self.log_base
        if drop > 0:
            del self.log[:drop]
            self.log_base = keep

    def rollback(self, point: beam.Checkpoint) -> None:
        """Return to the state just before the key at ``point`` was placed."""
        beam.rollback(self.log, point.mark - self.log_base, self)
        self.multiwords.clear()  # it read keys a rollback may have restored
        del self.diagnostics[point.diagnostics :]
        while self.points and self.points[-1].at >= point.at:
            self.points.pop()

    def resolve(self, at: int) -> int:
        """After a contradiction: try the other places of the keys placed with rivals
        before it, the most recent first, and keep the first reading that gets past
        it; else the reading whose own first contradiction comes furthest after it
        (that one is searched in turn); else read on as before. Each contradiction
        is searched once and each other place tried once."""
        conflict, self.conflict = self.conflict, -1
        if conflict in self.searched or self.budget <= 0 or not self.points:
            return at
        self.searched.add(conflict)
        self.searching = True
        try:
            trials = [
                (point, alt)
                for point in reversed(self.points)
                if point.at < conflict
                for alt in range(1, point.alternatives + 1)
                if (point.at, alt) not in self.tried
            ][: beam.MAX_TRIALS]
            if not trials:
                return at
            furthest: tuple[int, beam.Checkpoint, int] | None = None
            oldest = trials[0][0]
            for point, alt in trials:
                if self.budget <= 0:
                    break
                self.tried.add((point.at, alt))
                oldest = point
                end, met = self.attempt(point, alt, conflict)
                if met < 0:
                    self.flipped[point.at] = alt
                    return end
                if met > conflict and (furthest is None or met > furthest[0]):
                    furthest = (met, point, alt)
            if furthest is not None:  # read again from the oldest point tried, forced there
                met, point, alt = furthest
                end, self.conflict = self.attempt(point, alt, conflict, oldest)  # searched next
                self.flipped[point.at] = alt
                return end
            self.rollback(oldest)
            self.budget -= (conflict - oldest.at) // beam.CHARS_PER_TOKEN
            return oldest.at  # the first reading is read again, up to the contradiction
        finally:
            self.searching = False

    def attempt(
        self, point: beam.Checkpoint, alt: int, conflict: int, start: beam.Checkpoint | None = None
    ) -> tuple[int, int]:
        """Read on from ``point`` (or from an earlier ``start``, which the log still
        reaches, the first reading up to ``point``) with the key at ``point`` in its
        ``alt``-th other place, until past ``conflict`` or a contradiction: where
        reading stopped, and where the contradiction was met (-1: none)."""
        start = start or point
        self.rollback(start)
        self.force = (point.at, alt)
        at, tokens, steps = start.at, 0, 0
        try:
            while at < self.size and self.conflict < 0:
                at = self.skip(self.step(at))
                steps += 1
                if at > conflict:
                    tokens += 1
                    if tokens >= beam.CONFIRM:
                        break
        finally:
            self.force = None
        self.budget -= steps
        met, self.conflict = self.conflict, -1
        return at, met


def _typed_shape(value: dict[Any, Any]) -> str:
    """``properties`` or ``items`` when a schema holds one (what its ``type`` follows)."""
    if "properties" in value:  # _TYPED_SHAPES in order
        return "properties"
    return "items" if "items" in value else ""


def _implied_types(schema: dict[Any, Any]) -> set[str]:
    """The types a schema's keywords imply (``properties``: object)."""
    return {IMPLIED_TYPE[k] for k in schema if k in IMPLIED_TYPE}


def _enum_type(values: Any) -> set[str]:
    """The type an enum of strings implies (``enum: [running, completed]`` is no object)."""
    if isinstance(values, list) and values and all(isinstance(v, str) for v in values):
        return {"string"}
    return set()


def _is_swagger(text: str) -> bool:
    """Whether the document is Swagger 2.0: its first version key says so (a
    description or an example may quote the other kind of document later)."""
    found = _VERSION_KEY.search(text)
    return found is not None and found.group("swagger") is not None


def _beside_ref(key: str) -> bool:
    """Annotations and extensions (``x-order``) are written beside a ``$ref``."""
    return key in _BESIDE_REF or key.startswith("x-")


_SEPARATORS: Final = "._-/: "


@functools.lru_cache(maxsize=1 << 16)
def _shape(name: str) -> str:
    """How a free-form key is written (``member.added`` is ``a.``): in example and
    extension content, a key shaped like an outer mapping's keys and unlike the
    nearer one's continues the outer mapping."""
    first = name[:1]
    head = "A" if first.isupper() else "a" if first.isalpha() else "9" if first.isdigit() else "?"
    return head + "".join(c for c in _SEPARATORS if c in name)


def _preferred(choice: _Choice) -> _Choice:
    """The choice with the slot :meth:`_Parser.relative` fills set."""
    return choice._replace(rank=(*choice.rank[:-2], 1, choice.rank[-1]))


def _majority(frame: _Frame, style: str) -> bool:
    return frame.styles[style] * 2 > sum(frame.styles.values())


_CAMEL_BREAK: Final = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[_\-\s.]+")


@functools.lru_cache(maxsize=1 << 16)
def _first_word(name: str) -> str:
    """``created`` for createdAt/created_at; short words (id, is) say too little."""
    first = _CAMEL_BREAK.split(name, maxsplit=1)[0].lower()
    return first if len(first) >= 4 else ""


@functools.lru_cache(maxsize=1 << 16)
def _last_word(name: str) -> str:
    """``at`` for createdAt/created_at (a suffix a family of names shares)."""
    return _CAMEL_BREAK.split(name)[-1].lower()


def _scalar_types(word: str) -> set[str]:
    """The scalar kinds of the tables a plain word satisfies (every word is a str)."""
    value = typed(word)
    if isinstance(value, bool):
        return {"str", "bool"}
    if isinstance(value, int):
        return {"str", "int", "num"}
    return {"str", "num"} if isinstance(value, float) else {"str"}


@functools.lru_cache(maxsize=1 << 16)
def _pointer(path: tuple[str, ...]) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in path)
