"""Saved documentation pages (HTML): the spec they embed, or the text of their DOM.

Documentation pages usually carry the spec they render: ReDoc 2 as
``__redoc_state = {..."spec": {"data": ...}}``, Redoc 3 (``@redocly/cli
build-docs``) as ``const __redoc_definition = {...}``, Swagger UI as the
``spec:`` option of ``SwaggerUIBundle({...})``, hand-made pages as
``Redoc.init({...})``. That spec is taken exactly. A page that embeds nothing
is read from its DOM: the text of every node on its own line, scripts and
styles left out (the layout BeautifulSoup's ``get_text("\\n")`` gives, which
:mod:`.rendered` reads). A Redoc 3 page renders its operations in the
browser, so without its definition nothing but the menu is there: that is an
error, never a document made up from the menu.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from generator.diagnostics import ClientgenError

_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
# (marker that precedes the JSON value, JSON pointer into it, what embeds it)
_EMBEDDINGS: list[tuple[re.Pattern[str], tuple[str, ...], str]] = [
    (re.compile(r"__redoc_state\s*=\s*"), ("spec", "data"), "ReDoc 2's __redoc_state"),
    (re.compile(r"__redoc_definition\s*=\s*"), (), "Redoc 3's __redoc_definition"),
    (re.compile(r"SwaggerUIBundle\s*\(\s*\{[^{}]*?\bspec\s*:\s*"), (), "Swagger UI's inline spec"),
    (re.compile(r"Redoc\.init\(\s*"), (), "a Redoc.init call"),
]
_REDOC_MARKERS = re.compile(
    r"__redoc_|<redoc\b|redoc\.standalone|redoc-wrap|id=\"redoc\"|redocly", re.I
)
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg", "head"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "source", "wbr"}


def is_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:4096]))


def looks_like_redoc(text: str) -> bool:
    return bool(_REDOC_MARKERS.search(text[:300_000])) or any(
        pattern.search(text) for pattern, _, _ in _EMBEDDINGS
    )


def embedded_spec(text: str) -> tuple[str, str] | None:
    """(spec JSON text, what embedded it) when the page carries its spec."""
    decoder = json.JSONDecoder()
    for pattern, pointer, what in _EMBEDDINGS:
        for match in pattern.finditer(text):
            try:
                value, end = decoder.raw_decode(text, match.end())
            except ValueError:
                continue
            for key in pointer:
                value = value.get(key) if isinstance(value, dict) else None
            if isinstance(value, dict) and ("openapi" in value or "swagger" in value):
                if not pointer:
                    return text[match.end() : end], what
                return json.dumps(value, ensure_ascii=False), what
    return None


class _TextLines(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS and tag not in _VOID:
            self.skipping.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()

    def handle_data(self, data: str) -> None:
        if not self.skipping and data.strip():
            self.lines.extend(data.splitlines())


def dom_text(text: str) -> str:
    """Every text node of the page on its own line, scripts and styles left out."""
    parser = _TextLines()
    parser.feed(text)
    parser.close()
    return "\n".join(parser.lines) + "\n"


def no_operations(source: str) -> ClientgenError:
    return ClientgenError(
        "this documentation page shows no operations and embeds no spec "
        "(a Redoc 3 page renders its operations in the browser)",
        f"{source}:1",
        "save the page after it has rendered, or read the OpenAPI document it was built from",
    )
