"""The corpus harness's own judgements (scripts/corpus.py), on the specs that misled it.

Each case is a construct of a directory spec whose smoke failure was the
harness's, not clientgen's (docs/corpus.md): the value synthesiser and the
choice of operation must read the spec as a client does.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import corpus  # noqa: E402
from _conformance_values import Synth  # noqa: E402


def get_returning(responses: dict[str, Any]) -> dict[str, Any]:
    """A document with one ``GET /thing`` whose responses are ``responses``."""
    return {"openapi": "3.0.0", "paths": {"/thing": {"get": {"responses": responses}}}}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}


MODEL = {"type": "object", "properties": {"id": {"type": "string"}}}


def test_a_percent_encoded_pointer_token_is_decoded() -> None:
    # enode.io: "#/paths/~1chargers~1%7BchargerId%7D/get/..." names "/chargers/{chargerId}".
    root = {"paths": {"/chargers/{chargerId}": {"get": {"x": MODEL}}}}
    ref = {"$ref": "#/paths/~1chargers~1%7BchargerId%7D/get/x"}
    assert corpus.resolve(root, ref) == MODEL


def test_the_conformance_synthesiser_decodes_the_same_pointer() -> None:
    root = {"paths": {"/chargers/{chargerId}": {"get": {"x": MODEL}}}}
    ref = {"$ref": "#/paths/~1chargers~1%7BchargerId%7D/get/x"}
    assert Synth(root).resolve(ref) == MODEL


def test_a_pointer_token_with_a_literal_tilde_escape_still_resolves() -> None:
    root = {"a/b": {"c~d": MODEL}}
    assert corpus.resolve(root, {"$ref": "#/a~1b/c~0d"}) == MODEL


def test_a_204_is_never_the_smoke_response() -> None:
    # amazonaws.com/billingconductor: a 204 "with" a JSON body; a client returns None.
    root = get_returning({"204": json_body(MODEL)})
    op = root["paths"]["/thing"]["get"]
    with pytest.raises(corpus.Unsupported):
        corpus.json_response_schema(root, op)
    assert list(corpus.candidates(root)) == []


def test_a_200_beside_a_204_is_chosen() -> None:
    root = get_returning({"204": json_body({}), "200": json_body(MODEL)})
    op = root["paths"]["/thing"]["get"]
    assert corpus.json_response_schema(root, op) == ("200", MODEL)


def test_default_is_used_only_without_any_2xx() -> None:
    with_204 = get_returning({"204": {"description": "none"}, "default": json_body(MODEL)})
    with pytest.raises(corpus.Unsupported):
        corpus.json_response_schema(with_204, with_204["paths"]["/thing"]["get"])
    only_default = get_returning({"default": json_body(MODEL)})
    op = only_default["paths"]["/thing"]["get"]
    assert corpus.json_response_schema(only_default, op) == ("default", MODEL)


@pytest.mark.parametrize(
    ("schema", "model"),
    [
        (MODEL, True),
        ({"properties": {"id": {"type": "string"}}}, True),
        ({"type": ["object", "null"], "properties": {"id": {"type": "string"}}}, True),
        # wealthreader.com: an array with properties beside its items is a list.
        ({"type": "array", "items": {"type": "object"}, "properties": {"id": {}}}, False),
        ({"type": "string", "properties": {"id": {}}}, False),
    ],
)
def test_a_declared_type_decides_before_properties(schema: dict[str, Any], model: bool) -> None:
    assert corpus.is_model({}, schema) is model


def test_an_array_of_arrays_with_properties_is_no_smoke_candidate() -> None:
    rows = {"type": "array", "items": {"type": "object"}, "properties": {"code": {}}}
    root = get_returning({"200": json_body({"type": "array", "items": rows})})
    assert list(corpus.candidates(root)) == []


def test_a_named_section_leaves_the_other_sections_alone(tmp_path: Path) -> None:
    doc = tmp_path / "corpus.md"
    whole = corpus.markdown_section([], {"run": "whole"}, "corpus")
    doc.write_text(
        f"intro\n{whole}\nbetween\n<!-- corpus-head:begin -->\n<!-- corpus-head:end -->\n"
    )
    sample = corpus.markdown_section([], {"run": "sample"}, "corpus-head")
    corpus.write_markdown(doc, sample, "corpus-head")
    text = doc.read_text()
    assert "- run: whole" in text and "- run: sample" in text
    assert text.index("- run: whole") < text.index("between") < text.index("- run: sample")
    corpus.write_markdown(doc, corpus.markdown_section([], {"run": "again"}, "corpus"), "corpus")
    assert "- run: whole" not in doc.read_text() and "- run: sample" in doc.read_text()


class Page:
    """What a generated client's page looks like to the harness: an ``items`` list."""

    def __init__(self, items: list[Any]) -> None:
        self.items = items


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        (Page(["word"]), "ok"),  # languagetool.org: a page of the strings the spec declares
        (Page([{"id": "a"}]), "fail"),
        (Page([]), "fail"),
        (["word"], "fail"),
        ([{"id": "a"}], "fail"),
        (None, "fail"),
    ],
)
def test_a_page_of_scalars_is_parsed_but_raw_objects_are_not(value: Any, verdict: str) -> None:
    assert corpus.check_parsed(value)[0] == verdict
