"""Security schemes -> the auth objects a generated client builds.

Each scheme the operations use becomes one way to authenticate, with its
credentials as constructor arguments (each also read from an environment
variable). The mapping is a table from scheme kind to runtime class, so a new
kind is one row and one runtime module.
"""

from __future__ import annotations

from typing import Any

from generator.clientmodel.model import AuthScheme, Credential
from generator.clientmodel.naming import NameAllocator, argument_name, constant_env
from generator.clientmodel.pyliteral import py_literal, py_string
from generator.diagnostics import Diagnostic, warning


def lower_auth(
    document: dict[str, Any], api_name: str, source: str, diagnostics: list[Diagnostic]
) -> tuple[tuple[AuthScheme, ...], bool, list[str]]:
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    used, required = _used_schemes(document)
    allocator = NameAllocator(
        {"base_url", "timeout", "max_retries", "http_client", "default_headers"}
    )
    lowered = []
    for name in used:
        spec = schemes.get(name)
        if not isinstance(spec, dict):
            diagnostics.append(
                warning(
                    f"security scheme {name!r} is not defined; ignored",
                    f"{source}#/components/securitySchemes",
                )
            )
            continue
        scheme = _scheme(name, spec, api_name, allocator, source, diagnostics)
        if scheme is not None:
            lowered.append(scheme)
    modules = sorted({s.module for s in lowered if s.module != "_auth"})
    return tuple(lowered), required and bool(lowered), modules


def security_requirements(document: dict[str, Any], operation: dict[str, Any]) -> list[Any]:
    """The requirements that apply to an operation: its own, else the document's."""
    requirements = operation.get("security", document.get("security"))
    return requirements if isinstance(requirements, list) else []


def authenticated(document: dict[str, Any], operation: dict[str, Any]) -> bool:
    """Whether an operation sends credentials (some requirement names a scheme)."""
    return any(isinstance(r, dict) and r for r in security_requirements(document, operation))


def _used_schemes(document: dict[str, Any]) -> tuple[list[str], bool]:
    """Scheme names in first-use order, and whether every operation needs one."""
    names: list[str] = []
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
                continue
            for requirement in requirements:
                for name in requirement if isinstance(requirement, dict) else ():
                    if name not in names:
                        names.append(str(name))
    return names, every


def _credential(
    allocator: NameAllocator, wanted: str, api_name: str, description: str, secret: bool = True
) -> Credential:
    name = allocator.allocate(argument_name(wanted))
    return Credential(
        name, f"{constant_env(api_name)}_{name.upper().rstrip('_')}", description, secret
    )


def _scheme(
    name: str,
    spec: dict[str, Any],
    api_name: str,
    allocator: NameAllocator,
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
            name, spec["x-clientgen-token-exchange"], api_name, allocator, description
        )
    if kind == "http" and str(spec.get("scheme", "")).lower() == "basic":
        user = _credential(
            allocator, "username", api_name, "User name for HTTP Basic auth.", secret=False
        )
        password = _credential(allocator, "password", api_name, "Password for HTTP Basic auth.")
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
        token = _credential(
            allocator,
            wanted if isinstance(wanted, str) else "token",
            api_name,
            "Bearer token sent in the Authorization header.",
        )
        return AuthScheme(
            name, "bearer", (token,), "BearerTokenAuth", (), (("token", token.name),), description
        )
    if kind == "apiKey":
        key = _credential(
            allocator,
            wanted if isinstance(wanted, str) else "api_key",
            api_name,
            f"API key sent as {spec.get('name')}.",
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
        client_id = _credential(allocator, "client_id", api_name, "OAuth2 client ID.", secret=False)
        secret = _credential(allocator, "client_secret", api_name, "OAuth2 client secret.")
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
    name: str, exchange: dict[str, Any], api_name: str, allocator: NameAllocator, description: str
) -> AuthScheme:
    raw_fields = exchange.get("credentials")
    fields: dict[str, Any] = raw_fields if isinstance(raw_fields, dict) else {}
    credentials = tuple(
        _credential(
            allocator,
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
