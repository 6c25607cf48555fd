"""Compare a recovered OpenAPI document with the spec it was rendered from.

Pure functions on two ``dict`` documents; no clientgen imports. Definitions
(docs/fidelity.md repeats them):

- operations: the set of ``(METHOD, path)`` with every path parameter name
  blanked (``/users/{id}`` == ``/users/{user_id}``): precision, recall, F1;
- parameters: ``(operation, name, in)`` (header names case-folded), path-level
  parameters merged into each operation, ``$ref`` resolved. The truth counts
  every operation of the source; the recovered side counts only operations that
  match one of the source (an invented operation is already charged to the
  operation score), so a lost operation loses its parameters too;
- request body and success response: ``(operation, property)`` for the
  top-level properties of the request body schema (every media type) and of the
  lowest 2xx response's schema (array responses: the items' properties), with
  ``$ref`` and ``allOf`` resolved on both sides; counted like parameters, except
  that where the source gives only examples and no schema, fields recovered
  from the examples are not judged;
- servers: whether any server URL was recovered, and whether one equals (up to
  a trailing slash) a server of the source; only where the source has one (and,
  for a form whose tool prints no servers, only where its URL is in the text the
  tool does print, see below);
- security: the share of the source's scheme types (``apiKey``, ``http:bearer``,
  ``oauth2`` ...) that the recovered document declares; scheme names: the share
  of the source's scheme names (case and punctuation aside) it declares. A page
  that prints only the names under "Authorizations:" (redoc-cli without a
  security section) states names, not types: judge it by the names;
- exact structure: same operations, same parameters and the same multiset of
  schema property names;
- placement: the share of the source's ``.../properties/<name>`` JSON pointers
  (everywhere, ``$ref`` not followed) that exist in the recovered document.

An F1 with nothing on either side is ``None`` (not applicable).

What a document states. A tool may print less than its source holds; no reader
can recover what the document never prints, so parameters, body and response
fields are scored twice: over the whole source (``params_f1`` ...) and over
what the form's document states (``params_stated_f1`` ...). In the second,
truth is what the tool prints, and a recovered item the source holds but the
document does not state counts neither way. The rules, read from the tool's
own renderer and applied to the source spec (forms without a rule state
everything):

- openapi-to-md 1.1.1 (``dist/renderer.js``): an object's properties are
  printed only when its ``type`` is the string ``"object"`` (without ``type`` it
  prints nothing, with ``type: [object, null]`` as ``object | null``), and beside
  them its ``allOf`` is not printed; a property whose schema has no ``type``,
  ``$ref``, ``allOf``/``anyOf``/``oneOf``, or an array of such items, is not
  printed; ``$ref`` is followed only to ``#/components/<kind>/<name>``; an
  ``allOf`` without ``type`` is printed as its members (pointers into the
  References chapter, which prints each component the same way); a response
  given as a ``$ref`` is printed as its code alone. Keys of the examples it
  prints with a response given in place (``content.examples``) are stated too
  (a request body's examples are not printed). Of the parameters it prints the
  operation's query and header ones whose line names them (not one given by
  ``content``, nor one whose schema prints nothing); path parameters stay
  stated by the ``{name}`` in the path; path-level and cookie parameters are
  not printed. It prints no ``servers``: a server counts only where a
  description, summary or printed example holds its URL on its own or as the
  root of an endpoint's URL.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any
from urllib.parse import unquote

import _fidelity_stated

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
Doc = dict[str, Any]
OpKey = tuple[str, str]


def norm_path(path: str) -> str:
    return re.sub(r"\{[^}/]*\}", "{}", path.strip())


def prf(truth: set[Any], got: set[Any]) -> dict[str, float | None]:
    tp = len(truth & got)
    fp = len(got - truth)
    fn = len(truth - got)
    if tp + fp + fn == 0:
        return {"p": None, "r": None, "f1": None}
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1}


def resolve(doc: Doc, node: Any, depth: int = 0) -> Any:
    """Follow local ``$ref``s (bounded)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 50:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            return {}
        target: Any = doc
        for part in ref[2:].split("/"):  # a URI fragment may be percent-encoded
            part = unquote(part).replace("~1", "/").replace("~0", "~")
            if isinstance(target, dict) and part in target:
                target = target[part]
            elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
                target = target[int(part)]
            else:
                return {}
        node = target
        depth += 1
    return node


