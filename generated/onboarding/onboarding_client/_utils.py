"""Pure helpers shared by the client, the pages and the auth flows."""

from __future__ import annotations

import base64
import datetime as _dt
import email.utils
import enum
import logging
import re
import time
from collections.abc import Collection, Iterable, Mapping
from typing import Final
from urllib.parse import quote, quote_plus, unquote_plus

import httpx
import pydantic

from ._types import NotGiven

__all__ = [
    "clean_params",
    "cookie_pairs",
    "encode_query",
    "header_value",
    "is_local_host",
    "is_sensitive",
    "join_url",
    "mark_secret_param",
    "mask_secrets",
    "origin",
    "quote_path",
    "redact_headers",
    "require_secure_url",
    "resolve_optional",
    "resolve_pointer",
    "retry_after",
    "safe_url",
    "with_query_param",
    "without_credentials",
]

REDACTED = "***"

# Names that carry credentials whatever the API calls them; matched loosely on
# purpose: redacting a harmless header costs nothing, leaking a key does.
_SENSITIVE_NAME = re.compile(
    r"auth|token|secret|passw|api[-_]?key|^key$|cookie|session|signature|^sig$|credential",
    re.IGNORECASE,
)
_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SECRET_PARAMS_EXTENSION = "clientgen_secret_params"


def quote_path(value: object, style: str = "simple", explode: bool = False, name: str = "") -> str:
    """One path parameter as OpenAPI's ``style`` writes it (RFC 6570), percent-encoded
    (``/`` included, so it stays one segment): ``simple`` ``1,2``, ``label`` ``.1.2``,
    ``matrix`` ``;id=1;id=2`` (``name`` is the parameter's wire name, already encoded)."""
    if isinstance(value, str) and style == "simple":
        return quote(value, safe="")  # the common case, kept short
    items = _items(value, explode)
    if style == "label":
        return "." + ("." if explode else ",").join(items)
    if style == "matrix":
        if explode and isinstance(value, _OBJECT):
            return "".join(";" + item for item in items)
        if explode:
            return "".join(f";{name}={item}" for item in items)
        return f";{name}=" + ",".join(items) if items else f";{name}"
    return ",".join(items)


# Characters left as they are in a value: RFC 3986 unreserved; everything else is
# percent-encoded, so the delimiters a style adds (",", "|", "[") stay unambiguous.
_COMPOSITE = (list, tuple, set, frozenset, Mapping, pydantic.BaseModel)
_OBJECT = (Mapping, pydantic.BaseModel)
_SEQUENCE = (list, tuple, set, frozenset)
_DELIMITERS: Final = {"spaceDelimited": "%20", "pipeDelimited": "|"}


