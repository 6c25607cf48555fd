"""The pre-commit hook clientgen provides, run by its entry in a project of its own."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import yaml

from tests.conftest import REPO, clientgen


def test_the_clientgen_check_hook_passes_on_a_current_tree_and_fails_on_an_edit(
    tmp_path: Path,
) -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    (hook,) = [h for h in hooks if h["id"] == "clientgen-check"]
    assert hook["pass_filenames"] is False
    command, *args = shlex.split(hook["entry"])
    assert command == "clientgen"
    shutil.copytree(REPO / "specs" / "ourpeople", tmp_path / "specs" / "ourpeople")
    shutil.copy(REPO / "overrides" / "ourpeople.yaml", tmp_path / "ourpeople.yaml")
    (tmp_path / "clientgen.yaml").write_text(
        "clients:\n  - name: ourpeople\n    source: specs/ourpeople/ourpeople.page.txt\n"
        "    overrides: ourpeople.yaml\n"
    )

    assert clientgen("generate", cwd=tmp_path).returncode == 0
    assert clientgen(*args, cwd=tmp_path).returncode == 0
    client = tmp_path / "generated" / "ourpeople" / "ourpeople_client" / "_client.py"
    client.write_text(client.read_text() + "# edited\n")
    stale = clientgen(*args, cwd=tmp_path)
    assert stale.returncode == 1
    assert "ourpeople_client/_client.py" in stale.stderr
