"""A real HTTP server on 127.0.0.1 for tests of generated clients.

Clients under test talk real HTTP (sockets, headers, status lines), so what is
tested is what a user gets. The server runs `http.server.ThreadingHTTPServer`
on an ephemeral port in a background thread and records every request.

Usage::

    from tests.support.http_server import LocalServer, json_response

    with LocalServer() as server:
        server.route("GET", "/v1/contacts", lambda req: json_response(200, [{"id": "c1"}]))
        server.route("GET", r"/v1/contacts/(?P<id>[^/]+)",
                     lambda req: json_response(200, {"id": req.path_params["id"]}))
        server.route("POST", "/v1/jobs", [            # a scripted sequence:
            json_response(429, {}, headers={"Retry-After": "0"}),
            json_response(201, {"id": "j1"}),         # the last item repeats
        ])
        ... client = Client(base_url=server.url) ...
        assert server.requests[0].query == {"status[]": ["a", "b"]}

In tests, the `local_server` fixture (tests/support/fixtures.py) gives a
started server and stops it afterwards.

API:
- `LocalServer()`: context manager; ``.url`` is ``"http://127.0.0.1:<port>"``.
- ``.route(method, path_pattern, handler)``: ``path_pattern`` is an exact path
  or a regular expression matched against the whole path (named groups land
  in ``Recorded.path_params``). The most recently added matching route wins,
  so a test can override an earlier one. ``handler`` is a function from
  `Recorded` to `Response`, a fixed `Response`, or a list of either: a script
  whose n-th item answers the n-th call, the last one repeating.
  Unmatched requests get 404 ``{"error": "no route"}``; a handler that raises
  gets a 500 with the error text, and the exception is kept in ``.errors``.
- ``.requests``: a snapshot list of every `Recorded` request, in arrival order
  (thread-safe); ``.requests_to(method, path)`` filters it.
- `Recorded`: ``method``, ``path`` (no query), ``query`` (dict of lists, as
  `urllib.parse.parse_qs` gives, blank values kept), ``headers`` (a
  case-insensitive `email.message.Message`), ``body`` (raw bytes),
  ``path_params``, ``.json()``, ``.form()`` (url-encoded body as a dict of lists).
- `Response(status, body, headers, delay)`: ``body`` is JSON-able data
  (sent as JSON), ``bytes`` (sent as is) or ``None`` (empty); ``delay``
  seconds are slept before answering (for timeout tests); ``drip`` seconds
  between bytes of the body; ``reset`` drops the connection unanswered.
- Helpers: `json_response(status, body, headers=None)`,
  `empty_response(status=204, headers=None)`, `sequence(*handlers)`.
"""

from __future__ import annotations

import dataclasses
import email.message
import json
import re
import socket
import threading
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

__all__ = [
    "Handler",
    "LocalServer",
    "Recorded",
    "Response",
    "empty_response",
    "json_response",
    "sequence",
]


