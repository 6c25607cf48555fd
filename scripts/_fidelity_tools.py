"""Conversions that run inside the fidelity tools venv (never the project's).

``scripts/fidelity.py`` calls this file with the python of
``cache_dir()/fidelity-tools/venv``, which holds the pinned scrapers and PyYAML:

- ``scrape HTML OUTDIR``: remove scripts, styles and the embedded spec from a
  ReDoc page and write its visible text as three common scrapers give it
  (``redoc-text-inscriptis.txt``, ``redoc-text-bs4.txt``,
  ``redoc-text-html2text.txt``), each with the scraper's default settings;
- ``pyyaml SPEC OUT literal|folded``: the spec as block YAML by PyYAML, every
  multi-line string in literal (``|``) or folded (``>``) style.

Only the standard library is imported at module level.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

SCRAPERS = ("inscriptis", "bs4", "html2text")


def visible_html(html: str) -> str:
    """The page without scripts, styles, templates and the embedded spec."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(["script", "style", "noscript", "template", "link", "meta"]):
        tag.decompose()
    return str(soup)


def scrape(html_path: str, outdir: str) -> None:
    import html2text
    from bs4 import BeautifulSoup
    from inscriptis import get_text

    html = visible_html(Path(html_path).read_text(encoding="utf-8"))
    out = Path(outdir)
    texts = {
        "inscriptis": get_text(html),
        "bs4": BeautifulSoup(html, "html.parser").get_text("\n"),
        "html2text": html2text.html2text(html),
    }
    for name, text in texts.items():
        (out / f"redoc-text-{name}.txt").write_text(text, encoding="utf-8")


def pyyaml_dump(spec_path: str, out_path: str, style: str) -> None:
    import yaml

    block = "|" if style == "literal" else ">"

    class Dumper(yaml.SafeDumper):
        pass

    def represent_str(dumper: yaml.SafeDumper, value: str) -> Any:
        if "\n" in value:
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=block)
        return dumper.represent_scalar("tag:yaml.org,2002:str", value)

    Dumper.add_representer(str, represent_str)
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    text = yaml.dump(spec, Dumper=Dumper, sort_keys=False, allow_unicode=True)
    Path(out_path).write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv[:1] == ["scrape"] and len(argv) == 3:
        scrape(argv[1], argv[2])
    elif argv[:1] == ["pyyaml"] and len(argv) == 4:
        pyyaml_dump(argv[1], argv[2], argv[3])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
