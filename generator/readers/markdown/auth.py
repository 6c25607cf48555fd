"""Security schemes as API docs state them, and as their example requests show them.

Stated (read first): widdershins' "Authentication" chapter (``- HTTP
Authentication, scheme: bearer``, ``* API Key (name)`` with ``- Parameter Name:
**X**, in: header``, ``- oAuth2 authentication`` with its flows and URLs), and
openapi-to-md's ``#/components/securitySchemes/<name>`` entries (the scheme as
JSON, or only its type word). Shown (only when nothing is stated): the
``Authorization`` header or API-key header of curl examples, ``curl -u``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from generator.readers.common.curl import Call

Schema = dict[str, Any]

# OAuth2 flow words (lower-cased) -> the OpenAPI flow name.
FLOWS: dict[str, str] = {
    "implicit": "implicit",
    "password": "password",
    "clientcredentials": "clientCredentials",
    "client_credentials": "clientCredentials",
    "application": "clientCredentials",
    "authorizationcode": "authorizationCode",
    "authorization_code": "authorizationCode",
    "accesscode": "authorizationCode",
}
# Header names that carry an API key in examples (lower-cased).
KEY_HEADERS = re.compile(r"^(?:x-)?(?:api[-_]?key|apikey|auth[-_]?token|access[-_]?token)$|-key$")
SCHEME_FIELDS = frozenset(
    {"type", "description", "name", "in", "scheme", "bearerFormat", "flows", "openIdConnectUrl"}
)
HTTP_SCHEMES = ("basic", "digest", "bearer")
# Words of a scheme name that together name Basic's user and secret.
ACCOUNT_WORDS = frozenset({"account", "sid"})  # "account SID and auth token" (Twilio)
IDENTITY_WORDS = ACCOUNT_WORDS | {"user", "username", "login", "client", "email"}
SECRET_WORDS = frozenset({"password", "pass", "secret"})
_NAME_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
SCHEME_TYPES = frozenset({"apiKey", "http", "oauth2", "openIdConnect", "mutualTLS"})

_HTTP = re.compile(r"^[-*]\s*HTTP Authentication, scheme:\s*(\w+)\s*(.*)$", re.IGNORECASE)
_API_KEY = re.compile(r"^[-*]\s*API Key \((?P<name>[^)]+)\)\s*(?P<rest>.*)$", re.IGNORECASE)
_KEY_PARAMETER = re.compile(
    r"^[-*]\s*Parameter Name:\s*\**(?P<param>[^*,]+?)\**,\s*in:\s*(?P<place>\w+)\.?\s*(?P<desc>.*)$",
    re.IGNORECASE,
)
_MENTIONED = re.compile(
    r"\bAuthorization:\s*(?:Bearer|Basic)\b|\bbearer tokens?\b|\bHTTP Basic auth", re.IGNORECASE
)
_KEY_MENTIONED = re.compile(
    r"\bAPI[- ]?key\b[^.]{0,60}?\b(?:in|as|via)\s+(?:the|a|an)?\s*`(?P<name>[\w.-]+)`\s*"
    r"(?P<place>header|query(?:\s+parameter)?|cookie)\b",
    re.IGNORECASE,
)
_OAUTH = re.compile(r"^[-*]\s*oAuth2 authentication\.?\s*(.*)$", re.IGNORECASE)
_FLOW = re.compile(r"^[-*]\s*Flow:\s*(\w+)", re.IGNORECASE)
_FLOW_URL = re.compile(
    r"^[-*]\s*(?P<kind>Authorization|Token|Refresh) URL\s*=\s*\[?(?P<url>[^\]\s]+)", re.IGNORECASE
)


def stated_schemes(lines: Iterable[str]) -> dict[str, Schema]:
    """Schemes stated in widdershins' layout, by name (made up when unnamed)."""
    schemes: dict[str, Schema] = {}
    oauth: Schema | None = None
    flow = ""
    key_name = ""
    for raw in lines:
        line = raw.strip()
        http = _HTTP.match(line)
        api_key = _API_KEY.match(line)
        if http:
            scheme = http.group(1).lower()
            schemes[f"{scheme}Auth"] = _described({"type": "http", "scheme": scheme}, http.group(2))
        elif api_key:
            key_name = api_key.group("name").strip()
        elif key_name and (parameter := _KEY_PARAMETER.match(line)):
            scheme = {"type": "apiKey", "name": parameter.group("param").strip()}
            scheme["in"] = parameter.group("place").lower()
            schemes[key_name] = _described(scheme, parameter.group("desc"))
            key_name = ""
        elif oauth_match := _OAUTH.match(line):
            oauth = _described({"type": "oauth2", "flows": {}}, oauth_match.group(1))
            schemes["oauth2"] = oauth
        elif oauth is not None and (flow_match := _FLOW.match(line)):
            flow = FLOWS.get(flow_match.group(1).lower(), "")
            if flow:
                oauth["flows"][flow] = {"scopes": {}}
        elif oauth is not None and flow and (url := _FLOW_URL.match(line)):
            key = {"authorization": "authorizationUrl", "token": "tokenUrl"}.get(
                url.group("kind").lower(), "refreshUrl"
            )
            oauth["flows"][flow][key] = url.group("url").strip("()")
    return {name: scheme for name, scheme in schemes.items() if _complete(scheme)}


