"""Runtime cost of a generated client, measured as its user meets it (scripts/bench).

One small GET (and one 1,000-item list) through a generated client, against
the same request with raw httpx + ``json.loads`` (and + pydantic validation,
what a hand-written client does), side by side in one run, against a local
server in another process. The variants take turns within each repeat, so
drift touches them alike.

Two constructions of the generated client, because they cost differently:
``tuned`` is the earlier benchmark's (``max_retries=0``, no credentials);
``default`` is what a user writes (``Client(token=...)``: bearer auth, the
default retries and timeout); the raw baseline sends the same header. Each
is measured sync and async, on an idle machine and with every core busy
(``os.cpu_count()`` spinning processes), and for the first call of a fresh
process (import, construction, first request) as well as in steady state.
``profile_generated`` prints where a call's own time goes (cProfile).
"""

from __future__ import annotations

import asyncio
import contextlib
import cProfile
import importlib
import json
import multiprocessing
import os
import pstats
import sys
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from _common import CLIENTGEN, find_operation, json_server, median, run_measured

TOKEN = "bench-token"
LARGE_ITEMS = 1000


def _get_json(operation_id: str, model: str, *path_params: str) -> dict[str, Any]:
    """A GET operation answering 200 with a JSON ``model``."""
    media = {"application/json": {"schema": {"$ref": f"#/components/schemas/{model}"}}}
    return {
        "get": {
            "operationId": operation_id,
            "tags": ["items"],
            "parameters": [
                {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                for name in path_params
            ],
            "responses": {"200": {"description": model, "content": media}},
        }
    }


RUNTIME_SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Bench", "version": "1"},
    "servers": [{"url": "http://127.0.0.1:9"}],
    # Credentials optional, so that one package serves both constructions.
    "security": [{}, {"bearer": []}],
    "paths": {
        "/items/{item_id}": _get_json("getItem", "Item", "item_id"),
        "/items": _get_json("listItems", "ItemList"),
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "price": {"type": "number"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "created_at": {"type": "string", "format": "date-time"},
                    "in_stock": {"type": "boolean"},
                },
            },
            "ItemList": {
                "type": "object",
                "required": ["data"],
                "properties": {
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                    "total": {"type": "integer"},
                },
            },
        },
    },
}


def runtime_item(i: int) -> dict[str, Any]:
    return {
        "id": f"item-{i}",
        "name": f"Item number {i}",
        "price": 9.99 + i,
        "tags": ["a", "b", "c"],
        "created_at": "2024-01-02T03:04:05Z",
        "in_stock": i % 2 == 0,
    }


def serve_runtime(port_queue: Any) -> None:
    """Child process: serve the small and large bodies until killed."""
    small = json.dumps(runtime_item(1)).encode()
    large = json.dumps(
        {"data": [runtime_item(i) for i in range(LARGE_ITEMS)], "total": LARGE_ITEMS}
    ).encode()
    with json_server(lambda method, path, body: (200, large if path == "/items" else small)) as url:
        port_queue.put(url)
        while True:
            time.sleep(3600)


def spin() -> None:
    """Child process: keep one core busy until killed."""
    while True:
        pass


@contextlib.contextmanager
def cpu_load(busy: bool) -> Iterator[None]:
    """Every core kept busy by a spinning process for the block, when ``busy``."""
    ctx = multiprocessing.get_context("spawn")
    spinners = [ctx.Process(target=spin, daemon=True) for _ in range(os.cpu_count() or 1)]
    for process in spinners if busy else []:
        process.start()
    try:
        yield
    finally:
        for process in spinners if busy else []:
            process.kill()
            process.join()


def generate_package(work: Path) -> Path:
    """The bench spec's generated import package (``.../bench_client``)."""
    spec = work / "bench-runtime.json"
    spec.write_text(json.dumps(RUNTIME_SPEC))
    out = work / "runtime-client"
    result = run_measured([CLIENTGEN, "generate", "--source", spec, "--output", out])
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip().splitlines()[-1])
    return sorted(out.glob("*/*_client"))[0]


# -- timing ---------------------------------------------------------------------


