"""Readers: one module per source form, discovered by the ``READER`` they define.

Adding a source form is adding a module here; nothing else changes.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from generator.diagnostics import ClientgenError
from generator.readers.base import Reader, ReadResult

__all__ = ["ReadResult", "Reader", "all_readers", "choose_reader"]


@cache
def all_readers() -> dict[str, Reader]:
    found: dict[str, Reader] = {}
    for module_info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        reader = getattr(module, "READER", None)
        if isinstance(reader, Reader):
            found[reader.name] = reader
    return dict(sorted(found.items()))


def choose_reader(text: str, name: str | None, source: str) -> Reader:
    readers = all_readers()
    if name is not None:
        if name not in readers:
            raise ClientgenError(
                f"unknown reader {name!r}", source, f"known readers: {', '.join(readers)}"
            )
        return readers[name]
    score, best = max(((r.detect(text), r.name) for r in readers.values()), default=(0.0, ""))
    if score <= 0.0:
        raise ClientgenError(
            "cannot tell what kind of document this is",
            f"{source}:1",
            f"name the reader explicitly ({', '.join(readers)})",
        )
    return readers[best]