def operations(doc: Doc) -> dict[OpKey, tuple[dict[str, Any], dict[str, Any]]]:
    """``(METHOD, normalised path)`` -> (operation, path item)."""
    return {key: (op, item) for key, (op, item, _) in _operations_at(doc).items()}


def _operations_at(doc: Doc) -> dict[OpKey, tuple[dict[str, Any], dict[str, Any], str]]:
    """``(METHOD, normalised path)`` -> (operation, path item, the path as written)."""
    found: dict[OpKey, tuple[dict[str, Any], dict[str, Any], str]] = {}
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return found
    for path, item in paths.items():
        item = resolve(doc, item)
        if not isinstance(item, dict) or not isinstance(path, str):
            continue
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                found.setdefault((method.upper(), norm_path(path)), (op, item, path))
    return found


def parameters(doc: Doc, op: dict[str, Any], item: dict[str, Any]) -> set[tuple[str, str]]:
    result: set[tuple[str, str]] = set()
    for source in (item.get("parameters"), op.get("parameters")):
        if not isinstance(source, list):
            continue
        for raw in source:
            param = resolve(doc, raw)
            if not isinstance(param, dict):
                continue
            name, where = param.get("name"), param.get("in")
            if isinstance(name, str) and isinstance(where, str):
                result.add((name.lower() if where == "header" else name, where))
    return result


def schema_properties(doc: Doc, schema: Any, depth: int = 0) -> set[str]:
    schema = resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 10:
        return set()
    names: set[str] = set()
    props = schema.get("properties")
    if isinstance(props, dict):
        names.update(str(k) for k in props)
    for key in ("allOf",):
        members = schema.get(key)
        if isinstance(members, list):
            for member in members:
                names |= schema_properties(doc, member, depth + 1)
    if not names and "items" in schema:
        names |= schema_properties(doc, schema.get("items"), depth + 1)
    return names


def content_properties(doc: Doc, holder: Any) -> set[str]:
    holder = resolve(doc, holder)
    if not isinstance(holder, dict):
        return set()
    content = holder.get("content")
    names: set[str] = set()
    if isinstance(content, dict):
        for media in content.values():
            if isinstance(media, dict):
                names |= schema_properties(doc, media.get("schema"))
    return names


def states_schema(doc: Doc, holder: Any) -> bool:
    """Whether a request body or response gives a schema (not only examples)."""
    holder = resolve(doc, holder)
    content = holder.get("content") if isinstance(holder, dict) else None
    return isinstance(content, dict) and any(
        isinstance(m, dict) and "schema" in m for m in content.values()
    )


def success_response(op: dict[str, Any]) -> Any:
    """The lowest 2xx response (``2XX`` after the numbered ones)."""
    responses = op.get("responses")
    if not isinstance(responses, dict):
        return None
    for code in sorted(responses, key=str):
        if str(code).startswith("2"):
            return responses[code]
    return None


def property_pointers(node: Any, pointer: str = "", depth: int = 0) -> list[str]:
    """Every ``.../properties/<name>`` pointer in the document (``$ref`` not followed)."""
    found: list[str] = []
    if depth > 60:
        return found
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    child = f"{here}/{str(name).replace('~', '~0').replace('/', '~1')}"
                    found.append(child)
                    found.extend(property_pointers(sub, child, depth + 1))
            elif not str(key).startswith("x-") and key not in ("example", "examples"):
                found.extend(property_pointers(value, here, depth + 1))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(property_pointers(value, f"{pointer}/{i}", depth + 1))
    return found


def _server_urls(doc: Doc) -> set[str]:
    servers = doc.get("servers")
    urls: set[str] = set()
    if isinstance(servers, list):
        for server in servers:
            if isinstance(server, dict) and isinstance(server.get("url"), str):
                url = server["url"].strip().rstrip("/").lower()
                if url:
                    urls.add(url)
    return urls


def _schemes(doc: Doc) -> dict[str, Any]:
    schemes = (doc.get("components") or {}).get("securitySchemes")
    return schemes if isinstance(schemes, dict) else {}


def _scheme_names(doc: Doc) -> set[str]:
    return {re.sub(r"[^0-9a-z]", "", str(name).lower()) for name in _schemes(doc)}


