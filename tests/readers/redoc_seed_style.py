"""Scrapes in the courier seed's own style, made from a spec, and what they still say of each path.

The courier page (specs/courier/courier.redoc.txt) is ReDoc text with the
right-hand endpoint panel lost: no operation shows its HTTP method, and an
operation with a summary shows no path either (only summary-less ones keep
their path as the heading). :func:`scrape` renders any spec that way: the
summary twice (the first copy cut at 50 characters) or the path, parameter
rows by location, the body rows (JSON:API ``data`` tables collapse as on the
seed), ``Responses``, and the samples with their tabs.

:func:`traces` says, for each operation of a spec, what of its path the
scrape still shows, and the corpus tool scores the reader on it::

    python tests/readers/redoc_seed_style.py ~/.cache/clientgen/fidelity/101/*/

(``PYTHONPATH=<exported tree>`` measures another commit's reader.)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from generator.words import singular

METHODS = ("get", "put", "post", "patch", "delete")
_EXAMPLES = {
    "uuid": "095be615-a8ad-4c33-8e9c-c7612fbf6c9f",
    "date": "2019-08-24",
    "date-time": "2019-08-24T14:15:22Z",
    "email": "user@example.com",
}
_DEPTH = 8


def deref(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` with local ``$ref`` s replaced by their (shared) targets; a cycle becomes ``{}``."""
    done: dict[str, Any] = {}
    open_refs: set[str] = set()

    def target(ref: str) -> Any:
        if ref in open_refs:
            return {}
        if ref not in done:
            open_refs.add(ref)
            node: Any = spec
            for key in ref[2:].split("/"):
                key = key.replace("~1", "/").replace("~0", "~")
                node = node.get(key, {}) if isinstance(node, dict) else {}
            done[ref] = walk(node)
            open_refs.discard(ref)
        return done[ref]

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                return target(ref)
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    resolved: dict[str, Any] = walk(spec)
    return resolved


def example(schema: Any, depth: int = 0) -> Any:
    """The value ReDoc would print for a (dereferenced) ``schema``."""
    if not isinstance(schema, dict) or depth > _DEPTH:
        return "string"
    kind = schema.get("type")
    kind = kind[0] if isinstance(kind, list) and kind else kind
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    if kind == "object" or (kind is None and "properties" in schema):
        properties = schema.get("properties")
        items = properties.items() if isinstance(properties, dict) else []
        return {k: example(v, depth + 1) for k, v in items}
    if kind == "array":
        return [example(schema.get("items", {}), depth + 1)]
    defaults = {"integer": 0, "number": 0.1, "boolean": True}
    form = schema.get("format")
    return defaults.get(str(kind), _EXAMPLES.get(form if isinstance(form, str) else "", "string"))


def redoc_json(value: Any, prefix: str = "") -> list[str]:
    """JSON the way the scrape prints it: ``- `` before members, ``}, - "next"`` joins."""
    if isinstance(value, (dict, list)) and value:
        is_dict = isinstance(value, dict)
        members: list[tuple[Any, Any]] = (
            list(value.items()) if isinstance(value, dict) else [(None, v) for v in value]
        )
        lines = [prefix + ("{" if is_dict else "[")]
        for index, (key, item) in enumerate(members):
            sub = redoc_json(item, f'- "{key}": ' if is_dict else "- ")
            if index < len(members) - 1:
                sub[-1] += ","
            lines += sub
        lines.append("}" if is_dict else "]")
    else:
        empty = "{ }" if value == {} else "[ ]" if value == [] else json.dumps(value)
        lines = [prefix + empty]
    merged: list[str] = []
    for line in lines:
        if (
            merged
            and (merged[-1] in ("{",) or merged[-1].endswith(("},", "],")))
            and line.startswith("- ")
        ):
            merged[-1] += line if merged[-1] == "{" else " " + line
        else:
            merged.append(line)
    return merged


