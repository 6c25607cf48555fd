"""English number for the nouns of APIs: one singular and one plural for everyone.

Readers name recovered schemas after resources (``statuses`` -> ``Status``) and
the client model names methods and models the same way, so both use these two
functions; they used to have three singulars that disagreed.

Rules are tables, checked in order: irregular words, words that look plural and
are not (``status``, ``series``), then endings. Case is kept: ``Addresses`` ->
``Address``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_IRREGULAR: dict[str, str] = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "mice": "mouse",
    "geese": "goose",
    "feet": "foot",
    "teeth": "tooth",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "indices": "index",
    "matrices": "matrix",
    "vertices": "vertex",
    "appendices": "appendix",
    "analyses": "analysis",
    "bases": "base",
    "theses": "thesis",
    "crises": "crisis",
    "diagnoses": "diagnosis",
    "synopses": "synopsis",
    "quizzes": "quiz",
}
_PLURAL_OF = {single: plural for plural, single in _IRREGULAR.items() if plural != "bases"}

# Words whose singular and plural are the same, or that end like a plural.
_UNCOUNTED = frozenset(
    {
        *("data", "metadata", "media", "news", "series", "species", "information", "equipment"),
        *("feedback", "software", "hardware", "firmware", "analytics", "statistics"),
        *("status", "campus", "bus", "virus", "bonus", "census", "focus", "corpus", "radius"),
        *("surplus", "consensus", "apparatus", "syllabus", "prospectus", "alias", "canvas"),
        *("address", "access", "process", "class", "business", "success", "progress", "pass"),
        *("analysis", "basis", "axis", "thesis", "crisis", "diagnosis", "synopsis", "chassis"),
        *("gas", "atlas", "bias", "iris", "lens", "plus", "minus", "sms", "dns", "aws", "gps"),
        *("https", "kubernetes", "ios", "os", "is", "was", "has", "this", "yes", "always"),
    }
)
# Nouns ending in -ie, -se, -che, -xe: their plural only adds an s.
_E_NOUNS = frozenset(
    {
        *("cookie", "movie", "zombie", "calorie", "tie", "pie", "lie", "rookie", "selfie"),
        *("hoodie", "smoothie", "genie", "newbie", "auntie", "prairie", "sortie", "freebie"),
        *("cause", "clause", "pause", "house", "use", "abuse", "excuse", "spouse", "blouse"),
        *("muse", "fuse", "ruse", "misuse", "reuse", "warehouse", "greenhouse", "response"),
        *("cache", "niche", "headache", "avalanche", "cliche", "quiche", "axe", "annex"),
        *("database", "case", "release", "license", "expense", "course", "purchase"),
        *("phase", "phrase", "base", "lease", "increase", "purpose", "nurse", "horse", "rise"),
        *("size", "prize", "maze", "breeze", "sense", "tense", "dose", "rose", "hose", "nose"),
        *("close", "pose", "vase", "disease", "franchise", "enterprise", "exercise", "promise"),
    }
)
_SINGULAR_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ies", "y"),
    ("sses", "ss"),
    ("uses", "us"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("xes", "x"),
    ("zzes", "zz"),
    ("ss", "ss"),
    ("us", "us"),
    ("is", "is"),
    ("s", ""),
)
_WORD = re.compile(r"[A-Za-z]+$")
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]+")


def _with_case(original: str, replacement: str) -> str:
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def singular(word: str) -> str:
    """``statuses`` -> ``status``, ``categories`` -> ``category``, ``data`` -> ``data``."""
    match = _WORD.search(word)
    if not match:
        return word
    head, tail = word[: match.start()], match.group()
    lower = tail.lower()
    if lower in _IRREGULAR:
        return head + _with_case(tail, _IRREGULAR[lower])
    if lower in _UNCOUNTED or len(lower) < 3:
        return word
    if lower.endswith("s") and lower[:-1] in _E_NOUNS:
        return word[:-1]
    if lower.endswith("es") and lower[:-2] in _UNCOUNTED:  # aliases, lenses
        return word[:-2]
    for ending, replacement in _SINGULAR_ENDINGS:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            return head + tail[: len(tail) - len(ending)] + replacement
    return word


def plural(word: str) -> str:
    """``status`` -> ``statuses``, ``category`` -> ``categories``; a plural stays as it is."""
    match = _WORD.search(word)
    if not match:
        return word
    head, tail = word[: match.start()], match.group()
    lower = tail.lower()
    if lower in _PLURAL_OF:
        return head + _with_case(tail, _PLURAL_OF[lower])
    if lower in _IRREGULAR or (lower not in _UNCOUNTED and singular(lower) != lower):
        return word
    if lower in {"data", "metadata", "media", "news", "series", "species", "information"}:
        return word
    if lower.endswith("y") and lower[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return head + tail[:-1] + _suffix(tail, "ies")
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + _suffix(tail, "es")
    return word + _suffix(tail, "s")


def _suffix(tail: str, suffix: str) -> str:
    return suffix.upper() if tail.isupper() and len(tail) > 1 else suffix


def split_words(text: str) -> list[str]:
    """The alphanumeric runs of ``text``, as written: ``app-credentials`` -> app, credentials."""
    return [w for w in _NON_ALNUM.split(text) if w]


def join_pascal(parts: Iterable[str]) -> str:
    """``["app", "credential"]`` -> ``AppCredential`` (the rest of each word kept as written)."""
    return "".join(p[:1].upper() + p[1:] for p in parts)
