"""Every ```python example of every generated README runs as printed.

Each block is executed on its own, in a fresh namespace, against a local
server answering every operation of the package's spec (`spec_server`), with
the environment variables the README's own table lists (the base URL pointing
at that server, credentials made up). A block may not lean on an earlier one,
hold a `...` placeholder, or keep the None a method returns. Then all of them
pass `mypy --strict` as a user's code would.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import REPO
from tests.readme.spec_server import SpecServer
from tests.support.http_server import LocalServer

PACKAGES = ("ourpeople", "whippy", "courier", "onboarding")
FENCE = re.compile(r"^```python\n(.*?)^```", re.M | re.S)
ENV_ROW = re.compile(r"^\| `([A-Z0-9_]+)` \| `(\w+)=` \|", re.M)


@dataclass(frozen=True)
class Example:
    api: str
    line: int
    code: str

    @property
    def where(self) -> str:
        return f"generated/{self.api}/README.md:{self.line}"


def examples(api: str) -> list[Example]:
    """The README's ```python blocks, each with the line its code starts on."""
    text = (REPO / "generated" / api / "README.md").read_text(encoding="utf-8")
    return [
        Example(api, text.count("\n", 0, m.start(1)) + 1, m.group(1)) for m in FENCE.finditer(text)
    ]


ALL = [example for api in PACKAGES for example in examples(api)]


def environment(api: str, server_url: str) -> dict[str, str]:
    """The README's environment variables: the base URL at ``server_url``, made-up secrets."""
    text = (REPO / "generated" / api / "README.md").read_text(encoding="utf-8")
    rows = dict(ENV_ROW.findall(text))
    base = [name for name, argument in rows.items() if argument == "base_url"]
    assert base, f"generated/{api}/README.md: no environment variable for base_url= in its table"
    return {
        name: server_url if name in base else f"readme-{argument}"
        for name, argument in rows.items()
    }


def server_path(document: dict[str, object]) -> str:
    """The path of the spec's first server (``/v1``), where its operations live."""
    servers = document.get("servers")
    url = servers[0].get("url", "") if isinstance(servers, list) and servers else ""
    return urlsplit(str(url)).path.rstrip("/")


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, tuple[SpecServer, str]]]:
    """A started spec server per package, and the base URL that reaches it."""
    with (
        LocalServer() as first,
        LocalServer() as second,
        LocalServer() as third,
        LocalServer() as fourth,
    ):
        started = {}
        for api, local in zip(PACKAGES, (first, second, third, fourth), strict=True):
            document = json.loads((REPO / "generated" / api / "openapi.json").read_text())
            prefix = server_path(document)
            started[api] = (SpecServer(local, document, prefix), local.url + prefix)
        yield started


def placeholders(tree: ast.AST) -> list[int]:
    """Lines holding `...` (an Ellipsis left for the reader to fill in)."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value is Ellipsis
    ]


def assigned_from_calls(tree: ast.Module) -> list[str]:
    """Top-level names bound to what a call returned (``x = f()``, also inside ``with``)."""
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Call):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [t.id for t in targets if isinstance(t, ast.Name)]
    return names


@pytest.mark.parametrize("example", ALL, ids=[e.where for e in ALL])
def test_readme_example_runs_as_printed(
    example: Example,
    servers: dict[str, tuple[SpecServer, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec_server, url = servers[example.api]
    spec_server.reset()
    for name, value in environment(example.api, url).items():
        monkeypatch.setenv(name, value)
    monkeypatch.syspath_prepend(str(REPO / "generated" / example.api))
    tree = ast.parse(example.code, example.where)
    assert not placeholders(tree), f"{example.where}: `...` on line(s) {placeholders(tree)}"
    namespace: dict[str, object] = {"__name__": "__main__"}
    exec(compile(tree, example.where, "exec"), namespace)
    nones = [name for name in assigned_from_calls(tree) if namespace.get(name, 0) is None]
    assert not nones, f"{example.where}: {nones} hold None (the method returns nothing)"
    assert not spec_server.server.errors, spec_server.server.errors


def test_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    for example in ALL:
        name = f"{example.api}_{example.line}.py"
        (tmp_path / name).write_text(example.code, encoding="utf-8")
    paths = ":".join(str(REPO / "generated" / api) for api in PACKAGES)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--explicit-package-bases",
            ".",
        ],
        cwd=tmp_path,
        env={"MYPYPATH": paths, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    by_line = {f"{e.api}_{e.line}.py": e.where for e in ALL}
    report = re.sub(
        r"^(\w+_\d+\.py)", lambda m: by_line.get(m.group(1), m.group(1)), result.stdout, flags=re.M
    )
    assert result.returncode == 0, report
