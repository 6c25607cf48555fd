"""Bounded calls: a response size cap, a whole-attempt deadline, and malformed bodies
as package errors (issue 17, item 9)."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from tests.runtime.driver import Driver
from tests.support.http_server import LocalServer, Response, empty_response, json_response

CONTACT = {"id": "c1", "name": "Ada"}


def test_a_body_over_the_cap_is_refused(api: Driver, local_server: LocalServer) -> None:
    big = {**CONTACT, "notes": "x" * 200_000}
    local_server.route("GET", "/contacts/c1", json_response(200, big))
    client = api.client(max_retries=0).with_options(max_response_size=100_000)

    with pytest.raises(api.package.APIError, match="over the limit of 100000 bytes") as caught:
        api.run(client.contacts.get("c1"))

    assert type(caught.value).__name__ == "ResponseTooLargeError"


def test_a_compressed_body_is_capped_by_its_inflated_size(
    api: Driver, local_server: LocalServer
) -> None:
    bomb = gzip.compress(b'{"id": "c1", "name": "' + b"a" * 5_000_000 + b'"}')
    assert len(bomb) < 100_000
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    local_server.route("GET", "/contacts/c1", Response(200, bomb, headers))
    client = api.client(max_retries=0).with_options(max_response_size=1_000_000)

    with pytest.raises(api.package.APIError, match="max_response_size"):
        api.run(client.contacts.get("c1"))


def test_the_default_cap_lets_ordinary_bodies_through(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route("GET", "/contacts/c1", json_response(200, {**CONTACT, "n": "x" * 500_000}))

    assert api.run(api.client().contacts.get("c1")).id == "c1"


@pytest.fixture
def drip_server() -> Iterator[str]:
    """A server that sends its headers, then one body byte every 0.1 s for 3 s."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=drip, args=(connection,), daemon=True).start()

    def drip(connection: socket.socket) -> None:
        body = b'{"id": "c1", "name": "' + b"a" * 30 + b'"}'
        with connection:
            connection.recv(65536)
            head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            try:
                connection.sendall(head.encode())
                for byte in body:
                    if stop.is_set():
                        return
                    connection.sendall(bytes([byte]))
                    time.sleep(0.1)
            except OSError:
                return

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    host, port = listener.getsockname()
    yield f"http://{host}:{port}"
    stop.set()
    thread.join()
    listener.close()


def test_a_dripping_server_cannot_outlast_the_timeout(api: Driver, drip_server: str) -> None:
    client = api.client(base_url=drip_server, timeout=0.5, max_retries=0)

    started = time.monotonic()
    with pytest.raises(api.package.APITimeoutError, match=r"over 0\.5 s in all"):
        api.run(client.contacts.get("c1"))

    assert time.monotonic() - started < 1.5  # not the 3.4 s the drip lasts


def test_an_empty_200_where_a_model_is_promised_is_a_package_error(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route("GET", "/contacts/c1", empty_response(200))

    with pytest.raises(api.package.APIError, match="empty where Contact was promised"):
        api.run(api.client().contacts.get("c1"))


def test_a_204_is_none(api: Driver, local_server: LocalServer) -> None:
    local_server.route("DELETE", "/contacts/c1", empty_response(204))

    assert api.run(api.client().contacts.delete("c1")) is None


def test_a_head_answer_is_not_held_to_its_content_length(
    api: Driver, local_server: LocalServer
) -> None:
    local_server.route("HEAD", "/contacts/c1", Response(200, b"x" * 5000))
    client = api.client().with_options(max_response_size=1000)

    assert api.run(client.request("HEAD", "/contacts/c1", cast_to=type(None))) is None
