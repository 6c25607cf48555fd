"""Time ``collapsed_yaml.rebuild`` against input size, to show its cost is linear.

The inputs are whitespace-collapsed OpenAPI documents of about 25 KB, 250 KB
and 2.5 MB, built offline from the project's own specs: the Whippy and
OurPeople documents, merged into one and copied under renamed paths and
component names (``$ref``s renamed alike) until the collapsed text is big
enough. Every size is built the same way, so the rates compare like with like.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.readers.openapi.collapsed import rebuild  # noqa: E402

SIZES = (25_000, 250_000, 2_500_000)


def collapse(text: str) -> str:
    return " ".join(text.split())


def source_documents() -> list[dict[str, Any]]:
    whippy, _ = rebuild((REPO / "specs/whippy/whippy.openapi.txt").read_text())
    page = (REPO / "specs/ourpeople/ourpeople.page.txt").read_text()
    ourpeople = yaml.safe_load(page[page.index("openapi: 3.0.3") :])
    return [whippy, ourpeople]


def renamed(document: dict[str, Any], suffix: str) -> dict[str, Any]:
    """A copy whose paths and component names carry ``suffix`` (refs follow)."""
    text = json.dumps(document)
    for section, names in document.get("components", {}).items():
        for name in names:
            text = text.replace(f'"#/components/{section}/{name}"',
                                f'"#/components/{section}/{name}{suffix}"')
    copy: dict[str, Any] = json.loads(text)
    copy["paths"] = {f"/{suffix}{path}": item for path, item in copy["paths"].items()}
    copy["components"] = {section: {f"{name}{suffix}": value for name, value in names.items()}
                          for section, names in copy.get("components", {}).items()}
    return copy


def document_of_size(target: int, sources: list[dict[str, Any]]) -> str:
    """A collapsed merge of enough renamed copies to reach about ``target`` characters."""
    one = len(dump(_merge([renamed(source, "c0") for source in sources])))
    copies = max(1, round(target / one))
    return dump(_merge([renamed(s, f"c{n}") for n in range(copies) for s in sources]))


def _merge(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """One document with the paths and components of all ``parts``."""
    merged = {key: value for key, value in parts[0].items() if key not in ("paths", "components")}
    merged["paths"], merged["components"] = {}, {}
    for part in parts:
        merged["paths"].update(part["paths"])
        for section, names in part.get("components", {}).items():
            merged["components"].setdefault(section, {}).update(names)
    return merged


def dump(document: dict[str, Any]) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return collapse(yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True))


def median_seconds(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        rebuild(text, "bench")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per size (median taken)")
    args = parser.parse_args()
    sources = source_documents()
    inputs = [document_of_size(size, sources) for size in SIZES]
    print(f"{'size (bytes)':>13} {'seconds':>9} {'MB/s':>7} {'size x':>7} {'time x':>7}")
    base_size, base_time = len(inputs[0]), 0.0
    for text in inputs:
        seconds = median_seconds(text, args.runs)
        base_time = base_time or seconds
        print(f"{len(text):>13,} {seconds:>9.3f} {len(text) / seconds / 1e6:>7.2f} "
              f"{len(text) / base_size:>7.1f} {seconds / base_time:>7.1f}")


if __name__ == "__main__":
    main()
