"""Docstring wrapping: our greedy wrap is textwrap's, minus its cost."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from generator.clientmodel.pyliteral import docstring, fill_words

WORDS = st.lists(
    st.text(alphabet=st.characters(blacklist_categories=("Z", "C")), min_size=1, max_size=30),
    min_size=1,
    max_size=60,
)


@given(WORDS, st.integers(min_value=10, max_value=100))
def test_fill_words_wraps_exactly_like_textwrap_without_breaking_words(
    words: list[str], width: int
) -> None:
    text = " ".join(words)
    expected = textwrap.fill(text, width=width, break_long_words=False, break_on_hyphens=False)
    assert fill_words(text, width) == expected


def test_control_characters_become_spaces_and_lines_stay_within_width() -> None:
    text = "Returns\x07 the " + "word " * 40 + "\n\nSecond\tparagraph."
    body = docstring(text, "    ")
    assert "\x07" not in body
    assert body.startswith("Returns the word")
    assert all(len(line) <= 88 for line in body.split("\n"))
    assert "\n\n    Second paragraph." in body
