"""The markdown_docs reader on the styles API docs come in, each scored against its truth.

Fixtures (tests/readers/fixtures/markdown/):
- kennel.widdershins.md: widdershins 4.0.1 (Slate) rendering of kennel.openapi.yaml
  (``--language_tabs shell:Shell http:HTTP``);
- kennel.openapi-to-md.md: openapi-to-md 1.1.1 rendering of the same spec;
- ledger.widdershins.md: widdershins 4.0.1 rendering of ledger.openapi.yaml (default
  options): a tag named Authentication, a titled array response, a schema named
  Response, a query parameter named as a path parameter, headings and a list in
  operation descriptions;
- burrow.openapi-to-md.md: openapi-to-md 1.1.1 rendering of burrow.openapi.yaml, a spec in
  the AWS/Google manner: parameters shared by path items, descriptions with headings and
  code, a parameter given by media type, a union of described objects, an ``anyOf``
  (``Partial(...) & Partial(...)`` across lines), an example that only points into its
  schema, a response with ``type`` and ``allOf`` whose example shows the composed fields;
- petsitter.docs.md: a hand-written README (``## Create a sitter`` then `` `POST /v1/..` ``
  or a full URL, bullet field lists, curl and JSON examples) with petsitter.expected.yaml;
- tidepool.docs.md: a GitBook export (method and URL in ``<mark>`` tags, required marks
  in names, examples in ``{% tab title="200: OK" %}`` tabs) with tidepool.expected.yaml;
- larder.docs.md: ``### List items — `GET /v1/items` `` headings, a Location column, bodies
  stated only by example under bold sub-headings, with larder.expected.yaml;
- jotter.docs.md: curl examples as the only statement of methods, paths, auth and bodies,
  setext headings, with jotter.expected.yaml;
- quillpad.docs.md: an API reference README (indented ``GET /v2/documents/:id`` lines,
  ``*string*, **required**`` bullets with nested fields, a query table, curl for one
  endpoint only), with quillpad.expected.yaml;
- roster.docs.md: a README with ``**POST** `/api/employees` ``, ``Endpoint: `GET ...` ``,
  Flask ``<int:id>`` and Postman ``{{baseUrl}}``/``{{id}}`` paths, the root and the API key
  stated only in a sentence, with roster.expected.yaml;
- shelfwise.docs.md: prose copied from a web page, in the Onboarding manner.

Scores: operations (method + path template) F1; parameters (name, in) F1; request and
success-response fields (nested, dotted) F1; servers and security scheme kinds.
Minimums only ever go up.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from generator.job import Job
from generator.pipeline import build_files
from generator.readers import choose_reader
from generator.readers.markdown.auth import listed_schemes
from generator.readers.markdown.reader import READER
from generator.readers.markdown.typescript import parse_type_block

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures" / "markdown"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

EVERYTHING = {
    "operations": 1.0, "parameters": 1.0, "request": 1.0, "response": 1.0, "servers": 1.0,
    "security": 1.0,
}
# openapi-to-md prints no servers
NO_SERVERS = {what: least for what, least in EVERYTHING.items() if what != "servers"}
# style -> (document, truth, minimum scores)
STYLES: dict[str, tuple[str, str, dict[str, float]]] = {
    "widdershins": (
        "kennel.widdershins.md",
        "kennel.openapi.yaml",
        EVERYTHING,
    ),
    "openapi-to-md": (
        "kennel.openapi-to-md.md",
        "kennel.openapi.yaml",
        NO_SERVERS,
    ),
    "widdershins, titled schemas": (
        "ledger.widdershins.md",
        "ledger.openapi.yaml",
        EVERYTHING,
    ),
    "openapi-to-md, path-level parameters": (
        "burrow.openapi-to-md.md",
        "burrow.openapi.yaml",
        # the parameter given by media type has no name in the document, the tool
        # prints nothing of a schema without a type (Usage), and an example beside a
        # shape shows one member of a union (source.url is nowhere); the root is shown by
        # a curl in a description
        {**EVERYTHING, "parameters": 0.97, "response": 0.96},
    ),
    "hand-written README": (
        "petsitter.docs.md",
        "petsitter.expected.yaml",
        EVERYTHING,
    ),
    "GitBook export": (
        "tidepool.docs.md",
        "tidepool.expected.yaml",
        EVERYTHING,
    ),
    "endpoint in the heading": (
        "larder.docs.md",
        "larder.expected.yaml",
        EVERYTHING,
    ),
    "API reference README": (
        "quillpad.docs.md",
        "quillpad.expected.yaml",
        EVERYTHING,
    ),
    "README with marked-up endpoints": ("roster.docs.md", "roster.expected.yaml", EVERYTHING),
    "curl only": (
        "jotter.docs.md",
        "jotter.expected.yaml",
        EVERYTHING,
    ),
}


# -- scoring ---------------------------------------------------------------------------


def _resolve(document: dict[str, Any], node: Any, depth: int = 0) -> dict[str, Any]:
    if depth > 16 or not isinstance(node, dict):
        return {}
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = document
        for part in ref[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        return _resolve(document, target, depth + 1)
    return node


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/") or "/")


def _operations(document: dict[str, Any]) -> dict[tuple[str, str], tuple[dict, dict]]:
    found = {}
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                found[(method, _template(path))] = (item, item[method])
    return found


def _parameters(document: dict[str, Any], item: dict, operation: dict) -> set[tuple[str, str]]:
    listed = [*item.get("parameters", []), *operation.get("parameters", [])]
    return {(p["name"], p["in"]) for p in (_resolve(document, x) for x in listed) if p}


def _fields(document: dict[str, Any], schema: Any, prefix: str = "", depth: int = 0) -> set[str]:
    node = _resolve(document, schema)
    found: set[str] = set()
    if depth > 6:
        return found
    for key in ("allOf", "anyOf", "oneOf"):
        for member in node.get(key, []):
            found |= _fields(document, member, prefix, depth + 1)
    if "items" in node:
        found |= _fields(document, node["items"], prefix + "[].", depth + 1)
    for name, prop in node.get("properties", {}).items():
        found.add(prefix + name)
        found |= _fields(document, prop, f"{prefix}{name}.", depth + 1)
    return found


def _body(document: dict[str, Any], operation: dict) -> set[str]:
    content = _resolve(document, operation.get("requestBody")).get("content", {})
    media = next((m for t, m in content.items() if "json" in t), None)
    return _fields(document, media.get("schema")) if media else set()


def _response(document: dict[str, Any], operation: dict) -> set[str]:
    for status, response in sorted(operation.get("responses", {}).items()):
        if str(status).startswith("2"):
            content = _resolve(document, response).get("content", {})
            media = next((m for t, m in content.items() if "json" in t), None)
            return _fields(document, media.get("schema")) if media else set()
    return set()


def _security(document: dict[str, Any]) -> set[tuple[str, ...]]:
    kinds: set[tuple[str, ...]] = set()
    for scheme in (document.get("components") or {}).get("securitySchemes", {}).values():
        if scheme["type"] == "http":
            kinds.add(("http", scheme["scheme"].lower()))
        elif scheme["type"] == "apiKey":
            kinds.add(("apiKey", scheme["in"], scheme["name"].lower()))
        else:
            kinds.add((scheme["type"],))
    return kinds


def _f1(found: int, made: int, truth: int) -> float:
    if not made and not truth:
        return 1.0
    return 2 * found / (made + truth) if made + truth else 0.0


def score(truth: dict[str, Any], got: dict[str, Any]) -> dict[str, float]:
    expected, recovered = _operations(truth), _operations(got)
    counts = {key: [0, 0, 0] for key in ("parameters", "request", "response")}
    for key in set(expected) | set(recovered):
        sides = []
        for document, ops in ((truth, expected), (got, recovered)):
            if key in ops:
                item, operation = ops[key]
                sides.append(
                    {
                        "parameters": _parameters(document, item, operation),
                        "request": _body(document, operation),
                        "response": _response(document, operation),
                    }
                )
            else:
                sides.append({"parameters": set(), "request": set(), "response": set()})
        for what, tally in counts.items():
            want, have = sides[0][what], sides[1][what]
            tally[0] += len(want & have)
            tally[1] += len(have)
            tally[2] += len(want)
    urls = {s["url"].rstrip("/") for s in truth.get("servers", [])}
    got_urls = {s["url"].rstrip("/") for s in got.get("servers", [])}
    security = _security(truth), _security(got)
    return {
        "operations": _f1(len(set(expected) & set(recovered)), len(recovered), len(expected)),
        **{what: _f1(*tally) for what, tally in counts.items()},
        "servers": 1.0 if urls & got_urls or not urls else 0.0,
        "security": _f1(len(security[0] & security[1]), len(security[1]), len(security[0])),
    }


# -- the styles ----------------------------------------------------------------------------


@pytest.mark.parametrize("style", list(STYLES))
def test_style_scores_at_least_its_minimums(style: str) -> None:
    document, truth, minimums = STYLES[style]
    got = READER.read((FIXTURES / document).read_text(encoding="utf-8"), document).document
    scores = score(yaml.safe_load((FIXTURES / truth).read_text(encoding="utf-8")), got)
    below = {what: scores[what] for what, least in minimums.items() if scores[what] < least}
    assert not below, f"{style}: {scores}"


@pytest.mark.parametrize("style", list(STYLES))
def test_style_document_is_valid_openapi(style: str) -> None:
    document = STYLES[style][0]
    got = READER.read((FIXTURES / document).read_text(encoding="utf-8"), document).document
    validate(got)


@pytest.mark.parametrize("document", [*(s[0] for s in STYLES.values()), "shelfwise.docs.md"])
def test_every_style_is_detected_as_markdown_docs(document: str) -> None:
    text = (FIXTURES / document).read_text(encoding="utf-8")
    assert choose_reader(text, None, document).name == "markdown_docs"


def test_openapi_and_redoc_documents_are_not_markdown_docs() -> None:
    courier = (ROOT / "specs" / "courier" / "courier.redoc.txt").read_text(encoding="utf-8")
    assert choose_reader(courier, None, "courier").name == "redoc_text"
    spec = (FIXTURES / "kennel.openapi.yaml").read_text(encoding="utf-8")
    assert choose_reader(spec, None, "kennel").name == "openapi"
    # A ReDoc page as html2text gives it: Markdown heading marks, ReDoc's own words.
    html2text_redoc = (
        "## Get a pet\n\n`GET /pets/{petId}`\n\n##### path Parameters\n\n"
        "petId| string  \n---|---  \n\n### Responses\n\n**200** OK\n\n"
        "### Response samples\n\n  * 200\n\n"
    )
    assert READER.detect(html2text_redoc) < 0.1


def test_widdershins_layout_details() -> None:
    text = (FIXTURES / "kennel.widdershins.md").read_text(encoding="utf-8")
    got = READER.read(text, "kennel.widdershins.md").document
    assert got["servers"] == [{"url": "https://api.kennel.example/v2"}]
    assert "/stays/{stayId}:cancel" in got["paths"]  # a custom method, not a parameter
    schemes = got["components"]["securitySchemes"]
    assert {"type": "apiKey", "name": "X-Kennel-Key", "in": "header"} in schemes.values()
    listing = got["paths"]["/pets"]["get"]
    assert {(p["name"], p["in"]) for p in listing["parameters"]} == {
        ("limit", "query"), ("species", "query"), ("X-Request-Id", "header")}
    pet = got["components"]["schemas"]["Pet"]
    assert pet["allOf"][0] == {"$ref": "#/components/schemas/NewPet"}
    # "Enumerated Values" tables
    assert listing["parameters"][1]["schema"]["enum"] == ["dog", "cat"]
    stay = got["components"]["schemas"]["Stay"]["properties"]["status"]
    assert stay["enum"] == ["booked", "cancelled"]


def test_widdershins_words_that_are_also_section_names() -> None:
    got = _read("ledger.widdershins.md")
    # endpoints under a tag named "Authentication" keep their parameter tables
    token = got["paths"]["/token"]["post"]["parameters"]
    assert {(p["name"], p["in"]) for p in token} == {("apiID", "query"), ("apiKey", "query")}
    # the In column is believed over the path template
    listing = got["paths"]["/books/{book}/entries"]["get"]
    assert {(p["name"], p["in"]) for p in listing["parameters"]} == {
        ("book", "path"), ("book", "query"), ("limit", "query")}
    # "*ArrayOfEntries*" then a row of that name: the row is the array itself
    entries = listing["responses"]["200"]["content"]["application/json"]["schema"]
    assert entries["type"] == "array"
    assert list(entries["items"]["properties"]) == ["id", "amount", "memo"]
    # headings in an operation's description ("## Paging", "<h4>Usage</h4>") do not end it
    assert "## Paging" not in listing["description"] and "Paging" in listing["description"]
    assert "Usage" in got["paths"]["/token"]["post"]["description"]
    adding = got["paths"]["/books/{book}/entries"]["post"]  # a bold line, then its parts
    assert "Needs write access" in adding["description"] and "requestBody" in adding
    # a schema chapter heading "Response" names a schema, not a response part
    assert list(got["components"]["schemas"]["Response"]["properties"]) == [
        "request_id", "warnings"]


def test_openapi_to_md_path_level_parameters_reach_every_operation() -> None:
    got = _read("burrow.openapi-to-md.md")
    for path, item in got["paths"].items():
        for method, operation in item.items():
            places = {(p["name"], p["in"]) for p in operation["parameters"]}
            # shared through #/components/parameters, printed by no operation
            assert {("alt", "query"), ("X-Request-Id", "header")} <= places, (method, path)
            # required, placed by nothing, in no template: an unused path parameter
            assert "projectId" not in {name for name, _ in places}
    listing = got["paths"]["/buckets/{bucket}"]["get"]["parameters"]
    # "filter" is given by media type: openapi-to-md prints its fields, never its name
    assert {p["name"] for p in listing} == {"bucket", "alt", "X-Request-Id"}
    assert set(got["components"]["schemas"]) == {"Bucket", "Label", "StoredObject", "Usage"}


def test_openapi_to_md_parameter_names_with_colons_and_brackets() -> None:
    listing = _read("burrow.openapi-to-md.md")["paths"]["/buckets"]["get"]["parameters"]
    assert {"labels:owner", "Created<"} <= {p["name"] for p in listing}


def test_openapi_to_md_description_keeps_its_markdown() -> None:
    got = _read("burrow.openapi-to-md.md")
    description = got["paths"]["/buckets"]["get"]["description"]
    assert description.splitlines() == [
        "Lists the buckets of a project.", "", "### Ordering", "",
        "- Buckets come back by name.", "- Deleted buckets are never listed."]
    deleting = got["paths"]["/buckets/{bucket}"]["delete"]["description"]
    assert "```shell\ncurl -X DELETE" in deleting


def test_openapi_to_md_union_of_described_objects_keeps_its_nesting() -> None:
    bucket = _read("burrow.openapi-to-md.md")["components"]["schemas"]["Bucket"]
    assert list(bucket["properties"]) == ["name", "location", "created", "retention", "labels"]
    members = bucket["properties"]["retention"]["anyOf"]
    assert [list(member["properties"]) for member in members] == [["days"], ["forever"]]


def test_openapi_to_md_any_of_across_lines_keeps_the_fields_after_it() -> None:
    """``source?: Partial({`` ... ``}) & Partial(  // Copied from a URL`` / ``{`` ...
    ``})`` is a union; the fields printed after it stay the object's own."""
    stored = _read("burrow.openapi-to-md.md")["components"]["schemas"]["StoredObject"]
    assert list(stored["properties"]) == ["name", "source", "size", "contentType"]
    members = stored["properties"]["source"]["anyOf"]
    assert [list(member["properties"]) for member in members] == [["bucket"], ["url"]]


