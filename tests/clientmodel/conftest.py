"""Helpers for lowering tests: lower a spec in memory, or generate a package from
``tests/clientmodel/specs/`` through the CLI and import it as a user would."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from generator import cli
from generator.clientmodel.lower import lower
from generator.clientmodel.model import ClientModel
from generator.diagnostics import Diagnostic

SPECS = Path(__file__).parent / "specs"
BIN = Path(sys.executable).parent


def load_spec(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((SPECS / name).read_text(encoding="utf-8"))
    return loaded


def lower_spec(document: dict[str, Any]) -> tuple[ClientModel, list[Diagnostic]]:
    """The client model of an (already valid OpenAPI 3.1) document."""
    return lower(document, "test", "test_client", "spec.yaml")


def generate(spec: str, output: Path, name: str) -> Path:
    """Run ``clientgen generate --source`` on a spec; the package directory it wrote."""
    status = cli.main(
        ["generate", "--source", str(SPECS / spec), "--output", str(output), "--name", name]
    )
    assert status == 0, f"clientgen generate failed for {spec}"
    return output / name


def import_package(root: Path, name: str) -> ModuleType:
    """Import ``<root>/<name>_client`` (and its models) fresh."""
    for module in [
        m for m in sys.modules if m == f"{name}_client" or m.startswith(f"{name}_client.")
    ]:
        del sys.modules[module]
    sys.path.insert(0, str(root))
    try:
        package = importlib.import_module(f"{name}_client")
        importlib.import_module(f"{name}_client.models")
    finally:
        sys.path.remove(str(root))
    return package


def mypy_user_code(root: Path, code: str) -> str:
    """``mypy --strict`` errors in ``code``, a user's module beside a generated package."""
    (root / "use.py").write_text(code, encoding="utf-8")
    result = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", "/dev/null", "use.py"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    return "\n".join(line for line in result.stdout.splitlines() if line.startswith("use.py"))


def mypy_strict(root: Path, name: str) -> str:
    """``mypy --strict`` errors in the rendered modules of a generated package (models,
    resources, client); the verbatim runtime modules are checked by tests/runtime."""
    result = subprocess.run(
        [
            str(BIN / "mypy"),
            "--strict",
            "--no-incremental",
            "--cache-dir",
            "/dev/null",
            f"{name}_client",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    runtime = re.compile(rf"^{name}_client/_(?!client\.py)\w+\.py:")
    errors = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if ": error:" in line and not runtime.match(line)
    ]
    return "\n".join(errors)
