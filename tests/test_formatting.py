"""The pinned formatter: code that does not parse is a located error, never silence."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest

from generator.diagnostics import ClientgenError
from generator.formatting import format_python_files


def test_formats_python_files_and_leaves_others() -> None:
    out = format_python_files({"pkg/a.py": "x  =  1\n", "pkg/README.md": "x  =  1\n"})
    assert out == {"pkg/a.py": "x = 1\n", "pkg/README.md": "x  =  1\n"}


def test_code_that_does_not_parse_names_its_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the code is kept for the report
    with pytest.raises(ClientgenError) as raised:
        format_python_files({"pkg/a.py": "x = 1\n", "pkg/b.py": "x = 1\ndef f(:\n    pass\n"})
    assert str(raised.value).startswith("pkg/b.py:2: error: generated code does not parse: ")


def test_an_interrupted_run_leaves_no_scratch_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(subprocess, "run", interrupted)
    with pytest.raises(KeyboardInterrupt):
        format_python_files({"pkg/a.py": "x = 1\n"})
    assert list(tmp_path.iterdir()) == []
