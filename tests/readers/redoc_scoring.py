"""Score what the ReDoc reader recovered from a page against the spec the page was made from.

Used by tests/readers/test_redoc_scrapers.py on the committed fixtures, and
runnable on a fidelity corpus: ``python tests/readers/redoc_scoring.py DIR...``
(each DIR holds ``source.json`` and the ``redoc-*`` documents of
``scripts/fidelity``).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
FORMS = (
    "redoc-text-bs4",
    "redoc-text-inscriptis",
    "redoc-text-html2text",
    "redoc-html",
    "redoc3-html",
)


def _resolve(doc: dict[str, Any], node: Any, depth: int = 0) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 50:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            return {}
        target: Any = doc
        for key in ref[2:].split("/"):
            key = key.replace("~1", "/").replace("~0", "~")
            target = target.get(key, {}) if isinstance(target, dict) else {}
        node, depth = target, depth + 1
    return node


def properties(doc: dict[str, Any], schema: Any, hidden: str = "", depth: int = 0) -> set[str]:
    """Top-level property names; ``hidden`` (readOnly in requests, writeOnly in
    responses) are left out, as ReDoc leaves them out of tables and samples."""
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 10:
        return set()
    names = {
        name
        for name, sub in (schema.get("properties") or {}).items()
        if not (hidden and isinstance(_resolve(doc, sub), dict) and _resolve(doc, sub).get(hidden))
    }
    for sub in schema.get("allOf") or []:
        names |= properties(doc, sub, hidden, depth + 1)
    if not names and schema.get("type") == "array":
        names = properties(doc, schema.get("items"), hidden, depth + 1)
    return names


def _body_schema(doc: dict[str, Any], holder: Any, json_only: bool = False) -> Any:
    """The schema of the body ReDoc shows first; a response sample only for JSON media."""
    holder = _resolve(doc, holder)
    content = (holder or {}).get("content") or {}
    first = next(iter(content.items()), None)
    if first is None or (json_only and "json" not in first[0]):
        return None
    return (first[1] or {}).get("schema")


@dataclass
class Facts:
    operations: set[tuple[str, str]] = field(default_factory=set)
    parameters: set[tuple[str, str, str, str]] = field(default_factory=set)
    request: set[tuple[str, str, str]] = field(default_factory=set)
    response: set[tuple[str, str, str]] = field(default_factory=set)
    servers: set[str] = field(default_factory=set)
    schemes: set[str] = field(default_factory=set)
    unscored: set[tuple[str, str]] = field(default_factory=set)


def _grouped_tags(doc: dict[str, Any]) -> set[str] | None:
    """With ``x-tagGroups``, ReDoc shows only the operations of the tags in a group."""
    groups = doc.get("x-tagGroups")
    if not isinstance(groups, list):
        return None
    return {
        t for g in groups if isinstance(g, dict) for t in g.get("tags") or [] if isinstance(t, str)
    }


def _on_page(op: dict[str, Any], shown: set[str] | None) -> bool:
    tags = op.get("tags") or []
    return shown is None or not tags or any(tag in shown for tag in tags)


def facts_of(doc: dict[str, Any]) -> Facts:
    facts = Facts()
    # a page shows a server without its trailing slash, and a scheme-relative one resolved;
    # a server "/" is the page's own origin, which it does not print
    facts.servers = {
        re.sub(r"^(?:https?:)?//", "//", s.get("url", "")).rstrip("/")
        for s in doc.get("servers") or []
        if isinstance(s, dict)
    } - {""}
    # the schemes some operation on the page accepts: it shows those (under Authorizations)
    shown = _grouped_tags(doc)
    used = [*(doc.get("security") or [])]
    for item in (doc.get("paths") or {}).values():
        for op in (item or {}).values() if isinstance(item, dict) else []:
            if isinstance(op, dict) and _on_page(op, shown):
                used += op.get("security") or []
    facts.schemes = {
        name for requirement in used if isinstance(requirement, dict) for name in requirement
    }
    for path, item in (doc.get("paths") or {}).items():
        item = _resolve(doc, item)
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters") or []
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict) or not _on_page(op, shown):
                continue
            key = (method, path)
            facts.operations.add(key)
            for param in [*shared, *(op.get("parameters") or [])]:
                param = _resolve(doc, param)
                if isinstance(param, dict) and param.get("in") != "body":
                    facts.parameters.add((*key, param.get("name", ""), param.get("in", "")))
            body = _body_schema(doc, op.get("requestBody"))
            facts.request |= {(*key, name) for name in properties(doc, body, "readOnly")}
            responses = op.get("responses") or {}
            ok = next((s for s in responses if str(s).startswith("2")), None)
            if ok:
                schema = _body_schema(doc, responses[ok], json_only=True)
                if schema is None:
                    facts.unscored.add(key)  # examples without a schema: nothing to score
                facts.response |= {(*key, name) for name in properties(doc, schema, "writeOnly")}
    return facts


def prf(truth: set[Any], found: set[Any]) -> tuple[float, float, float]:
    if not truth and not found:
        return 1.0, 1.0, 1.0
    hit = len(truth & found)
    p = hit / len(found) if found else 0.0
    r = hit / len(truth) if truth else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(truth_doc: dict[str, Any], found_doc: dict[str, Any]) -> dict[str, Any]:
    truth, found = facts_of(truth_doc), facts_of(found_doc)
    found.response = {f for f in found.response if f[:2] not in truth.unscored}
    op_p, op_r, op_f = prf(truth.operations, found.operations)
    return {
        "op_p": op_p,
        "op_r": op_r,
        "op_f1": op_f,
        "param_f1": prf(truth.parameters, found.parameters)[2],
        "request_f1": prf(truth.request, found.request)[2],
        "response_f1": prf(truth.response, found.response)[2],
        "servers": prf(truth.servers, found.servers)[1] if truth.servers else None,
        "schemes": prf(truth.schemes, found.schemes)[1] if truth.schemes else None,
    }


def read_document(path: Path) -> dict[str, Any]:
    from generator.readers import read_source

    _, result = read_source(path.read_text(encoding="utf-8"), None, str(path))
    return result.document


def generates(path: Path) -> str:
    """``ok`` when the document generates a client that imports, else the first error line."""
    import subprocess
    import tempfile

    root = Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pkg"
        proc = subprocess.run(
            [
                root / ".venv/bin/clientgen",
                "generate",
                "--source",
                path,
                "--output",
                out,
                "--name",
                "probe",
                "--reader",
                "redoc_text",
            ],
            capture_output=True,
            text=True,
            cwd=tmp,
        )
        if proc.returncode != 0:
            return (proc.stderr.strip().splitlines() or ["?"])[-1][:300]
        check = subprocess.run(
            [root / ".venv/bin/python", "-c", "import probe_client"],
            capture_output=True,
            text=True,
            cwd=out / "probe",
        )
        return "ok" if check.returncode == 0 else check.stderr.strip().splitlines()[-1][:300]


def main(argv: list[str]) -> int:
    rows: dict[str, list[dict[str, Any]]] = {}
    generate = "--generate" in argv
    argv = [a for a in argv if a != "--generate"]
    for folder in map(Path, argv):
        truth = json.loads((folder / "source.json").read_text(encoding="utf-8"))
        for form in FORMS:
            candidates = list(folder.glob(f"{form}.*"))
            if not candidates:
                continue
            try:
                result = score(truth, read_document(candidates[0]))
            except Exception as exc:  # a dev tool reports and goes on
                result = {"error": f"{type(exc).__name__}: {exc}"[:200]}
            result["spec"] = folder.name
            if generate and form.startswith("redoc-text") and "error" not in result:
                outcome = generates(candidates[0])
                result["generate"] = 1.0 if outcome == "ok" else 0.0
                if outcome != "ok":
                    print("GENERATE", form, folder.name, outcome)
            rows.setdefault(form, []).append(result)
            if "-v" in sys.argv[0:0] or "error" in result or result.get("op_f1", 1) < 0.95:
                print(
                    form,
                    folder.name,
                    {k: round(v, 2) if isinstance(v, float) else v for k, v in result.items()},
                )
    keys = ("op_p", "op_r", "op_f1", "param_f1", "request_f1", "response_f1", "servers", "schemes")
    if generate:
        keys = (*keys, "generate")
    print(f"{'form':24}" + "".join(f"{k:>12}" for k in keys) + "  errors")
    for form, results in rows.items():
        ok = [r for r in results if "error" not in r]
        means = []
        for key in keys:
            # a document that could not be read recovered nothing: it counts as 0
            values = [
                0.0 if "error" in r else r[key]
                for r in results
                if "error" in r or r.get(key) is not None
            ]
            means.append(f"{sum(values) / len(values):12.2f}" if values else f"{'-':>12}")
        print(f"{form:24}" + "".join(means) + f"  {len(results) - len(ok)}/{len(results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