def _scheme_types(doc: Doc) -> set[str]:
    types: set[str] = set()
    for raw in _schemes(doc).values():
        scheme = resolve(doc, raw)
        if not isinstance(scheme, dict) or not isinstance(scheme.get("type"), str):
            continue
        kind = scheme["type"]
        if kind == "http" and isinstance(scheme.get("scheme"), str):
            kind = f"http:{scheme['scheme'].lower()}"
        types.add(kind)
    return types


def stated_items(truth: Doc, truth_items: set[Any], what: str, form: str | None) -> set[Any]:
    """The part of ``truth_items`` (``(operation, name)`` pairs of ``what``) that the
    form's document states (see the module docstring); all of them for other forms."""
    if form != "openapi-to-md":
        return truth_items
    stated: set[Any] = set()
    for key, (op, _, path) in _operations_at(truth).items():
        if what == "params":
            printed: set[Any] = _fidelity_stated.printed_parameters(truth, op, path)
        elif what == "body":
            printed = _fidelity_stated.printed_fields(truth, op.get("requestBody"), False)
        else:
            printed = _fidelity_stated.printed_fields(truth, success_response(op), True)
        stated.update((key, value) for value in printed)
    return truth_items & stated


def compare(truth: Doc, got: Doc, form: str | None = None) -> dict[str, Any]:
    """Every metric of one recovered document (see the module docstring); ``form`` names
    the tool that printed it, for what its document states."""
    t_ops, g_ops = operations(truth), operations(got)
    ops = prf(set(t_ops), set(g_ops))
    matched = set(t_ops) & set(g_ops)

    def items(doc: Doc, table: dict[OpKey, Any], keys: set[OpKey], what: str) -> set[Any]:
        out: set[Any] = set()
        for key in keys:
            op, item = table[key]
            if what == "params":
                values: set[Any] = parameters(doc, op, item)
            elif what == "body":
                values = content_properties(doc, op.get("requestBody"))
            else:
                values = content_properties(doc, success_response(op))
            out.update((key, v) for v in values)
        return out

    scores: dict[str, Any] = {
        "operations": len(g_ops),
        "truth_operations": len(t_ops),
        "op_p": ops["p"],
        "op_r": ops["r"],
        "op_f1": ops["f1"],
    }

    def holder(op: dict[str, Any], what: str) -> Any:
        return op.get("requestBody") if what == "body" else success_response(op)

    for what in ("params", "body", "response"):
        # Fields read from an example where the source gives no schema have no truth
        # to be judged against: they count neither way.
        judged = (
            matched
            if what == "params"
            else {k for k in matched if states_schema(truth, holder(t_ops[k][0], what))}
        )
        truth_items = items(truth, t_ops, set(t_ops), what)
        got_items = items(got, g_ops, judged, what)
        scores[f"{what}_f1"] = prf(truth_items, got_items)["f1"]
        stated = stated_items(truth, truth_items, what, form)
        # what the source holds but the document never prints counts neither way
        scores[f"{what}_stated_f1"] = prf(stated, got_items - (truth_items - stated))["f1"]
    t_urls, g_urls = _server_urls(truth), _server_urls(got)
    if form == "openapi-to-md":
        t_urls = {url for url in t_urls if _fidelity_stated.states_server(truth, url)}
    applicable = bool(t_urls - {""}) and not all(u.startswith("/") for u in t_urls)
    scores["servers_found"] = (1.0 if g_urls else 0.0) if applicable else None
    scores["servers_match"] = (1.0 if t_urls & g_urls else 0.0) if applicable else None
    t_sec, g_sec = _scheme_types(truth), _scheme_types(got)
    scores["security"] = len(t_sec & g_sec) / len(t_sec) if t_sec else None
    t_names, g_names = _scheme_names(truth), _scheme_names(got)
    scores["scheme_names"] = len(t_names & g_names) / len(t_names) if t_names else None
    t_ptr, g_ptr = property_pointers(truth), set(property_pointers(got))
    scores["placement"] = sum(1 for p in t_ptr if p in g_ptr) / len(t_ptr) if t_ptr else None
    same_params = items(truth, t_ops, set(t_ops), "params") == items(
        got, g_ops, set(g_ops), "params"
    )
    names = Counter(p.rsplit("/", 1)[1] for p in t_ptr) == Counter(
        p.rsplit("/", 1)[1] for p in g_ptr
    )
    scores["exact"] = 1.0 if set(t_ops) == set(g_ops) and same_params and names else 0.0
    return scores