def test_any_of_on_one_line_is_a_union() -> None:
    shape = parse_type_block(
        "kind?: Partial(string) & Partial(integer)\n"
        "owner: Partial(#/components/schemas/A) & Partial(#/components/schemas/B)"
    )
    assert shape is not None
    assert shape["properties"]["kind"] == {"anyOf": [{"type": "string"}, {"type": "integer"}]}
    assert shape["properties"]["owner"]["anyOf"][1] == {"$ref": "#/components/schemas/B"}


def test_openapi_to_md_response_example_adds_the_fields_its_shape_lacks() -> None:
    """An object with both ``type`` and ``allOf`` prints its own properties only; the
    example printed beside it has the composed ones too, taken as inferred fields."""
    paths = _read("burrow.openapi-to-md.md")["paths"]
    answer = paths["/buckets/{bucket}/objects/{object}"]["get"]["responses"]["200"]
    fields = answer["content"]["application/json"]["schema"]["properties"]
    assert list(fields) == ["etag", "name", "source", "size", "contentType"]
    assert "x-clientgen-inferred" not in fields["etag"]
    inferred = fields["size"]["x-clientgen-inferred"]["type"]
    assert (inferred["value"], inferred["evidence"]) == ("integer", ["the response's example"])


def test_openapi_to_md_items_stated_as_nothing_take_their_example_fields() -> None:
    """``[]`` (items whose schema has no type) then an example of two objects."""
    paths = _read("burrow.openapi-to-md.md")["paths"]
    answer = paths["/buckets/{bucket}/labels"]["get"]["responses"]["200"]
    schema = answer["content"]["application/json"]["schema"]
    assert schema["type"] == "array" and list(schema["items"]["properties"]) == ["key", "value"]


