"""Diagnostics for tools: JSON lines and GitHub annotations on the source line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from generator.diagnostics import error, warning
from generator.messages import Where, render, where
from tests.conftest import REPO, clientgen


def test_locations_split_into_file_line_and_pointer() -> None:
    assert where("specs/a.yaml:12") == Where("specs/a.yaml", 12)
    assert where("specs/a.yaml:12:5") == Where("specs/a.yaml", 12)
    assert where("a.json#/paths/~1x") == Where("a.json", pointer="/paths/~1x")
    assert where("clientgen") == Where("clientgen")


def test_github_annotations_escape_what_would_end_them() -> None:
    note = warning("bad: 100%\nsecond line", "specs/a,b.yaml:3", "fix it")
    assert render(note, "github") == (
        "::warning file=specs/a%2Cb.yaml,line=3::bad: 100%25%0Asecond line (hint: fix it)"
    )


def test_json_lines_carry_every_part() -> None:
    line = render(error("broken", "s.yaml#/paths", "look"), "json")
    assert json.loads(line) == {
        "severity": "error",
        "message": "broken",
        "file": "s.yaml",
        "line": None,
        "pointer": "/paths",
        "hint": "look",
    }


def test_a_user_error_as_a_github_annotation_on_its_line(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text("openapi: 3.0.0\ninfo:\n  title: [x\n")
    result = clientgen(
        "generate", "--source", "spec.yaml", "--output", "out", "--format", "github", cwd=tmp_path
    )
    assert result.returncode == 2
    assert result.stdout.startswith("::error file=spec.yaml,line=")
    assert "YAML syntax error" in result.stdout


def test_check_lists_stale_files_as_json_lines(tmp_path: Path) -> None:
    shutil.copy(REPO / "specs" / "ourpeople" / "ourpeople.page.txt", tmp_path / "spec.txt")
    shutil.copy(REPO / "overrides" / "ourpeople.yaml", tmp_path / "o.yaml")
    (tmp_path / "clientgen.yaml").write_text(
        "clients:\n  - name: ourpeople\n    source: spec.txt\n    overrides: o.yaml\n"
    )
    assert clientgen("generate", cwd=tmp_path).returncode == 0
    readme = tmp_path / "generated" / "ourpeople" / "README.md"
    readme.write_text(readme.read_text() + "edited\n")
    result = clientgen("generate", "--check", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1
    findings = [json.loads(line) for line in result.stdout.splitlines()]
    stale = [f for f in findings if f["message"].startswith("generated file is stale")]
    assert [Path(f["file"]).name for f in stale] == ["README.md"]
    assert stale[0]["severity"] == "error"
