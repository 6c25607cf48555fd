"""The collapsed-YAML rebuilder's shortcuts read what the plain ways read (issue 10, speed).

Each shortcut (a search that jumps, a memo) is compared with the straightforward
reading it replaces, on the texts where they could part: pointers after quotes
or at the start, keys with spaces around registered ones, a scalar with a dash.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.readers.openapi import collapsed
from generator.readers.openapi.collapsed import rebuild

# What collapsed._refs searched before it jumped from `#` to `#`.
_POINTER = re.compile(r"""(?:^|\s)['"]?#(/[^\s'"]*)""")


def _refs_by_regex(text: str) -> set[tuple[str, ...]]:
    return {collapsed._path("#" + m.group(1)) for m in _POINTER.finditer(text)}


def test_pointers_are_those_the_full_regex_finds() -> None:
    texts = [
        "#/a",
        "'#/a",
        '"#/a b',
        " '#/components/schemas/A' x",
        "x#/a y:#/b",
        "''#/a",
        "$ref: #/a/b#/c '#/d'#/e\t#/f\u00a0#/g",
        "#/a~1b/%7Bid%7D",
    ]
    for text in texts:
        assert collapsed._refs(text) == _refs_by_regex(text), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t'\"#/ab:~", max_size=40))
def test_pointers_match_on_any_text(text: str) -> None:
    assert collapsed._refs(text) == _refs_by_regex(text)


def _parser(text: str) -> collapsed._Parser:
    return collapsed._Parser(text, "<test>")


_WORDS = st.sampled_from(["a", "b:", "-", "#c", "'q':", "'q'", "?", "[x]:", "d e:", "f:g", "::"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=24), st.integers(0, 23))
def test_keys_with_spaces_are_found_as_word_by_word(words: list[str], registered: int) -> None:
    text = " ".join(words)
    fast, slow = _parser(text), _parser(text)
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    if registered < len(starts):  # a key with spaces registered inside the window
        for parser in (fast, slow):
            parser.multiword_key(starts[registered])
    for start in starts:
        plain = text[start] not in collapsed._NOT_PLAIN_KEY  # the guard before either way
        want = slow._multiword_key_by_word(start) if plain else None
        assert fast._multiword_key(start) == want, (text, start)


def test_a_plain_scalar_end_is_remembered_only_where_no_dash_was_met() -> None:
    parser = _parser("openapi: 3.0.0 info: title: a - b c: d")
    start = parser.text.index("a - b")
    parser.stack.append(collapsed._Frame(None, None, {}, (), None, 0))
    parser.scan_plain(start, False)
    assert start not in parser.plain_ends  # a `-` ends text depending on the open frames
    plain = parser.text.index("3.0.0")
    assert parser.scan_plain(plain, False) == parser.text.index("info:")
    assert parser.plain_ends[plain] == parser.text.index("info:")


def test_the_rebuild_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    text = "openapi: 3.0.0 info: title: T version: '1' paths: {}"
    assert gc.isenabled()
    rebuild(text)
    assert gc.isenabled()
    gc.disable()
    try:
        rebuild(text)
        assert not gc.isenabled()
    finally:
        gc.enable()
