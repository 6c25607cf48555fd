"""Benchmark clientgen side by side with the generators users would otherwise pick.

A benchmark, not a timed test: it prints a table and writes ``.bench/bench.json``.
Every figure is the median of ``--runs`` (default 5) cold processes; peak RSS
is the largest resident set of the process or any child it waited for.

1. Generators, on the OurPeople spec (the OpenAPI YAML of its page) and on the
   GitHub REST description (``@octokit/openapi``):
   - clientgen (``clientgen generate --source``; black formatting included),
   - openapi-python-client 0.29.1 with its ruff post-hooks on PATH, and
     without them (``post_hooks: []``),
   - datamodel-code-generator 0.89.0, pydantic v2 models only.
   Wall time, peak RSS, lines of Python written; ratios against clientgen.
   The peers live in their own venv, ``$CACHE/bench-venv``, never the project's.
2. clientgen alone on every declared client (``clientgen.yaml``, copied with
   specs/ and overrides/ to a temporary folder so the repository is not
   touched): cold (empty output) and a no-op regeneration.
3. Runtime cost of a generated client: one GET through a generated client vs
   the same request with raw httpx + ``json.loads`` (and + pydantic validation,
   what a hand-written client does), small and large response, against a local
   server in another process. Per-call overhead in microseconds and percent.

Targets (issue 6): GitHub spec at least 3x faster than openapi-python-client
with formatting, at no more peak memory; all declared clients under 2 s cold;
a no-op run under 0.3 s; runtime overhead under 15 % over raw httpx + json.

Usage: ``scripts/bench [--runs 5] [--only generators,declared,runtime]
[--specs ourpeople,github]``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    CLIENTGEN,
    GITHUB_SPEC,
    OCTOKIT_OPENAPI,
    REPO,
    Measured,
    cache_dir,
    find_operation,
    json_server,
    median,
    npm_package,
    python_lines,
    run_measured,
    write_json,
)

PEERS = ("openapi-python-client==0.29.1", "datamodel-code-generator==0.89.0", "ruff")
OURPEOPLE_PAGE = REPO / "specs" / "ourpeople" / "ourpeople.page.txt"
TARGETS = {
    "github_speedup_vs_opc_min": 3.0,
    "declared_cold_max_s": 2.0,
    "noop_max_s": 0.3,
    "runtime_overhead_max_pct": 15.0,
}


# -- peers -------------------------------------------------------------------


def bench_venv() -> Path:
    """``$CACHE/bench-venv`` with the peer generators (created on first use)."""
    venv = cache_dir() / "bench-venv"
    if not (venv / "bin" / "datamodel-codegen").exists():
        base = Path(sys.base_prefix) / "bin" / "python3"
        subprocess.run([base, "-m", "venv", venv], check=True)
        subprocess.run([venv / "bin" / "pip", "install", "-q", *PEERS], check=True)
    return venv


def ourpeople_openapi(work: Path) -> Path:
    """The OurPeople page's OpenAPI document (from its ``openapi:`` line on), as JSON.

    The scraped page turned ``info.contact.email`` into a list, which
    openapi-python-client refuses outright; that one documenting field is
    dropped so that every tool gets the same, readable input.
    """
    import yaml

    text = OURPEOPLE_PAGE.read_text()
    doc = yaml.safe_load(text[text.index("\nopenapi:") + 1 :])
    contact = doc.get("info", {}).get("contact", {})
    if not isinstance(contact.get("email", ""), str):
        del contact["email"]
    path = work / "ourpeople.openapi.json"
    path.write_text(json.dumps(doc, indent=1, default=str))
    return path


Command = Callable[[Path, Path], list[str | Path]]  # (spec, output dir) -> argv


def generator_commands(venv: Path, work: Path) -> dict[str, tuple[Command, dict[str, str]]]:
    """Each tool's command line and environment."""
    peer_env = {**os.environ, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    no_hooks = work / "opc-no-hooks.yaml"
    no_hooks.write_text("post_hooks: []\n")
    opc = venv / "bin" / "openapi-python-client"

    def opc_cmd(*extra: str | Path) -> Command:
        return lambda spec, out: [
            opc, "generate", "--path", spec, "--output-path", out, "--overwrite", *extra
        ]  # fmt: skip

    def dcg_cmd(spec: Path, out: Path) -> list[str | Path]:
        model_type = ["--output-model-type", "pydantic_v2.BaseModel"]
        dcg = venv / "bin" / "datamodel-codegen"
        return [dcg, "--input", spec, "--input-file-type", "openapi", *model_type,
                "--output", out / "models.py"]  # fmt: skip

    return {
        "clientgen": (
            lambda spec, out: [CLIENTGEN, "generate", "--source", spec, "--output", out],
            dict(os.environ),
        ),
        "openapi-python-client": (opc_cmd(), peer_env),
        "openapi-python-client (no hooks)": (opc_cmd("--config", no_hooks), peer_env),
        "datamodel-code-generator (models)": (dcg_cmd, peer_env),
    }


def measure(
    command: Command, env: dict[str, str], spec: Path, work: Path, runs: int
) -> dict[str, Any]:
    """Median wall time and peak RSS of ``runs`` cold runs into fresh folders."""
    samples: list[Measured] = []
    lines = 0
    for i in range(runs):
        out = work / f"run-{i}"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        result = run_measured(command(spec, out), env=env, cwd=work, timeout=900)
        if result.returncode != 0:
            tail = (result.stderr or result.stdout).strip().splitlines()[-3:]
            return {"error": f"exit {result.returncode}: " + " | ".join(tail)}
        samples.append(result)
        lines = python_lines(out)
        shutil.rmtree(out)
    return {
        "wall_s": round(median([s.wall_s for s in samples]), 3),
        "peak_rss_mb": round(median([s.peak_rss_mb for s in samples]), 1),
        "lines": lines,
        "runs_s": [round(s.wall_s, 3) for s in samples],
    }


def bench_generators(runs: int, work: Path, names: set[str]) -> dict[str, Any]:
    venv = bench_venv()
    specs: dict[str, Path] = {}
    if "ourpeople" in names:
        specs["ourpeople"] = ourpeople_openapi(work)
    if "github" in names:
        specs["github"] = npm_package(OCTOKIT_OPENAPI) / GITHUB_SPEC
    tools = generator_commands(venv, work)
    results: dict[str, Any] = {}
    for spec_name, spec in specs.items():
        results[spec_name] = {}
        for tool, (command, env) in tools.items():
            print(f"  {spec_name}: {tool} x{runs} ...", flush=True)
            figures = measure(command, env, spec, work / "gen", runs)
            results[spec_name][tool] = figures
        base = results[spec_name]["clientgen"]
        for tool, figures in results[spec_name].items():
            if tool != "clientgen" and "error" not in figures and "error" not in base:
                figures["speedup_vs_clientgen"] = round(figures["wall_s"] / base["wall_s"], 2)
                figures["memory_vs_clientgen"] = round(
                    figures["peak_rss_mb"] / base["peak_rss_mb"], 2
                )
    return results


# -- clientgen on the declared clients -----------------------------------------


def bench_declared(runs: int, work: Path) -> dict[str, Any]:
    """All declared clients from cold, then a no-op regeneration, in a copy of the repo."""
    project = work / "project"
    project.mkdir(parents=True)
    shutil.copy2(REPO / "clientgen.yaml", project / "clientgen.yaml")
    for folder in ("specs", "overrides"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, project / folder)
    cold: list[Measured] = []
    noop: list[Measured] = []
    for _ in range(runs):
        shutil.rmtree(project / "generated", ignore_errors=True)
        cold.append(run_measured([CLIENTGEN, "generate"], cwd=project, timeout=300))
        noop.append(run_measured([CLIENTGEN, "generate"], cwd=project, timeout=300))
    failed = [m for m in cold + noop if m.returncode != 0]
    if failed:
        return {"error": failed[0].stderr.strip().splitlines()[-1:]}
    return {
        "clients": len(list((project / "generated").iterdir())),
        "cold_s": round(median([m.wall_s for m in cold]), 3),
        "cold_peak_rss_mb": round(median([m.peak_rss_mb for m in cold]), 1),
        "noop_s": round(median([m.wall_s for m in noop]), 3),
        "lines": python_lines(project / "generated"),
    }


# -- runtime cost of a generated client ---------------------------------------


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
    "paths": {
        "/items/{item_id}": _get_json("getItem", "Item", "item_id"),
        "/items": _get_json("listItems", "ItemList"),
    },
    "components": {
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
        }
    },
}
LARGE_ITEMS = 1000


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