def type_text(param: dict[str, Any], schema: dict[str, Any]) -> str:
    kind = schema.get("type", "object")
    items = schema.get("items") if isinstance(schema.get("items"), dict) else {}
    words = [f"Array of {items.get('type', 'object')}s" if kind == "array" else str(kind)]
    if isinstance(schema.get("format"), str):
        words.append(f"<{schema['format']}>")
    if "minimum" in schema and "maximum" in schema:
        words.append(f"[ {schema['minimum']} .. {schema['maximum']} ]")
    elif "minimum" in schema:
        words.append(f">= {schema['minimum']}")
    if "maxLength" in schema:
        words.append(f"<= {schema['maxLength']} characters")
    if param.get("deprecated"):
        words.append("Deprecated")
    if "default" in schema:
        words.append(f"Default: {json.dumps(schema['default'])}")
    if isinstance(schema.get("enum"), list):
        words.append("Enum: " + " ".join(json.dumps(v) for v in schema["enum"]))
    if isinstance(items.get("enum"), list):
        words.append("Items Enum: " + " ".join(json.dumps(v) for v in items["enum"]))
    description = param.get("description")
    text = " ".join([*words, description if isinstance(description, str) else ""])
    return " ".join(text.split())


def _body_rows(schema: dict[str, Any]) -> list[str]:
    props = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
    if "data" in props:  # JSON:API tables collapse: the data row loses its name
        return ["required | object | ||||||||", "| |||||||||", "meta | object |"]
    required = schema.get("required") if isinstance(schema.get("required"), list) else []
    return [
        f"{name}{' required' if name in required else ''} | {type_text({}, sub)} |"
        for name, sub in props.items()
        if isinstance(sub, dict)
    ]


def _json_schema(holder: Any) -> dict[str, Any] | None:
    """The schema of the first media type a request or response shows, if it has one."""
    content = holder.get("content") if isinstance(holder, dict) else None
    first = next(iter(content.values()), None) if isinstance(content, dict) and content else None
    schema = first.get("schema") if isinstance(first, dict) else None
    return schema if isinstance(schema, dict) else None


def _samples(operation: dict[str, Any]) -> list[str]:
    responses = operation.get("responses") if isinstance(operation.get("responses"), dict) else {}
    shown = [(str(status), _json_schema(r)) for status, r in responses.items()]
    shown = [(status, schema) for status, schema in shown if schema is not None]
    if not shown:
        return []
    return ["Response samples", *(f"- {s}" for s, _ in shown), *redoc_json(example(shown[0][1]))]


def _parameters(item: dict[str, Any], operation: dict[str, Any]) -> list[dict[str, Any]]:
    merged = [*(item.get("parameters") or []), *(operation.get("parameters") or [])]
    return [p for p in merged if isinstance(p, dict) and isinstance(p.get("name"), str)]


def _param_row(parameter: dict[str, Any]) -> str:
    flag = " required" if parameter.get("required") else ""
    schema = parameter.get("schema") if isinstance(parameter.get("schema"), dict) else {}
    return f"{parameter['name']}{flag} | {type_text(parameter, schema)} |"


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(method, path, path item, operation) in page order, of a dereferenced spec."""
    found = []
    for path, item in (spec.get("paths") or {}).items():
        if isinstance(item, dict):
            found += [(m, path, item, item[m]) for m in METHODS if isinstance(item.get(m), dict)]
    return found


def _heading(path: str, operation: dict[str, Any]) -> list[str]:
    summary = operation.get("summary")
    mark = " Deprecated" if operation.get("deprecated") else ""
    if isinstance(summary, str) and summary.strip():
        summary = " ".join(summary.split())
        return [summary[:50], summary + mark]
    return [path + mark]


def scrape(spec: dict[str, Any]) -> str:
    """Render ``spec`` into ReDoc text with the damage of the seed's scrape."""
    spec = deref(spec)
    info = spec.get("info") or {}
    title = str(info.get("title", "API"))
    lines = [f"{title} ({info.get('version', '1.0')})", title]
    for _, path, item, operation in operations(spec):
        if operation.get("x-scrape-orphan"):
            lines += _samples(operation)
            continue
        lines += _heading(path, operation)
        params = _parameters(item, operation)
        for where in ("path", "query", "header"):
            rows = [_param_row(p) for p in params if p.get("in") == where]
            if rows:
                lines += [f"{where} Parameters", *rows]
        body = _json_schema(operation.get("requestBody"))
        if body is not None:
            media = next(iter(operation["requestBody"]["content"]))
            lines += [f"Request Body schema: {media}", *_body_rows(body)]
        lines.append("Responses")
        if body is not None:
            lines += ["Request samples", "- Payload", *redoc_json(example(body))]
        lines += _samples(operation)
    return "\n".join(lines) + "\n"


