"""The house style of the paths a ReDoc page shows, so rebuilt ones look the same."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from generator.readers.common.paths import split_path
from generator.words import plural, singular
from generator.words import split_words as words

_CAMEL = re.compile(r"[a-z0-9][A-Z]")


def resource_words(name: str) -> list[str]:
    """``paymentLinks``, ``payment_links``, ``payment-links`` -> payment, links."""
    return words(_CAMEL.sub(lambda m: m.group()[0] + " " + m.group()[1], name))


def _joiner(name: str) -> str:
    """How ``name`` joins its words: ``-``, ``_``, ``camel``, or ``""`` (one word)."""
    return next((sep for sep in "-_" if sep in name), "camel" if _CAMEL.search(name) else "")


@dataclass
class Style:
    """How the page's declared paths look, so rebuilt ones look the same."""

    trailing_slash: bool = False
    default_prefix: str = ""
    prefix_by_base: dict[str, str] = field(default_factory=dict)
    param_by_base: dict[str, str] = field(default_factory=dict)
    separator: str = "-"
    plural: bool = True

    @classmethod
    def learn(
        cls, paths: Iterable[str], types: Iterable[str] = (), params: Iterable[str] = ()
    ) -> Style:
        """From the declared paths and the resource names (JSON:API types) the samples show;
        without either, the path parameters' names tell how the API joins words."""
        style = cls()
        paths = list(paths)
        names = [split_path(path).base for path in paths] + list(types)
        separators = Counter(j for j in map(_joiner, names) if j)
        if not separators:
            separators = Counter(j for j in map(_joiner, params) if j)
        if separators:
            style.separator = separators.most_common(1)[0][0]
        lasts = [resource_words(name)[-1].lower() for name in names if resource_words(name)]
        if lasts:
            style.plural = sum(singular(last) != last for last in lasts) * 2 >= len(lasts)
        prefixes: Counter[str] = Counter()
        for path in paths:
            parts = split_path(path)
            prefixes[parts.prefix] += 1
            style.prefix_by_base.setdefault(parts.base, parts.prefix)
            if parts.param:
                style.param_by_base.setdefault(parts.base, parts.param)
        style.trailing_slash = sum(p.endswith("/") for p in paths) * 2 > len(paths)
        style.default_prefix = prefixes.most_common(1)[0][0] if prefixes else ""
        return style

    def resource(self, named: Sequence[str]) -> str:
        """Words naming a resource, as the page's paths spell one: ``health profile`` ->
        ``health_profiles`` on a page of ``/email_histories``."""
        *head, last = named
        return self.segment([*head, plural(last) if self.plural else singular(last)])

    def segment(self, named: Sequence[str]) -> str:
        """Words as one path segment in the page's spelling, their number as written."""
        lowered = [w.lower() for w in named]
        if self.separator == "camel":
            return "".join([lowered[0], *(w.capitalize() for w in lowered[1:])])
        return self.separator.join(lowered)

    def path(self, base: str, param: str | None, tail: Iterable[str] = ()) -> str:
        segments = [self.prefix_by_base.get(base, self.default_prefix).strip("/"), base]
        if param:
            segments.append("{" + param + "}")
        text = "/" + "/".join(s for s in [*segments, *tail] if s)
        return text + "/" if self.trailing_slash else text
