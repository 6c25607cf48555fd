"""Call every operation of a generated client against Prism (runs in a child process).

``python scripts/conformance.py call OUT SPEC BASE_URL`` imports the package
generated under OUT, builds a ``Client`` on BASE_URL (Prism) with dummy
credentials, walks its resources for every method whose docstring names a
``METHOD /path``, synthesises arguments from SPEC's operation (required
parameters; a minimal valid body, readOnly properties left out) and calls it.
Every exchange goes through a recording transport that only reaches the
loopback (an OAuth2 token endpoint is answered locally with a dummy token).
Prints one JSON line: a record per operation.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from _conformance_values import Synth, Unbuildable, to_xml

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DOC_ROUTE = re.compile(r"``([A-Z]+) (/[^`\s]*)``")
STANDARD = {
    "extra_headers",
    "extra_query",
    "extra_body",
    "timeout",
    "max_retries",
    "idempotency_key",
}
CLIENT_STANDARD = {
    "base_url",
    "timeout",
    "max_retries",
    "max_retry_wait",
    "http_client",
    "default_headers",
    "strict_response_validation",
}
# Prism's own verdicts on a request (not the API's documented responses).
PRISM_ERRORS = "https://stoplight.io/prism/errors#"
REQUEST_ERRORS = {
    "UNPROCESSABLE_ENTITY",
    "UNAUTHORIZED",
    "NO_PATH_MATCHED_ERROR",
    "NO_METHOD_MATCHED_ERROR",
    "NO_SERVER_MATCHED_ERROR",
    "INVALID_CONTENT_TYPE",
    "NOT_ACCEPTABLE",
    "UNSUPPORTED_MEDIA_TYPE",
}
PRISM_BRACKETS = re.compile(r"required property '[^']*%5[bd]", re.IGNORECASE)
IGNORED_HEADER_RULE = re.compile(
    r"^header.*required property '(content-type|accept|authorization)'", re.IGNORECASE
)
IGNORED_HEADERS = {"accept", "content-type", "authorization"}


def squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


class Recorder:
    """An httpx transport: loopback only, every exchange recorded; fakes OAuth2 token endpoints."""

    def __init__(self, token_paths: set[str]) -> None:
        import httpx

        self._inner = httpx.HTTPTransport()
        self.token_paths = token_paths
        self.exchanges: list[dict[str, Any]] = []

    def handle_request(self, request: Any) -> Any:
        import httpx

        if request.url.path in self.token_paths or (
            request.url.host not in ("127.0.0.1", "localhost", "::1") and request.method == "POST"
        ):
            token = {
                "access_token": "conformance-token",
                "token_type": "Bearer",
                "expires_in": 3600,
                "refresh_token": "conformance-refresh",
            }
            return httpx.Response(200, json=token, request=request)
        if request.url.host not in ("127.0.0.1", "localhost", "::1"):
            raise RuntimeError(f"conformance call tried to reach {request.url.host}")
        body = request.read()
        response = self._inner.handle_request(request)
        response.read()
        self.exchanges.append(
            {
                "method": request.method,
                "url": str(request.url),
                "headers": {
                    k.lower(): v
                    for k, v in request.headers.items()
                    if k.lower() not in ("authorization",)
                },
                "body": body[:400].decode(errors="replace"),
                "status": response.status_code,
                "response": response.content[:2000].decode(errors="replace"),
                "response_type": response.headers.get("content-type", ""),
            }
        )
        return response

    def close(self) -> None:
        self._inner.close()


def token_paths(doc: Mapping[str, Any]) -> set[str]:
    """Paths of the spec's OAuth2 token and refresh URLs (answered by the recorder)."""
    found = set()
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    for scheme in schemes.values():
        if not isinstance(scheme, Mapping):
            continue
        for flow in (scheme.get("flows") or {}).values():
            if isinstance(flow, Mapping):
                for key in ("tokenUrl", "refreshUrl"):
                    if isinstance(flow.get(key), str):
                        found.add(urlsplit(flow[key]).path or flow[key])
        ext = scheme.get("x-clientgen-token-exchange")
        if isinstance(ext, Mapping):
            for key in ("tokenUrl", "refreshUrl", "token_url", "refresh_url"):
                if isinstance(ext.get(key), str):
                    found.add(urlsplit(ext[key]).path)
    return found - set(doc.get("paths") or {})  # an exchange the spec itself describes


