"""The HTML report in a real headless browser (Debian's Chromium, driven by Playwright).

Playwright lives in a venv in the cache, never the project's: it is a tool for
this test only. CI installs Chromium (.ci/run); elsewhere the test skips when
Chromium is missing, saying so.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from _common import cache_dir  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
PLAYWRIGHT = "playwright==1.49.0"
DRIVER = REPO / "tests" / "browser" / "report_page.py"


def browser_python() -> Path:
    venv = cache_dir() / "browser-venv"
    python = venv / "bin" / "python"
    stamp = venv / ".installed"
    if not stamp.exists() or stamp.read_text() != PLAYWRIGHT:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", PLAYWRIGHT],
            check=True,
            timeout=900,
        )
        stamp.write_text(PLAYWRIGHT)
    return python


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("CI must install Chromium (.ci/run does: apt-get install chromium)")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    out = tmp_path_factory.mktemp("report")
    page = out / "courier.html"
    result = subprocess.run(
        [sys.executable, "-m", "generator.cli", "report", "courier", "--html", str(page)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    run = subprocess.run(
        [str(browser_python()), str(DRIVER), str(page), str(out / "courier.png")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    facts: dict[str, object] = json.loads(run.stdout)
    return facts


def test_nothing_overflows_at_1280_px(seen: dict[str, object]) -> None:
    assert seen["scroll_width"] == seen["client_width"] == 1280
    assert seen["scroll_width_filtered"] == 1280


def test_the_page_opens_on_what_needs_review_lowest_confidence_first(
    seen: dict[str, object],
) -> None:
    assert seen["first_heading"] == "Needs review"
    review = [float(c) for c in seen["review_rows"]]  # type: ignore[attr-defined]
    assert review and review == sorted(review) and max(review) < 0.5


def test_the_filter_box_keeps_only_matching_operations(seen: dict[str, object]) -> None:
    assert seen["rows_before"] == 177
    matching = seen["rows_after_text"]
    assert 0 < seen["rows_after"] < 177  # type: ignore[operator]
    assert all("archive" in text for text in matching)  # type: ignore[attr-defined]


def test_evidence_is_folded_until_asked_for(seen: dict[str, object]) -> None:
    assert seen["evidence_open"] is False
    assert seen["evidence_open_after_click"] is True


def test_the_page_fetches_nothing_from_the_network(seen: dict[str, object]) -> None:
    assert seen["requests"] == []
