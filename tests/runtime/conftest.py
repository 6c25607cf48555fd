"""Fixtures for the runtime tests: a throwaway package and sync/async drivers.

The package ``fakeapi_client`` is templates/runtime/*.py plus the hand-written
files in ``fakeapi/`` (a stand-in for what the generator renders), assembled in
a temporary directory and imported from there, as a user would import a
generated package.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.runtime.driver import Driver
from tests.support.http_server import LocalServer

RUNTIME_DIR = Path(__file__).resolve().parents[2] / "templates" / "runtime"
FAKE_DIR = Path(__file__).resolve().parent / "fakeapi"
PACKAGE = "fakeapi_client"


def build_fake_package(root: Path) -> Path:
    """Copy the runtime and the fake generated files into ``root/fakeapi_client``."""
    package = root / PACKAGE
    package.mkdir()
    for source in [*RUNTIME_DIR.glob("*.py"), *FAKE_DIR.glob("*.py"), FAKE_DIR / "py.typed"]:
        shutil.copy(source, package / source.name)
    return package


@pytest.fixture(scope="session")
def fake_package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The assembled package directory (built once per session)."""
    return build_fake_package(tmp_path_factory.mktemp("fakeapi"))


@pytest.fixture(scope="session")
def fakeapi(fake_package_dir: Path) -> Iterator[ModuleType]:
    """The imported ``fakeapi_client`` package, every runtime module loaded."""
    sys.path.insert(0, str(fake_package_dir.parent))
    try:
        for module in RUNTIME_DIR.glob("*.py"):
            importlib.import_module(f"{PACKAGE}.{module.stem}")
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(fake_package_dir.parent))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


@pytest.fixture(autouse=True)
def _instant_backoff(fakeapi: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries wait 0 s unless a test says otherwise, keeping the suite fast."""
    monkeypatch.setattr(fakeapi._base_client, "backoff_delay", lambda attempt: 0.0)


@pytest.fixture(params=["sync", "async"])
def api(
    request: pytest.FixtureRequest, fakeapi: ModuleType, local_server: LocalServer
) -> Iterator[Driver]:
    """A `Driver` per flavour, on the test's local server."""
    driver = Driver(request.param, fakeapi, local_server.url)
    yield driver
    driver.close()
