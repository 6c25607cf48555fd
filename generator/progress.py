"""Progress on long runs: one line per stage per client on a terminal, nothing when piped.

The CLI decides (a terminal on stderr, text output) and says so through the
environment, so the build processes it starts report too. ``NO_COLOR`` is honoured.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

ENV = "CLIENTGEN_PROGRESS"


def enable_if_terminal() -> None:
    if sys.stderr.isatty():
        os.environ[ENV] = "1"


@contextmanager
def stage(client: str, name: str) -> Iterator[None]:
    if os.environ.get(ENV) != "1":
        yield
        return
    start = time.perf_counter()
    yield
    line = f"{client}: {name} {time.perf_counter() - start:.2f} s"
    if not os.environ.get("NO_COLOR"):
        line = f"\x1b[2m{line}\x1b[0m"
    print(line, file=sys.stderr, flush=True)
