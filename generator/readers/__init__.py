"""Readers: one package per source form, listed in ``READERS``.

Adding a source form is adding a package here (see docs/readers.md) and a line
to ``READERS``; nothing downstream changes. Each package exposes ``READER``, a
:class:`~generator.readers.base.Reader`, and is imported only when first needed.
"""

from __future__ import annotations

import importlib
from functools import cache

from generator.diagnostics import ClientgenError, info
from generator.readers.base import Reader, ReadResult

__all__ = ["READERS", "ReadResult", "Reader", "all_readers", "choose_reader", "read_source"]

# Reader name (as written in clientgen.yaml) -> the package that implements it.
READERS: dict[str, str] = {
    "openapi": "generator.readers.openapi",
    "redoc_text": "generator.readers.redoc",
    "markdown_docs": "generator.readers.markdown",
}


@cache
def get_reader(name: str) -> Reader:
    reader: Reader = importlib.import_module(READERS[name]).READER
    return reader


def all_readers() -> dict[str, Reader]:
    return {name: get_reader(name) for name in READERS}


def choose_reader(text: str, name: str | None, source: str) -> Reader:
    if name is not None:
        if name not in READERS:
            raise ClientgenError(
                f"unknown reader {name!r}", source, f"known readers: {', '.join(READERS)}"
            )
        return get_reader(name)
    score, best = 0.0, ""
    for reader_name in READERS:  # imported one by one: a certain reader ends the search
        found = (get_reader(reader_name).detect(text), reader_name)
        score, best = max((score, best), found)
        if found[0] >= 1.0:
            break
    if score <= 0.0:
        raise ClientgenError(
            "cannot tell what kind of document this is",
            f"{source}:1",
            f"name the reader explicitly ({', '.join(READERS)})",
        )
    return get_reader(best)


def read_source(text: str, name: str | None, source: str) -> tuple[Reader, ReadResult]:
    """The reader for ``text`` and what it read, following one handoff to an embedded document."""
    reader = choose_reader(text, name, source)
    result = _read(reader, text, source)
    if result.handoff is None:
        return reader, result
    target, embedded = result.handoff
    inner_reader = get_reader(target)
    inner = _read(inner_reader, embedded, source)
    note = info(
        f"{reader.name}: the source embeds its {target} document; read that exactly, "
        "nothing inferred",
        source,
    )
    inner.diagnostics[:0] = [*result.diagnostics, note]
    return inner_reader, inner


def _read(reader: Reader, text: str, source: str) -> ReadResult:
    """Readers bound their own depth; this is the net under them, so no input ever
    ends in a traceback (a 10,000-deep JSON sample in a scrape, say)."""
    try:
        return reader.read(text, source)
    except RecursionError:
        raise ClientgenError(
            f"the document nests deeper than the {reader.name} reader follows",
            f"{source}:1",
            "no real API description nests this deep: is the file damaged?",
        ) from None
