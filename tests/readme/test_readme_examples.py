"""Every ```python example of every generated README runs as printed.

Each block is executed on its own, in a fresh namespace, against a local
server answering every operation of the package's spec (`spec_server`), with
the environment variables the README's own table lists (the base URL pointing
at that server, credentials made up). A block may not lean on an earlier one,
hold a `...` placeholder, or keep the None a method returns. Then all of them
pass `mypy --strict` as a user's code would. The four declared packages are
checked, and one generated from a small spec shaped like the corpus's
(`shop.openapi.yaml`: an API key in the query, a 204 delete, date and enum
parameters, a nested request object).
"""

from __future__ import annotations

import ast
import json
import logging
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import REPO
from tests.readme.spec_server import SpecServer
from tests.support.http_server import LocalServer

PACKAGES = ("ourpeople", "whippy", "courier", "onboarding")
SHOP = Path(__file__).with_name("shop.openapi.yaml")
FENCE = re.compile(r"^```python\n(.*?)^```", re.M | re.S)
ENV_ROW = re.compile(r"^\| `([A-Z0-9_]+)` \| `(\w+)=` \|", re.M)


@dataclass(frozen=True)
class Example:
    root: Path  # the package's folder: README.md, openapi.json, <name>_client/
    line: int
    code: str

    @property
    def where(self) -> str:
        readme = self.root / "README.md"
        shown = readme.relative_to(REPO) if readme.is_relative_to(REPO) else readme.name
        return f"{shown}:{self.line}"


def examples(root: Path) -> list[Example]:
    """The README's ```python blocks, each with the line its code starts on."""
    text = (root / "README.md").read_text(encoding="utf-8")
    return [
        Example(root, text.count("\n", 0, m.start(1)) + 1, m.group(1)) for m in FENCE.finditer(text)
    ]


def environment(root: Path, server_url: str) -> dict[str, str]:
    """The README's environment variables: the base URL at ``server_url``, made-up secrets."""
    rows = dict(ENV_ROW.findall((root / "README.md").read_text(encoding="utf-8")))
    base = [name for name, argument in rows.items() if argument == "base_url"]
    assert base, f"{root / 'README.md'}: no environment variable for base_url= in its table"
    return {
        name: server_url if name in base else f"readme-{argument}"
        for name, argument in rows.items()
    }


def serve(stack: ExitStack, root: Path) -> tuple[SpecServer, str]:
    """A started server for the package's spec, and the base URL that reaches it
    (the path of the spec's first server, such as ``/v1``, kept)."""
    document = json.loads((root / "openapi.json").read_text(encoding="utf-8"))
    servers = document.get("servers")
    url = servers[0].get("url", "") if isinstance(servers, list) and servers else ""
    prefix = urlsplit(str(url)).path.rstrip("/")
    local = stack.enter_context(LocalServer())
    return SpecServer(local, document, prefix), local.url + prefix


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


@contextmanager
def logging_restored() -> Iterator[None]:
    """Undo what an example does to logging (the Logging section configures it), so
    that no handler outlives the test whose captured stream it writes to."""
    manager = logging.root.manager
    handlers, levels = (
        logging.root.handlers[:],
        {
            name: logger.level
            for name, logger in manager.loggerDict.items()
            if isinstance(logger, logging.Logger)
        },
    )
    root_level = logging.root.level
    try:
        yield
    finally:
        logging.root.handlers[:] = handlers
        logging.root.setLevel(root_level)
        for name, logger in manager.loggerDict.items():
            if isinstance(logger, logging.Logger):
                logger.setLevel(levels.get(name, logging.NOTSET))


def run_as_printed(
    example: Example, served: tuple[SpecServer, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec_server, url = served
    spec_server.reset()
    with monkeypatch.context() as patch, logging_restored():
        for name, value in environment(example.root, url).items():
            patch.setenv(name, value)
        patch.syspath_prepend(str(example.root))
        tree = ast.parse(example.code, example.where)
        assert not placeholders(tree), f"`...` on line(s) {placeholders(tree)}"
        namespace: dict[str, object] = {"__name__": "__main__"}
        exec(compile(tree, example.where, "exec"), namespace)
    nones = [name for name in assigned_from_calls(tree) if namespace.get(name, 0) is None]
    assert not nones, f"{nones} hold None (the method returns nothing)"
    assert not spec_server.server.errors, spec_server.server.errors


def mypy_strict(found: list[Example], folder: Path) -> None:
    """Type-check every example as a user's module, reporting README locations."""
    names = {f"example_{i}.py": example.where for i, example in enumerate(found)}
    for (name, _), example in zip(names.items(), found, strict=True):
        (folder / name).write_text(example.code, encoding="utf-8")
    roots = sorted({str(example.root) for example in found})
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *names],
        cwd=folder,
        env={"MYPYPATH": ":".join(roots), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    report = re.sub(r"^example_\d+\.py", lambda m: names[m.group(0)], result.stdout, flags=re.M)
    assert result.returncode == 0, report


DECLARED = [e for api in PACKAGES for e in examples(REPO / "generated" / api)]


@pytest.fixture(scope="module")
def declared_servers() -> Iterator[dict[Path, tuple[SpecServer, str]]]:
    with ExitStack() as stack:
        yield {root: serve(stack, root) for root in {e.root for e in DECLARED}}


@pytest.mark.parametrize("example", DECLARED, ids=[e.where for e in DECLARED])
def test_readme_example_runs_as_printed(
    example: Example,
    declared_servers: dict[Path, tuple[SpecServer, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_as_printed(example, declared_servers[example.root], monkeypatch)


def test_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    mypy_strict(DECLARED, tmp_path)


def test_corpus_like_readme_examples_run_and_type_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    clientgen = Path(sys.executable).with_name("clientgen")
    generated = subprocess.run(
        [clientgen, "generate", "--source", SHOP, "--output", out, "--name", "shop"],
        capture_output=True,
        text=True,
    )
    assert generated.returncode == 0, generated.stderr
    found = examples(out / "shop")
    failures = []
    with ExitStack() as stack:
        served = serve(stack, out / "shop")
        for example in found:
            try:
                run_as_printed(example, served, monkeypatch)
            except Exception as error:  # every failing example is reported, not the first
                first_line = str(error).splitlines()[0] if str(error) else ""
                failures.append(f"{example.where}: {type(error).__name__}: {first_line}")
    assert not failures, "\n".join(failures)
    mypy_strict(found, tmp_path)
