"""What openapi-to-md 1.1.1 prints of a source spec (the scorer's "stated" figures).

The rules mirror the tool's ``dist/renderer.js`` (``outputObject``,
``outputSchemas``, ``outputResponses``, ``outputParameters``; ``getApiObject``
in ``dist/utils.js``); scripts/_fidelity_score.py states them in its docstring
and applies them. Pure functions on the source ``dict``; no clientgen imports.
"""

from __future__ import annotations

import json
import re
from typing import Any

Doc = dict[str, Any]
MAX_DEPTH = 20
_COMPOSED = ("anyOf", "allOf", "oneOf")
_URL_REST = re.compile(r"[^\s\"'<>()\[\]`,]*")


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
    names, and for a response the keys of the ``examples`` it prints."""
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
        if is_response and isinstance(examples, dict):  # a request body's are not printed
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
    """The tool prints no ``servers``; a URL is stated where a description or summary
    (printed as text or ``//`` comments) or a printed example holds it, on its own or
    as the root of an endpoint's URL (``<url>/users/42``), not inside another URL."""
    endpoints = [_template(path) for path in doc.get("paths") or {} if isinstance(path, str)]
    for text in [*_descriptions(doc), *_printed_examples(doc)]:
        for found in re.finditer(re.escape(url), text, re.IGNORECASE):
            rest = _URL_REST.match(text, found.end())
            tail = (rest.group(0) if rest else "").split("?")[0].rstrip(".,;:/")
            if not tail or any(endpoint.fullmatch(tail) for endpoint in endpoints):
                return True
    return False


def _template(path: str) -> re.Pattern[str]:
    parts = re.split(r"\{[^}/]*\}", path.rstrip("/"))
    return re.compile("[^/]+".join(re.escape(part) for part in parts), re.IGNORECASE)


def _descriptions(node: Any, depth: int = 0) -> list[str]:
    """Every description and summary in the spec (most are printed, as text or comments)."""
    if depth > 60:
        return []
    if isinstance(node, list):
        return [text for item in node for text in _descriptions(item, depth + 1)]
    if not isinstance(node, dict):
        return []
    found: list[str] = []
    for key, value in node.items():
        if key in ("description", "summary") and isinstance(value, str):
            found.append(value)
        elif not str(key).startswith("x-"):
            found.extend(_descriptions(value, depth + 1))
    return found


def _printed_examples(doc: Doc) -> list[str]:
    """The examples ``outputResponses`` prints: an operation's responses given in place
    (not by ``$ref``), each media type's ``examples`` with their pointers followed."""
    printed: list[str] = []
    for item in (doc.get("paths") or {}).values():
        for op in item.values() if isinstance(item, dict) else []:
            answers = component(doc, op.get("responses")) if isinstance(op, dict) else None
            for answer in answers.values() if isinstance(answers, dict) else []:
                content = answer.get("content") if isinstance(answer, dict) else None
                for media in content.values() if isinstance(content, dict) else []:
                    examples = component(doc, media.get("examples"))
                    if isinstance(media, dict) and isinstance(examples, dict):
                        shown = {name: component(doc, ex) for name, ex in examples.items()}
                        printed.append(json.dumps(shown))
    return printed
