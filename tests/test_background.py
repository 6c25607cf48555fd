"""generator/background.py: a value computed in a forked child, or inline where forking is unsafe."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from functools import partial
from pathlib import Path

import pytest

from generator.background import background
from generator.diagnostics import ClientgenError


def _pid_and_text() -> tuple[int, str]:
    return os.getpid(), "x" * 1_000_000  # more than a pipe buffer holds


def test_the_value_is_computed_in_another_process_and_comes_back_whole() -> None:
    with background(_pid_and_text) as pending:
        pid, text = pending.result()
    assert pid != os.getpid()
    assert text == "x" * 1_000_000


def _refuse() -> None:
    raise ClientgenError("no usable operation", "spec.yaml#/paths", "add one")


def test_what_the_call_raises_is_raised_by_result() -> None:
    with background(_refuse) as pending, pytest.raises(ClientgenError, match="no usable"):
        pending.result()


class _Unpicklable(Exception):
    def __init__(self, message: str, line: int) -> None:  # pickle would call it with one arg
        super().__init__(f"{message} (line {line})")


def _fail_unpicklably() -> None:
    raise _Unpicklable("bad template", 3)


def test_an_error_that_does_not_pickle_is_raised_as_it_is() -> None:
    with background(_fail_unpicklably) as pending, pytest.raises(_Unpicklable, match="line 3"):
        pending.result()


def _die_unless_in(parent: int) -> int:
    if os.getpid() != parent:
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's OOM killer would
    return os.getpid()


def test_a_child_that_dies_before_it_has_sent_is_replaced_by_the_call_here() -> None:
    with background(partial(_die_unless_in, os.getpid())) as pending:
        assert pending.result() == os.getpid()


def test_without_in_memory_files_the_call_runs_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(name: str) -> int:
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(os, "memfd_create", refuse)
    with background(_pid_and_text) as pending:
        assert pending.result()[0] == os.getpid()


def test_a_block_that_fails_stops_the_child() -> None:
    child = 0
    with pytest.raises(KeyError), background(_pid_and_text) as pending:
        child = pending._pid
        raise KeyError("the lowering failed")
    assert child
    with pytest.raises(ProcessLookupError):  # killed and reaped
        os.kill(child, 0)


def test_with_another_thread_running_the_call_runs_inline() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        with background(_pid_and_text) as pending:
            assert pending.result()[0] == os.getpid()
    finally:
        stop.set()
        thread.join()


def _clean_up_after(scratch: str, marker: str) -> None:
    """What a formatter does: a scratch folder and a subprocess, both cleaned up on the way out."""
    os.mkdir(scratch)
    try:
        subprocess.run(["sh", "-c", f"echo $$ > {marker}; exec sleep 30"], check=False)
    finally:
        os.rmdir(scratch)


def test_a_stopped_child_cleans_up_what_it_started(tmp_path: Path) -> None:
    scratch, marker = tmp_path / "scratch", tmp_path / "pid"
    with pytest.raises(KeyError), background(partial(_clean_up_after, str(scratch), str(marker))):
        deadline = time.monotonic() + 10
        while not (marker.exists() and marker.read_text().strip()):
            assert time.monotonic() < deadline, "the child never started its subprocess"
            time.sleep(0.01)
        raise KeyError("the build failed")
    assert not scratch.exists()
    with pytest.raises(ProcessLookupError):  # the subprocess was killed and reaped
        os.kill(int(marker.read_text()), 0)
