"""Shared fixtures: the local HTTP server, and the generated packages made importable."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

from tests.support.fixtures import local_server

__all__ = ["REPO", "import_generated", "local_server"]

REPO = Path(__file__).resolve().parents[1]


def import_generated(name: str) -> ModuleType:
    """Import ``generated/<name>/<name>_client`` as a user of the package would."""
    root = str(REPO / "generated" / name)
    if root not in sys.path:
        sys.path.insert(0, root)
    return importlib.import_module(f"{name}_client")
