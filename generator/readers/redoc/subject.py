"""What a summary says an operation acts on, and whose it is.

A seed-style scrape shows no path for an operation with a summary, so the
summary's words are the best evidence of it: ``Returns the comments posted on
the track`` acts on ``comments`` owned by ``track``; ``Returns a list of user's
playlists`` on ``playlists`` owned by ``user``; ``Get a health profile`` on
``health profile``. The words are kept as written (their number included):
the caller spells them in the page's own path style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.readers.common.summaries import SUMMARY_VERBS, summary_tokens

# Words that open the owner of what is acted on ("comments | on the track").
_OWNER_WORDS = frozenset(["for", "of", "on", "under", "in", "from", "by", "within"])
# Words that end a noun phrase without opening an owner.
_STOP_WORDS = frozenset(
    ["to", "with", "and", "or", "as", "at", "via", "using", "if", "when", "who", "that", "which"]
)
# "a list of tracks" acts on tracks.
_CONTAINER_WORDS = frozenset(["list", "collection", "set", "array", "page", "number", "count"])
_FILLERS = frozenset(
    [
        "a",
        "an",
        "the",
        "all",
        "this",
        "given",
        "specific",
        "specified",
        "single",
        "one",
        "its",
        "new",
        "existing",
    ]
)
_MAX_WORDS = 3


@dataclass(frozen=True)
class Subject:
    acted_on: tuple[str, ...] = ()
    owner: tuple[str, ...] = ()


def _phrase(tokens: list[str], start: int) -> tuple[tuple[str, ...], int]:
    """The noun phrase from ``start``: fillers skipped, up to a clause word or a participle."""
    index = start
    while index < len(tokens) and tokens[index] in _FILLERS:
        index += 1
    words: list[str] = []
    while index < len(tokens) and len(words) < _MAX_WORDS:
        token = tokens[index]
        if token in _OWNER_WORDS or token in _STOP_WORDS or token in _FILLERS:
            break
        if token in SUMMARY_VERBS and token not in _CONTAINER_WORDS:
            break
        if words and token.endswith("ed"):  # "comments posted on": the phrase ended
            break
        words.append(token)
        index += 1
    return tuple(words), index


def subject(summary: str) -> Subject:
    head = re.split(r"[,;.:(]", summary, maxsplit=1)[0]
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", head.replace("\u2019", "'"))
    tokens = summary_tokens(spaced)  # "destinationDefinition" is two words
    # a verb the table lacks shows by an article after it ("Likes a playlist")
    verb = tokens[:1] and (tokens[0] in SUMMARY_VERBS or tokens[1:2] in (["a"], ["an"], ["the"]))
    start = 1 if verb else 0
    acted_on, index = _phrase(tokens, start)
    if acted_on and acted_on[-1] in _CONTAINER_WORDS and tokens[index : index + 1] == ["of"]:
        acted_on, index = _phrase(tokens, index + 1)
    if "s" in acted_on[1:]:  # "user's playlists": summary_tokens splits at the apostrophe
        cut = acted_on.index("s", 1)
        return Subject(acted_on[cut + 1 :], acted_on[:cut])
    while index < len(tokens) and tokens[index].endswith("ed"):
        index += 1
    owner: tuple[str, ...] = ()
    if index < len(tokens) and tokens[index] in _OWNER_WORDS:
        owner, _ = _phrase(tokens, index + 1)
    return Subject(acted_on, owner)