_NAMELESS_MEMBER = """### [GET]/stats

#### Responses

- 200 OK

`application/json`

```typescript
{
[]
}
```

- Examples

  - one

```json
{
  "value": {
    "series": [{"key": "a"}]
  }
}
```
"""


def test_openapi_to_md_member_without_its_name_takes_it_from_the_example() -> None:
    """``{`` / ``[]`` / ``}``: an array member whose items print nothing loses its name;
    the object is not free-form, and its example names the member."""
    got = READER.read(_NAMELESS_MEMBER, "stats.md").document
    answer = got["paths"]["/stats"]["get"]["responses"]["200"]
    schema = answer["content"]["application/json"]["schema"]
    assert schema["additionalProperties"] == {"type": "array"}
    assert schema["properties"]["series"]["type"] == "array"
    free_form = _NAMELESS_MEMBER.replace("{\n[]\n}", "{\n}")
    answer = READER.read(free_form, "stats.md").document["paths"]["/stats"]["get"]["responses"]
    assert not answer["200"]["content"]["application/json"]["schema"]["properties"]


def test_endpoints_that_differ_in_a_fixed_query_value_are_distinct_operations() -> None:
    """``GET /rest?method=a`` and ``GET /rest?method=b`` dispatch on the query (as flickr's
    spec keys its paths): two operations, not two shapes of ``GET /rest``; a lone
    ``?limit=10`` is an example value of a query parameter."""
    text = (
        "## Echo\n\n`GET /rest?method=test.echo`\n\n| Name | Type |\n|---|---|\n| q | string |\n\n"
        "## Login\n\n`GET /rest?method=test.login`\n\n| Name | Type |\n|---|---|\n"
        "| user | string |\n\n## Users\n\n`GET /users?limit=10`\n\n"
        "| Name | Type |\n|---|---|\n| id | string |\n"
    )
    paths = READER.read(text, "rpc.md").document["paths"]
    assert set(paths) == {"/rest?method=test.echo", "/rest?method=test.login", "/users"}
    echo = paths["/rest?method=test.echo"]["get"]
    assert "method" not in {p["name"] for p in echo.get("parameters", [])}
    assert "x-clientgen-methods" not in echo
    assert {p["name"] for p in paths["/users"]["get"]["parameters"]} >= {"limit"}


