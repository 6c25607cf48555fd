"""Versions and changelog: each regeneration of a package that changes it moves its
version by what changed for its users, and writes why in CHANGELOG.md."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.release import bumped, with_entry
from tests.conftest import REPO, clientgen

SEED = (REPO / "specs" / "ourpeople" / "ourpeople.page.txt").read_text(encoding="utf-8")
RATING = "          required: false\n          description: Filter by rating value"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "spec.txt").write_text(SEED, encoding="utf-8")
    shutil.copy(REPO / "overrides" / "ourpeople.yaml", tmp_path / "o.yaml")
    (tmp_path / "clientgen.yaml").write_text(
        "clients:\n  - name: ourpeople\n    source: spec.txt\n    overrides: o.yaml\n"
    )
    result = clientgen("generate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return tmp_path


def regenerate(project: Path, spec: str) -> dict[str, object]:
    (project / "spec.txt").write_text(spec, encoding="utf-8")
    result = clientgen("generate", cwd=project)
    assert result.returncode == 0, result.stderr
    assert clientgen("generate", "--check", cwd=project).returncode == 0
    manifest = json.loads((project / "generated" / "ourpeople" / ".clientgen.json").read_text())
    release: dict[str, object] = manifest["release"]
    return release


def changelog(project: Path) -> str:
    return (project / "generated" / "ourpeople" / "CHANGELOG.md").read_text()


def test_the_first_generation_records_its_release(project: Path) -> None:
    package = project / "generated" / "ourpeople"
    manifest = json.loads((package / ".clientgen.json").read_text())
    assert manifest["release"] == {
        "package_version": "0.1.0",
        "generator_version": "0.1.0",
        "source_version": "1.0.0",
        "operations": 6,
    }
    assert 'version = "0.1.0"' in (package / "pyproject.toml").read_text()
    assert json.loads((package / "openapi.json").read_text())["openapi"] == "3.1.0"
    assert changelog(project).startswith("# Changelog\n\n## 0.1.0\n\nFirst generation: 6 ")


def test_each_change_moves_the_version_by_what_it_means_for_users(project: Path) -> None:
    documented = SEED.replace("List recent deliveries", "List the latest deliveries")
    assert regenerate(project, documented)["package_version"] == "0.1.1"
    assert "## 0.1.1\n\nA patch release" in changelog(project)

    added = documented.replace(
        "        broadcastName:\n",
        "        channel:\n          type: string\n        broadcastName:\n",
    )
    assert regenerate(project, added)["package_version"] == "0.2.0"
    assert "### Added and changed\n\n- `Delivery.channel`: added: str | None" in changelog(project)

    required = added.replace(RATING, RATING.replace("false", "true"))
    release = regenerate(project, required)
    assert release["package_version"] == "1.0.0"
    text = changelog(project)
    assert "## 1.0.0\n\nA major release" in text
    assert "- `client.broadcasts.list_content_recipients(rating=)`: now required" in text
    assert text.index("## 1.0.0") < text.index("## 0.2.0") < text.index("## 0.1.1")
    assert (
        '__version__ = "1.0.0"'
        in (project / "generated" / "ourpeople" / "ourpeople_client" / "__init__.py").read_text()
    )


def test_a_regeneration_that_changes_nothing_keeps_the_version(project: Path) -> None:
    assert regenerate(project, SEED)["package_version"] == "0.1.0"


def test_bumps_follow_semantic_versioning() -> None:
    assert bumped("0.1.0", "major") == "1.0.0"
    assert bumped("1.2.3", "minor") == "1.3.0"
    assert bumped("1.2.3", "patch") == "1.2.4"
    assert with_entry("# Changelog\n\n## 0.1.0\n", "## 0.2.0\n") == (
        "# Changelog\n\n## 0.2.0\n\n## 0.1.0\n"
    )


def test_the_snapshot_does_not_depend_on_where_the_repository_is(tmp_path: Path) -> None:
    from generator.release import snapshot

    document = {
        "paths": {"/a": {"get": {"x-clientgen-source": {"file": "/home/me/repo/specs/a.txt"}}}}
    }
    moved = {"paths": {"/a": {"get": {"x-clientgen-source": {"file": "/ci/clone/specs/a.txt"}}}}}
    assert snapshot(document) == snapshot(moved)
    assert b'"file": "a.txt"' in snapshot(document)
    assert document["paths"]["/a"]["get"]["x-clientgen-source"]["file"].startswith("/home")


def test_the_comparison_is_imported_only_when_a_package_changed() -> None:
    """A first generation never compares; importing generator.diff would cost it 12 ms."""
    script = "import sys, generator.pipeline; print('generator.diff' in sys.modules)"
    found = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "False"
