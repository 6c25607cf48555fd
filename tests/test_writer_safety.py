"""The writer replaces only what clientgen wrote, atomically, and survives kill -9 (issue 17, item 8).

Kill tests use real signals on a real ``clientgen generate`` process, slowed
down at the moment under test (writing files, or between the two renames of
the fallback swap) so the signal lands there every time.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator import cli, writer

REPO = Path(__file__).resolve().parents[1]
SPEC = """\
openapi: 3.0.3
info: {title: t, version: '1'}
servers: [{url: 'https://api.example.com'}]
paths:
  /items:
    get:
      operationId: listItems
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
"""


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    Path("spec.yaml").write_text(SPEC)
    yield tmp_path


def generate(name: str, output: str = "out", *extra: str) -> int:
    return cli.main(
        ["generate", "--source", "spec.yaml", "--name", name, "--output", output, *extra]
    )


def whole(package: Path) -> bool:
    """Every file the manifest lists is there with its digest, and nothing else."""
    manifest = json.loads((package / writer.MANIFEST).read_text())
    on_disk = {
        p.relative_to(package).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in package.rglob("*")
        if p.is_file() and p.name != writer.MANIFEST and "__pycache__" not in p.parts
    }
    return bool(on_disk) and on_disk == manifest["files"]


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_output_dot_with_a_client_named_src_does_not_wipe_src(
    work: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    Path("src").mkdir()
    Path("src/main.py").write_text("print('mine')\n")
    assert generate("src", ".") == 2
    err = capfd.readouterr().err
    assert "was not written by clientgen" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in Path("src").iterdir()) == ["main.py"]
    assert not [p for p in work.iterdir() if p.name.startswith(".src.")]


def test_a_declared_client_over_a_foreign_directory_is_refused(
    work: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    Path("clientgen.yaml").write_text("output: .\nclients:\n  - name: src\n    source: spec.yaml\n")
    Path("src").mkdir()
    Path("src/keep.txt").write_text("keep\n")
    assert cli.main(["generate"]) == 2
    assert "was not written by clientgen" in capfd.readouterr().err
    assert Path("src/keep.txt").read_text() == "keep\n"


def test_a_file_where_the_package_goes_is_refused(
    work: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    Path("out").mkdir()
    Path("out/api").write_text("a file\n")
    assert generate("api") == 2
    assert "is not a directory clientgen wrote" in capfd.readouterr().err
    assert Path("out/api").read_text() == "a file\n"


def test_empty_absent_and_own_directories_are_written(
    work: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    Path("out/empty").mkdir(parents=True)
    assert generate("empty") == 0
    assert generate("fresh") == 0
    assert whole(Path("out/empty")) and whole(Path("out/fresh"))
    Path("spec.yaml").write_text(SPEC.replace("title: t", "title: changed"))
    assert generate("fresh") == 0  # a package clientgen wrote is replaced
    assert "changed" in Path("out/fresh/README.md").read_text()
    Path("out/fresh/stray.txt").write_text("x\n")  # refused as a hand edit unless forced
    assert generate("fresh", "out", "--force") == 0
    assert not Path("out/fresh/stray.txt").exists()
    assert whole(Path("out/fresh"))


def test_a_forged_or_broken_manifest_does_not_count(
    work: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    Path("out/api").mkdir(parents=True)
    Path("out/api/keep.txt").write_text("keep\n")
    for manifest in ("not json", '{"generator": "someone else"}', "[]"):
        (Path("out/api") / writer.MANIFEST).write_text(manifest)
        assert generate("api") == 2
        assert Path("out/api/keep.txt").exists()
    capfd.readouterr()


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o077])
def test_modes_follow_the_umask(work: Path, mask: int) -> None:
    previous = os.umask(mask)
    try:
        assert generate("api") == 0  # a fresh package
        Path("spec.yaml").write_text(SPEC.replace("title: t", "title: changed"))
        assert generate("api") == 0  # a replaced one
    finally:
        os.umask(previous)
    package = Path("out/api")
    assert stat.S_IMODE(package.stat().st_mode) == 0o777 & ~mask
    for path in package.rglob("*"):
        expected = (0o777 if path.is_dir() else 0o666) & ~mask
        assert stat.S_IMODE(path.stat().st_mode) == expected, path


def test_stale_temporaries_of_dead_runs_are_removed_live_ones_kept(
    work: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    assert generate("api") == 0
    dead = dead_pid()
    stale_new = Path(f"out/.api.new-{dead}-abc")
    stale_old = Path(f"out/.api.old-{dead}-def")
    live = Path(f"out/.api.new-{os.getpid()}-ghi")
    other = Path(f"out/.apix.new-{dead}-jkl")
    for path in (stale_new, stale_old / "package", live, other):
        path.mkdir(parents=True)
    assert generate("api") == 0
    assert not stale_new.exists() and not stale_old.exists()
    assert live.exists(), "a running process's temporary is not ours to remove"
    assert other.exists(), "another client's temporaries are left to its own runs"
    assert whole(Path("out/api"))


def test_a_retired_package_is_restored_when_the_swap_was_cut(work: Path) -> None:
    """The fallback swap's state after a kill between its two renames."""
    assert generate("api") == 0
    before = {p: p.read_bytes() for p in Path("out/api").rglob("*") if p.is_file()}
    retired = Path(f"out/.api.old-{dead_pid()}-xyz")
    retired.mkdir()
    os.rename("out/api", retired / "package")
    writer.recover(Path("out/api").resolve())
    assert {p: p.read_bytes() for p in Path("out/api").rglob("*") if p.is_file()} == before
    assert not retired.exists()


