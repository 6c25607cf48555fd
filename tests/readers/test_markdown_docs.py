"""The markdown_docs reader on the real onboarding docs, on a second doc in the same style
scored against a hand-written truth, and on odd input."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate

from generator.diagnostics import ClientgenError, Severity
from generator.overlay import apply_overlay, load_overlay
from generator.readers.base import ReadResult
from generator.readers.markdown.reader import READER

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "specs" / "onboarding" / "onboarding.docs.md"
FIXTURES = Path(__file__).parent / "fixtures" / "markdown"
JSON = "application/json"

Facts = dict[tuple[str, ...], str]


def read(text: str, source: str = "docs.md") -> ReadResult:
    return READER.read(text, source)


@pytest.fixture(scope="module")
def real() -> ReadResult:
    return read(SOURCE.read_text(encoding="utf-8"), "onboarding.docs.md")


# -- a short notation for schemas, shared by assertions and the scored truth ----------


def notation(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        text = str(schema["$ref"]).rsplit("/", 1)[-1]
    elif "anyOf" in schema:
        text = "|".join(notation(member) for member in schema["anyOf"])
    elif schema.get("type") == "array":
        text = f"array of {notation(schema.get('items', {}))}"
    else:
        kind = schema.get("type", "any")
        text = "|".join(kind) if isinstance(kind, list) else str(kind)
        text += f" {schema['format']}" if "format" in schema else ""
    return text + (" readonly" if schema.get("readOnly") else "")


def fields(schema: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """Properties flattened to dotted names, as the docs write nested fields."""
    found: dict[str, str] = {}
    for name, prop in schema.get("properties", {}).items():
        found[prefix + name] = notation(prop)
        found.update(fields(prop, f"{prefix}{name}."))
    return found


def shape(schema: dict[str, Any]) -> str | dict[str, str]:
    return fields(schema) if "properties" in schema else notation(schema)


def body_of(operation: dict[str, Any]) -> Any:
    content = operation.get("requestBody", {}).get("content", {})
    return content[JSON]["schema"] if JSON in content else None


def response_of(operation: dict[str, Any]) -> Any:
    for response in operation["responses"].values():
        if JSON in response.get("content", {}):
            return response["content"][JSON]["schema"]
    return None


def operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``"METHOD /path"`` -> the operation, in the truth file's terms."""
    found: dict[str, dict[str, Any]] = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            entry: dict[str, Any] = {"operationId": operation["operationId"],
                                     "tag": operation["tags"][0]}
            parameters = {p["name"]: f"{p['in']} {notation(p['schema'])}"
                          for p in operation.get("parameters", [])}
            if parameters:
                entry["parameters"] = parameters
            if "x-clientgen-methods" in operation:
                entry["methods"] = {m["name"]: {"request": shape(m["requestBody"]),
                                                "response": shape(m["response"])}
                                    for m in operation["x-clientgen-methods"]}
            else:
                for key, schema in (("request", body_of(operation)),
                                    ("response", response_of(operation))):
                    if schema is not None:
                        entry[key] = shape(schema)
            found[f"{method.upper()} {path}"] = entry
    return found


# -- the real source -----------------------------------------------------------------

REAL_ENDPOINTS = {
    "POST /v1/contacts": ("upsertContact", "Contacts"),
    "POST /v1/templates/{template_id}/journeys": ("createJourney", "Journeys"),
    "GET /v1/templates": ("listTemplates", "Templates"),
    "GET /v1/objectives": ("listObjectives", "Objectives"),
}

CONTACT_STRINGS = [
    "unique_id", "name_title", "name_first", "name_last", "name_suffix", "address", "address2",
    "city", "state", "county", "country", "post_code", "timezone", "email", "phone_home",
    "phone_mobile", "phone_work",
]

REAL_SCHEMAS = {
    "Contact": {
        **dict.fromkeys(CONTACT_STRINGS, "string"),
        "unsubscribe_email": "boolean",
        "unsubscribe_sms": "boolean",
        "meta_public": "object",
        "journey": "object",
        "journey.template_id": "string",
        "id": "string uuid readonly",
        "inserted_at": "string date-time readonly",
        "updated_at": "string date-time readonly",
    },
    "Journey": {"template_id": "string", "owner_id": "string", "name": "string",
                "contact": "Contact"},
    "Template": {"id": "string", "name": "string"},
    "Objective": {"key": "string", "name": "string", "id": "string", "team_id": "string|null"},
}