def make_client(module: Any, base_url: str, transport: Recorder) -> Any:
    import httpx

    cls = module.Client
    params = inspect.signature(cls).parameters
    kwargs: dict[str, Any] = {
        "base_url": base_url,
        "max_retries": 0,
        "http_client": httpx.Client(transport=transport, timeout=60),
    }
    if "strict_response_validation" in params:
        kwargs["strict_response_validation"] = True
    kwargs = {k: v for k, v in kwargs.items() if k in params}
    for name, param in params.items():
        if name in kwargs or name in CLIENT_STANDARD or param.kind is not param.KEYWORD_ONLY:
            continue
        if param.default is param.empty or param.default is None:
            kwargs[name] = f"conformance-{name.replace('_', '-')}"
    return cls(**kwargs)


def methods(client: Any) -> Iterator[tuple[str, str, str, Any]]:
    """(dotted name, VERB, /route, bound method) for every operation method of the client."""
    seen: set[int] = set()

    def walk(obj: Any, prefix: str) -> Iterator[tuple[str, str, str, Any]]:
        for attr, value in vars(obj).items():
            if attr.startswith("_") or attr == "with_raw_response" or id(value) in seen:
                continue
            if ".resources." not in type(value).__module__:
                continue
            seen.add(id(value))
            for name, method in inspect.getmembers(value, inspect.ismethod):
                match = DOC_ROUTE.search(inspect.getdoc(method) or "")
                if not name.startswith("_") and match:
                    yield f"{prefix}{attr}.{name}", match.group(1), match.group(2), method
            yield from walk(value, f"{prefix}{attr}.")

    yield from walk(client, "")


def operation_parameters(synth: Synth, item: Mapping[str, Any], op: Mapping[str, Any]) -> list[Any]:
    merged: dict[tuple[str, str], Any] = {}
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = synth.resolve(raw)
        if isinstance(param, Mapping) and "name" in param and "in" in param:
            merged[(param["in"], param["name"])] = param
    return list(merged.values())


