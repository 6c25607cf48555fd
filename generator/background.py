"""A value computed on another core while this process goes on with the build.

The stages of one build run one after another, but some results depend only on
what is already built (the snapshot of the document needs nothing from the
lowering or the templates). A forked child computes such a value beside the
rest: fork shares the parent's memory, so nothing is copied on the way in, and
the result comes back pickled through a pipe. If the child fails, the call is
made again here, so its error is raised as if there had been no child (and an
exception never has to survive pickling). Fork is used only on Linux and only
from a single-threaded process (a fork of threads can deadlock); elsewhere the
call simply runs inline.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

_T = TypeVar("_T")


class Pending(Generic[_T]):
    """A value being computed; ``result()`` waits for it."""

    def __init__(self, call: Callable[[], _T]) -> None:
        self._call = call
        self._value: _T
        self._pid = 0
        self._pipe = -1
        if not _can_fork():
            self._value = call()
            return
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: compute, send, and leave without running the parent's cleanup
            os.close(read_end)
            _send(write_end, call)
        os.close(write_end)
        self._pid, self._pipe = pid, read_end

    def result(self) -> _T:
        if self._pid == 0:
            return self._value
        with os.fdopen(self._pipe, "rb") as pipe:
            data = pipe.read()
        os.waitpid(self._pid, 0)
        self._pid = 0
        self._value = pickle.loads(data) if data else self._call()  # failed: raise it here
        return self._value

    def cancel(self) -> None:
        """Stop the child if it still runs (the build failed before it needed the value)."""
        if self._pid:
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            os.close(self._pipe)
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


def _send(pipe: int, call: Callable[[], object]) -> None:
    """Write the pickled result, or nothing if the call fails; then end the child."""
    try:
        try:
            payload = pickle.dumps(call(), pickle.HIGHEST_PROTOCOL)
        except BaseException:  # the parent makes the call again and raises it
            payload = b""
        with os.fdopen(pipe, "wb") as out:
            out.write(payload)
    finally:
        os._exit(0)
