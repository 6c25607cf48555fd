"""A value computed on another core while this process goes on with the build.

The stages of one build run one after another, but some results depend only on
what is already built (the snapshot of the document needs nothing from the
lowering or the templates). A forked child computes such a value beside the
rest: fork shares the parent's memory, so nothing is copied on the way in, and
the result comes back pickled in an in-memory file, which the child fills and
leaves as soon as it is done (through a pipe it would wait for the parent to
read, 64 KB at a time: 0.02 s for the GitHub API's snapshot). If the child
fails, the call is made again here, so its error is raised as if there had been
no child (and an exception never has to survive pickling). Fork is used only on
Linux and only from a single-threaded process (a fork of threads can deadlock);
elsewhere the call simply runs inline.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

_T = TypeVar("_T")
_GRACE_S = 2.0


class Pending(Generic[_T]):
    """A value being computed; ``result()`` waits for it."""

    def __init__(self, call: Callable[[], _T]) -> None:
        self._call = call
        self._value: _T
        self._pid = 0
        self._file = -1
        file = _memory_file() if _can_fork() else -1
        if file < 0:
            self._value = call()
            return
        pid = os.fork()
        if pid == 0:  # the child: compute, send, and leave without running the parent's cleanup
            signal.signal(signal.SIGTERM, _stop)
            _send(file, call)
        self._pid, self._file = pid, file

    def result(self) -> _T:
        if self._pid == 0:
            return self._value
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        with os.fdopen(self._file, "rb") as file:
            file.seek(0)  # the child's writes moved the offset the two processes share
            data = file.read()
        sent = os.waitstatus_to_exitcode(status) == 0 and data != b""
        self._value = pickle.loads(data) if sent else self._call()  # failed: raise it here
        return self._value

    def cancel(self) -> None:
        """Stop the child if it still runs (the build failed before it needed the value).

        It is asked first, so that what it started cleans up after itself (a formatter's
        subprocess and scratch folder); one that does not end within the grace time is
        killed."""
        if self._pid:
            os.kill(self._pid, signal.SIGTERM)
            deadline = time.monotonic() + _GRACE_S
            while os.waitpid(self._pid, os.WNOHANG) == (0, 0):
                if time.monotonic() > deadline:
                    os.kill(self._pid, signal.SIGKILL)
                    os.waitpid(self._pid, 0)
                    break
                time.sleep(0.005)
            os.close(self._file)
            self._pid = 0


@contextmanager
def background(call: Callable[[], _T]) -> Iterator[Pending[_T]]:
    """``call()`` on another core for the duration of the block."""
    pending = Pending(call)
    try:
        yield pending
    finally:
        pending.cancel()


def _can_fork() -> bool:
    """Linux, and no thread but this one (native threads included)."""
    return sys.platform == "linux" and len(os.listdir("/proc/self/task")) == 1


def _memory_file() -> int:
    """An in-memory file for the child's result; -1 where the kernel makes none (before
    Linux 3.17, or a sandbox that refuses it): then the call runs inline."""
    try:
        return os.memfd_create("clientgen-background")
    except OSError:
        return -1


def _stop(signum: int, frame: object) -> None:
    """The parent no longer needs the value: unwind, so ``finally`` blocks and ``with``
    exits run (``subprocess.run`` kills its process on the way out)."""
    raise SystemExit(1)


def _send(file: int, call: Callable[[], object]) -> None:
    """Write the pickled result and end the child, with status 0 only once it is all
    written (a call that fails is made again by the parent, which raises its error)."""
    status = 1
    try:
        payload = pickle.dumps(call(), pickle.HIGHEST_PROTOCOL)
        with os.fdopen(file, "wb") as out:
            out.write(payload)
        status = 0
    finally:
        os._exit(status)
