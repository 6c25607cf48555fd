"""``$ref`` handling: external files are resolved (prance), internal refs checked.

Internal references (``#/components/...``) are kept as they are: they name the
models of the generated client. References into other files are inlined by
prance so the intermediate model is one self-contained document.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import ClientgenError, Diagnostic


def escape_token(token: object) -> str:
    """One JSON pointer token (RFC 6901): `~` and `/` escaped."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_token(token: str) -> str:
    """A pointer token from a URI fragment: percent-decoded (RFC 6901 §6), then unescaped."""
    return unquote(token).replace("~1", "/").replace("~0", "~")


def iter_refs(node: Any, at: str = "") -> Iterator[tuple[str, str]]:
    """Every ``$ref`` value in ``node`` with the JSON pointer of the object holding it."""
    stack: list[tuple[Any, str]] = [(node, at)]
    while stack:
        value, where = stack.pop()
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str):
                yield ref, where
            for key, child in value.items():
                if isinstance(child, dict | list):
                    stack.append((child, f"{where}/{escape_token(key)}"))
        elif isinstance(value, list):
            stack.extend((child, f"{where}/{i}") for i, child in enumerate(value))


def resolve_pointer(document: Any, ref: str) -> Any:
    """The value an internal ``#/a/b`` reference names; KeyError when it names nothing."""
    if not ref.startswith("#"):
        raise KeyError(ref)
    node = document
    for token in ref[1:].split("/")[1:] if ref != "#" else []:
        token = unescape_token(token)
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict):
            node = node[token]
        else:
            raise KeyError(ref)
    return node


def resolve_external_refs(document: dict[str, Any], source: str) -> list[Diagnostic]:
    external = sorted({ref for ref, _ in iter_refs(document) if not ref.startswith("#")})
    if not external:
        return []
    from prance.util.resolver import RESOLVE_FILES, RefResolver

    try:
        url = Path(source).resolve().as_uri()
        resolver = RefResolver(document, url, resolve_types=RESOLVE_FILES)
        resolver.resolve_references()
    except Exception as exc:  # prance raises many kinds; all mean "cannot resolve"
        raise ClientgenError(
            f"cannot resolve external reference: {exc}",
            source,
            "external $refs must name files next to the spec (no network)",
        ) from None
    document.clear()
    document.update(resolver.specs)
    return []


def check_internal_refs(document: dict[str, Any], source: str) -> None:
    for ref, where in iter_refs(document):
        try:
            resolve_pointer(document, ref)
        except (KeyError, IndexError, ValueError):
            raise ClientgenError(
                f"broken $ref {ref!r}",
                f"{source}#{where}",
                "the reference names nothing in the document: fix the spec or add "
                "the missing component with an override",
            ) from None
