"""A local server that answers every operation of an OpenAPI document validly.

README examples call every operation of a package; this server lets them run
as printed without the real API. Each operation's first 2xx response is
synthesised from its schema (`ResponseSynth`, on scripts/conformance's `Synth`:
every property, readOnly ones in, writeOnly ones out), so what an example gets is what the spec
promises. OAuth2 client-credentials token URLs the spec does not list as
operations answer an RFC 6749 token.

Paging: the first GET of a path answers the synthesised page; a later GET of
the same path with a different query (the next page, whatever the style) gets
the same body with every array emptied, which ends a walk in every style.
`reset()` forgets the pages served, between examples.
"""

from __future__ import annotations

import json
import re
import sys
import threading
from collections.abc import Mapping
from typing import Any

from tests.conftest import REPO
from tests.support.http_server import LocalServer, Recorded, Response, json_response

sys.path.insert(0, str(REPO / "scripts"))
from _conformance_values import Synth

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
TOKEN = {"access_token": "readme-token", "token_type": "Bearer", "expires_in": 3600}


class ResponseSynth(Synth):
    """`Synth` for responses: every property a server may send, not only the required
    ones (a pager reads its items and total from optional fields), to a bounded depth
    so that recursive schemas end."""

    MAX_DEPTH = 6

    def object(self, schema: Mapping[str, Any], depth: int, write: bool) -> dict[str, Any]:
        out = super().object(schema, depth, write)
        if depth > self.MAX_DEPTH:
            return out
        for name, prop in (schema.get("properties") or {}).items():
            if name not in out and not self.merged(prop).get("writeOnly"):
                out[name] = self.value(prop, depth + 1, write=write)
        return out


def emptied(value: Any) -> Any:
    """``value`` with every array, however deep, made empty."""
    if isinstance(value, list):
        return []
    if isinstance(value, dict):
        return {key: emptied(item) for key, item in value.items()}
    return value


def path_pattern(prefix: str, template: str) -> str:
    """A regular expression for a path template (``{id}`` matches one segment)."""
    parts = re.split(r"(\{[^}]+\})", prefix.rstrip("/") + template)
    return "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)


class SpecServer:
    """`LocalServer` routes for every operation of ``document``, mounted under ``prefix``."""

    def __init__(self, server: LocalServer, document: Mapping[str, Any], prefix: str = "") -> None:
        self.server = server
        self.synth = ResponseSynth(document)
        self._lock = threading.Lock()
        self._first_query: dict[str, str] = {}
        paths = document.get("paths") or {}
        # Templated paths first: the server prefers the route added last, so a
        # literal path (/items/count) wins over a template (/items/{id}).
        for template in sorted(paths, key=lambda p: (-p.count("{"), p)):
            for method, operation in (paths[template] or {}).items():
                if method in HTTP_METHODS and isinstance(operation, Mapping):
                    self._route(method, path_pattern(prefix, template), operation)
        for url in _token_urls(document):
            if url.startswith("/") and url not in paths:
                server.route("POST", path_pattern(prefix, url), json_response(200, TOKEN))

    def reset(self) -> None:
        with self._lock:
            self._first_query.clear()

    def _route(self, method: str, pattern: str, operation: Mapping[str, Any]) -> None:
        status, media, schema = _success(self.synth, operation)
        if media is None:
            self.server.route(method, pattern, Response(status))
            return
        body = self.synth.value(schema, write=False) if schema is not None else {}
        if not media.endswith("json"):
            text = body if isinstance(body, bytes) else str(body).encode()
            self.server.route(method, pattern, Response(status, text, {"Content-Type": media}))
            return

        def answer(request: Recorded) -> Response:
            query = repr(sorted(request.query.items()))
            with self._lock:
                first = self._first_query.setdefault(request.path, query)
            later_page = method == "get" and query != first
            data = json.dumps(emptied(body) if later_page else body).encode()
            return Response(status, data, {"Content-Type": media})

        self.server.route(method, pattern, answer)


def _success(synth: ResponseSynth, operation: Mapping[str, Any]) -> tuple[int, str | None, Any]:
    """The first 2xx response: its status, media type (None: no body) and schema."""
    responses = operation.get("responses") or {}
    codes = sorted(c for c in responses if str(c).startswith("2")) or ["default"]
    status = int(codes[0]) if codes[0] != "default" and codes[0][1:].isdigit() else 200
    response = synth.resolve(responses.get(codes[0]) or {})
    content = response.get("content") or {}
    if not content or status in (204, 205):
        return status, None, None
    media = next((m for m in content if "json" in m), next(iter(content)))
    return status, media, (content[media] or {}).get("schema")


def _token_urls(document: Mapping[str, Any]) -> list[str]:
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    return [
        flow["tokenUrl"]
        for scheme in schemes.values()
        for flow in (scheme.get("flows") or {}).values()
        if isinstance(flow, Mapping) and isinstance(flow.get("tokenUrl"), str)
    ]
