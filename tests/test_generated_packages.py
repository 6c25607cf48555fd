"""Every committed generated package type-checks strictly, lints clean, and installs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGES = sorted(
    p.name for p in (REPO / "generated").iterdir() if (p / "pyproject.toml").is_file()
)
BIN = Path(sys.executable).parent


def _run(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("name", PACKAGES)
def test_mypy_strict_passes(name: str) -> None:
    result = _run(
        str(BIN / "mypy"),
        "--strict",
        "--no-incremental",
        "--cache-dir",
        "/dev/null",
        f"{name}_client",
        cwd=REPO / "generated" / name,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", PACKAGES)
def test_ruff_passes(name: str) -> None:
    result = _run(str(BIN / "ruff"), "check", "--no-cache", ".", cwd=REPO / "generated" / name)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", PACKAGES)
def test_package_installs_and_imports_outside_the_repo(name: str, tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(REPO / "generated" / name, source)  # a build leaves build/ behind: not in the repo
    target = tmp_path / "site"
    install = _run(
        sys.executable,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "--target",
        str(target),
        str(source),
        cwd=tmp_path,
    )
    assert install.returncode == 0, install.stderr
    assert (target / f"{name}_client" / "py.typed").is_file()
    probe = _run(
        sys.executable,
        "-c",
        f"import sys; sys.path.insert(0, {str(target)!r}); import {name}_client as p; print(p.Client.__name__, p.AsyncClient.__name__)",
        cwd=tmp_path,
    )
    assert probe.stdout.split() == ["Client", "AsyncClient"], probe.stderr


@pytest.mark.parametrize("name", PACKAGES)
def test_readme_has_a_parsable_example_for_every_operation(name: str) -> None:
    import ast
    import re

    readme = (REPO / "generated" / name / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    for block in blocks:
        ast.parse(block)
    rows = re.findall(r"^\| `(\w+)` \| `[A-Z]+ ", readme, re.M)
    calls = re.findall(r"client\.\w+\.(\w+)\(", "".join(blocks))
    # Every operation has an example; the general sections (errors, paging,
    # raw responses) call operations again, and never one that does not exist.
    assert rows and set(rows) == set(calls)
