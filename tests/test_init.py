"""clientgen init: from a published document to a declared, generating client."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.conftest import REPO, clientgen

SEED = REPO / "specs" / "courier" / "courier.redoc.txt"


def test_init_then_generate_then_check(tmp_path: Path) -> None:
    result = clientgen("init", str(SEED), "--name", "courier", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "177 operations" in result.stdout  # the recovery report
    assert (tmp_path / "specs" / "courier" / "courier.redoc.txt").read_bytes() == SEED.read_bytes()
    declared = yaml.safe_load((tmp_path / "clientgen.yaml").read_text())
    assert declared["clients"] == [{"name": "courier", "source": "specs/courier/courier.redoc.txt"}]
    stub = (tmp_path / "overrides" / "courier.yaml").read_text()
    assert stub.startswith("# Overrides for courier") and "overlay: 1.0.0" in stub
    assert clientgen("generate", cwd=tmp_path).returncode == 0
    assert clientgen("generate", "--check", cwd=tmp_path).returncode == 0
    again = clientgen("init", str(SEED), "--name", "courier", cwd=tmp_path)
    assert again.returncode == 2
    assert "client 'courier' is already declared" in again.stderr


def test_init_adds_to_a_pyproject_declaration(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "app"\nversion = "1"\n\n[tool.clientgen]\noutput = "vendored"\n'
    )
    source = tmp_path / "download" / "ourpeople.page.txt"
    source.parent.mkdir()
    source.write_bytes((REPO / "specs" / "ourpeople" / "ourpeople.page.txt").read_bytes())
    result = clientgen("init", str(source), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (
        '[[tool.clientgen.clients]]\nname = "ourpeople"'
        in (tmp_path / "pyproject.toml").read_text()
    )
    assert clientgen("generate", cwd=tmp_path).returncode == 0
    assert (tmp_path / "vendored" / "ourpeople" / "ourpeople_client").is_dir()