@dataclass(frozen=True)
class Recorded:
    """One request as the server received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: email.message.Message
    body: bytes
    path_params: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        """The body decoded as JSON."""
        return json.loads(self.body)

    def form(self) -> dict[str, list[str]]:
        """The body decoded as ``application/x-www-form-urlencoded``."""
        return parse_qs(self.body.decode(), keep_blank_values=True)


@dataclass(frozen=True)
class Response:
    """What a handler answers."""

    status: int = 200
    body: object = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drip: float = 0.0  # seconds between bytes of the body (a server trickling)
    reset: bool = False  # drop the connection instead of answering

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        """The body bytes and the headers to send with them."""
        headers = dict(self.headers)
        if self.body is None:
            return b"", headers
        if isinstance(self.body, bytes):
            return self.body, headers
        headers.setdefault("Content-Type", "application/json")
        return json.dumps(self.body).encode(), headers


Handler = (
    Callable[[Recorded], Response] | Response | Sequence[Callable[[Recorded], Response] | Response]
)


def json_response(
    status: int = 200, body: object = None, headers: Mapping[str, str] | None = None
) -> Response:
    """A JSON response (``body=None`` sends ``null``: use `empty_response` for no body)."""
    encoded = json.dumps(body).encode()
    return Response(status, encoded, {"Content-Type": "application/json", **(headers or {})})


def empty_response(status: int = 204, headers: Mapping[str, str] | None = None) -> Response:
    """A response without a body."""
    return Response(status, None, headers or {})


def sequence(
    *handlers: Callable[[Recorded], Response] | Response,
) -> Callable[[Recorded], Response]:
    """A handler answering the n-th call with the n-th handler; the last one repeats."""
    lock = threading.Lock()
    calls = 0

    def handle(request: Recorded) -> Response:
        nonlocal calls
        with lock:
            step = handlers[min(calls, len(handlers) - 1)]
            calls += 1
        return step(request) if callable(step) else step

    return handle


def _as_callable(handler: Handler) -> Callable[[Recorded], Response]:
    if isinstance(handler, Response):
        return lambda _request: handler
    if callable(handler):
        return handler
    return sequence(*handler)


@dataclass
class _Route:
    method: str
    pattern: str
    handler: Callable[[Recorded], Response]

    def match(self, method: str, path: str) -> dict[str, str] | None:
        if method != self.method:
            return None
        if path == self.pattern:
            return {}
        found = re.fullmatch(self.pattern, path)
        return found.groupdict() if found else None


class LocalServer:
    """A threaded HTTP server on 127.0.0.1 with scripted routes; see the module doc."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._routes: list[_Route] = []
        self._requests: list[Recorded] = []
        self.errors: list[BaseException] = []
        self._server = _ThreadingServer(("127.0.0.1", 0), _make_handler_class(self))
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        """The base URL, ``http://127.0.0.1:<port>``."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def route(self, method: str, path_pattern: str, handler: Handler) -> None:
        """Answer ``method`` requests whose path matches ``path_pattern`` with ``handler``."""
        with self._lock:
            self._routes.append(_Route(method.upper(), path_pattern, _as_callable(handler)))

    @property
    def requests(self) -> list[Recorded]:
        """Every request received so far, oldest first (a copy)."""
        with self._lock:
            return list(self._requests)

    def requests_to(self, method: str, path: str) -> list[Recorded]:
        """The recorded requests with this method and exact path."""
        return [r for r in self.requests if r.method == method.upper() and r.path == path]

    def start(self) -> Self:
        """Start serving in the background (the context manager does this)."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _dispatch(self, request: Recorded) -> Response:
        with self._lock:
            self._requests.append(request)
            routes = list(reversed(self._routes))
        for route in routes:
            params = route.match(request.method, request.path)
            if params is not None:
                return self._call(route.handler, dataclasses.replace(request, path_params=params))
        return json_response(404, {"error": "no route", "path": request.path})

    def _call(self, handler: Callable[[Recorded], Response], request: Recorded) -> Response:
        try:
            return handler(request)
        except Exception as error:  # reported to the client and kept for the test
            with self._lock:
                self.errors.append(error)
            return Response(500, traceback.format_exc().encode(), {"Content-Type": "text/plain"})


class _ThreadingServer(ThreadingHTTPServer):
    daemon_threads = True  # a client holding a keep-alive connection must not block stop()
    request_queue_size = 128  # the default 5 drops bursts of concurrent connections


def _make_handler_class(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class _RequestHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real APIs and httpx pools expect
        disable_nagle_algorithm = True  # headers and body go out as separate writes

        def _handle(self) -> None:
            parts = urlsplit(self.path)
            recorded = Recorded(
                method=self.command,
                path=parts.path,
                query=parse_qs(parts.query, keep_blank_values=True),
                headers=self.headers,
                body=self._read_body(),
            )
            response = server._dispatch(recorded)
            if response.delay:
                time.sleep(response.delay)
            if response.reset:
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            body, headers = response.encoded()
            try:
                self.send_response(response.status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD" and response.drip:
                    for index in range(len(body)):
                        self.wfile.write(body[index : index + 1])
                        self.wfile.flush()
                        time.sleep(response.drip)
                elif self.command != "HEAD":
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client gave up (a timeout test)

        def _read_body(self) -> bytes:
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                return self._read_chunked()
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def _read_chunked(self) -> bytes:
            chunks = []
            while size := int(self.rfile.readline().split(b";")[0], 16):
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            self.rfile.readline()
            return b"".join(chunks)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output quiet."""

    return _RequestHandler
