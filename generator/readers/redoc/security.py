"""Security schemes as a ReDoc page shows them.

Each operation lists the schemes it accepts under ``Authorizations:``: one
line per alternative, ``(A B)`` when several are needed together
(BeautifulSoup prints each name on its own line, html2text as ``_A_``,
inscriptis glues the names of one group). When the description carries
ReDoc's security section, each scheme is a heading, its description and
``Security Scheme Type: ...`` with its details (parameter name, HTTP scheme,
OAuth2 flows). A scheme the page only names gets the most telling type its
name allows, marked as inferred.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.readers.redoc.layout import Line

_EMPHASIS = re.compile(r"_([^_\s](?:[^\s]*?[^_\s])?)_(?=[\s)]|$)")
_KEY = re.compile(r"^([A-Z][A-Za-z ]+?):\s*(.*)$")
_KNOWN_KEYS = {
    "Security Scheme Type",
    "Header parameter name",
    "Query parameter name",
    "Cookie parameter name",
    "HTTP Authorization Scheme",
    "Bearer format",
    "Flow type",
    "Authorization URL",
    "Token URL",
    "Refresh URL",
    "Scopes",
    "Connect URL",
}


@dataclass
class SchemeText:
    name: str
    description: str = ""
    facts: dict[str, str] = field(default_factory=dict)
    flows: list[dict[str, str]] = field(default_factory=list)


def requirement_names(block: Sequence[Line]) -> list[list[str]]:
    """One list of scheme names per alternative the ``Authorizations:`` block shows.

    A parenthesised group holding a single token is a glued group, kept as
    ``"(AB)"`` for :func:`split_glued`.
    """
    text = " ".join(_EMPHASIS.sub(r"\1", line.text) for line in block)
    alternatives: list[list[str]] = []
    group: list[str] | None = None
    for token in re.findall(r"[()]|[^\s()]+", text):
        if token == "(":
            group = []
        elif token == ")":
            if group:
                alternatives.append([f"({group[0]})"] if len(group) == 1 else group)
            group = None
        elif group is not None:
            group.append(token)
        elif token not in ("or", "and", ","):
            alternatives.append([token])
    if group:
        alternatives.append(group)
    return alternatives


def split_glued(alternatives: list[list[str]], known: set[str]) -> list[list[str]]:
    """inscriptis prints ``(AB)`` for the group ``(A B)``: split on names seen alone,
    else where a new word starts nearest the middle."""
    result = []
    for group in alternatives:
        glued = len(group) == 1 and group[0].startswith("(") and group[0].endswith(")")
        if not glued:
            names = [
                n
                for name in group
                for n in _split(name, known - {name})
                or _split_repeated(name)
                or _split_scheme_words(name)
                or [name]
            ]
            result.extend([[n] for n in names] if len(group) == 1 else [names])
            continue
        name = group[0][1:-1]
        result.append(_split(name, known - {name}) or _split_at_word(name))
    return result


# Words scheme names often end with: a glued ``apiKeyclientId`` splits after ``Key``.
_LAST_WORDS = ("key", "auth", "token", "oauth2", "bearer", "basic", "header", "query", "cookie")


def _split_repeated(name: str) -> list[str] | None:
    """``apiKeyHeaderapiKeyQuery``: a second name starting as the first one does."""
    for cut in range(4, len(name) - 3):
        if name[cut:].startswith(name[:4]) and not name[cut - 1].isupper():
            return [name[:cut], name[cut:]]
    return None


# Words that are a whole scheme name on their own; inscriptis glues alternatives
# (``Bearer`` or ``Cookie``) into ``BearerCookie``, while ``BearerAuth`` is one name.
_SCHEME_WORDS = frozenset(["bearer", "basic", "cookie", "apikey", "oauth2", "jwt", "session"])


def _split_scheme_words(name: str) -> list[str] | None:
    """``BearerCookie``: two capitalised scheme words glued, each a name on its own."""
    for cut in range(1, len(name)):
        head, tail = name[:cut], name[cut:]
        if tail[0].isupper() and {head.lower(), tail.lower()} <= _SCHEME_WORDS:
            return [head, tail]
    return None


def _split_at_word(name: str) -> list[str]:
    starts = [
        i
        for i in range(1, len(name))
        if (name[i].isupper() and not name[i - 1].isupper())
        or (i >= 3 and name[i:].startswith(name[:3]))
        or name[:i].lower().endswith(_LAST_WORDS)
    ]
    if not starts:
        return [name]
    cut = min(starts, key=lambda i: abs(i - len(name) / 2))
    return [name[:cut], name[cut:]]


def _split(name: str, known: set[str]) -> list[str] | None:
    """``name`` as known names glued together, the last (or first) one possibly new."""
    if name in known:
        return [name]
    if not name:
        return []
    for candidate in sorted(known, key=len, reverse=True):
        if name.startswith(candidate) and len(name) > len(candidate) + 1:
            rest = name[len(candidate) :]
            return [candidate, *(_split(rest, known) or [rest])]
        if name.endswith(candidate) and len(name) > len(candidate) + 1:
            head = name[: -len(candidate)]
            return [*(_split(head, known) or [head]), candidate]
    return None


def _is_key(text: str) -> bool:
    match = _KEY.match(text)
    return match is not None and match.group(1) in _KNOWN_KEYS


def _key_values(lines: Sequence[Line]) -> list[tuple[str, str]]:
    """``Key: value`` pairs; BeautifulSoup puts the value on the next line."""
    pairs: list[tuple[str, str]] = []
    index = 0
    while index < len(lines):
        text = lines[index].text.replace("`", "").replace("**", "").strip()
        match = _KEY.match(text)
        if match and match.group(1) in _KNOWN_KEYS:
            value = match.group(2).strip()
            if not value and index + 1 < len(lines) and match.group(1) != "Scopes":
                following = lines[index + 1].text.replace("`", "").strip()
                if not _is_key(following):
                    value, index = following, index + 1
            pairs.append((match.group(1), value))
        index += 1
    return pairs


def read_schemes(lines: Sequence[Line]) -> list[SchemeText]:
    """Every ``Security Scheme Type:`` section of the page's introduction."""
    found: list[SchemeText] = []
    starts = [
        i
        for i, line in enumerate(lines)
        if line.text.replace("*", "").startswith("Security Scheme Type:")
    ]
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else min(len(lines), start + 40)
        name, description = _name_before(lines, start, starts[position - 1] if position else -1)
        scheme = SchemeText(name, description)
        flow: dict[str, str] | None = None
        for key, value in _key_values(lines[start:end]):
            if key == "Flow type":
                flow = {"type": value}
                scheme.flows.append(flow)
            elif flow is not None and key in ("Authorization URL", "Token URL", "Refresh URL"):
                flow[key] = value
            elif key == "Security Scheme Type" and scheme.facts.get(key):
                break
            else:
                scheme.facts.setdefault(key, value)
        if name:
            found.append(scheme)
    return found


