"""Security schemes -> the auth objects a generated client builds.

Each scheme the operations use becomes one way to authenticate, with its
credentials as constructor arguments (each also read from an environment
variable). The mapping is a table from scheme kind to runtime class, so a new
kind is one row and one runtime module.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from generator.clientmodel.model import AuthRequirement, AuthScheme, Credential
from generator.clientmodel.naming import argument_name, constant_env, words
from generator.clientmodel.pyliteral import py_literal, py_string
from generator.clientmodel.scopes import Scope
from generator.diagnostics import Diagnostic, warning


def lower_auth(
    document: dict[str, Any],
    api_name: str,
    source: str,
    diagnostics: list[Diagnostic],
    allocator: Scope,
) -> tuple[tuple[AuthScheme, ...], tuple[AuthRequirement, ...], bool, list[str]]:
    """The schemes the operations use, the ways to satisfy them (a requirement may
    need several schemes at once), whether every operation needs one, and the
    runtime modules they take. Credentials are allocated from ``allocator``, the
    constructor's argument scope."""
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    alternatives, required = _requirements(document)
    used = list(dict.fromkeys(name for alternative in alternatives for name in alternative))
    specs = {name: spec for name in used if isinstance(spec := schemes.get(name), dict)}
    for name in used:
        if name not in specs:
            diagnostics.append(
                warning(
                    f"security scheme {name!r} is not defined; ignored",
                    f"{source}#/components/securitySchemes",
                )
            )
    generic = Counter(_generic_credential(spec) for spec in specs.values())
    lowered: dict[str, AuthScheme] = {}
    for name, spec in specs.items():
        own = generic[_generic_credential(spec)] > 1  # two schemes want one name: say which
        scheme = _scheme(name, spec, api_name, _Credentials(allocator, own), source, diagnostics)
        if scheme is not None:
            lowered[name] = scheme
    requirements = tuple(
        AuthRequirement(alternative)
        for alternative in alternatives
        if all(name in lowered for name in alternative)
    )
    modules = sorted({s.module for s in lowered.values() if s.module != "_auth"})
    return tuple(lowered.values()), requirements, required and bool(lowered), modules


def security_requirements(document: dict[str, Any], operation: dict[str, Any]) -> list[Any]:
    """The requirements that apply to an operation: its own, else the document's."""
    requirements = operation.get("security", document.get("security"))
    return requirements if isinstance(requirements, list) else []


def requirements_of(
    document: dict[str, Any], operation: dict[str, Any]
) -> tuple[tuple[str, ...], ...]:
    """The scheme names each requirement of an operation needs together."""
    return tuple(
        tuple(str(name) for name in requirement)
        for requirement in security_requirements(document, operation)
        if isinstance(requirement, dict) and requirement
    )


def authenticated(document: dict[str, Any], operation: dict[str, Any]) -> bool:
    """Whether an operation sends credentials (some requirement names a scheme)."""
    return any(isinstance(r, dict) and r for r in security_requirements(document, operation))