class Samples:
    """Per-call wall clock and this thread's CPU, by variant."""

    def __init__(self, names: Iterable[str]) -> None:
        self.wall: dict[str, list[float]] = {name: [] for name in names}
        self.cpu: dict[str, list[float]] = {name: [] for name in self.wall}

    @contextlib.contextmanager
    def timing(self, name: str) -> Iterator[None]:
        start, start_cpu = time.perf_counter(), time.thread_time()
        yield
        self.cpu[name].append(time.thread_time() - start_cpu)
        self.wall[name].append(time.perf_counter() - start)

    def medians_us(self) -> dict[str, float]:
        """``<name>``: median wall microseconds; ``<name>_cpu``: median CPU microseconds."""
        out = {name: median(values) * 1e6 for name, values in self.wall.items()}
        out.update({f"{name}_cpu": median(values) * 1e6 for name, values in self.cpu.items()})
        return out


def per_call_us(calls: Mapping[str, Callable[[], object]], n: int) -> dict[str, float]:
    """Median microseconds per call of each variant (`Samples.medians_us`), after 50
    warm-up calls. The variants take turns call by call, so a busy moment touches
    them alike, and medians shrug off the calls a scheduler stalled."""
    for call in calls.values():
        for _ in range(50):
            call()
    samples = Samples(calls)
    for _ in range(n):
        for name, call in calls.items():
            with samples.timing(name):
                call()
    return samples.medians_us()


async def async_per_call_us(
    calls: Mapping[str, Callable[[], Awaitable[object]]], n: int
) -> dict[str, float]:
    """`per_call_us` for coroutines, awaited one after another in one event loop."""
    for call in calls.values():
        for _ in range(50):
            await call()
    samples = Samples(calls)
    for _ in range(n):
        for name, call in calls.items():
            with samples.timing(name):
                await call()
    return samples.medians_us()


def figures(us: Mapping[str, float]) -> dict[str, float]:
    """Microseconds per call, and each generated variant's overhead over raw, in %
    (``<name>_overhead_pct`` on the wall clock, ``<name>_cpu_overhead_pct`` in CPU)."""
    out = {f"{name}_us": round(value, 1) for name, value in us.items()}
    for name, value in us.items():
        base = us["raw_cpu" if name.endswith("_cpu") else "raw"]
        if not name.startswith("raw"):
            out[f"{name}_overhead_pct"] = round(100 * (value - base) / base, 1)
    return out


# -- the cases --------------------------------------------------------------------


def sync_cases(
    module: Any, package: Path, base_url: str
) -> dict[str, dict[str, Callable[[], object]]]:
    import httpx
    import pydantic

    class Item(pydantic.BaseModel):
        id: str
        name: str
        price: float | None = None
        tags: list[str] | None = None
        created_at: str | None = None
        in_stock: bool | None = None

    class ItemList(pydantic.BaseModel):
        data: list[Item]
        total: int | None = None

    tuned = module.Client(base_url=base_url, max_retries=0)
    default = module.Client(base_url=base_url, token=TOKEN)
    raw = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"})
    get = {c: find_operation(c, package, "GET", "/items/{item_id}")[1] for c in (tuned, default)}
    lst = {c: find_operation(c, package, "GET", "/items")[1] for c in (tuned, default)}
    return {
        "small": {
            "raw": lambda: json.loads(raw.get("/items/item-1").content),
            "typed": lambda: Item.model_validate(json.loads(raw.get("/items/item-1").content)),
            "tuned": lambda: get[tuned]("item-1"),
            "default": lambda: get[default]("item-1"),
        },
        "large": {
            "raw": lambda: json.loads(raw.get("/items").content),
            "typed": lambda: ItemList.model_validate(json.loads(raw.get("/items").content)),
            "tuned": lambda: lst[tuned](),
            "default": lambda: lst[default](),
        },
    }


async def async_small(module: Any, package: Path, base_url: str, n: int) -> dict[str, float]:
    import httpx

    async with (
        module.AsyncClient(base_url=base_url, max_retries=0) as tuned,
        module.AsyncClient(base_url=base_url, token=TOKEN) as default,
        httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as raw,
    ):
        get_tuned = find_operation(tuned, package, "GET", "/items/{item_id}")[1]
        get_default = find_operation(default, package, "GET", "/items/{item_id}")[1]

        async def raw_call() -> object:
            return json.loads((await raw.get("/items/item-1")).content)

        calls = {
            "raw": raw_call,
            "tuned": lambda: get_tuned("item-1"),
            "default": lambda: get_default("item-1"),
        }
        return await async_per_call_us(calls, n)