def _name_before(lines: Sequence[Line], start: int, previous: int) -> tuple[str, str]:
    """The scheme's heading: the nearest single-word line above its description."""
    for index in range(start - 1, max(previous, start - 8), -1):
        text = lines[index].text
        if re.fullmatch(r"[\w.\-]{1,60}", text):
            description = " ".join(line.text for line in lines[index + 1 : start])
            return text, description
    return "", ""


_TYPE_WORDS = {
    "API Key": "apiKey",
    "HTTP": "http",
    "OAuth2": "oauth2",
    "OpenID Connect": "openIdConnect",
}
_FLOW_NAMES = {
    "implicit": "implicit",
    "password": "password",
    "clientCredentials": "clientCredentials",
    "authorizationCode": "authorizationCode",
}


def scheme_object(scheme: SchemeText) -> dict[str, Any]:
    kind = _TYPE_WORDS.get(scheme.facts.get("Security Scheme Type", ""), "")
    result: dict[str, Any] = {}
    if kind == "apiKey":
        for where in ("header", "query", "cookie"):
            name = scheme.facts.get(f"{where.capitalize()} parameter name")
            if name:
                result = {"type": "apiKey", "in": where, "name": name}
    elif kind == "http":
        result = {"type": "http", "scheme": scheme.facts.get("HTTP Authorization Scheme", "bearer")}
        if scheme.facts.get("Bearer format"):
            result["bearerFormat"] = scheme.facts["Bearer format"]
    elif kind == "oauth2":
        flows = {}
        for flow in scheme.flows:
            name = _FLOW_NAMES.get(flow["type"])
            if name:
                flows[name] = _flow(name, flow)
        if flows:
            result = {"type": "oauth2", "flows": flows}
    elif kind == "openIdConnect" and scheme.facts.get("Connect URL"):
        result = {"type": "openIdConnect", "openIdConnectUrl": scheme.facts["Connect URL"]}
    if not result:
        return guessed_scheme(scheme.name)
    if scheme.description:
        result["description"] = scheme.description
    return result


def _flow(name: str, flow: dict[str, str]) -> dict[str, Any]:
    result: dict[str, Any] = {"scopes": {}}
    if name in ("implicit", "authorizationCode"):
        result["authorizationUrl"] = flow.get("Authorization URL", "")
    if name in ("password", "clientCredentials", "authorizationCode"):
        result["tokenUrl"] = flow.get("Token URL", "")
    if flow.get("Refresh URL"):
        result["refreshUrl"] = flow["Refresh URL"]
    return result


# What a scheme's name says of its type when the page shows nothing else, first match wins.
_NAME_TYPES: list[tuple[tuple[str, ...], dict[str, Any]]] = [
    (("basic",), {"type": "http", "scheme": "basic"}),
    (("oauth", "openid"), {"type": "oauth2", "flows": {}}),
    (("cookie", "session"), {"type": "apiKey", "in": "cookie"}),
    (("query",), {"type": "apiKey", "in": "query"}),
    (("key", "id", "hmac", "header"), {"type": "apiKey", "in": "header"}),
]


def guessed_scheme(name: str) -> dict[str, Any]:
    """A scheme the page names without its details: the type its name's words suggest
    (an OAuth2 scheme without flows is a bearer token to a client), bearer tokens otherwise."""
    lowered = name.lower()
    parts = set(re.findall(r"[a-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name).lower()))
    result: dict[str, Any] = {"type": "http", "scheme": "bearer"}
    for cues, kind in _NAME_TYPES:
        if any(cue in parts or (len(cue) > 3 and cue in lowered) for cue in cues):
            result = {**kind, "flows": {}} if kind["type"] == "oauth2" else dict(kind)
            break
    if result["type"] == "apiKey":
        result["name"] = name if result["in"] == "cookie" else "Authorization"
        if result["in"] == "query":
            result["name"] = "api_key"
    evidence = f"the page names scheme {name!r} but not its details"
    result["x-clientgen-inferred"] = {
        "type": {"value": result["type"], "confidence": 0.3, "evidence": [evidence]}
    }
    return result