# --- what the scrape still says of each path ---------------------------------------

_TEMPLATE = re.compile(r"^\{[^}]*\}$")
TRACES = ("heading", "sibling", "own-text", "page-text", "none")


def _words(text: str) -> set[str]:
    """The words of ``text``, camelCase split, singular, lower case."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    return {singular(w) for w in re.findall(r"[a-z0-9]+", spaced.lower())}


def _summarized(operation: dict[str, Any]) -> bool:
    return isinstance(operation.get("summary"), str) and bool(operation["summary"].strip())


def trace(
    path: str, operation: dict[str, Any], page: set[str], own: set[str], shown: set[str]
) -> str:
    """How much of ``path`` the scrape states, the most specific of :data:`TRACES`:

    ``heading`` (the operation's own heading is its path), ``sibling`` (another
    operation's heading shows this exact path), ``own-text`` (every word of every
    literal segment is in the operation's own text), ``page-text`` (... somewhere
    on the page), ``none`` (some word of the path is nowhere on the page).
    """
    if not _summarized(operation):
        return "heading"
    if path in shown:
        return "sibling"
    needed = set().union(*(_words(s) for s in path.split("/") if s and not _TEMPLATE.match(s)))
    if needed <= own:
        return "own-text"
    return "page-text" if needed <= page else "none"


def traces(spec: dict[str, Any]) -> dict[tuple[str, str], str]:
    """:func:`trace` of every operation of ``spec``, rendering each alone for its own text."""
    flat = deref(spec)
    page = _words(scrape(spec))
    shown = {path for _, path, _, op in operations(flat) if not _summarized(op)}
    found = {}
    for method, path, item, operation in operations(flat):
        alone = {"paths": {path: {**item, **dict.fromkeys(METHODS), method: operation}}}
        own = _words("\n".join(scrape(alone).splitlines()[2:]))
        found[(method, path)] = trace(path, operation, page, own, shown)
    return found


def main(argv: list[str]) -> int:
    sys.path.append(str(Path(__file__).resolve().parents[2]))  # after PYTHONPATH: see above
    from generator.readers.redoc.reader import read
    from tests.readers.redoc_scoring import facts_of, score

    keys = ("op_p", "op_r", "op_f1", "param_f1", "request_f1", "response_f1")
    rows, tally = [], Counter[tuple[str, bool]]()
    for folder in map(Path, argv):
        spec = json.loads((folder / "source.json").read_text(encoding="utf-8"))
        kinds = traces(spec)
        try:
            document = read(scrape(spec), folder.name).document
            result = score(spec, document)
        except Exception as exc:  # a dev tool reports and goes on; a failed read scores 0
            print(folder.name, "ERROR", f"{type(exc).__name__}: {exc}"[:200])
            document, result = {}, dict.fromkeys(keys, 0.0)
        hits = facts_of(document).operations if document else set()
        tally.update((kind, key in hits) for key, kind in kinds.items())
        rows.append(result)
        scores = " ".join(f"{k}={result[k]:.2f}" for k in keys)
        print(f"{folder.name[:40]:40} {scores}  {dict(Counter(kinds.values()))}")
    means = " ".join(f"{k}={sum(r[k] for r in rows) / len(rows):.2f}" for k in keys)
    print(f"{'MEAN':40} {means}")
    print("what the scrape shows of each path: operations (recovered exactly)")
    for kind in TRACES:
        print(f"  {kind:10} {tally[kind, True] + tally[kind, False]:5} ({tally[kind, True]})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