def _text(value: object) -> str:
    """A scalar as the API reads it: ``true``/``false``, enum values, ISO dates."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return _text(value.value)
    if isinstance(value, _dt.date | _dt.time):
        return value.isoformat()
    return str(value)


def _members(value: object) -> list[tuple[str, object]]:
    """The properties of an object value that are set, by wire name."""
    if isinstance(value, pydantic.BaseModel):
        value = value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(value, Mapping):
        return [(str(k), v) for k, v in value.items() if not _absent(v)]
    return []


def _items(value: object, explode: bool, *, sep: str = "=") -> list[str]:
    """The encoded pieces of a value: each array item, or each object property as
    ``k=v`` (exploded) or ``k`` then ``v`` (not), before a style joins them."""
    if isinstance(value, _OBJECT):
        pairs = _members(value)
        if explode:
            return [f"{quote(k, safe='')}{sep}{quote(_text(v), safe='')}" for k, v in pairs]
        return [quote(piece, safe="") for k, v in pairs for piece in (k, _text(v))]
    if isinstance(value, _SEQUENCE):
        return [quote(_text(item), safe="") for item in value if not _absent(item)]
    return [quote(_text(value), safe="")]


def encode_query(params: Mapping[str, object], styles: Mapping[str, str] | None = None) -> str:
    """The query string of ``params`` (by wire name), each serialized as OpenAPI says.

    ``styles`` maps a name to its style, with ``*`` when exploded (RFC 6570's
    modifier); a name not in it is ``form*``: scalars ``a=1``, arrays ``a=1&a=2``,
    objects ``k=v&k2=v2``. ``form`` gives ``a=1,2`` and ``f=k,v,k2,v2``;
    ``spaceDelimited`` ``a=1%202``, ``pipeDelimited`` ``a=1|2``, ``deepObject``
    ``f[k]=v``. ``None``/`NOT_GIVEN` are not sent.
    """
    parts: list[str] = []
    for name, value in params.items():
        if _absent(value):
            continue
        key = quote(name, safe="[]")
        if isinstance(value, str | int) or not isinstance(value, _COMPOSITE):
            parts.append(f"{key}={quote(_text(value), safe='')}")
            continue
        style = styles.get(name, "form*") if styles else "form*"
        if style.startswith("deepObject") and isinstance(value, _OBJECT):
            parts.extend(_deep_object(key, value))
            continue
        explode = style.endswith("*")
        if explode and isinstance(value, _OBJECT):
            parts.extend(_items(value, True))
        elif explode:
            parts.extend(f"{key}={item}" for item in _items(value, False))
        elif items := _items(value, False):
            delimiter = _DELIMITERS.get(style, ",")
            parts.append(f"{key}={delimiter.join(items)}")
    return "&".join(parts)


def _deep_object(key: str, value: object) -> list[str]:
    """``key[k]=v`` for each property, nested objects as ``key[k][k2]=v``."""
    parts: list[str] = []
    for name, member in _members(value):
        inner = f"{key}[{quote(name, safe='')}]"
        if isinstance(member, _OBJECT):
            parts.extend(_deep_object(inner, member))
        elif isinstance(member, _SEQUENCE):
            parts.extend(f"{inner}={item}" for item in _items(member, False))
        else:
            parts.append(f"{inner}={quote(_text(member), safe='')}")
    return parts


def header_value(value: object, explode: bool = False) -> str:
    """A header parameter in OpenAPI's ``simple`` style: arrays ``1,2``, objects
    ``k,v,k2,v2`` (or ``k=v,k2=v2`` exploded). Header text is not percent-encoded."""
    if isinstance(value, _OBJECT):
        pairs = [(k, _text(v)) for k, v in _members(value)]
        if explode:
            return ",".join(f"{k}={v}" for k, v in pairs)
        return ",".join(piece for pair in pairs for piece in pair)
    if isinstance(value, _SEQUENCE):
        return ",".join(_text(item) for item in value if not _absent(item))
    return _text(value)


def cookie_pairs(cookies: Mapping[str, object], styles: Mapping[str, str] | None = None) -> str:
    """The ``Cookie`` header text of cookie parameters (OpenAPI's ``form`` style):
    ``a=1; b=2``; arrays ``a=1; a=2`` exploded (the default), ``a=1,2`` with
    ``styles[name] == "form"``; objects ``k=v; k2=v2`` or ``f=k,v,k2,v2``.
    Values are percent-encoded, so none can end a cookie early."""
    parts: list[str] = []
    for name, value in cookies.items():
        if _absent(value):
            continue
        explode = not styles or styles.get(name, "form*").endswith("*")
        if explode and isinstance(value, _OBJECT):
            parts.extend(_items(value, True))
        elif explode and isinstance(value, _SEQUENCE):
            parts.extend(f"{name}={item}" for item in _items(value, False))
        else:
            parts.append(f"{name}={','.join(_items(value, False))}")
    return "; ".join(parts)


def with_query_param(url: httpx.URL, name: str, value: str) -> httpx.URL:
    """``url`` with ``name`` set to ``value`` in its query, the other parameters kept
    byte for byte (httpx's own setter re-encodes them: ``1|2`` would become ``1%7C2``)."""
    kept = [
        part
        for part in url.query.decode("ascii").split("&")
        if part and unquote_plus(part.partition("=")[0]) != name
    ]
    kept.append(f"{quote(name, safe='[]')}={quote(value, safe='')}")
    return url.copy_with(query="&".join(kept).encode("ascii"))


def clean_params(params: Mapping[str, object]) -> dict[str, object]:
    """Turn keyword arguments into wire values httpx encodes as the API expects.

    ``None`` and `NOT_GIVEN` mean "not sent"; booleans become ``true``/``false``
    (Python's ``True`` is not what servers parse); lists stay lists so httpx
    repeats the key (``status[]=a&status[]=b``).
    """
    cleaned: dict[str, object] = {}
    for name, value in params.items():
        if _absent(value):
            continue
        if isinstance(value, list | tuple | set | frozenset):
            cleaned[name] = [_plain(item) for item in value if not _absent(item)]
        else:
            cleaned[name] = _plain(value)
    return cleaned


def _absent(value: object) -> bool:
    return value is None or isinstance(value, NotGiven)


def _plain(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, _dt.date | _dt.time):
        return value.isoformat()
    return value


def is_sensitive(name: str, extra: Collection[str] = ()) -> bool:
    """Whether a header or parameter name carries a credential."""
    return bool(_SENSITIVE_NAME.search(name)) or name.lower() in {e.lower() for e in extra}


def redact_headers(
    headers: Mapping[str, str] | httpx.Headers, secret_headers: Collection[str] = ()
) -> dict[str, str]:
    """Copy headers for logging, hiding the value of every credential header."""
    return {
        name: REDACTED if is_sensitive(name, secret_headers) else value
        for name, value in headers.items()
    }


def mark_secret_param(request: httpx.Request, name: str) -> None:
    """Record that query parameter ``name`` of ``request`` is a credential.

    Auth flows that put a key in the query string call this so `safe_url`
    strips it even when its name looks harmless, and so does the filter this
    installs on httpx's own logger (which logs every URL at INFO).
    """
    names = request.extensions.setdefault(_SECRET_PARAMS_EXTENSION, set())
    names.add(name.lower())
    if name.lower() not in _SECRET_PARAM_NAMES:
        _SECRET_PARAM_NAMES.add(name.lower())
        _HTTPX_LOG_FILTER.install()


class _SecretParamsLogFilter(logging.Filter):
    """Strips credential query parameters from the URLs in httpx's log records."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(a, httpx.URL) for a in record.args):
            record.args = tuple(
                _without_secret_params(a, _SECRET_PARAM_NAMES) if isinstance(a, httpx.URL) else a
                for a in record.args
            )
        return True

    def install(self) -> None:
        for name in ("httpx", "httpcore"):
            logger = logging.getLogger(name)
            if self not in logger.filters:
                logger.addFilter(self)


_SECRET_PARAM_NAMES: set[str] = set()
_HTTPX_LOG_FILTER: Final = _SecretParamsLogFilter()


def _without_secret_params(url: httpx.URL, secret: Collection[str]) -> httpx.URL:
    """``url`` without user info, fragment and credential parameters; the query is kept
    as sent (``a=1,2``, ``p=1|2``) unless a parameter has to go."""
    params = url.params.multi_items()
    kept = [(k, v) for k, v in params if not is_sensitive(k, secret)]
    if len(kept) == len(params):
        return url.copy_with(userinfo=b"", fragment=None)
    return url.copy_with(userinfo=b"", params=kept or None, fragment=None)


def safe_url(request: httpx.Request) -> str:
    """The request URL as it may appear in logs and error messages.

    User info is dropped, and so is every query parameter that is a credential.
    """
    secret = request.extensions.get(_SECRET_PARAMS_EXTENSION, set())
    return str(_without_secret_params(request.url, secret))


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port: what credentials are confined to (RFC 6454).

    ``https://h`` and ``https://h:443`` are one origin; ``http://h`` and
    ``https://h`` are two, as are two ports of one host.
    """
    scheme = url.scheme.lower()
    return scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(scheme)


def without_credentials(request: httpx.Request, secret_headers: Collection[str] = ()) -> None:
    """Remove from ``request`` every header and query parameter that may carry a credential.

    Used on a redirect to another origin: ``Authorization``, ``Cookie``, the
    ``secret_headers``, any header whose name looks like a credential, and the
    query parameters auth flows marked with `mark_secret_param`.
    """
    for name in [n for n in request.headers if is_sensitive(n, secret_headers)]:
        del request.headers[name]
    secret = request.extensions.get(_SECRET_PARAMS_EXTENSION, set())
    params = request.url.params
    kept = [(k, v) for k, v in params.multi_items() if k.lower() not in secret]
    if len(kept) != len(params.multi_items()):
        request.url = request.url.copy_with(params=kept or None)


def join_url(base_url: httpx.URL | str, path: str) -> str:
    """Append ``path`` to ``base_url``, keeping the base's own path (``/v1``).

    An absolute ``path`` (``https://...``) is used as is. A string, not an
    `httpx.URL`: httpx parses it once when it builds the request.
    """
    if "://" in path:
        return path
    return str(base_url).rstrip("/") + "/" + path.lstrip("/")


def is_local_host(url: httpx.URL) -> bool:
    """Whether ``url`` points at this machine (plain http is acceptable there)."""
    return url.host.lower() in _LOCAL_HOSTS


def require_secure_url(url: str | httpx.URL, what: str) -> None:
    """Refuse to send credentials in clear text anywhere but to this machine.

    A relative URL (a path) passes: it inherits the base URL's scheme, checked there.
    """
    url = httpx.URL(url)
    if url.scheme == "http" and not is_local_host(url):
        raise ValueError(
            f"refusing to send {what} over plain http to {url.host!r}; use an https:// URL "
            "(plain http is allowed only for localhost, 127.0.0.1 and ::1)"
        )


def resolve_pointer(document: object, pointer: str) -> object:
    """Follow a JSON pointer (RFC 6901) into decoded JSON.

    ``""`` is the document itself; ``~1`` and ``~0`` unescape to ``/`` and ``~``.
    A name without the leading ``/`` is read as a top-level property, since
    that is how people write one. Raises `LookupError` naming the pointer when
    the document has nothing there.
    """
    if pointer and not pointer.startswith("/"):
        pointer = "/" + pointer
    node = document
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise LookupError(f"nothing at JSON pointer {pointer!r} in the response body")
    return node


def resolve_optional(document: object, pointer: str | None) -> object | None:
    """Like `resolve_pointer`, but ``None`` when there is no pointer or nothing there."""
    if pointer is None:
        return None
    try:
        return resolve_pointer(document, pointer)
    except LookupError:
        return None


def retry_after(headers: httpx.Headers) -> float | None:
    """The wait a response asks for (``retry-after-ms``, or ``Retry-After`` in
    seconds or as an HTTP date), if it gives a readable one; never negative."""
    seconds: float | None = None
    if "retry-after-ms" in headers:
        seconds = _number(headers["retry-after-ms"], scale=0.001)
    elif "retry-after" in headers:
        value = headers["retry-after"]
        seconds = _number(value, scale=1.0)
        if seconds is None:
            seconds = _seconds_until(value)
    return None if seconds is None or seconds != seconds else max(seconds, 0.0)


def _number(text: str, *, scale: float) -> float | None:
    try:
        return float(text) * scale
    except ValueError:
        return None


def _seconds_until(http_date: str) -> float | None:
    try:
        moment = email.utils.parsedate_to_datetime(http_date)
    except (TypeError, ValueError):
        return None
    return moment.timestamp() - time.time()


def mask_secrets(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret replaced by ``***``: as is, URL-encoded and Base64-encoded,
    since a server echoing a credential back may have encoded it either way."""
    for secret in secrets:
        if len(secret) < 4:  # masking "a" would garble the message and hide nothing
            continue
        for form in _encodings(secret):
            text = text.replace(form, REDACTED)
    return text


def _encodings(secret: str) -> list[str]:
    raw = secret.encode()
    b64 = base64.b64encode(raw).decode("ascii")
    forms = {secret, quote(secret, safe=""), quote_plus(secret), quote(secret), b64}
    forms |= {b64.rstrip("="), base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")}
    return sorted(forms, key=len, reverse=True)