def test_a_one_line_triple_backtick_span_opens_no_code_block() -> None:
    """``` Authorization: KEY ``` (a spec description widdershins copies) is a code span:
    a fence's info string holds no backtick, so the endpoints after it stay endpoints."""
    text = "# Intro\n\nSend with each call:\n``` Authorization: YOUR-KEY ```\n\n"
    for path in ("/a", "/b"):
        text += f"## Get {path}\n\n`GET {path}`\n\n```json\n{{\"id\": 1}}\n```\n\n"
    assert set(READER.read(text, "spans.md").document["paths"]) == {"/a", "/b"}


def test_object_literal_then_a_pointer_is_a_composition() -> None:
    """openapi-to-md prints a top-level ``allOf`` as ``undefined?: {`` ... ``} & #/...``."""
    shape = parse_type_block(
        "undefined?: {\n  data: {\n    id?: string\n  }\n} & #/components/schemas/Push"
    )
    assert shape is not None and [list(part) for part in shape["allOf"]] == [
        ["type", "properties", "required"],
        ["$ref"],
    ]
    assert shape["allOf"][1] == {"$ref": "#/components/schemas/Push"}


def test_the_root_shown_by_an_example_url_of_an_endpoint() -> None:
    """openapi-to-md prints no servers; the curl in a description
    (``https://storage.burrow.example/v1/buckets/photos`` for ``/buckets/{bucket}``)
    shows the root. A link in a comment or in prose may point anywhere: it is not used."""
    assert _read("burrow.openapi-to-md.md")["servers"] == [
        {"url": "https://storage.burrow.example/v1"}
    ]
    linked = (
        "## List pets\n\n`GET /pets/{id}`\n\nSee https://docs.example.com/ref/pets/1.\n\n"
        "```typescript\n// https://docs.example.com/guide/pets/2\nid: string\n```\n"
    )
    assert "servers" not in READER.read(linked, "pets.md").document
    spanned = linked.replace("See https://", "Try `https://api.example.com/v2/pets/7` or https://")
    assert READER.read(spanned, "pets.md").document["servers"] == [
        {"url": "https://api.example.com/v2"}
    ]


