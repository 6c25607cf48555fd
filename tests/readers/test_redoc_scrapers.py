"""The ReDoc reader on pages real tools made: redoc-cli 0.13.21 HTML, as three scrapers print it.

Each folder of fixtures/redoc/<spec>/ holds an APIs.guru spec (source.json)
and the text of its redoc-cli page as inscriptis, BeautifulSoup
``get_text("\\n")`` and html2text give it (made by ``scripts/fidelity``).
What the reader recovers is scored against the spec with minimums; the
HTML forms (the spec a page embeds, a Redoc 3 page that embeds nothing) and
detection against other document forms are checked on small pages.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from generator.diagnostics import ClientgenError
from generator.readers import choose_reader, read_source
from generator.readers.redoc.reader import READER, read
from tests.readers.redoc_scoring import facts_of, score

FIXTURES = Path(__file__).parent / "fixtures" / "redoc"
SPECS = sorted(p.name for p in FIXTURES.iterdir() if (p / "source.json").exists())
SCRAPERS = ("bs4", "inscriptis", "html2text")
# The targets; servers and schemes: recall of what the page shows.
MINIMUMS = {
    "op_p": 0.97,
    "op_f1": 0.95,
    "param_f1": 0.9,
    "request_f1": 0.8,
    "response_f1": 0.8,
    "servers": 1.0,
    "schemes": 1.0,
}


def _source(spec: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((FIXTURES / spec / "source.json").read_text())
    return loaded


def _scrape(spec: str, scraper: str) -> str:
    return (FIXTURES / spec / f"redoc-text-{scraper}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("scraper", SCRAPERS)
@pytest.mark.parametrize("spec", SPECS)
def test_scrape_recovers_the_spec(spec: str, scraper: str) -> None:
    result = read(_scrape(spec, scraper), f"{spec}/{scraper}")
    validate(result.document)
    scores = score(_source(spec), result.document)
    short = {k: v for k, v in MINIMUMS.items() if scores[k] is not None and scores[k] < v}
    assert not short, {k: round(scores[k], 3) for k in short}


@pytest.mark.parametrize("scraper", SCRAPERS)
def test_every_scrape_is_detected_as_redoc(scraper: str) -> None:
    for spec in SPECS:
        text = _scrape(spec, scraper)
        assert choose_reader(text, None, spec).name == "redoc_text", spec


def test_stated_method_and_path_win_and_say_so() -> None:
    result = read(_scrape("mercure.local", "bs4"), "mercure")
    for item in result.document["paths"].values():
        for operation in item.values():
            method = operation["x-clientgen-inferred"]["method"]
            assert method["confidence"] == 1.0
            assert method["evidence"][0].startswith("the page shows")
            assert "path" not in operation["x-clientgen-inferred"]


def test_security_groups_and_servers_as_shown() -> None:
    document = read(_scrape("mercure.local", "bs4"), "mercure").document
    assert set(document["components"]["securitySchemes"]) == {"Bearer", "Cookie"}
    assert document["servers"] == [{"url": "http://mercure.local"}]
    # inscriptis prints the group (apiKey clientId) as "( apiKeyclientId )"
    glued = read(_scrape("apisetu.gov.in_kiadb", "inscriptis"), "kiadb").document
    operation = next(iter(next(iter(glued["paths"].values())).values()))
    assert operation["security"] == [{"apiKey": [], "clientId": []}]


def test_glued_alternatives_split_and_types_follow_the_names() -> None:
    """inscriptis prints the alternatives ``Bearer`` or ``Cookie`` as ``BearerCookie``; the
    page names the schemes only, so their types are guesses from the names, marked so."""
    document = read(_scrape("mercure.local", "inscriptis"), "mercure").document
    schemes = document["components"]["securitySchemes"]
    assert set(schemes) == {"Bearer", "Cookie"}
    assert (schemes["Bearer"]["type"], schemes["Cookie"]["in"]) == ("http", "cookie")
    assert schemes["Cookie"]["x-clientgen-inferred"]["type"]["confidence"] < 0.5
    operation = next(iter(next(iter(document["paths"].values())).values()))
    assert operation["security"] == [{"Bearer": []}, {"Cookie": []}]


def test_other_documents_are_not_redoc() -> None:
    spec = _source("mercure.local")
    texts = [
        json.dumps(spec, indent=2),
        "openapi: 3.0.0\ninfo:\n  title: x\n  version: '1'\npaths: {}\n",
        "# Title\n\n## Responses\n\nSome prose about responses and parameters.\n",
        "<!DOCTYPE html><html><body><h1>Docs</h1><p>Responses</p></body></html>",
    ]
    for text in texts:
        assert READER.detect(text) < 0.5, text[:60]


_REDOC2 = (
    '<!DOCTYPE html><html><head><title>x</title></head><body><div id="redoc"></div>'
    "<script>const __redoc_state = {state};</script></body></html>"
)
_REDOC3 = (
    '<!DOCTYPE html><html><body><div class="menu-content">get Items</div>'
    '<script type="module">import {{ hydrate }} from "https://cdn.redocly.com/redoc/v3.0.1/'
    'bundles/redoc.standalone.js";{definition}</script></body></html>'
)


def test_html_embedding_its_spec_is_read_exactly() -> None:
    spec = _source("mercure.local")
    pages = [
        _REDOC2.format(state=json.dumps({"menu": {}, "spec": {"data": spec}})),
        _REDOC3.format(definition=f"const __redoc_definition = {json.dumps(spec)};"),
        "<html><body><script>SwaggerUIBundle({ spec: "
        + json.dumps(spec)
        + ", dom_id: '#swagger-ui' })</script></body></html>",
    ]
    for page in pages:
        assert READER.detect(page) == 1.0
        reader, result = read_source(page, None, "page.html")
        assert reader.name == "openapi"
        assert set(result.document["paths"]) == set(spec["paths"])
        assert any("embeds its openapi document" in d.message for d in result.diagnostics)


def test_redoc3_page_without_its_definition_is_a_clean_error() -> None:
    page = _REDOC3.format(definition="hydrate(window.def, {}, document.body);")
    with pytest.raises(ClientgenError, match="renders its operations in the browser"):
        read(page, "page.html")


def test_html_without_an_embedded_spec_is_read_from_its_dom() -> None:
    text = _scrape("mercure.local", "bs4")
    body = "".join(f"<div>{line}</div>" for line in text.splitlines() if line.strip())
    page = f'<!DOCTYPE html><html><body><div class="redoc-wrap">{body}</div></body></html>'
    scores = score(_source("mercure.local"), read(page, "page.html").document)
    assert scores["op_f1"] == 1.0


def test_a_default_response_keeps_its_name() -> None:
    text = (
        "Items API (1.0)\nList items\nList items\nResponses\nResponse samples\n"
        '- 200\n- default\n[- {- "id": 1\n}\n]\n'
    )
    result = read(text, "items.txt")
    validate(result.document)
    (operation,) = [op for item in result.document["paths"].values() for op in item.values()]
    assert set(operation["responses"]) == {"200", "default"}


@pytest.mark.parametrize("scraper", SCRAPERS)
def test_cut_or_damaged_scrapes_never_crash(scraper: str) -> None:
    lines = _scrape("skynewz-api-fortnite.herokuapp.com", scraper).splitlines()
    for step in range(1, len(lines), max(1, len(lines) // 40)):
        for text in ("\n".join(lines[:step]), "\n".join(lines[step:]), "\n".join(lines[::step])):
            with contextlib.suppress(ClientgenError):
                read(text, "cut.txt")


def test_a_head_operation_is_named_and_kept() -> None:
    text = _scrape("mercure.local", "bs4").replace(
        "\nget\n/.well-known/mercure\n", "\nhead\n/.well-known/mercure\n", 1
    )
    document = read(text, "mercure").document
    operation = document["paths"]["/.well-known/mercure"]["head"]
    assert operation["operationId"].startswith("head")
    validate(document)


def test_scoring_counts_only_what_the_page_shows() -> None:
    """ReDoc lists only the tags of x-tagGroups: an operation of another tag is not on the page."""
    ok = {"200": {"description": "ok"}}
    spec = {
        "x-tagGroups": [{"name": "Shown", "tags": ["a"]}],
        "paths": {
            "/a": {"get": {"tags": ["a"], "responses": ok}},
            "/b": {"get": {"tags": ["b"], "responses": ok}},
        },
    }
    assert facts_of(spec).operations == {("get", "/a")}
