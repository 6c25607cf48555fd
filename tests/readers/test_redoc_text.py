"""The ReDoc-text reader: the real courier scrape, and synthetic scrapes with known truth.

The courier page is counted and spot-checked field by field. Generality is
measured on two specs of other domains rendered into scraped text by
``redoc_seed_style.scrape`` (the same damage as the real scrape: methods dropped, summaries
instead of paths, collapsed JSON:API body tables, orphan response blocks),
scoring method+path precision and recall against the specs themselves.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from generator.diagnostics import ClientgenError, Severity
from generator.readers import choose_reader
from generator.readers.base import ReadResult
from generator.readers.common.param_rows import parse_row
from generator.readers.common.samples import infer_schema, merge_schemas, sample_to_json
from generator.readers.redoc.reader import READER, read
from generator.readers.redoc.subject import Subject, subject
from tests.readers.redoc_seed_style import METHODS, scrape

REPO = Path(__file__).resolve().parents[2]
COURIER = REPO / "specs" / "courier" / "courier.redoc.txt"
FIXTURES = Path(__file__).parent / "fixtures" / "redoc"


@cache
def courier() -> ReadResult:
    return read(COURIER.read_text(encoding="utf-8"), "courier.redoc.txt")


def operations(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method.upper(), path): op
        for path, item in document["paths"].items()
        for method, op in item.items()
    }


def op(method: str, path: str) -> dict[str, Any]:
    return operations(courier().document)[(method, path)]


def param(operation: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in operation["parameters"] if p["name"] == name)


# --- the real courier scrape -------------------------------------------------


def test_courier_operation_count_is_headings_plus_orphans() -> None:
    """177 = 114 path headings + 33 summary headings + 30 orphan response blocks.

    Every heading (path or summary) opens an operation that has exactly one
    `Responses` line (147 of them); an orphan is a `Response samples` block
    arriving when its operation already has one (176 blocks, 146 owned).
    """
    text = COURIER.read_text(encoding="utf-8").splitlines()
    path_headings = sum(1 for line in text if line.startswith("/v"))
    responses_lines = text.count("Responses")
    sample_blocks = text.count("Response samples")
    assert (path_headings, responses_lines, sample_blocks) == (114, 147, 176)
    segments = [o["x-clientgen-source"]["line"] for o in operations(courier().document).values()]
    assert len(segments) == 177 == responses_lines + (sample_blocks - 146)


def test_courier_has_no_duplicate_method_and_path() -> None:
    keys = list(operations(courier().document))
    assert len(keys) == len(set(keys)) == 177
    ids = [o["operationId"] for o in operations(courier().document).values()]
    assert len(ids) == len(set(ids))


def test_courier_document_validates_and_is_detected() -> None:
    validate(courier().document)
    assert choose_reader(COURIER.read_text(encoding="utf-8"), None, "x").name == "redoc_text"


def test_list_operation_params_and_pagination() -> None:
    listing = op("GET", "/v1/announcers/")
    assert listing["operationId"] == "listAnnouncers"
    assert listing["tags"] == ["announcers"]
    assert param(listing, "filter[name]")["schema"] == {"type": "string", "maxLength": 255}
    limit = param(listing, "page[limit]")["schema"]
    assert (limit["minimum"], limit["maximum"], limit["default"]) == (1, 1000, 100)
    assert param(listing, "organization-id")["example"] == "11111111-1111-1111-1111-111111111111"
    assert listing["x-clientgen-pagination"] == {
        "style": "offset",
        "limit": "page[limit]",
        "offset": "page[offset]",
        "items": "/data",
        "max_limit": 1000,
    }
    data = listing["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
    assert data["data"]["items"] == {"$ref": "#/components/schemas/Announcer"}


def test_total_pointer_only_where_the_sample_shows_it() -> None:
    paging = op("GET", "/v1/communication-messages/")["x-clientgen-pagination"]
    assert paging["total"] == "/meta/page[total]"
    assert paging["max_limit"] == 100


def test_enums_constraints_and_array_items() -> None:
    listing = op("GET", "/v1/communication-messages/")
    sort = param(listing, "sort")["schema"]
    assert sort["items"]["enum"][0] == "-ack-timestamp"
    cmp = param(listing, "filter[cmp-last-modified-time]")["schema"]
    assert cmp == {"type": "array", "items": {"type": "string", "maxLength": 40}, "maxItems": 2}
    plugins = param(op("GET", "/v1/messaging-plugins/"), "filter[name]")["schema"]
    assert plugins == {"type": "string", "minLength": 4, "maxLength": 15, "pattern": "^[a-z0-9]+$"}
    responders = param(op("GET", "/v1/messaging-responders/"), "sort")["schema"]
    assert responders["default"] == ["created-at"] and responders["minItems"] == 1


def test_schemas_formats_and_enums_from_rows() -> None:
    schemas = courier().document["components"]["schemas"]
    attributes = schemas["AppCredentialAttributes"]["properties"]
    assert attributes["organization-id"] == {"type": "string", "format": "uuid"}
    assert attributes["type"]["enum"] == ["apn", "fcm"]  # from filter[type]
    channel = schemas["MessagingChannelAttributes"]["properties"]
    birth = channel["individual-group"]["properties"]["individuals"]["items"]["properties"]
    assert birth["birth-date"]["format"] == "date"
    rules = schemas["MessagingResponderAttributes"]["properties"]["calendar-args"]
    assert rules["properties"]["rules"]["items"]["properties"]["end-time"]["format"] == "time"
    assert schemas["Announcer"]["properties"]["type"] == {"type": "string", "enum": ["announcers"]}


def test_recovered_summary_operations() -> None:
    create = op("POST", "/v1/announcers/")
    assert create["x-clientgen-inferred"]["method"]["value"] == "POST"
    assert create["x-clientgen-envelope"] == {
        "request": "data",
        "response": "data",
        "flatten": "attributes",
    }
    assert create["requestBody"]["content"]["application/json"]["schema"]["required"] == ["data"]
    update = op("PATCH", "/v1/video-participants/{id}/")
    assert update["x-clientgen-inferred"]["path"]["confidence"] >= 0.8
    archive = op("POST", "/v1/messaging-channels/{id}/archive/")
    assert archive["x-clientgen-envelope"] == {"response": "data"}
    assert archive["x-clientgen-inferred"]["path"]["confidence"] < 0.5  # the slug is a guess


def test_orphans_become_get_by_id_with_a_path_parameter() -> None:
    orphan = op("GET", "/v1/app-credentials/{id}/")
    assert orphan["x-clientgen-source"]["line"] == 225
    assert param(orphan, "id")["required"] is True
    assert "JSON:API type" in orphan["x-clientgen-inferred"]["path"]["evidence"][0]
    assert "GET" in {m for m, p in operations(courier().document) if p == "/v1/replicators/"}


def test_action_body_rows_and_deprecations() -> None:
    sms = op("POST", "/v1/messaging-channels/{id}/enable-disable-sms-path/")
    body = sms["requestBody"]["content"]["application/json"]["schema"]
    assert body["required"] == ["active"]
    assert body["properties"]["initial-message"] == {"type": "string", "maxLength": 1024}
    assert op("PATCH", "/v1/users/{id}/")["deprecated"] is True
    include = param(op("GET", "/v1/messaging-channels/{id}/"), "include-individual-group")
    assert include["deprecated"] is True and include["schema"]["default"] is False


def test_every_operation_records_provenance() -> None:
    for operation in operations(courier().document).values():
        inferred = operation["x-clientgen-inferred"]
        assert 0 < inferred["method"]["confidence"] <= 1 and inferred["method"]["evidence"]
        assert operation["x-clientgen-source"]["file"] == "courier.redoc.txt"


# --- building blocks ----------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("id required | string Resource identifier |", {"type": "string"}),
        (
            "n | integer [ 0 .. 9 ] Default: 5 |",
            {"type": "integer", "minimum": 0, "maximum": 9, "default": 5},
        ),
        (
            "f | number > 0 multiple of 0.5 |",
            {"type": "number", "exclusiveMinimum": 0, "multipleOf": 0.5},
        ),
        ('m required | string Value: "x" |', {"type": "string", "enum": ["x"]}),
        ("s | string or null <date-time> |", {"type": ["string", "null"], "format": "date-time"}),
    ],
)
def test_param_row_grammar(row: str, expected: dict[str, Any]) -> None:
    parsed = parse_row(row)
    assert parsed is not None and parsed.schema == expected


def test_sample_markers_and_inference() -> None:
    value = sample_to_json(['{- "a": [', '- "x - y"', '], - "b": null', "}"])
    assert value == {"a": ["x - y"], "b": None}
    merged = merge_schemas(infer_schema({"b": None}), infer_schema({"b": "2020-01-02"}))
    assert merged["properties"]["b"] == {"type": ["string", "null"], "format": "date"}


@pytest.mark.parametrize(
    "text",
    [
        'Responses\nResponse samples\n- 200\n{- "data": [\n- {',  # truncated sample
        "/v1/x/\nquery Parameters\nbroken row without pipes\n| | |\nResponses",
        "Response samples\n- 200\n{ not json }\nResponse samples\n- 200\nnull",
    ],
)
def test_odd_input_gives_diagnostics_not_crashes(text: str) -> None:
    result = read(text, "odd.txt")
    assert result.document["paths"]
    validate(result.document)


def test_truncated_sample_is_reported_with_its_line() -> None:
    text = COURIER.read_text(encoding="utf-8")
    result = read(text[: text.index('- "created-by"', 2500)], "cut.txt")  # ends inside a sample
    assert any(
        d.severity is Severity.WARNING and d.location.startswith("cut.txt:")
        for d in result.diagnostics
    )


def test_empty_input_is_a_user_error_with_a_location() -> None:
    with pytest.raises(ClientgenError) as caught:
        read("", "empty.txt")
    assert caught.value.diagnostic.location == "empty.txt:1"
    assert READER.detect("") == 0.0


# --- synthetic scrapes of other APIs -------------------------------------------


def score(name: str) -> tuple[float, float, ReadResult]:
    spec = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))
    truth = {
        (m.upper(), p.rstrip("/"))
        for p, item in spec["paths"].items()
        for m in item
        if m in METHODS
    }
    result = read(scrape(spec), name)
    found = {(m, p.rstrip("/")) for m, p in operations(result.document)}
    hits = len(truth & found)
    return hits / len(found), hits / len(truth), result


@pytest.mark.parametrize(
    ("name", "precision", "recall"), [("petclinic.yaml", 0.9, 0.9), ("library.yaml", 0.95, 0.95)]
)
def test_synthetic_scrape_precision_and_recall(name: str, precision: float, recall: float) -> None:
    got_precision, got_recall, result = score(name)
    validate(result.document)
    assert (got_precision, got_recall) >= (precision, recall), (got_precision, got_recall)


def test_synthetic_deprecations_and_param_kinds() -> None:
    _, _, result = score("petclinic.yaml")
    ops = operations(result.document)
    assert ops[("GET", "/v2/pets/{petId}/history")]["deprecated"] is True
    listing = ops[("GET", "/v2/pets")]
    assert param(listing, "X-Request-Id")["in"] == "header"
    assert param(listing, "species")["schema"]["enum"] == ["cat", "dog", "bird"]
    assert listing["x-clientgen-pagination"]["items"] == "/items"
    assert listing["x-clientgen-pagination"]["total"] == "/total"


def test_attributes_only_responses_carry_are_inferred_read_only() -> None:
    """`created-at` never appears in a request sample of announcers: the server sets it."""
    attributes = courier().document["components"]["schemas"]["AnnouncerAttributes"]["properties"]
    assert attributes["created-at"]["readOnly"] is True
    assert attributes["created-at"]["x-clientgen-inferred"]["readOnly"]["evidence"]
    assert "readOnly" not in attributes["name"] and "readOnly" not in attributes["organization-id"]


@pytest.mark.parametrize(
    ("summary", "acted_on", "owner"),
    [
        ("Returns the comments posted on the track(track_id).", ("comments",), ("track",)),
        ("Returns a list of user's playlists.", ("playlists",), ("user",)),
        ("List coaches for a patient", ("coaches",), ("patient",)),
        ("Get a health profile", ("health", "profile"), ()),
        ("Likes a playlist.", ("playlist",), ()),
        ("Creates a new announcer", ("announcer",), ()),
    ],
)
def test_summary_subject(summary: str, acted_on: tuple[str, ...], owner: tuple[str, ...]) -> None:
    assert subject(summary) == Subject(acted_on, owner)


def _seed_style(spec_paths: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    spec = {"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": spec_paths}
    return operations(read(scrape(spec), "t.txt").document)


_OK = {
    "200": {
        "description": "ok",
        "content": {
            "application/json": {
                "schema": {"type": "object", "properties": {"id": {"type": "string"}}}
            }
        },
    }
}
_BODY = {
    "content": {
        "application/json": {
            "schema": {"type": "object", "properties": {"name": {"type": "string"}}}
        }
    }
}
_ID = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]


def test_path_less_operations_take_their_resource_from_parameter_and_summary() -> None:
    found = _seed_style(
        {
            "/playlists/{playlist_id}": {
                "get": {
                    "summary": "Returns a playlist.",
                    "parameters": [{**_ID[0], "name": "playlist_id"}],
                    "responses": _OK,
                },
            },
            "/patients/{id}/coaches": {
                "get": {
                    "summary": "List coaches for a patient",
                    "parameters": _ID,
                    "responses": _OK,
                },
            },
            "/patients": {"get": {"responses": _OK}},
        }
    )
    assert ("GET", "/playlists/{playlist_id}") in found
    assert ("GET", "/patients/{id}/coaches") in found


def test_declared_paths_action_verbs_post_and_create_or_replace_puts() -> None:
    created = {**_OK, "201": _OK["200"]}
    found = _seed_style(
        {
            "/workflows/{id}": {
                "put": {"parameters": _ID, "requestBody": _BODY, "responses": created}
            },
            "/workflows/{id}/restart": {
                "post": {"parameters": _ID, "responses": {"200": {"description": "ok"}}}
            },
            "/workflows/{id}/runs": {"get": {"parameters": _ID, "responses": _OK}},
        }
    )
    assert set(found) == {
        ("PUT", "/workflows/{id}"),
        ("POST", "/workflows/{id}/restart"),
        ("GET", "/workflows/{id}/runs"),
    }
