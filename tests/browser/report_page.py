"""Drive the HTML report in headless Chromium (run by the browser venv, not the project's).

    python report_page.py PAGE.html SCREENSHOT.png

Prints JSON: what a reviewer sees at 1280 px, before and after typing a filter.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main(page_file: str, screenshot: str) -> None:
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(Path(page_file).resolve().as_uri())
        visible = "document.querySelectorAll('#operations ~ details tr.op:not(.hidden)').length"
        facts = {
            "scroll_width": page.evaluate("document.documentElement.scrollWidth"),
            "client_width": page.evaluate("document.documentElement.clientWidth"),
            "first_heading": page.evaluate("document.querySelector('h2').textContent"),
            "review_rows": page.evaluate(
                "[...document.querySelectorAll('#review + table tr.op td.conf')]"
                ".map(td => td.textContent)"
            ),
            "rows_before": page.evaluate(visible),
            "evidence_open": page.evaluate("document.querySelector('details.why').open"),
        }
        page.click("details.why > summary")
        facts["evidence_open_after_click"] = page.evaluate(
            "document.querySelector('details.why').open"
        )
        page.fill("#filter", "archive")
        facts["rows_after"] = page.evaluate(visible)
        facts["rows_after_text"] = page.evaluate(
            "[...document.querySelectorAll('#operations ~ details tr.op:not(.hidden)')]"
            ".map(tr => tr.dataset.search)"
        )
        facts["scroll_width_filtered"] = page.evaluate("document.documentElement.scrollWidth")
        page.fill("#filter", "")
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=screenshot, full_page=False)
        facts["requests"] = [url for url in requests if not url.startswith("file:")]
        browser.close()
    print(json.dumps(facts))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