def test_api_endpoint_is_a_root_sentence() -> None:
    text = "# Pets API\n\nAPI endpoint is https://api.pets.example/v2 for every call.\n\n"
    text += "## List pets\n\n`GET /pets`\n\n| Name | Type |\n|---|---|\n| id | string |\n"
    servers = READER.read(text, "pets.md").document["servers"]
    assert servers == [{"url": "https://api.pets.example/v2"}]


def test_openapi_to_md_example_pointing_into_a_schema_names_it() -> None:
    """``{"value": {"$ref": "#/components/schemas/Usage/example"}}`` under an empty
    block: the response is a Usage (whose fields the tool did not print)."""
    got = _read("burrow.openapi-to-md.md")
    usage = got["paths"]["/buckets/{bucket}/usage"]["get"]["responses"]["200"]
    assert usage["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Usage"}
    assert "Usage" in got["components"]["schemas"]


def test_openapi_to_md_http_scheme_kind_from_its_description() -> None:
    """openapi-to-md prints ``// Basic authentication with ...`` above a lone ``http``."""
    scheme = _read("burrow.openapi-to-md.md")["components"]["securitySchemes"]["accountSecret"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "basic")


def test_openapi_to_md_http_scheme_named_for_a_user_and_a_secret() -> None:
    schemes = listed_schemes({"accountSid_authToken": "http", "aemAuth": "http"})
    assert schemes["accountSid_authToken"]["scheme"] == "basic"
    # nothing says which: bearer, the common one, recorded as a weak inference
    assert schemes["aemAuth"]["scheme"] == "bearer"
    assert schemes["aemAuth"]["x-clientgen-inferred"]["scheme"]["confidence"] < 0.5


def test_curl_examples_belong_to_the_endpoints_stated() -> None:
    """``GET /v2/documents/:id`` names the id; the DELETE curl only shows one, and the
    GET curl of the introduction is an example of the stated GET, not a second shape."""
    paths = _read("quillpad.docs.md")["paths"]
    assert set(paths) == {"/v2/documents", "/v2/documents/{id}", "/v2/folders/{folder_id}"}
    assert set(paths["/v2/documents/{id}"]) == {"get", "delete"}
    assert "x-clientgen-methods" not in paths["/v2/documents/{id}"]["get"]


def _read(document: str) -> dict[str, Any]:
    text = (FIXTURES / document).read_text(encoding="utf-8")
    return READER.read(text, document).document


@pytest.mark.parametrize("style", list(STYLES))
def test_style_generates_a_client_that_imports(style: str, tmp_path: Path) -> None:
    document = FIXTURES / STYLES[style][0]
    job = Job(name="styled", source=document, package="styled_client", reader="markdown_docs")
    files, _ = build_files(job)
    for name, content in files.items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", "import styled_client"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