FIRST_CALL = """
import json, sys, time
start = time.perf_counter()
{imports}
imported = time.perf_counter()
{construct}
built = time.perf_counter()
{call}
first = time.perf_counter()
{call}
second = time.perf_counter()
print(json.dumps([imported - start, built - imported, first - built, second - first]))
"""


def first_call(package: Path, base_url: str, runs: int) -> dict[str, dict[str, float]]:
    """Milliseconds to import, construct, send the first and the second call, in a
    fresh process (median of ``runs``), raw httpx against the generated client."""
    raw = FIRST_CALL.format(
        imports="import httpx",
        construct=f"c = httpx.Client(base_url={base_url!r}, headers={{'Authorization': 'Bearer x'}})",
        call="json.loads(c.get('/items/item-1').content)",
    )
    generated = FIRST_CALL.format(
        imports=f"sys.path.insert(0, {str(package.parent)!r}); import {package.name} as m",
        construct=f"c = m.Client(base_url={base_url!r}, token='x')",
        call="c.items.get('item-1')",
    )
    out = {}
    for name, code in (("raw", raw), ("default", generated)):
        samples = []
        for _ in range(runs):
            result = run_measured([sys.executable, "-c", code])
            if result.returncode != 0:
                raise RuntimeError(result.stderr.strip().splitlines()[-1])
            samples.append(json.loads(result.stdout))
        phases = ("import_ms", "construct_ms", "first_call_ms", "second_call_ms")
        out[name] = {
            phase: round(1000 * median([s[i] for s in samples]), 2)
            for i, phase in enumerate(phases)
        }
    return out


def _cpu_profile(
    call: Callable[[], object], n: int
) -> dict[tuple[str, int, str], tuple[int, float]]:
    """Per function: calls and own CPU seconds over ``n`` calls (cProfile with a
    thread-CPU clock, so waiting for the server or for a core is left out)."""
    profiler = cProfile.Profile(time.thread_time)
    profiler.enable()
    for _ in range(n):
        call()
    profiler.disable()
    stats: Any = pstats.Stats(profiler)
    return {key: (row[1], row[2]) for key, row in stats.stats.items()}


def profile_generated(
    generated: Callable[[], object], raw: Callable[[], object], n: int = 2000, top: int = 25
) -> None:
    """Print where a generated call spends CPU that the raw call does not: the
    functions with the most extra own time per call (calls per call beside)."""
    ours, theirs = _cpu_profile(generated, n), _cpu_profile(raw, n)
    extra = {
        key: (calls - theirs.get(key, (0, 0.0))[0], own - theirs.get(key, (0, 0.0))[1])
        for key, (calls, own) in ours.items()
    }
    total = sum(own for _, own in ours.values()) - sum(own for _, own in theirs.values())
    print(f"CPU per call under cProfile: generated - raw = {1e6 * total / n:.0f} us")
    print(f"  {'extra us':>8} {'extra calls':>11}  function")
    for (path, line, name), (calls, own) in sorted(extra.items(), key=lambda kv: -kv[1][1])[:top]:
        where = f"{Path(path).name}:{line}({name})" if line else name
        print(f"  {1e6 * own / n:8.1f} {calls / n:11.1f}  {where}")


# -- the whole runtime benchmark ------------------------------------------------------


def bench_runtime(runs: int, work: Path, profile: bool = False) -> dict[str, Any]:
    package = generate_package(work)
    sys.path.insert(0, str(package.parent))
    module = importlib.import_module(package.name)
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    server = ctx.Process(target=serve_runtime, args=(queue,), daemon=True)
    server.start()
    try:
        base_url = queue.get(timeout=30)
        cases = sync_cases(module, package, base_url)
        if profile:
            profile_generated(cases["small"]["default"], cases["small"]["raw"])
        results: dict[str, Any] = {}
        calls = 400 * runs
        for load in ("idle", "loaded"):
            with cpu_load(load == "loaded"):
                results[f"small sync {load}"] = figures(per_call_us(cases["small"], calls))
                small_async = asyncio.run(async_small(module, package, base_url, calls))
                results[f"small async {load}"] = figures(small_async)
        results["large sync idle"] = figures(per_call_us(cases["large"], 20 * runs))
        results["first call (fresh process)"] = first_call(package, base_url, runs)
        return results
    finally:
        server.kill()