def test_the_fallback_swap_works_where_exchange_is_missing(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "_exchange", lambda a, b: False)
    assert generate("api") == 0
    Path("spec.yaml").write_text(SPEC.replace("title: t", "title: changed"))
    assert generate("api") == 0
    assert "changed" in Path("out/api/README.md").read_text()
    assert whole(Path("out/api"))
    assert [p.name for p in Path("out").iterdir()] == ["api"]


@pytest.mark.skipif(sys.platform != "linux", reason="renameat2 is Linux's")
def test_the_swap_is_one_exchange_on_linux(work: Path) -> None:
    Path("a").mkdir()
    Path("b").mkdir()
    Path("a/x").write_text("a")
    Path("b/y").write_text("b")
    if not writer._exchange(Path("a"), Path("b")):
        pytest.skip("this file system has no RENAME_EXCHANGE")
    assert Path("a/y").exists() and Path("b/x").exists()


# -- kill -9 with real signals ---------------------------------------------------------

_SLOW_RUN = """
import os, sys, time
from generator import writer
from generator.cli import main

where = sys.argv[1]
if where == "writing":  # every file written slowly: the kill lands mid-write
    real = writer._checked_relative
    def slow(path):
        time.sleep(0.2)
        return real(path)
    writer._checked_relative = slow
elif where == "between-renames":  # the fallback swap, held between its two renames
    writer._exchange = lambda a, b: False
    real_rename = os.rename
    def rename(src, dst):
        real_rename(src, dst)
        if str(dst).endswith("package"):
            time.sleep(30)
    os.rename = rename
sys.exit(main(["generate", "--source", "spec.yaml", "--name", "api", "--output", "out"]))
"""


def _run_and_kill(work: Path, where: str, ready: Callable[[], bool]) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", _SLOW_RUN, where],
        cwd=work,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not ready():
            assert process.poll() is None, "the run ended before the moment under test"
            assert time.monotonic() < deadline, "the moment under test never came"
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_sigkill_mid_write_leaves_the_old_package_whole(
    work: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    assert generate("api") == 0
    old = Path("out/api/README.md").read_bytes()
    Path("spec.yaml").write_text(SPEC.replace("title: t", "title: changed"))

    def writing() -> bool:
        return any(
            p.name.startswith(".api.new-") and any(p.rglob("*.py")) for p in Path("out").iterdir()
        )

    _run_and_kill(work, "writing", writing)
    assert whole(Path("out/api")) and Path("out/api/README.md").read_bytes() == old
    assert generate("api") == 0, capfd.readouterr().err
    assert whole(Path("out/api")) and b"changed" in Path("out/api/README.md").read_bytes()
    assert [p.name for p in Path("out").iterdir()] == ["api"], "the killed run's temporary is gone"


def test_sigkill_between_the_fallback_renames_is_recovered(
    work: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    assert generate("api") == 0
    old = Path("out/api/README.md").read_bytes()
    Path("spec.yaml").write_text(SPEC.replace("title: t", "title: changed"))
    _run_and_kill(work, "between-renames", lambda: not Path("out/api").exists())
    assert not Path("out/api").exists(), "the kill landed between the renames"
    writer.recover(Path("out/api").resolve())  # what the next run does first
    assert whole(Path("out/api")) and Path("out/api/README.md").read_bytes() == old
    assert generate("api") == 0, capfd.readouterr().err
    assert whole(Path("out/api")) and b"changed" in Path("out/api/README.md").read_bytes()
    assert [p.name for p in Path("out").iterdir()] == ["api"]