def test_real_endpoints(real: ReadResult) -> None:
    found = {key: (op["operationId"], op["tag"]) for key, op in operations(real.document).items()}
    assert found == REAL_ENDPOINTS


def test_real_objects_and_fields(real: ReadResult) -> None:
    schemas = real.document["components"]["schemas"]
    assert {name: fields(schema) for name, schema in schemas.items()} == REAL_SCHEMAS
    assert list(schemas["Contact"]["properties"])[:3] == CONTACT_STRINGS[:3]
    assert not any("required" in schema for schema in schemas.values())  # the docs say none


def test_real_inferences_are_recorded(real: ReadResult) -> None:
    contact = real.document["components"]["schemas"]["Contact"]["properties"]
    assert contact["inserted_at"]["x-clientgen-inferred"]["format"]["evidence"] == [
        "description says 'ISO 8601'"]
    team = real.document["components"]["schemas"]["Objective"]["properties"]["team_id"]
    assert set(team["x-clientgen-inferred"]) == {"type", "nullable"}
    lines = {d.location for d in real.diagnostics if "inferred" in d.message}
    assert "onboarding.docs.md:66" in lines and "onboarding.docs.md:141" in lines


def test_real_operation_details(real: ReadResult) -> None:
    found = operations(real.document)
    assert found["POST /v1/templates/{template_id}/journeys"]["parameters"] == {
        "template_id": "path string"}
    assert found["POST /v1/templates/{template_id}/journeys"]["request"] == "Journey"
    assert found["GET /v1/templates"]["response"] == {"templates": "array of Template"}
    assert found["GET /v1/objectives"]["response"] == {"objectives": "array of Objective"}
    journey = real.document["paths"]["/v1/templates/{template_id}/journeys"]["post"]
    assert journey["summary"] == "Create a Journey from a Template"
    assert journey["description"].startswith("This endpoint is for creating")
    assert journey["x-clientgen-source"] == {"file": "onboarding.docs.md", "line": 112}
    assert "/oauth2/token" not in real.document["paths"]


def test_real_two_body_shapes_are_one_operation_with_two_methods(real: ReadResult) -> None:
    operation = real.document["paths"]["/v1/contacts"]["post"]
    assert [notation(s) for s in body_of(operation)["oneOf"]] == ["Contact", "object"]
    assert [notation(s) for s in response_of(operation)["anyOf"]] == ["Contact", "object"]
    assert operations(real.document)["POST /v1/contacts"]["methods"] == {
        "upsert": {"request": "Contact", "response": "Contact"},
        "batch_upsert": {
            "request": {"contacts": "array of Contact"},
            "response": {"new_contacts": "array of Contact",
                         "existing_contacts": "array of Contact"},
        },
    }
    assert [m["summary"] for m in operation["x-clientgen-methods"]] == [
        "Create or Update", "Create or Update a Batch"]


def test_real_oauth2_token_endpoint_is_the_security_scheme(real: ReadResult) -> None:
    scheme = real.document["components"]["securitySchemes"]["oauth2"]
    assert scheme["type"] == "oauth2"
    assert scheme["flows"] == {"clientCredentials": {"tokenUrl": "/oauth2/token", "scopes": {}}}
    assert scheme["x-clientgen-client-auth"] == "basic"
    assert real.document["security"] == [{"oauth2": []}]


def test_real_missing_root_is_a_warning_at_its_line(real: ReadResult) -> None:
    assert "servers" not in real.document
    warnings = [d for d in real.diagnostics if d.severity is Severity.WARNING]
    assert [d.location for d in warnings] == ["onboarding.docs.md:18"]
    assert "override" in warnings[0].hint


def test_real_document_metadata(real: ReadResult) -> None:
    assert real.document["openapi"] == "3.1.0"
    assert real.document["info"]["title"] == "Digital Onboarding API"
    assert [tag["name"] for tag in real.document["tags"]] == [
        "Contacts", "Journeys", "Templates", "Objectives"]
    reader = real.document["x-clientgen-reader"]
    assert reader == {"name": "markdown_docs", "diagnostics": len(real.diagnostics)}


def test_real_document_validates_before_and_after_overrides(real: ReadResult) -> None:
    validate(real.document)
    patched, applied = apply_overlay(real.document, load_overlay(ROOT / "overrides" /
                                                                 "onboarding.yaml"))
    assert all(action.matched for action in applied)
    validate(patched)
    assert "template_id" not in patched["components"]["schemas"]["Journey"]["properties"]


