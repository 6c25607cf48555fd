"""Hand edits to a generated package are never lost silently: generate refuses to
overwrite them (naming the file), --force discards them, and files listed under
``preserve:`` are the user's, carried across regenerations."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO, clientgen


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(REPO / "specs" / "ourpeople" / "ourpeople.page.txt", tmp_path / "spec.txt")
    shutil.copy(REPO / "overrides" / "ourpeople.yaml", tmp_path / "o.yaml")
    (tmp_path / "clientgen.yaml").write_text(
        "clients:\n  - name: ourpeople\n    source: spec.txt\n    overrides: o.yaml\n"
        "    preserve: [NOTES.md, ourpeople_client/_custom.py]\n"
    )
    assert clientgen("generate", cwd=tmp_path).returncode == 0
    return tmp_path


def package(project: Path) -> Path:
    return project / "generated" / "ourpeople"


def test_an_edited_file_is_not_overwritten_and_is_named(project: Path) -> None:
    client = package(project) / "ourpeople_client" / "_client.py"
    client.write_text(client.read_text() + "# my fix\n")
    result = clientgen("generate", cwd=project)
    assert result.returncode == 2
    assert "ourpeople_client/_client.py was edited by hand since clientgen wrote it" in (
        result.stderr
    )
    assert "--force" in result.stderr and "preserve:" in result.stderr
    assert client.read_text().endswith("# my fix\n")


def test_force_discards_the_edit(project: Path) -> None:
    client = package(project) / "ourpeople_client" / "_client.py"
    original = client.read_text()
    client.write_text(original + "# my fix\n")
    assert clientgen("generate", "--force", cwd=project).returncode == 0
    assert client.read_text() == original


def test_preserved_files_survive_regeneration_and_never_make_the_package_stale(
    project: Path,
) -> None:
    notes = package(project) / "NOTES.md"
    custom = package(project) / "ourpeople_client" / "_custom.py"
    notes.write_text("our notes\n")
    custom.write_text("EXTRA = 1\n")
    assert clientgen("generate", "--check", cwd=project).returncode == 0
    spec = project / "spec.txt"
    spec.write_text(spec.read_text().replace("List recent deliveries", "List the deliveries"))
    result = clientgen("generate", cwd=project)
    assert result.returncode == 0, result.stderr
    assert notes.read_text() == "our notes\n"
    assert custom.read_text() == "EXTRA = 1\n"
    assert "List the deliveries" in (package(project) / "README.md").read_text()
    assert clientgen("generate", "--check", cwd=project).returncode == 0


def test_preserve_must_be_a_list(tmp_path: Path) -> None:
    (tmp_path / "spec.txt").write_text("openapi: 3.1.0\n")
    (tmp_path / "clientgen.yaml").write_text(
        "clients:\n  - name: a\n    source: spec.txt\n    preserve: NOTES.md\n"
    )
    result = clientgen("generate", cwd=tmp_path)
    assert result.returncode == 2
    assert "clientgen.yaml:4: error: 'preserve' must be a list of globs" in result.stderr
