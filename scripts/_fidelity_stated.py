"""What openapi-to-md 1.1.1 prints of a source spec (the scorer's "stated" figures).

The rules mirror the tool's ``dist/renderer.js`` (``outputObject``,
``outputSchemas``, ``outputResponses``, ``outputParameters``; ``getApiObject``
in ``dist/utils.js``); scripts/_fidelity_score.py states them in its docstring
and applies them. Pure functions on the source ``dict``; no clientgen imports.
"""

from __future__ import annotations

import json
from typing import Any

Doc = dict[str, Any]
MAX_DEPTH = 20
_COMPOSED = ("anyOf", "allOf", "oneOf")


def component(doc: Doc, node: Any) -> Any:
    """``getApiObject``: a ``$ref`` is followed only to ``#/components/<kind>/<name>``."""
    if not isinstance(node, dict) or not isinstance(node.get("$ref"), str):
        return node
    ref = node["$ref"]
    if not ref.startswith("#/components/"):
        return None
    kind, _, name = ref[len("#/components/") :].partition("/")
    table = (doc.get("components") or {}).get(kind)
    return table.get(name) if isinstance(table, dict) else None


def _prints_member(doc: Doc, node: Any, seen: set[str], depth: int = 0) -> bool:
    """Whether ``outputObject(name, node)`` prints a line that starts with the name."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        if node["$ref"] in seen:
            return True  # printed as ``name:#/components/...``
        seen.add(node["$ref"])
        node = component(doc, node)
    if not isinstance(node, dict) or depth > MAX_DEPTH:
        return False
    if "$ref" in node:
        return True
    if (
        node.get("type") == "array"
    ):  # ``name: ...[]``, or a bare ``[]`` when the items print nothing
        return _prints_member(doc, node.get("items"), seen, depth + 1)
    return bool(node.get("type")) or any(key in node for key in _COMPOSED)


def _printed_fields(doc: Doc, node: Any, seen: set[str], depth: int = 0) -> set[str]:
    """The top-level names ``outputObject(undefined, node)`` prints."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        if node["$ref"] in seen:
            return set()
        seen.add(node["$ref"])
        node = component(doc, node)
    if not isinstance(node, dict) or "$ref" in node or depth > MAX_DEPTH:
        return set()
    kind = node.get("type")
    if kind == "object":
        props = node.get("properties")
        if not isinstance(props, dict):
            return set()
        return {str(name) for name, sub in props.items() if _prints_member(doc, sub, seen)}
    if kind == "array":
        return _printed_fields(doc, node.get("items"), seen, depth + 1)
    if kind or "anyOf" in node or not isinstance(node.get("allOf"), list):
        return set()
    names: set[str] = set()
    for member in node["allOf"]:  # ``A & B``: a pointer into References, or an inline type
        if isinstance(member, dict) and "$ref" in member:
            names |= _printed_fields(doc, component(doc, member), set(), depth + 1)
        elif isinstance(member, dict) and "type" in member:
            names |= _printed_fields(doc, member, seen, depth + 1)
    return names


def _example_keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return {str(key) for key in value}
    if isinstance(value, list):
        return {str(key) for item in value if isinstance(item, dict) for key in item}
    return set()


def printed_fields(doc: Doc, holder: Any, is_response: bool) -> set[str]:
    """Field names printed for a request body or a response: its schemas' top-level
    names and the keys of the ``examples`` it prints."""
    if is_response and isinstance(holder, dict) and "$ref" in holder:
        return set()  # ``- 200 undefined``: the code alone
    holder = component(doc, holder)
    content = holder.get("content") if isinstance(holder, dict) else None
    names: set[str] = set()
    if not isinstance(content, dict):
        return names
    for media in content.values():
        if not isinstance(media, dict):
            continue
        names |= _printed_fields(doc, component(doc, media.get("schema")), set())
        examples = component(doc, media.get("examples"))
        if isinstance(examples, dict):
            for example in examples.values():
                example = component(doc, example)
                if isinstance(example, dict):
                    names |= _example_keys(example.get("value"))
    return names


def printed_parameters(doc: Doc, op: dict[str, Any], path: str) -> set[tuple[str, str]]:
    """``(name, in)`` of the parameters stated: the operation's query and header ones
    (``#### Parameters(Query)``, ``#### Headers``) whose line names them, and path ones
    by the ``{name}`` in the path (the tool prints no path, cookie or path-level
    parameter). A parameter given by ``content`` prints its media types alone; one
    with a ``schema`` prints as a member (``name?: type``); one with neither as JSON."""
    stated: set[tuple[str, str]] = set()
    for raw in op.get("parameters") or []:
        param = component(doc, raw)
        if not isinstance(param, dict) or param.get("in") not in ("query", "header"):
            continue
        if "content" in param or (
            "schema" in param and not _prints_member(doc, param["schema"], set())
        ):
            continue
        name = str(param.get("name"))
        stated.add((name.lower() if param["in"] == "header" else name, param["in"]))
    for segment in path.split("{")[1:]:
        if "}" in segment:
            stated.add((segment.split("}", 1)[0], "path"))
    return stated


def states_server(doc: Doc, url: str) -> bool:
    """The tool prints no ``servers``; a URL is stated where the spec holds it elsewhere
    (a description or an example it copies)."""
    rest = {key: value for key, value in doc.items() if key != "servers"}
    return url.lower() in json.dumps(rest).lower().replace("\\/", "/")
