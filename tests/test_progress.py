"""Progress lines: one per stage per client on a terminal, none when piped, no colour
under NO_COLOR."""

from __future__ import annotations

import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

STAGES = ("read", "repair", "lower", "format", "render", "write")


def project(tmp_path: Path) -> Path:
    shutil.copy(REPO / "specs" / "ourpeople" / "ourpeople.page.txt", tmp_path / "spec.txt")
    (tmp_path / "clientgen.yaml").write_text(
        "clients:\n  - name: ourpeople\n    source: spec.txt\n"
    )
    return tmp_path


def on_a_terminal(cwd: Path, env: dict[str, str]) -> str:
    """Run generate with its stderr on a pseudo-terminal; return what the terminal showed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "generate"],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        shown += chunk
    assert process.wait(timeout=300) == 0
    os.close(leader)
    return shown.decode()


def test_a_terminal_sees_each_stage_with_its_time(tmp_path: Path) -> None:
    shown = on_a_terminal(project(tmp_path), {**os.environ, "NO_COLOR": "1"})
    for name in STAGES:
        assert re.search(rf"ourpeople: {name} \d+\.\d\d s", shown), (name, shown)
    assert "\x1b[" not in shown


def test_colour_unless_no_color(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    assert "\x1b[2mourpeople: read" in on_a_terminal(project(tmp_path), env)


def test_nothing_extra_when_piped(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator.cli", "generate"],
        cwd=project(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0
    assert not re.search(r": (read|lower|render) \d", result.stderr + result.stdout)