def test_detect_prefers_prose_docs() -> None:
    assert READER.detect(SOURCE.read_text(encoding="utf-8")) >= 0.9
    assert READER.detect("openapi: 3.0.0\npaths:\n  /x:\n    get: {}\n") < 0.1
    assert READER.detect("just some prose") == 0.0


# -- a second doc in the same style, scored against its truth -------------------------


def truth_facts(truth: dict[str, Any]) -> Facts:
    facts: Facts = {("server", url): "" for url in truth["servers"]}
    facts.update({("security", key): str(value) for key, value in truth["security"].items()})
    for key, operation in truth["operations"].items():
        facts.update(_operation_facts(key, operation))
    for name, props in truth["schemas"].items():
        facts.update({("field", name, field): text for field, text in props.items()})
    return facts


def document_facts(document: dict[str, Any]) -> Facts:
    facts: Facts = {("server", s["url"]): "" for s in document.get("servers", [])}
    for scheme in document.get("components", {}).get("securitySchemes", {}).values():
        (flow, details), = scheme["flows"].items()
        facts.update({("security", "type"): scheme["type"], ("security", "flow"): flow,
                      ("security", "tokenUrl"): details["tokenUrl"],
                      ("security", "client_auth"): scheme["x-clientgen-client-auth"]})
    for key, operation in operations(document).items():
        facts.update(_operation_facts(key, operation))
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        facts.update({("field", name, field): text for field, text in fields(schema).items()})
    return facts


def _operation_facts(key: str, operation: dict[str, Any]) -> Facts:
    facts: Facts = {("endpoint", key): "", ("operationId", key): operation["operationId"],
                    ("tag", key): operation["tag"]}
    facts.update({("param", key, name): text
                  for name, text in operation.get("parameters", {}).items()})
    parts: list[tuple[tuple[str, ...], Any]] = [
        ((part,), operation[part]) for part in ("request", "response") if part in operation]
    parts += [((name, part), value) for name, method in operation.get("methods", {}).items()
              for part, value in method.items()]
    for where, value in parts:
        items = value.items() if isinstance(value, dict) else [("", value)]
        facts.update({("shape", key, *where, field): text for field, text in items})
    return facts


def score(truth: Facts, found: Facts, kinds: tuple[str, ...]) -> tuple[float, float]:
    """(precision, recall) over the facts of these kinds; a fact counts when its value agrees."""
    wanted = {k: v for k, v in truth.items() if k[0] in kinds}
    got = {k: v for k, v in found.items() if k[0] in kinds}
    right = sum(1 for k, v in got.items() if wanted.get(k) == v)
    return right / max(len(got), 1), right / max(len(wanted), 1)


@pytest.fixture(scope="module")
def shelfwise() -> tuple[Facts, Facts, ReadResult]:
    text = (FIXTURES / "shelfwise.docs.md").read_text(encoding="utf-8")
    result = read(text, "shelfwise.docs.md")
    truth = yaml.safe_load((FIXTURES / "shelfwise.expected.yaml").read_text(encoding="utf-8"))
    return truth_facts(truth), document_facts(result.document), result


def test_second_doc_endpoints_are_all_found(shelfwise: tuple[Facts, Facts, ReadResult]) -> None:
    truth, found, _ = shelfwise
    assert score(truth, found, ("endpoint",)) == (1.0, 1.0)
    assert score(truth, found, ("operationId", "tag")) == (1.0, 1.0)


def test_second_doc_fields_score(shelfwise: tuple[Facts, Facts, ReadResult]) -> None:
    truth, found, _ = shelfwise
    precision, recall = score(truth, found, ("field", "param", "shape"))
    # One miss, known: "shelf.floor | Number | The floor the shelf is on" stays a
    # number; nothing in the docs says integer.
    misses = {k: (truth[k], found.get(k)) for k in truth if found.get(k) != truth[k]}
    assert misses == {("field", "Book", "shelf.floor"): ("integer", "number")}
    assert (round(precision, 3), round(recall, 3)) == (0.976, 0.976)  # 41 of 42 facts


