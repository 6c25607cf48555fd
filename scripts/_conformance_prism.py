"""Prism (npm ``@stoplight/prism-cli``), pinned, installed into the cache, run on 127.0.0.1.

``install()`` puts it under ``cache_dir()/prism-<version>`` with ``npm install``
(never into the project); ``serve(spec)`` starts ``prism mock --errors`` on a
free loopback port and yields its base URL until the block ends.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from _common import cache_dir

PRISM = ("@stoplight/prism-cli", "5.16.0")
START_TIMEOUT = 90.0


def root() -> Path:
    return cache_dir() / f"prism-{PRISM[1]}"


def binary() -> Path:
    return root() / "node_modules" / ".bin" / "prism"


def installed() -> bool:
    return binary().exists()


def install() -> Path:
    """``npm install`` the pinned Prism into the cache (idempotent); its executable."""
    if installed():
        return binary()
    target = root()
    target.mkdir(parents=True, exist_ok=True)
    manifest = target / "package.json"
    if not manifest.exists():
        manifest.write_text(json.dumps({"name": "clientgen-prism", "private": True}) + "\n")
    print(f"installing {PRISM[0]}@{PRISM[1]} into {target}", flush=True)
    subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", f"{PRISM[0]}@{PRISM[1]}"],
        cwd=target,
        check=True,
    )
    return binary()


class PrismFailed(Exception):
    """Prism would not start on a document (its last output lines say why)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def serve(spec: Path, log: Path | None = None, responses: str = "dynamic") -> Iterator[str]:
    """Run ``prism mock --errors`` on ``spec`` at 127.0.0.1; yields ``http://127.0.0.1:PORT``.

    ``responses``: ``dynamic`` (default: json-schema-faker with a fixed seed, which
    honours formats; Prism's static generator answers "string" for a date-time),
    ``schema`` (static, ``--ignoreExamples``) or ``examples`` (the spec's examples).
    With ``--errors`` Prism answers a 500 instead of a response that breaks the
    spec's own schema, which says nothing about the client.
    """
    port = free_port()
    cmd = [str(binary()), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors"]
    if responses == "dynamic":
        cmd += ["--dynamic", "--seed", "1"]
    elif responses == "schema":
        cmd.append("--ignoreExamples")
    cmd.append(str(spec))
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
        env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"},
    )
    lines: list[str] = []
    ready = threading.Event()

    def pump() -> None:
        assert proc.stdout is not None
        for raw in proc.stdout:
            line = raw.decode(errors="replace").rstrip()
            lines.append(line)
            if "Prism is listening" in line:
                ready.set()
        ready.set()

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not ready.wait(0.2):
            if time.monotonic() > deadline:
                raise PrismFailed(f"Prism did not start within {START_TIMEOUT:.0f} s")
        if proc.poll() is not None or not any("Prism is listening" in x for x in lines):
            tail = [x for x in lines if x.strip()][-3:]
            raise PrismFailed("Prism exited: " + " / ".join(tail)[:400])
        yield f"http://127.0.0.1:{port}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        reader.join(2)
        if log is not None:
            log.write_text("\n".join(lines) + "\n")