def per_call_us(
    calls: Mapping[str, Callable[[], object]], n: int, repeats: int
) -> dict[str, float]:
    """Median over ``repeats`` of the mean microseconds per call, for each variant.

    The variants take turns within each repeat, so drift (a busy core, a warm
    cache) touches them alike; each is warmed up first.
    """
    for call in calls.values():
        for _ in range(min(50, n)):
            call()
    means: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(repeats):
        for name, call in calls.items():
            start = time.perf_counter()
            for _ in range(n):
                call()
            means[name].append((time.perf_counter() - start) / n * 1e6)
    return {name: median(values) for name, values in means.items()}


def bench_runtime(runs: int, work: Path) -> dict[str, Any]:
    import httpx
    import pydantic

    spec = work / "bench-runtime.json"
    spec.write_text(json.dumps(RUNTIME_SPEC))
    out = work / "runtime-client"
    generated = run_measured([CLIENTGEN, "generate", "--source", spec, "--output", out])
    if generated.returncode != 0:
        return {"error": generated.stderr.strip().splitlines()[-1:]}
    package = sorted(out.glob("*/*_client"))[0]
    sys.path.insert(0, str(package.parent))
    module = importlib.import_module(package.name)

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

    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    server = ctx.Process(target=serve_runtime, args=(queue,), daemon=True)
    server.start()
    try:
        base_url = queue.get(timeout=30)
        client = module.Client(base_url=base_url, max_retries=0)
        raw = httpx.Client(base_url=base_url)
        get_item = find_operation(client, package, "GET", "/items/{item_id}")[1]
        list_items = find_operation(client, package, "GET", "/items")[1]
        cases: dict[str, dict[str, Callable[[], object]]] = {
            "small": {
                "generated": lambda: get_item("item-1"),
                "raw": lambda: json.loads(raw.get("/items/item-1").content),
                "typed": lambda: Item.model_validate(json.loads(raw.get("/items/item-1").content)),
            },
            "large": {
                "generated": lambda: list_items(),
                "raw": lambda: json.loads(raw.get("/items").content),
                "typed": lambda: ItemList.model_validate(json.loads(raw.get("/items").content)),
            },
        }
        results: dict[str, Any] = {}
        for name, variants in cases.items():
            us = per_call_us(variants, 1000 if name == "small" else 100, runs)
            gen_us, raw_us, typed_us = us["generated"], us["raw"], us["typed"]
            results[name] = {
                "generated_us": round(gen_us, 1),
                "raw_httpx_json_us": round(raw_us, 1),
                "raw_httpx_json_pydantic_us": round(typed_us, 1),
                "overhead_us": round(gen_us - raw_us, 1),
                "overhead_pct": round(100 * (gen_us - raw_us) / raw_us, 1),
                "overhead_vs_pydantic_pct": round(100 * (gen_us - typed_us) / typed_us, 1),
            }
        client.close()
        raw.close()
        return results
    finally:
        server.kill()


