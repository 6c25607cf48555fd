"""Each generated-client test body runs against the blocking and the async client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.runtime.driver import Driver
from tests.support.http_server import LocalServer


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_driver(flavor: str, package: object, server: LocalServer) -> Iterator[Driver]:
    driver = Driver(flavor, package, server.url)  # type: ignore[arg-type]
    try:
        yield driver
    finally:
        driver.close()
