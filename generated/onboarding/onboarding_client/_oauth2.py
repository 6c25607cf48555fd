"""OAuth 2.0 client credentials grant (RFC 6749, section 4.4)."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from typing import Literal
from urllib.parse import quote_plus

import httpx

from ._auth import Token, TokenAuth, json_object, read_lifetime, token_error

__all__ = ["ClientCredentialsAuth"]


class ClientCredentialsAuth(TokenAuth):
    """Bearer tokens from a token endpoint, in exchange for a client id and secret.

    The credentials go in an HTTP Basic header (``client_auth="basic"``, the
    RFC's preferred way) or in the form body (``"body"``), never in a query
    string. A token is renewed ``leeway`` seconds before its ``expires_in``
    runs out, and once when a request is refused with ``invalid_token``.
    ``token_url`` may be absolute or relative to the API base URL.
    """

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        scopes: Iterable[str] | str = (),
        client_auth: Literal["basic", "body"] = "basic",
        leeway: float = 30.0,
    ) -> None:
        super().__init__(token_url, leeway=leeway)
        self.client_id = client_id
        self._client_secret = client_secret
        # A string is the RFC's space-separated form, not an iterable of letters.
        self.scopes = tuple(scopes.split() if isinstance(scopes, str) else scopes)
        self.client_auth = client_auth

    def _renewal_request(self, current: Token | None) -> httpx.Request:
        form = {"grant_type": "client_credentials"}
        if self.scopes:
            form["scope"] = " ".join(self.scopes)
        headers = {"Accept": "application/json"}
        if self.client_auth == "body":
            form |= {"client_id": self.client_id, "client_secret": self._client_secret}
        else:
            headers["Authorization"] = self._basic_credentials()
        return httpx.Request("POST", self._url(self._token_url), data=form, headers=headers)

    def _basic_credentials(self) -> str:
        # RFC 6749 2.3.1: both parts are form-encoded before Basic encoding.
        pair = f"{quote_plus(self.client_id)}:{quote_plus(self._client_secret)}"
        return "Basic " + base64.b64encode(pair.encode()).decode("ascii")

    def _read_token(self, response: httpx.Response, current: Token | None) -> Token:
        body = json_object(response)
        access_token = body.get("access_token")
        if response.status_code >= 400 or not isinstance(access_token, str):
            raise token_error(response, "OAuth2 token request", self._client_secret)
        return Token.issued(access_token, read_lifetime(body.get("expires_in")))

    def _credential_secrets(self) -> tuple[str, ...]:
        pair = f"{quote_plus(self.client_id)}:{quote_plus(self._client_secret)}"
        return self._client_secret, pair, f"{self.client_id}:{self._client_secret}"

    def _rejects_token(self, response: httpx.Response) -> bool:
        """Only ``invalid_token`` means "renew": other 401s are not the token's fault."""
        if response.status_code != 401:
            return False
        if "invalid_token" in response.headers.get("WWW-Authenticate", ""):
            return True
        return json_object(response).get("error") == "invalid_token"

    def __repr__(self) -> str:
        return (
            f"ClientCredentialsAuth(token_url={self._token_url!r}, client_id={self.client_id!r}, "
            f"client_secret=***, scopes={self.scopes!r}, client_auth={self.client_auth!r})"
        )
