"""The pipeline's layering, checked on every import statement (lazy ones included).

- A reader package imports only itself, ``readers.common``, ``readers.base`` and
  core modules: never another reader, never the steps after reading.
- ``readers.common`` imports no reader package.
- Nothing before rendering imports rendering, writing or the CLI.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.readers import READERS

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
READER_PACKAGES = sorted(name.rsplit(".", 1)[1] for name in READERS.values())
# Steps after reading; a reader that imports one has its arrow pointing backwards.
DOWNSTREAM = (
    "generator.cli",
    "generator.pipeline",
    "generator.render",
    "generator.writer",
    "generator.formatting",
    "generator.imports",
    "generator.report",
    "generator.clientmodel",
    "generator.overlay",
)


def imported_modules(path: Path, root: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(), str(path))
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found.append((node.lineno, base))
    return found


def violations(path: Path, allowed_readers: set[str], root: Path = GENERATOR.parent) -> list[str]:
    where = path.relative_to(root)
    wrong = []
    for line, module in imported_modules(path, root):
        if not module.startswith("generator."):
            continue
        reader = module.split(".")[2] if module.startswith("generator.readers.") else None
        if reader in READER_PACKAGES and reader not in allowed_readers:
            wrong.append(f"{where}:{line} imports {module}")
        if module.startswith(DOWNSTREAM):
            wrong.append(f"{where}:{line} imports {module}")
    return wrong


@pytest.mark.parametrize("package", READER_PACKAGES)
def test_a_reader_imports_no_other_reader_and_nothing_downstream(package: str) -> None:
    files = sorted((GENERATOR / "readers" / package).rglob("*.py"))
    assert files, f"reader package {package} has no modules"
    assert [v for f in files for v in violations(f, {package})] == []


def test_common_reader_code_imports_no_reader() -> None:
    files = sorted((GENERATOR / "readers" / "common").rglob("*.py"))
    files += [GENERATOR / "readers" / "base.py"]
    assert [v for f in files for v in violations(f, set())] == []


def test_every_registered_reader_is_a_package_exposing_reader() -> None:
    from generator.readers import all_readers

    assert set(all_readers()) == set(READERS)
    for name, reader in all_readers().items():
        assert reader.name == name


def test_core_modules_before_rendering_do_not_import_rendering() -> None:
    early = [GENERATOR / "diagnostics.py", GENERATOR / "refs.py", GENERATOR / "words.py"]
    early += [GENERATOR / "validate.py", GENERATOR / "yamlsource.py"]
    assert [v for f in early if f.exists() for v in violations(f, set(READER_PACKAGES))] == []


def test_the_rule_catches_a_reader_importing_another_or_downstream(tmp_path: Path) -> None:
    rogue = tmp_path / "generator" / "readers" / "redoc" / "rogue.py"
    rogue.parent.mkdir(parents=True)
    rogue.write_text(
        "from ..markdown.tables import Notes\n"
        "def late():\n"
        "    from generator.render import render_package\n"
        "from generator.readers.common.paths import split_path\n"
    )
    assert violations(rogue, {"redoc"}, root=tmp_path) == [
        "generator/readers/redoc/rogue.py:1 imports generator.readers.markdown.tables",
        "generator/readers/redoc/rogue.py:3 imports generator.render",
    ]