def parameter_schema(synth: Synth, param: Mapping[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    for media in (param.get("content") or {}).values():
        if isinstance(media, Mapping):
            return media.get("schema", {})
    return {"type": param["type"]} if "type" in param else {}


def body_media(synth: Synth, op: Mapping[str, Any]) -> tuple[str, Any, bool] | None:
    """(media type, schema, required) of the request body; JSON preferred, as clients do."""
    body = synth.resolve(op.get("requestBody")) if op.get("requestBody") else None
    if not isinstance(body, Mapping) or not body.get("content"):
        return None
    content = body["content"]
    order = sorted(content, key=lambda m: 0 if "json" in m else 1 if "form" in m else 2)
    media = order[0]
    entry = content[media] if isinstance(content[media], Mapping) else {}
    return media, entry.get("schema", {}), bool(body.get("required"))


def build_call(
    synth: Synth, method: Any, route: str, item: Mapping[str, Any], op: Mapping[str, Any]
) -> tuple[list[Any], dict[str, Any], list[str], dict[str, Any]]:
    """(positional, keywords, problems, facts) for one operation from its spec."""
    sig = inspect.signature(method)
    positional_names = [
        n
        for n, p in sig.parameters.items()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    keyword_params = {n: p for n, p in sig.parameters.items() if p.kind is p.KEYWORD_ONLY}
    free = {squash(n): n for n in keyword_params if n not in STANDARD}
    problems: list[str] = []
    facts: dict[str, Any] = {"cookies": {}}
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    path_order = re.findall(r"{([^}]+)}", route)
    params = operation_parameters(synth, item, op)
    path_values = {}
    for param in params:
        location, name = param["in"], param["name"]
        if location == "header" and name.lower() in IGNORED_HEADERS:
            continue
        if location != "path" and not param.get("required"):
            continue
        pschema = synth.merged(parameter_schema(synth, param))
        plain = set(pschema) <= {"type", "description", "title"}
        if location == "path" and plain and pschema.get("type") in ("string", None):
            # An id-like value that any plain string accepts (envelopes copy it into
            # bodies whose id may be a uuid).
            value: Any = "123e4567-e89b-12d3-a456-426614174000"
        else:
            value = synth.value(pschema, variant=0)
        if location == "path":
            path_values[name] = value
            continue
        if location == "cookie":
            facts["cookies"][name] = value
        if location == "query" and param.get("style") == "spaceDelimited":
            facts.setdefault("space_delimited", {})[name] = value
        target = free.pop(squash(name), None)
        if target is None:
            problems.append(f"no argument for required {location} parameter {name!r}")
            continue
        keywords[target] = value
    for name in path_order:
        if name not in path_values:
            problems.append(f"path parameter {name!r} is not declared")
            path_values[name] = "x"
    # Positional parameters are matched by name (the generator orders them as the
    # spec declares them, not as the URL template does), else by template order.
    by_name = {squash(n): n for n in positional_names}
    slots: dict[str, Any] = {}
    leftovers = []
    for name in path_order:
        if squash(name) in by_name:
            slots[by_name.pop(squash(name))] = path_values[name]
        else:
            leftovers.append(name)
    for name in leftovers:
        if squash(name) in free:
            keywords[free.pop(squash(name))] = path_values[name]
        elif by_name:
            slots[by_name.pop(next(iter(by_name)))] = path_values[name]
        else:
            problems.append(f"no argument for path parameter {name!r}")
    positional = [slots[n] for n in positional_names if n in slots]
    if len(positional) < len(positional_names):
        problems.append("a positional argument matches no path parameter")
    body = body_media(synth, op)
    if body is not None:
        media, schema, required = body
        facts["media"] = media
        declared = synth.resolve(op.get("requestBody")).get("content") or {}
        facts["media_types"] = [str(m) for m in declared]
        value = body_value(synth, schema, free)
        facts["body_check"] = synth.check(schema, value)
        if "xml" in media and not isinstance(value, str | bytes):
            value = to_xml("root", value)
        whole = next((free[k] for k in WHOLE_BODY if k in free), None)
        if isinstance(value, dict) and (whole is None or matches(value, free) > 0):
            # Object bodies are flattened into keyword arguments (an envelope such as
            # JSON:API's data/attributes is looked through).
            annotations = {n: str(p.annotation) for n, p in keyword_params.items()}
            for key in spread(value, free, keywords, annotations):
                problems.append(f"no argument for required body property {key!r}")
        elif whole is not None:
            annotation = str(keyword_params[whole].annotation)
            if "bytes" in annotation and not isinstance(value, bytes):
                text = value if isinstance(value, str) else json.dumps(value)
                value = text.encode()
            keywords[whole] = value
            free.pop(squash(whole), None)
        elif required:
            problems.append(f"no argument for the {media} body")
    for name, param in keyword_params.items():
        if name not in keywords and name not in STANDARD and param.default is param.empty:
            problems.append(f"required argument {name!r} matches nothing in the spec")
    return positional, keywords, problems, facts


WHOLE_BODY = ("body", "requestbody", "payload", "data", "content", "file")


def matches(value: Mapping[str, Any], free: Mapping[str, str], depth: int = 0) -> int:
    """How many of a body's properties (looking through envelopes) name a free argument."""
    count = 0
    for key, item in value.items():
        if squash(key) in free:
            count += 1
        elif isinstance(item, Mapping) and depth < 3:
            count += matches(item, free, depth + 1)
    return count


def spread(
    value: Mapping[str, Any],
    free: dict[str, str],
    keywords: dict[str, Any],
    annotations: Mapping[str, str],
    depth: int = 0,
) -> list[str]:
    """Put a body's properties into keyword arguments; the names that found none."""
    unmatched = []
    # Nested objects first: an envelope's own keys (JSON:API's type) must not take the
    # argument of a same-named attribute.
    ordered = sorted(value.items(), key=lambda kv: not isinstance(kv[1], Mapping))
    for key, item in ordered:
        nested = isinstance(item, Mapping) and squash(key) not in free and depth < 3
        if nested and matches(item, free):
            unmatched += spread(item, free, keywords, annotations, depth + 1)
            continue
        target = free.get(squash(key))
        if target is not None and not fits_literal(annotations.get(target, ""), item):
            # An envelope's own key (JSON:API type) whose name a body field also has.
            unmatched.append(key)
        elif target is not None:
            keywords[target] = item
            free.pop(squash(key))
        elif not (isinstance(item, Mapping) and depth < 3 and not item):
            unmatched.append(key)
    return unmatched


def fits_literal(annotation: str, value: Any) -> bool:
    """False when an argument is a ``Literal[...]`` that cannot hold ``value``."""
    if "Literal[" not in annotation or not isinstance(value, str):
        return True
    return repr(value) in annotation or f'"{value}"' in annotation


def body_value(synth: Synth, schema: Any, free: Mapping[str, str]) -> Any:
    """A minimal body; of oneOf/anyOf branches the one the method's arguments fit best."""
    merged = synth.merged(schema)
    branches = merged.get("oneOf") or merged.get("anyOf")
    if not isinstance(branches, list) or len(branches) < 2:
        return synth.value(schema)
    best: tuple[int, int, Any] | None = None
    for index, branch in enumerate(branches):
        own = {k: v for k, v in merged.items() if k not in ("oneOf", "anyOf")}
        try:
            candidate = synth.value({**own, "oneOf": [branch]})
        except Unbuildable:
            continue
        score = matches(candidate, free) if isinstance(candidate, dict) else 0
        unmatched = (len(candidate) - score) if isinstance(candidate, dict) else 0
        key = (score - unmatched, -index)
        if best is None or key > best[:2]:
            best = (key[0], key[1], candidate)
    return best[2] if best is not None else synth.value(schema)


def fragment_problems(route: str, exchange: Mapping[str, Any]) -> list[str]:
    """The ``key=value`` pairs of a route's fragment that the request does not carry."""
    from urllib.parse import parse_qsl

    fragment = route.split("#", 1)[1]
    sent_query = dict(parse_qsl(urlsplit(exchange["url"]).query))
    headers = exchange["headers"]
    lost = []
    for key, value in parse_qsl(fragment, keep_blank_values=True):
        if not value and (key in sent_query or key.lower() in headers):
            continue  # a bare key: the parameter of that name is there
        if headers.get(key.lower()) != value and sent_query.get(key) != value:
            lost.append(f"fragment: {key}={value} sent neither as a header nor in the query")
    return lost


def space_delimited_problems(spaced: Mapping[str, Any], url: str) -> list[str]:
    """The spaceDelimited query arrays not sent as ``name=a%20b`` (or ``a+b``)."""
    from urllib.parse import quote

    query = urlsplit(url).query
    wrong = []
    for name, values in spaced.items():
        items = [str(v).lower() if isinstance(v, bool) else str(v) for v in values]
        forms = {f"{quote(name)}={'%20'.join(items)}", f"{quote(name)}={'+'.join(items)}"}
        if not any(f in query.split("&") for f in forms):
            wrong.append(f"query/{name}: spaceDelimited array not sent as {sorted(forms)[0]}")
    return wrong


def content_problem(exchange: Mapping[str, Any], declared: list[str]) -> str | None:
    """Why a request's Content-Type does not fit the declared body media types, or None."""
    if not declared or not exchange.get("body"):
        return None
    sent = str(exchange["headers"].get("content-type", "")).split(";")[0].strip().lower()
    if not sent:
        return f"a body was sent without a Content-Type (declared: {', '.join(declared)})"
    for media in declared:
        kind, _, sub = media.split(";")[0].strip().lower().partition("/")
        skind, _, ssub = sent.partition("/")
        if kind in ("*", skind) and sub in ("*", ssub):
            return None
    return f"sent {sent}, declared: {', '.join(declared)}"


def prism_verdict(exchange: Mapping[str, Any]) -> tuple[str | None, list[str]]:
    """(Prism error name or None, validation messages) of one recorded response."""
    if "problem+json" not in exchange.get("response_type", ""):
        return None, []
    try:
        body = json.loads(exchange["response"])
    except (json.JSONDecodeError, TypeError):
        return None, []
    kind = str(body.get("type", ""))
    if not kind.startswith(PRISM_ERRORS):
        return None, []
    messages = [
        f"{'/'.join(str(x) for x in v.get('location', []))}: {v.get('message', '')}"
        for v in body.get("validation") or []
        if isinstance(v, Mapping)
    ]
    if not messages and body.get("detail"):
        messages = [str(body["detail"])[:200]]
    return kind[len(PRISM_ERRORS) :], messages


def call_all(out: Path, spec_path: Path, base_url: str) -> dict[str, Any]:
    from corpus import find_package, load_document

    report: dict[str, Any] = {"operations": [], "spec_operations": 0}
    package = find_package(out)
    sys.path.insert(0, str(package.parent))
    module = importlib.import_module(package.name)
    doc = load_document(spec_path)
    synth = Synth(doc)
    paths = doc.get("paths") or {}
    report["spec_operations"] = sum(
        1
        for item in paths.values()
        if isinstance(synth.resolve(item), Mapping)
        for verb in synth.resolve(item)
        if verb in METHODS
    )
    recorder = Recorder(token_paths(doc))
    client = make_client(module, base_url, recorder)
    from pydantic import BaseModel

    for dotted, verb, route, method in sorted(methods(client), key=lambda m: m[0]):
        record: dict[str, Any] = {"operation": f"{verb} {route}", "method": f"client.{dotted}"}
        report["operations"].append(record)
        item = synth.resolve(paths.get(route)) if route in paths else None
        op = item.get(verb.lower()) if isinstance(item, Mapping) else None
        if not isinstance(op, Mapping):
            record.update(outcome="not in spec", sent=False)
            continue
        try:
            positional, keywords, problems, facts = build_call(synth, method, route, item, op)
        except (Unbuildable, RecursionError, KeyError, TypeError, ValueError) as exc:
            record.update(
                outcome="synthesis failed", sent=False, error=f"{type(exc).__name__}: {exc}"[:300]
            )
            continue
        record["problems"] = problems
        record["facts"] = {k: v for k, v in facts.items() if v}
        before = len(recorder.exchanges)
        started = time.perf_counter()
        try:
            value = method(*positional, **keywords)
            items = getattr(value, "items", None)
            if isinstance(items, list):
                record["returned"] = f"{type(value).__name__} of {len(items)}"
            else:
                record["returned"] = type(value).__name__
            record["model"] = isinstance(value, BaseModel) or (
                isinstance(items, list) and all(isinstance(i, BaseModel) for i in items)
            )
            error = None
        except Exception as exc:  # every exception a call raises is data here
            error = exc
            lines = str(exc).splitlines() or [""]
            text = f"{type(exc).__name__}: {lines[0]}"
            if len(lines) > 2 and "validation error" in lines[0]:
                text += f" ({lines[1].strip()}: {lines[2].strip()})"
            record["error"] = text[:400]
            record["error_type"] = type(exc).__name__
        record["seconds"] = round(time.perf_counter() - started, 3)
        exchanges = recorder.exchanges[before:]
        record["sent"] = bool(exchanges)
        if not exchanges:
            record["outcome"] = "not sent"
            continue
        last = exchanges[-1]
        record["exchange"] = last
        prism_error, messages = prism_verdict(last)
        spaced = facts.get("space_delimited") or {}
        if (
            prism_error == "UNPROCESSABLE_ENTITY"
            and spaced
            and all(any(m.startswith(f"query/{n}") for n in spaced) for m in messages)
        ):
            # Prism 5.16 accepts no encoding of a spaceDelimited array (1%202, 1+2, ...);
            # the harness checks the encoding itself and judges the rest of the call.
            wrong = space_delimited_problems(spaced, last["url"])
            record["harness"] = wrong or ["spaceDelimited checked by the harness"]
            if not wrong:
                prism_error, messages = None, []
            else:
                messages = wrong
        record["status"] = last["status"]
        cookie_header = last["headers"].get("cookie", "")
        missing = [n for n in facts.get("cookies", {}) if f"{n}=" not in cookie_header]
        if (
            prism_error == "UNPROCESSABLE_ENTITY"
            and messages
            and all(PRISM_BRACKETS.search(m) for m in messages)
        ):
            # Prism 5 matches no query parameter whose name has brackets (page[limit]),
            # however it is encoded: the request cannot be judged.
            record.update(outcome="unverifiable", prism=prism_error, validation=messages)
        elif (
            prism_error == "UNPROCESSABLE_ENTITY"
            and facts.get("body_check")
            and all(m.startswith("body") for m in messages)
        ):
            # The harness's own validator says the synthesised body breaks the schema
            # (typically a oneOf whose branches all accept it): not the client's miss.
            record.update(
                outcome="unverifiable",
                prism="no valid minimal body (harness/spec)",
                validation=[f"body: {facts['body_check']}", *messages],
            )
        elif (
            prism_error == "UNPROCESSABLE_ENTITY"
            and messages
            and all(IGNORED_HEADER_RULE.search(m) for m in messages)
        ):
            # OpenAPI: header parameters named Accept, Content-Type or Authorization
            # "SHALL be ignored"; Prism 5 enforces them anyway.
            record.update(
                outcome="unverifiable", prism="IGNORED_HEADER_ENFORCED", validation=messages
            )
        elif prism_error == "NO_PATH_MATCHED_ERROR" and "#" in route:
            # AWS's convention (/#X-Amz-Target=Service.Op): the fragment is never sent,
            # so Prism cannot route the request; the harness checks the fragment's
            # key=value pairs went out as a header or query parameter.
            lost = fragment_problems(route, last)
            if lost:
                record.update(outcome="rejected", prism="FRAGMENT (harness check)", validation=lost)
            else:
                record.update(
                    outcome="unverifiable",
                    prism="PATH_WITH_FRAGMENT",
                    validation=[f"path: Prism cannot route a URL fragment ({route})"],
                )
        elif prism_error in REQUEST_ERRORS:
            record.update(outcome="rejected", prism=prism_error, validation=messages)
        elif content_problem(last, facts.get("media_types") or []):
            # Prism 5 takes a body without a Content-Type; the harness checks it.
            problem = content_problem(last, facts.get("media_types") or [])
            record.update(
                outcome="rejected",
                prism="CONTENT_TYPE (harness check)",
                validation=[f"header/content-type: {problem}"],
            )
        elif missing:
            # Prism 5 does not validate cookie parameters; the harness checks they were sent.
            record.update(
                outcome="rejected",
                prism="COOKIE_NOT_SENT (harness check)",
                validation=[f"cookie: {n} not sent" for n in missing],
            )
        elif prism_error is not None:
            record.update(outcome="prism could not answer", prism=prism_error, validation=messages)
        elif error is None:
            record["outcome"] = "parsed"
        elif last["status"] >= 400 and getattr(error, "status_code", None) == last["status"]:
            record["outcome"] = "parsed"  # a documented error response, raised as a typed error
        else:
            record["outcome"] = "not parsed"
    client.close()
    return report


def main(argv: list[str]) -> int:
    out, spec, base_url = Path(argv[0]), Path(argv[1]), argv[2]
    try:
        report = call_all(out, spec, base_url)
    except Exception as exc:
        import traceback

        traceback.print_exc()
        report = {"fatal": f"{type(exc).__name__}: {exc}"[:400], "operations": []}
    print(json.dumps(report, default=str))
    return 0