def _requirements(document: dict[str, Any]) -> tuple[list[tuple[str, ...]], bool]:
    """Every distinct requirement (the schemes it needs together) in first-use order,
    and whether every operation needs one."""
    alternatives: list[tuple[str, ...]] = []
    every = True
    for item in (document.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if not isinstance(operation, dict) or method.startswith("x-") or method == "parameters":
                continue
            requirements = security_requirements(document, operation)
            if not requirements or any(r == {} for r in requirements):
                every = False
            for together in requirements_of(document, operation):
                if together not in alternatives:
                    alternatives.append(together)
    return alternatives, every


_SCHEME_NOISE = frozenset({"auth", "authentication", "authorization", "scheme", "security"})
_KEY_WORDS = frozenset({"key", "id", "token", "secret", "password", "username"})


def _generic_credential(spec: dict[str, Any]) -> str:
    """The argument a scheme's kind suggests (`api_key`, `token`, ...), for clash counting."""
    wanted = spec.get("x-clientgen-credential")
    if isinstance(wanted, str):
        return wanted
    kind, scheme = spec.get("type"), str(spec.get("scheme", "")).lower()
    if kind == "apiKey":
        return "api_key"
    if kind == "http" and scheme == "basic":
        return "username"
    if _client_credentials(spec) is not None:
        return "client_id"
    return "token"


class _Credentials:
    """Names a scheme's credentials: the kind's usual name (`api_key=`, `token=`), or,
    when another scheme of the API wants that name too, one after the scheme itself
    (schemes `ApiKeyAuth` and `AppId` give `api_key=` and `app_id=`, never `api_key_2=`)."""

    def __init__(self, allocator: Scope, own: bool) -> None:
        self.allocator = allocator.sharing("credential", lambda n: f"{n}_")
        self.own = own

    def name(self, scheme: str, usual: str, suffix: str) -> str:
        """``usual``, or the scheme's name plus ``suffix`` (unless it already ends so)."""
        if not self.own:
            return usual
        kept = [w for w in words(scheme) if w not in _SCHEME_NOISE] or words(usual)
        if kept[-1] not in _KEY_WORDS:
            kept.append(suffix)
        return "_".join(kept)

    def make(
        self,
        wanted: str,
        api_name: str,
        description: str,
        secret: bool = True,
        instead: str = "",
    ) -> Credential:
        """A credential named ``wanted``, or ``instead`` when another scheme has that name."""
        first = argument_name(wanted)
        if self.own and instead and first in self.allocator:
            first = argument_name(instead)
        name = self.allocator.allocate(first, "/components/securitySchemes")
        env = f"{constant_env(api_name)}_{name.upper().rstrip('_')}"
        return Credential(name, env, description, secret)


def _scheme(
    name: str,
    spec: dict[str, Any],
    api_name: str,
    names: _Credentials,
    source: str,
    diagnostics: list[Diagnostic],
) -> AuthScheme | None:
    kind = spec.get("type")
    description = str(spec.get("description") or "")
    wanted = spec.get("x-clientgen-credential")
    if (
        kind == "http"
        and str(spec.get("scheme", "")).lower() == "bearer"
        and isinstance(spec.get("x-clientgen-token-exchange"), dict)
    ):
        return _token_exchange(
            name, spec["x-clientgen-token-exchange"], api_name, names, description
        )
    if kind == "http" and str(spec.get("scheme", "")).lower() == "basic":
        user = names.make(
            names.name(name, "username", "username"),
            api_name,
            "User name for HTTP Basic auth.",
            secret=False,
        )
        password = names.make(
            names.name(name, "password", "password"), api_name, "Password for HTTP Basic auth."
        )
        return AuthScheme(
            name,
            "basic",
            (user, password),
            "httpx.BasicAuth",
            (),
            (("username", user.name), ("password", password.name)),
            description,
        )
    if kind in ("http", "oauth2", "openIdConnect") and not _client_credentials(spec):
        token = names.make(
            wanted if isinstance(wanted, str) else names.name(name, "token", "token"),
            api_name,
            "Bearer token sent in the Authorization header.",
        )
        return AuthScheme(
            name, "bearer", (token,), "BearerTokenAuth", (), (("token", token.name),), description
        )
    if kind == "apiKey":
        key = names.make(
            wanted if isinstance(wanted, str) else names.name(name, "api_key", "key"),
            api_name,
            f"API key sent as {spec.get('name')}.",
            instead=" ".join(w for w in words(str(spec.get("name", ""))) if w != "x"),
        )
        options: tuple[tuple[str, str], ...] = (
            ("name", py_string(str(spec.get("name", "")))),
            ("location", py_string(str(spec.get("in", "header")))),
        )
        return AuthScheme(
            name, "api_key", (key,), "ApiKeyAuth", options, (("value", key.name),), description
        )
    flow = _client_credentials(spec)
    if flow is not None:
        client_id = names.make(
            names.name(name, "client_id", "client_id"),
            api_name,
            "OAuth2 client ID.",
            secret=False,
        )
        secret = names.make(
            names.name(name, "client_secret", "client_secret"), api_name, "OAuth2 client secret."
        )
        client_auth = spec.get("x-clientgen-client-auth", "basic")
        options = (
            ("token_url", py_string(str(flow.get("tokenUrl", "")))),
            ("scopes", py_literal(list(flow.get("scopes") or {}))),
            ("client_auth", py_string("body" if client_auth == "body" else "basic")),
        )
        return AuthScheme(
            name,
            "oauth2_client_credentials",
            (client_id, secret),
            "ClientCredentialsAuth",
            options,
            (("client_id", client_id.name), ("client_secret", secret.name)),
            description,
            module="_oauth2",
        )
    diagnostics.append(
        warning(
            f"security scheme {name!r} of type {kind!r} is not supported; ignored",
            f"{source}#/components/securitySchemes",
        )
    )
    return None


def _client_credentials(spec: dict[str, Any]) -> dict[str, Any] | None:
    flows = spec.get("flows") if spec.get("type") == "oauth2" else None
    flow = flows.get("clientCredentials") if isinstance(flows, dict) else None
    return flow if isinstance(flow, dict) else None


def _token_exchange(
    name: str, exchange: dict[str, Any], api_name: str, names: _Credentials, description: str
) -> AuthScheme:
    raw_fields = exchange.get("credentials")
    fields: dict[str, Any] = raw_fields if isinstance(raw_fields, dict) else {}
    credentials = tuple(
        names.make(
            str(credential),
            api_name,
            f"Sent as {field!r} to obtain a token.",
            secret="secret" in str(credential) or "password" in str(credential),
        )
        for field, credential in fields.items()
    )
    options = [("token_url", py_string(str(exchange.get("tokenUrl", ""))))]
    for key, argument in (
        ("tokenField", "token_field"),
        ("refreshUrl", "refresh_url"),
        ("refreshTokenField", "refresh_token_field"),
        ("refreshRequestField", "refresh_request_field"),
        ("expiresInField", "expires_in_field"),
    ):
        if isinstance(exchange.get(key), str):
            options.append((argument, py_string(exchange[key])))
    mapping = tuple((str(field), c.name) for field, c in zip(fields, credentials, strict=True))
    return AuthScheme(
        name,
        "token_exchange",
        credentials,
        "TokenExchangeAuth",
        tuple(options),
        mapping,
        description,
        module="_token_exchange",
    )
