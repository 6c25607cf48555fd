"""Shared fixtures: the local HTTP server, the generated packages made importable, and
the CLI run as a user runs it."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from tests.support.fixtures import local_server

__all__ = ["REPO", "clientgen", "import_generated", "local_server"]

REPO = Path(__file__).resolve().parents[1]


def import_generated(name: str) -> ModuleType:
    """Import ``generated/<name>/<name>_client`` as a user of the package would."""
    root = str(REPO / "generated" / name)
    if root not in sys.path:
        sys.path.insert(0, root)
    return importlib.import_module(f"{name}_client")


def clientgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``clientgen ARGS`` in a child process from ``cwd``, output captured."""
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
