"""The runtime as it lands in a package passes ``mypy --strict`` and ``ruff check``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

VENV_BIN = Path(sys.executable).parent

CHECKERS = {
    "mypy": ["mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null"],
    "ruff": [
        "ruff",
        "check",
        "--no-cache",
        "--isolated",
        "--select=E,F,W,I,B,UP,SIM,RUF",
        "--target-version=py311",
        "--line-length=100",
    ],
}


@pytest.mark.parametrize("checker", CHECKERS)
def test_assembled_package_passes(checker: str, fake_package_dir: Path) -> None:
    program, *options = CHECKERS[checker]
    result = subprocess.run(
        [str(VENV_BIN / program), *options, fake_package_dir.name],
        cwd=fake_package_dir.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
