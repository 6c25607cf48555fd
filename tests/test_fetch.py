"""clientgen fetch: re-capture a document from its url (a local server here), say what
changed for users, replace the source byte for byte."""

from __future__ import annotations

import functools
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import REPO, clientgen

SEED = (REPO / "specs" / "ourpeople" / "ourpeople.page.txt").read_bytes()


@pytest.fixture
def published(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    site = tmp_path / "site"
    site.mkdir()
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site, f"http://127.0.0.1:{server.server_address[1]}/api.txt"
    finally:
        server.shutdown()


def test_fetch_shows_the_change_then_replaces_the_source(
    tmp_path: Path, published: tuple[Path, str]
) -> None:
    site, url = published
    project = tmp_path / "project"
    (project / "specs").mkdir(parents=True)
    (project / "specs" / "api.txt").write_bytes(SEED)
    shutil.copy(REPO / "overrides" / "ourpeople.yaml", project / "o.yaml")
    (project / "clientgen.yaml").write_text(
        f"clients:\n  - name: ourpeople\n    source: specs/api.txt\n    overrides: o.yaml\n"
        f"    url: {url}\n"
    )
    (site / "api.txt").write_bytes(SEED)
    unchanged = clientgen("fetch", cwd=project)
    assert unchanged.returncode == 0, unchanged.stderr
    assert "ourpeople: up to date" in unchanged.stdout

    new = SEED.replace(b"          required: false\n", b"          required: true\n")
    (site / "api.txt").write_bytes(new)
    changed = clientgen("fetch", "ourpeople", cwd=project)
    assert changed.returncode == 0, changed.stderr
    assert "BREAKING" in changed.stdout
    assert "list_content_recipients(rating=): now required" in changed.stdout
    assert (project / "specs" / "api.txt").read_bytes() == new
    assert not list((project / "specs").glob(".fetch-*"))


def test_an_unreachable_url_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "api.txt").write_bytes(SEED)
    (tmp_path / "clientgen.yaml").write_text(
        "clients:\n  - name: ourpeople\n    source: api.txt\n    url: http://127.0.0.1:9/api.txt\n"
    )
    result = clientgen("fetch", cwd=tmp_path)
    assert result.returncode == 2
    assert "cannot fetch http://127.0.0.1:9/api.txt" in result.stderr
    assert (tmp_path / "api.txt").read_bytes() == SEED
