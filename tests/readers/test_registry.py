"""The reader registry: detection picks each seed's reader, a handoff reads an
embedded document with its own reader, and no input ends in a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import generator.readers as registry
from generator.diagnostics import ClientgenError
from generator.readers import READERS, Reader, ReadResult, choose_reader, read_source

SPECS = Path(__file__).resolve().parents[2] / "specs"
SEEDS = {
    "ourpeople/ourpeople.page.txt": "openapi",
    "whippy/whippy.openapi.txt": "openapi",
    "courier/courier.redoc.txt": "redoc_text",
    "onboarding/onboarding.docs.md": "markdown_docs",
}
SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Embedded", "version": "1"},
    "paths": {"/pets": {"get": {"operationId": "listPets", "responses": {}}}},
}


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_detection_picks_each_seeds_reader(seed: str) -> None:
    text = (SPECS / seed).read_text(encoding="utf-8")
    assert choose_reader(text, None, seed).name == SEEDS[seed]


def test_an_unknown_reader_name_is_a_located_error() -> None:
    with pytest.raises(ClientgenError, match="unknown reader 'pdf'") as caught:
        choose_reader("x", "pdf", "a.txt")
    assert "known readers: openapi, redoc_text, markdown_docs" in str(caught.value)


def test_a_handoff_is_read_by_the_named_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    def read(text: str, source: str) -> ReadResult:
        return ReadResult(document={}, handoff=("openapi", json.dumps(SPEC)))

    page = Reader(name="page", detect=lambda text: 1.0 if "<html" in text else 0.0, read=read)
    monkeypatch.setitem(READERS, "page", "unused")
    real_get = registry.get_reader
    monkeypatch.setattr(
        registry, "get_reader", lambda name: page if name == "page" else real_get(name)
    )
    reader, result = read_source("<html>the page</html>", None, "page.html")
    assert reader.name == "openapi"
    assert list(result.document["paths"]) == ["/pets"]
    assert any("embeds its openapi document" in d.message for d in result.diagnostics)


DEEP_JSON = '{"a":' * 10_000 + "1" + "}" * 10_000
DEEP_INPUTS = {
    "json": DEEP_JSON,
    "yaml": "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\nx-deep: "
    + "[" * 10_000
    + "]" * 10_000,
    "redoc": "Create a pet\nRequest samples\nPayload\n"
    + DEEP_JSON
    + "\nResponse samples\n200\n"
    + DEEP_JSON,
    "markdown": "# API\n\n## Create pet\n\n`POST /pets`\n\n```json\n" + DEEP_JSON + "\n```\n",
}


@pytest.mark.parametrize("reader", [*READERS, None])
@pytest.mark.parametrize("form", sorted(DEEP_INPUTS))
def test_a_10000_deep_input_is_read_or_a_clean_error(reader: str | None, form: str) -> None:
    try:
        read_source(DEEP_INPUTS[form], reader, "deep.txt")
    except ClientgenError as error:
        assert error.diagnostic.location.startswith("deep.txt")


def test_a_spec_file_is_read_without_importing_the_other_readers() -> None:
    """The OpenAPI reader is certain of a file that starts as a spec, so the ReDoc and
    Markdown readers (a tenth of a second to import) are never loaded for one."""
    import subprocess
    import sys

    spec = json.dumps({"openapi": "3.0.0", "paths": {}})
    probe = (
        "import sys; from generator.readers import choose_reader;"
        f"r = choose_reader({spec!r}, None, 'x.json');"
        "print(r.name, *sorted(m for m in sys.modules if m.startswith('generator.readers.')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    name, *loaded = out.stdout.split()
    assert name == "openapi"
    assert "generator.readers.openapi" in loaded
    others = ("generator.readers.redoc", "generator.readers.markdown")
    assert not [m for m in loaded if m.startswith(others)]