# -- report -----------------------------------------------------------------


def verdicts(report: dict[str, Any]) -> dict[str, Any]:
    """Each target with the measured figure and whether it is met."""
    out: dict[str, Any] = {}
    github = report.get("generators", {}).get("github", {})
    ours, opc = github.get("clientgen", {}), github.get("openapi-python-client", {})
    if "wall_s" in ours and "wall_s" in opc:
        speedup = opc["wall_s"] / ours["wall_s"]
        out["github 3x faster than openapi-python-client"] = (round(speedup, 2), speedup >= 3)
        out["github peak RSS <= openapi-python-client"] = (
            f"{ours['peak_rss_mb']} vs {opc['peak_rss_mb']} MB",
            ours["peak_rss_mb"] <= opc["peak_rss_mb"],
        )
    declared = report.get("declared", {})
    if "cold_s" in declared:
        out["declared clients cold < 2 s"] = (declared["cold_s"], declared["cold_s"] < 2.0)
        out["no-op run < 0.3 s"] = (declared["noop_s"], declared["noop_s"] < 0.3)
    for size, figures in report.get("runtime", {}).items():
        if isinstance(figures, dict) and "overhead_pct" in figures:
            pct = figures["overhead_pct"]
            out[f"runtime overhead ({size}) < 15 %"] = (pct, pct < 15.0)
    return out


def print_report(report: dict[str, Any]) -> None:
    for spec_name, tools in report.get("generators", {}).items():
        print(f"\n{spec_name}: median of {report['runs']} cold runs")
        print(
            "  (x time, x mem: the tool's figure divided by clientgen's; above 1 favours clientgen)"
        )
        print(f"  {'tool':36} {'wall s':>8} {'peak MB':>8} {'lines':>8} {'x time':>7} {'x mem':>6}")
        for tool, f in tools.items():
            if "error" in f:
                print(f"  {tool:36} error: {f['error']}")
                continue
            ratios = [f.get("speedup_vs_clientgen"), f.get("memory_vs_clientgen")]
            shown = ["-" if r is None or tool == "clientgen" else f"{r:.2f}" for r in ratios]
            print(
                f"  {tool:36} {f['wall_s']:8.2f} {f['peak_rss_mb']:8.0f} {f['lines']:8} "
                f"{shown[0]:>7} {shown[1]:>6}"
            )
    if "declared" in report:
        print(f"\ndeclared clients: {report['declared']}")
    for size, f in report.get("runtime", {}).items():
        print(f"\nruntime ({size}): {f}")
    print("\ntargets:")
    for name, (value, met) in report["targets"].items():
        print(f"  {'MET ' if met else 'MISS'} {name}: {value}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="generators,declared,runtime")
    parser.add_argument("--specs", default="ourpeople,github", help="specs for the generators")
    parser.add_argument("--output", type=Path, default=REPO / ".bench" / "bench.json")
    args = parser.parse_args(argv)
    parts = set(args.only.split(","))
    report: dict[str, Any] = {"runs": args.runs}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        if "generators" in parts:
            print("generators:", flush=True)
            report["generators"] = bench_generators(args.runs, work, set(args.specs.split(",")))
        if "declared" in parts:
            print("declared clients:", flush=True)
            report["declared"] = bench_declared(args.runs, work)
        if "runtime" in parts:
            print("runtime:", flush=True)
            report["runtime"] = bench_runtime(args.runs, work)
    report["targets"] = verdicts(report)
    print_report(report)
    write_json(args.output, report)
    print(f"\nwritten: {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
