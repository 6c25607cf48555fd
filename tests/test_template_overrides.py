"""A project's own templates replace clientgen's one file at a time, and --check sees them."""

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
        "templates: my-templates\nclients:\n  - name: ourpeople\n    source: spec.txt\n"
        "    overrides: o.yaml\n"
    )
    (tmp_path / "my-templates" / "package").mkdir(parents=True)
    (tmp_path / "my-templates" / "package" / "README.md.jinja").write_text(
        "# {{ model.title }} (ACME internal build)\n"
    )
    return tmp_path


def test_an_override_replaces_one_template_and_the_rest_stay_ours(project: Path) -> None:
    result = clientgen("generate", cwd=project)
    assert result.returncode == 0, result.stderr
    package = project / "generated" / "ourpeople"
    assert (package / "README.md").read_text() == "# OurPeople API (ACME internal build)\n"
    assert "class Client" in (package / "ourpeople_client" / "_client.py").read_text()


def test_editing_an_override_makes_the_package_stale(project: Path) -> None:
    assert clientgen("generate", cwd=project).returncode == 0
    assert clientgen("generate", "--check", cwd=project).returncode == 0
    override = project / "my-templates" / "package" / "README.md.jinja"
    override.write_text("# {{ model.title }}, vendored\n")
    stale = clientgen("generate", "--check", cwd=project)
    assert stale.returncode == 1
    assert "README.md" in stale.stderr


def test_an_override_that_replaces_nothing_is_an_error(project: Path) -> None:
    (project / "my-templates" / "package" / "READNE.md.jinja").write_text("x\n")
    result = clientgen("generate", cwd=project)
    assert result.returncode == 2
    assert "template override package/READNE.md.jinja replaces nothing" in result.stderr


def test_meta_none_writes_only_the_importable_package(tmp_path: Path) -> None:
    shutil.copy(REPO / "specs" / "ourpeople" / "ourpeople.page.txt", tmp_path / "spec.txt")
    result = clientgen(
        "generate",
        "--source",
        "spec.txt",
        "--output",
        "vendor",
        "--name",
        "ourpeople",
        "--meta",
        "none",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    package = tmp_path / "vendor" / "ourpeople"
    top = sorted(p.name for p in package.iterdir())
    assert top == [".clientgen.json", "ourpeople_client"]
    check = clientgen(
        "generate",
        "--source",
        "spec.txt",
        "--output",
        "vendor",
        "--name",
        "ourpeople",
        "--meta",
        "none",
        "--check",
        cwd=tmp_path,
    )
    assert check.returncode == 0, check.stderr
