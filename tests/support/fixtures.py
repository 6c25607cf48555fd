"""Pytest fixtures for client tests; import them into a conftest.py::

from tests.support.fixtures import local_server  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .http_server import LocalServer

__all__ = ["local_server"]


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    """A started `LocalServer` on 127.0.0.1, stopped after the test."""
    with LocalServer() as server:
        yield server
