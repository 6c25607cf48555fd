"""Declarations in pyproject.toml's [tool.clientgen]: same keys and errors as clientgen.yaml."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import REPO, clientgen

PYPROJECT = """\
[project]
name = "my-app"
version = "1.0"

[tool.clientgen]
output = "vendored"

[[tool.clientgen.clients]]
name = "ourpeople"
source = "spec.txt"
overrides = "o.yaml"
"""


def project(tmp_path: Path, pyproject: str) -> Path:
    shutil.copy(REPO / "specs" / "ourpeople" / "ourpeople.page.txt", tmp_path / "spec.txt")
    shutil.copy(REPO / "overrides" / "ourpeople.yaml", tmp_path / "o.yaml")
    (tmp_path / "pyproject.toml").write_text(pyproject)
    (tmp_path / "src").mkdir()
    return tmp_path


def test_a_pyproject_only_project_generates_and_checks_from_a_subdirectory(tmp_path: Path) -> None:
    root = project(tmp_path, PYPROJECT)
    result = clientgen("generate", cwd=root / "src")
    assert result.returncode == 0, result.stderr
    assert (root / "vendored" / "ourpeople" / "ourpeople_client" / "_client.py").is_file()
    assert clientgen("generate", "--check", cwd=root).returncode == 0


def test_an_unknown_key_is_located_on_its_pyproject_line(tmp_path: Path) -> None:
    root = project(tmp_path, PYPROJECT.replace('source = "spec.txt"', 'sorce = "spec.txt"'))
    result = clientgen("generate", cwd=root)
    assert result.returncode == 2
    assert "pyproject.toml:10: error: unknown key 'sorce'" in result.stderr


def test_a_missing_source_names_its_line(tmp_path: Path) -> None:
    root = project(tmp_path, PYPROJECT.replace('"spec.txt"', '"gone.txt"'))
    result = clientgen("generate", cwd=root)
    assert result.returncode == 2
    assert "pyproject.toml:10: error: source file not found" in result.stderr


def test_clientgen_yaml_beside_it_wins(tmp_path: Path) -> None:
    root = project(tmp_path, PYPROJECT)
    (root / "clientgen.yaml").write_text("clients:\n  - name: other\n    source: spec.txt\n")
    result = clientgen("generate", "ourpeople", cwd=root)
    assert result.returncode == 2
    assert "clientgen.yaml: error: unknown client 'ourpeople'" in result.stderr


def test_a_pinned_clientgen_version_is_enforced(tmp_path: Path) -> None:
    from generator import __version__

    root = project(tmp_path, PYPROJECT.replace('output = "vendored"', 'clientgen = "9.9.9"'))
    result = clientgen("generate", "--check", cwd=root)
    assert result.returncode == 2
    assert (
        f"pyproject.toml:6: error: this project pins clientgen 9.9.9; this is clientgen {__version__}"
        in (result.stderr)
    )
    (root / "pyproject.toml").write_text(
        PYPROJECT.replace('output = "vendored"', f'clientgen = "{__version__}"')
    )
    assert clientgen("generate", cwd=root).returncode == 0