def test_second_doc_server_and_security(shelfwise: tuple[Facts, Facts, ReadResult]) -> None:
    truth, found, result = shelfwise
    assert score(truth, found, ("server", "security")) == (1.0, 1.0)
    assert not [d for d in result.diagnostics if d.severity is not Severity.INFO]
    validate(result.document)


def test_third_doc_with_object_headings_and_action_endpoints() -> None:
    """Backticked names, a Required column, "The order object" headings, `Returns`, a
    `POST .../cancel` action, an empty `Response 204`, grant_type in a Parameters table."""
    text = (FIXTURES / "acme_shop.docs.md").read_text(encoding="utf-8")
    result = read(text, "acme_shop.docs.md")
    found = {key: (op["operationId"], op["tag"]) for key, op in
             operations(result.document).items()}
    assert found == {
        "GET /orders": ("listOrders", "Orders"),
        "GET /orders/{order_id}": ("getOrder", "Orders"),
        "POST /orders/{order_id}/cancel": ("cancelOrder", "Orders"),
        "DELETE /orders/{order_id}": ("deleteOrder", "Orders"),
    }
    assert list(result.document["paths"]["/orders/{order_id}"]["delete"]["responses"]) == ["204"]
    schemas = result.document["components"]["schemas"]
    assert fields(schemas["Order"])["line_items"] == "array of LineItem"
    assert fields(schemas["Order"])["customer.email"] == "string"
    assert fields(schemas["LineItem"]) == {"sku": "string", "quantity": "integer"}
    assert result.document["servers"] == [{"url": "https://shop.acme.test/api"}]
    assert "oauth2" in result.document["components"]["securitySchemes"]
    validate(result.document)


# -- odd input ------------------------------------------------------------------------

ODD_INPUTS = {
    "empty": "",
    "headings only": "Contacts\nTemplates\nObjectives\n",
    "table without endpoint": "Contacts\n| field | type |\n|---|---|\nid | String |\n",
    "blank lines": "\n\n   \n",
    "only pipes": "|\n||\n|||---|\n",
}


@pytest.mark.parametrize("text", ODD_INPUTS.values(), ids=ODD_INPUTS.keys())
def test_nothing_usable_is_a_located_error(text: str) -> None:
    with pytest.raises(ClientgenError) as caught:
        read(text, "odd.md")
    assert caught.value.diagnostic.location == "odd.md:1"
    assert caught.value.diagnostic.hint


def test_odd_but_usable_input_gives_diagnostics() -> None:
    text = (
        "Widgets\n"
        "GET /widgets/{id}\n"
        "| a | b | c | d | e |\n"
        "x | y\n"
        "Response\n"
        "See gadget object.\n"
        "Body\n"
        "```\n| not | a | table |\nPOST /inside/fence\n```\n"
        "Response\n"
        "| field | type |\n|---|---|\n| count | Gizmo |\n| | String |\n"
        "POST /widgets\nPOST /widgets\n"
    )
    result = read(text, "odd.md")
    messages = " / ".join(d.message for d in result.diagnostics)
    assert "table without a header" in messages
    assert "undefined object 'gadget'" in messages
    assert "unknown type 'Gizmo'" in messages
    assert "row without a field name" in messages
    assert "/inside/fence" not in result.document["paths"]
    validate(result.document)


def test_markdown_headings_and_brace_parameters() -> None:
    text = "# Notes\n## Get a note\nGET /v1/notes/{note_id}/tags/:tag\nResponse\n" \
           "| name | description |\n|--|--|\n| tag | The tag |\n"
    operation = read(text).document["paths"]["/v1/notes/{note_id}/tags/{tag}"]["get"]
    assert operation["operationId"] == "getTag"
    assert [p["name"] for p in operation["parameters"]] == ["note_id", "tag"]


DOC_LINES = st.sampled_from([
    "Contacts", "GET /v1/things/:id", "POST /v1/things", "Body", "Response", "Query Parameters",
    "| field | type | description |", "|---|---|---|", "id | String | A UUID |",
    "a.b | Object | A valid thing object |", "See thing object.", "An array of thing objects",
    "Things will always take this shape.", "These fields are readonly.", "```", "",
    "The API root for all requests is", "| x |", "Whether | | |",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(DOC_LINES, st.text(max_size=30)), max_size=25))
def test_any_input_reads_or_raises_a_clientgen_error(lines: list[str]) -> None:
    try:
        result = read("\n".join(lines))
    except ClientgenError:
        return
    assert result.document["paths"] is not None
