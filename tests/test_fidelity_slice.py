"""The fidelity slice: every reader on a few small specs x every real tool's form.

The documents were made once by ``scripts/fidelity --make-slice`` (redoc-cli,
@redocly/cli, the three scrapers, widdershins, openapi-to-md, PyYAML and
js-yaml dumps collapsed) and are committed under tests/fidelity/fixtures/ with
their source specs, so this needs no npm tools and no network. Each is read as
the CLI reads it, scored against its source spec (scripts/_fidelity_score.py),
validated and generated (the package must import), and each form's mean must
reach the minimums in tests/fidelity/minimums.json. The minimums only go up:
after an improvement run ``scripts/fidelity --slice --in-process --raise-minimums``
and commit the table.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import fidelity  # noqa: E402


@pytest.fixture(scope="module")
def slice_table() -> dict[str, dict[str, object]]:
    fidelity.INPROCESS = True
    folders = fidelity.slice_folders()
    assert folders, "no fixtures under tests/fidelity/fixtures"
    docs = fidelity.collect_docs(folders, list(fidelity.FORMS), control=False)
    rows = fidelity.score(docs, jobs=1, timeout=60.0, generate=True)
    table = fidelity.summarise(rows)
    print()
    print(fidelity.render_table(table))
    return table


def test_every_form_has_fixtures() -> None:
    for _, folder in fidelity.slice_folders():
        record = json.loads((folder / "build.json").read_text())
        for form in fidelity.FORMS:
            assert record["forms"][form]["status"] == "ok", (folder.name, form)


def test_slice_meets_minimums(slice_table: dict[str, dict[str, object]]) -> None:
    floors = json.loads(fidelity.MINIMUMS.read_text())
    problems = fidelity.check_minimums(slice_table, floors)  # type: ignore[arg-type]
    assert not problems, "fidelity fell below its minimums:\n" + "\n".join(problems)
