"""The recovery report as one self-contained HTML page, for the reviewer of a regeneration.

It opens on what needs a decision: a summary (operations by origin and by
confidence, overrides applied, repairs), then the operations inferred with
little evidence, then every operation grouped by resource, with a filter box
and evidence folded away until asked for. Everything is inline (no network,
no fonts, no scripts from elsewhere), every value from the spec is escaped, and
the layout wraps long paths and evidence instead of scrolling sideways.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from generator.report import (
    REVIEW_BELOW,
    AppliedAction,
    Row,
    operation_rows,
    repair_lines,
    summary_line,
    title,
)

_STYLE = """
* { box-sizing: border-box; }
body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 1.5em; max-width: 1400px;
  color: #1f2328; line-height: 1.4; }
h1 { font-size: 1.5em; margin: 0 0 .2em; } h2 { font-size: 1.15em; margin: 1.6em 0 .5em; }
.lede { color: #59636e; margin: 0 0 1em; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 1em; }
.card { border: 1px solid #d1d9e0; border-radius: 6px; padding: .8em 1em; min-width: 0; }
.card h3 { font-size: .95em; margin: 0 0 .6em; }
.bar { display: grid; grid-template-columns: 9em 1fr 3em; gap: .5em; align-items: center;
  font-size: .85em; margin: .25em 0; }
.bar .track { background: #eef1f4; border-radius: 3px; height: .9em; overflow: hidden; }
.bar .fill { height: 100%; background: #4078c0; }
.bar .fill.low { background: #d1242f; } .bar .fill.mid { background: #bf8700; }
.bar .fill.declared { background: #1a7f37; }
.bar .n { text-align: right; font-variant-numeric: tabular-nums; }
ul.plain { margin: 0; padding-left: 1.1em; font-size: .85em; overflow-wrap: anywhere; }
#filter { width: 100%; max-width: 32em; padding: .45em .6em; font-size: 1em;
  border: 1px solid #d1d9e0; border-radius: 6px; margin: .3em 0 1em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: .88em; }
th, td { border-bottom: 1px solid #d1d9e0; padding: .35em .5em; vertical-align: top;
  text-align: left; overflow-wrap: anywhere; }
th { background: #f6f8fa; font-weight: 600; overflow-wrap: normal; }
col.method { width: 5.5em; } col.path { width: 32%; } col.name { width: 24%; }
col.origin { width: 10em; } col.conf { width: 7.5em; }
td.method { font-family: ui-monospace, monospace; font-weight: 700; }
td.path, td.name { font-family: ui-monospace, monospace; }
tr.review td.conf { color: #d1242f; font-weight: 700; }
tr.inferred td.origin { color: #9a6700; }
details.group { border: 1px solid #d1d9e0; border-radius: 6px; margin: .6em 0; padding: 0 .6em; }
details.group > summary { cursor: pointer; padding: .5em 0; font-weight: 600; }
details.why > summary { cursor: pointer; color: #4078c0; font-size: .85em; }
.override { color: #8250df; font-size: .85em; }
.hidden { display: none; }
"""

# The filter: hides rows (and then empty groups) whose text does not hold every word typed.
_SCRIPT = """
const box = document.getElementById('filter');
box.addEventListener('input', () => {
  const words = box.value.toLowerCase().split(/\\s+/).filter(Boolean);
  document.querySelectorAll('tr.op').forEach(row => {
    const text = row.dataset.search;
    row.classList.toggle('hidden', !words.every(w => text.includes(w)));
  });
  document.querySelectorAll('details.group').forEach(group => {
    const shown = group.querySelectorAll('tr.op:not(.hidden)').length;
    group.classList.toggle('hidden', shown === 0);
    if (words.length) group.open = shown > 0;
  });
});
"""

_COLUMNS = (
    ("method", "Method"),
    ("path", "Path"),
    ("name", "Client call"),
    ("origin", "Origin"),
    ("conf", "Confidence"),
    ("why", "Evidence and overrides"),
)


def render_html(
    document: dict[str, Any],
    applied: Sequence[AppliedAction] | None,
    names: Mapping[tuple[str, str], str] | None = None,
) -> str:
    rows = operation_rows(document, applied, names)
    heading = html.escape(title(document))
    review = sorted((r for r in rows if r.needs_review), key=lambda r: float(r.confidence))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="en"><head><meta charset="utf-8"><title>{heading}</title>',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{heading}</h1>",
        f'<p class="lede">{html.escape(summary_line(rows))}</p>',
        _summary(rows, applied or (), repair_lines(document)),
        '<h2 id="review">Needs review</h2>',
        _review(review),
        '<h2 id="operations">Operations by resource</h2>',
        '<input id="filter" type="search" placeholder="Filter by method, path, name, evidence"'
        ' aria-label="Filter operations">',
        *_groups(rows),
        f"<script>{_SCRIPT}</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _bar(label: str, count: int, total: int, css: str = "") -> str:
    width = 100 * count / total if total else 0
    return (
        f'<div class="bar"><span>{html.escape(label)}</span>'
        f'<span class="track"><span class="fill {css}" style="width:{width:.1f}%;display:block">'
        f'</span></span><span class="n">{count}</span></div>'
    )


def _summary(rows: Sequence[Row], applied: Sequence[AppliedAction], repairs: list[str]) -> str:
    origins = Counter(row.origin for row in rows)
    buckets = Counter(_bucket(row) for row in rows)
    origin_bars = "".join(_bar(o, n, len(rows)) for o, n in sorted(origins.items()))
    confidence_bars = "".join(
        _bar(label, buckets[label], len(rows), css)
        for label, css in (
            ("declared", "declared"),
            (f"below {REVIEW_BELOW}", "low"),
            (f"{REVIEW_BELOW} to 0.8", "mid"),
            ("0.8 and above", ""),
        )
    )
    overrides = "".join(
        f"<li>{html.escape(a.description)} <span class='override'>"
        f"({len(a.matched)} match{'es' if len(a.matched) != 1 else ''})</span></li>"
        for a in applied
    )
    fixed = "".join(f"<li>{html.escape(line)}</li>" for line in repairs[:200])
    more = f"<li>... and {len(repairs) - 200} more</li>" if len(repairs) > 200 else ""
    return (
        '<div class="cards">'
        f'<div class="card"><h3>Operations by origin</h3>{origin_bars}</div>'
        f'<div class="card"><h3>By confidence of what was inferred</h3>{confidence_bars}</div>'
        f'<div class="card"><h3>Overrides applied ({len(applied)})</h3>'
        f'<ul class="plain">{overrides or "<li>none</li>"}</ul></div>'
        f'<div class="card"><h3>Repairs and drops ({len(repairs)})</h3>'
        f'<ul class="plain">{(fixed + more) or "<li>none: the source validated</li>"}</ul></div>'
        "</div>"
    )


def _bucket(row: Row) -> str:
    if not row.confidence:
        return "declared"
    value = float(row.confidence)
    if value < REVIEW_BELOW:
        return f"below {REVIEW_BELOW}"
    return f"{REVIEW_BELOW} to 0.8" if value < 0.8 else "0.8 and above"


def _table(rows: Sequence[Row]) -> str:
    cols = "".join(f'<col class="{css}">' for css, _ in _COLUMNS)
    head = "".join(f"<th>{label}</th>" for _, label in _COLUMNS)
    body = "".join(_row(row) for row in rows)
    return f"<table><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _review(rows: Sequence[Row]) -> str:
    if not rows:
        return "<p class='lede'>Nothing: every method and path was stated or inferred with confidence.</p>"
    return _table(rows)


def _groups(rows: Sequence[Row]) -> list[str]:
    by_resource: dict[str, list[Row]] = {}
    for row in rows:
        by_resource.setdefault(row.resource, []).append(row)
    groups = []
    for resource in sorted(by_resource):
        members = by_resource[resource]
        flagged = sum(1 for r in members if r.needs_review)
        note = f", {flagged} to review" if flagged else ""
        groups.append(
            f'<details class="group" open><summary>{html.escape(resource)} '
            f"({len(members)}{note})</summary>{_table(members)}</details>"
        )
    return groups


def _row(row: Row) -> str:
    css = ["op", "inferred" if row.origin != "declared" else "declared"]
    if row.needs_review:
        css.append("review")
    search = " ".join((row.method, row.path, row.name, row.origin, *row.evidence, *row.overrides))
    why = ""
    if row.evidence:
        items = "".join(f"<li>{html.escape(e)}</li>" for e in row.evidence)
        why += (
            f'<details class="why"><summary>{len(row.evidence)} clue'
            f'{"s" if len(row.evidence) != 1 else ""}</summary><ul class="plain">{items}</ul></details>'
        )
    why += "".join(f'<div class="override">override: {html.escape(o)}</div>' for o in row.overrides)
    cells = (
        ("method", html.escape(row.method)),
        ("path", html.escape(row.path)),
        ("name", html.escape(row.name)),
        ("origin", html.escape(row.origin)),
        ("conf", html.escape(row.confidence)),
        ("why", why),
    )
    return (
        f'<tr class="{" ".join(css)}" data-search="{html.escape(search.lower(), quote=True)}">'
        + "".join(f'<td class="{c}">{v}</td>' for c, v in cells)
        + "</tr>"
    )