def listed_schemes(entries: Mapping[str, str]) -> dict[str, Schema]:
    """openapi-to-md's entries: the scheme as JSON, or a lone type word under its
    description as comments (``// Basic Authentication is required``)."""
    schemes: dict[str, Schema] = {}
    for name, text in entries.items():
        lines = [line.strip() for line in text.splitlines()]
        body = "\n".join(line for line in lines if not line.startswith("//"))
        comments = " ".join(line[2:].strip() for line in lines if line.startswith("//"))
        try:
            value = json.loads(body)
        except ValueError:
            value = {"type": body.strip(), **({"description": comments} if comments else {})}
        if not isinstance(value, dict) or value.get("type") not in SCHEME_TYPES:
            continue
        scheme = {key: item for key, item in value.items() if key in SCHEME_FIELDS}
        if scheme["type"] == "oauth2" and not isinstance(scheme.get("flows"), dict):
            scheme["flows"] = {}  # only the type is stated: flows are the overrides' to add
            schemes[name] = scheme
        elif scheme["type"] == "http" and not scheme.get("scheme"):
            schemes[name] = _http_scheme_named(name, scheme, comments)
        elif _complete(scheme):
            schemes[name] = scheme
    return schemes


def shown_schemes(calls: Iterable[Call]) -> dict[str, Schema]:
    """What example requests send: bearer/basic Authorization, an API-key header, -u."""
    schemes: dict[str, Schema] = {}
    for call in calls:
        authorization = call.headers.get("authorization", "")
        kind = authorization.split(" ", 1)[0].lower()
        if kind in ("bearer", "basic"):
            schemes[f"{kind}Auth"] = {"type": "http", "scheme": kind}
        elif call.user:
            schemes["basicAuth"] = {"type": "http", "scheme": "basic"}
        for header in call.headers:
            if KEY_HEADERS.search(header) and header not in ("authorization",):
                schemes["apiKeyAuth"] = {"type": "apiKey", "in": "header", "name": header}
    return schemes


def _http_scheme_named(name: str, scheme: Schema, description: str) -> Schema:
    """openapi-to-md prints an HTTP scheme as its type alone: the scheme's name or its
    description says which ("bearerAuth", "basic"), else bearer, the common one
    (recorded as inferred)."""
    stated, evidence = "", "only 'http' is stated"
    for words, where in ((name, "the scheme is named"), (description, "its description says")):
        stated = next((kind for kind in HTTP_SCHEMES if kind in words.lower()), "")
        if stated:
            evidence = f"{where} {words!r}"
            break
    if not stated and _names_a_pair(name):
        stated, evidence = "basic", f"the scheme is named for a user and a secret ({name!r})"
    inferred = {"value": stated or "bearer", "confidence": 0.8 if stated else 0.4}
    return {
        **scheme,
        "scheme": stated or "bearer",
        "x-clientgen-inferred": {"scheme": {**inferred, "evidence": [evidence]}},
    }


def _names_a_pair(name: str) -> bool:
    """``accountSid_authToken``, ``username_password``: two credentials, Basic's pair."""
    words = {word.lower() for word in _NAME_WORDS.findall(name)}
    secrets = SECRET_WORDS | ({"token"} if words & ACCOUNT_WORDS else set())
    return bool(words & IDENTITY_WORDS) and bool(words & secrets)


def mentioned_schemes(lines: Iterable[str]) -> dict[str, Schema]:
    """What prose says is sent: "Authorization: Bearer <token>", "HTTP Basic", "an API
    key in the `X-Key` header"."""
    text = " ".join(lines)
    key = _KEY_MENTIONED.search(text)
    if key is not None:
        place = key.group("place").split()[0].lower()
        return {"apiKeyAuth": {"type": "apiKey", "in": place, "name": key.group("name")}}
    match = _MENTIONED.search(text)
    if match is None:
        return {}
    kind = "basic" if "basic" in match.group(0).lower() else "bearer"
    return {f"{kind}Auth": {"type": "http", "scheme": kind}}


def _described(scheme: Schema, text: str) -> Schema:
    text = text.strip().strip(".").strip()
    return {**scheme, "description": text} if text else scheme


def _complete(scheme: Schema) -> bool:
    """Only what validates: an API key needs name and in, OAuth2 flows need their URLs."""
    if scheme["type"] == "apiKey":
        return bool(scheme.get("name")) and scheme.get("in") in ("query", "header", "cookie")
    if scheme["type"] == "oauth2":
        needs = {
            "implicit": ("authorizationUrl",),
            "password": ("tokenUrl",),
            "clientCredentials": ("tokenUrl",),
            "authorizationCode": ("authorizationUrl", "tokenUrl"),
        }
        flows = scheme.get("flows") or {}
        for flow, spec in list(flows.items()):
            if not isinstance(spec, dict) or not all(spec.get(k) for k in needs.get(flow, ())):
                del flows[flow]
            else:
                spec.setdefault("scopes", {})
        return bool(flows)
    if scheme["type"] == "http":
        return bool(scheme.get("scheme"))
    return scheme["type"] != "openIdConnect" or bool(scheme.get("openIdConnectUrl"))
