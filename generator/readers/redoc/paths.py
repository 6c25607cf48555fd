"""The house style of the paths a ReDoc page shows, so rebuilt ones look the same."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.readers.common.paths import split_path


@dataclass
class Style:
    """How the page's declared paths look, so rebuilt ones look the same."""

    trailing_slash: bool = False
    default_prefix: str = ""
    prefix_by_base: dict[str, str] = field(default_factory=dict)
    param_by_base: dict[str, str] = field(default_factory=dict)

    @classmethod
    def learn(cls, paths: Iterable[str]) -> Style:
        style = cls()
        paths = list(paths)
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

    def path(self, base: str, param: str | None, tail: Iterable[str] = ()) -> str:
        segments = [self.prefix_by_base.get(base, self.default_prefix).strip("/"), base]
        if param:
            segments.append("{" + param + "}")
        text = "/" + "/".join(s for s in [*segments, *tail] if s)
        return text + "/" if self.trailing_slash else text
