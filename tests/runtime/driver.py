"""`Driver`: one test body, run against a package's ``Client`` and ``AsyncClient``."""

from __future__ import annotations

import asyncio
from types import ModuleType
from typing import Any

__all__ = ["Driver"]


class Driver:
    """Runs one test body against ``Client`` or ``AsyncClient``.

    ``run(x)`` returns ``x`` for the sync client and awaits it (on one event
    loop per test) for the async one, so a test reads the same either way:
    ``api.run(client.contacts.get("c1"))``.
    """

    def __init__(self, flavor: str, package: ModuleType, base_url: str) -> None:
        self.flavor = flavor
        self.is_async = flavor == "async"
        self.package = package
        self.base_url = base_url
        self._loop = asyncio.new_event_loop() if self.is_async else None
        self._clients: list[Any] = []

    def client(self, **options: Any) -> Any:
        """A client on the local server (closed after the test); options go to its constructor."""
        options.setdefault("base_url", self.base_url)
        cls = self.package.AsyncClient if self.is_async else self.package.Client
        client = cls(**options)
        self._clients.append(client)
        return client

    def run(self, value: Any) -> Any:
        """The call's result: awaited for the async client."""
        if self._loop is None:
            return value
        return self._loop.run_until_complete(value)

    def collect(self, page: Any) -> list[Any]:
        """Every item of ``page`` and the pages after it."""
        if not self.is_async:
            return list(page)

        async def gather() -> list[Any]:
            return [item async for item in page]

        return list(self.run(gather()))

    def close(self) -> None:
        """Close the clients and the event loop."""
        for client in self._clients:
            self.run(client.close())
        if self._loop is not None:
            self._loop.close()
