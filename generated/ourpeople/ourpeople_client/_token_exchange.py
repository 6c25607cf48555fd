"""Token exchange: credentials POSTed as JSON for a bearer token and a refresh token.

Not OAuth2, but common (OurPeople's ``POST /v1/auth``): the token endpoint takes
a JSON object of credentials and answers with a token (often a JWT) and
optionally a refresh token for a separate refresh endpoint.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from collections.abc import Mapping

import httpx

from ._auth import Token, TokenAuth, read_lifetime, token_error
from ._utils import require_secure_url, resolve_optional, resolve_pointer

__all__ = ["TokenExchangeAuth"]


class TokenExchangeAuth(TokenAuth):
    """Bearer auth with tokens obtained by exchanging credentials, renewed by refresh.

    ``token_field``, ``refresh_token_field`` and ``expires_in_field`` are JSON
    pointers into the token response (``/data/token``; a bare name is a
    top-level field). Without an ``expires_in_field``, a JWT's ``exp`` claim
    gives the expiry (read, not verified: the server verifies). A 401 from the
    API, or a token about to expire, is answered by one refresh when a
    refresh token is held, else by a new exchange; a failed refresh raises
    `AuthenticationError`. ``refresh_request_field`` names the refresh body's
    field; it defaults to the last token of ``refresh_token_field``.
    """

    def __init__(
        self,
        token_url: str,
        credentials: Mapping[str, str],
        token_field: str,
        *,
        refresh_url: str | None = None,
        refresh_token_field: str | None = None,
        refresh_request_field: str | None = None,
        expires_in_field: str | None = None,
        leeway: float = 30.0,
    ) -> None:
        super().__init__(token_url, leeway=leeway)
        if refresh_url is not None:
            require_secure_url(refresh_url, "refresh tokens")
            if refresh_token_field is None:
                raise ValueError("refresh_url needs refresh_token_field: where the token is")
        self._credentials = dict(credentials)
        self.token_field = token_field
        self.refresh_url = refresh_url
        self.refresh_token_field = refresh_token_field
        self.refresh_request_field = (
            refresh_request_field or (refresh_token_field or "").rsplit("/", 1)[-1]
        )
        self.expires_in_field = expires_in_field

    def _usable_refresh_token(self, current: Token | None) -> str | None:
        if self.refresh_url is None or current is None:
            return None
        return current.refresh_token

    def _renewal_request(self, current: Token | None) -> httpx.Request:
        refresh_token = self._usable_refresh_token(current)
        if self.refresh_url is not None and refresh_token is not None:
            url, body = self.refresh_url, {self.refresh_request_field: refresh_token}
        else:
            url, body = self._token_url, self._credentials
        headers = {"Accept": "application/json"}
        return httpx.Request("POST", self._url(url), json=body, headers=headers)

    def _read_token(self, response: httpx.Response, current: Token | None) -> Token:
        what = "Token refresh" if self._usable_refresh_token(current) else "Token exchange"
        try:
            body = response.json()
            access_token = resolve_pointer(body, self.token_field)
        except (ValueError, LookupError):
            access_token = None
        if response.status_code >= 400 or not isinstance(access_token, str):
            raise token_error(response, what, *self._secrets(current))
        # A refresh answer without a new refresh token leaves the old one valid.
        found = resolve_optional(body, self.refresh_token_field)
        refresh_token = current.refresh_token if current is not None else None
        if found is not None:
            refresh_token = str(found)
        return Token.issued(access_token, self._expires_in(body, access_token), refresh_token)

    def _expires_in(self, body: object, access_token: str) -> float | None:
        given = resolve_optional(body, self.expires_in_field)
        if given is not None:
            return read_lifetime(given)
        exp = _jwt_claims(access_token).get("exp")
        return read_lifetime(exp - time.time()) if isinstance(exp, int | float) else None

    def _refreshes(self, current: Token | None) -> bool:
        return self._usable_refresh_token(current) is not None

    def _credential_secrets(self) -> tuple[str, ...]:
        return tuple(self._credentials.values())

    def _secrets(self, current: Token | None) -> list[str]:
        held = [current.refresh_token or ""] if current is not None else []
        return [*self._credentials.values(), *held]

    def __repr__(self) -> str:
        return (
            f"TokenExchangeAuth(token_url={self._token_url!r}, "
            f"credentials={{{', '.join(f'{k!r}: ***' for k in self._credentials)}}}, "
            f"token_field={self.token_field!r}, refresh_url={self.refresh_url!r})"
        )


def _jwt_claims(token: str) -> dict[str, object]:
    """The claims of a JWT, unverified; ``{}`` when ``token`` is not one."""
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (binascii.Error, ValueError):
        return {}
    return claims if isinstance(claims, dict) else {}
