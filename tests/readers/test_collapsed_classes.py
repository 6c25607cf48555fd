"""One regression test per failure class of the collapsed-YAML rebuild (issue 10),
and Hypothesis round trips over documents that mix them.

Each class was seen on APIs.guru specs dumped to YAML and collapsed: a key that
two open mappings accept went to the wrong one, and what followed cascaded.
"""

from __future__ import annotations

import string
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.diagnostics import Severity
from generator.readers.openapi.collapsed import rebuild
from tests.readers.test_collapsed_yaml import (
    _BlockDumper,
    assert_round_trip,
    collapse,
    openapi_documents,
)


def _dump(document: dict[str, Any], sort_keys: bool = False) -> str:
    return yaml.safe_dump(document, sort_keys=sort_keys, allow_unicode=True)


def _document(paths: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": paths, **extra}


def _get(operation: dict[str, Any]) -> dict[str, Any]:
    responses = operation.get("responses", {"200": {"description": "ok"}})
    return {"/items": {"get": {**operation, "responses": responses}}}


def test_an_extension_beside_a_ref_stays_beside_it() -> None:
    parameter = {
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/Query", "x-stream-index": "001"}
            }
        },
        "in": "query",
        "name": "payload",
    }
    schemas = {"Query": {"type": "object", "x-stream-index": "002"}}
    document = _document(_get({"parameters": [parameter]}), components={"schemas": schemas})
    assert_round_trip(_dump(document))


def test_free_form_keys_shaped_like_the_outer_ones_continue_the_outer_mapping() -> None:
    events = {
        "channel.created": {"description": "created", "schema": {"ref": "#/x/Created"}},
        "member.added": {"description": "added", "schema": {"ref": "#/x/Added"}},
    }
    assert_round_trip(_dump(_document(_get({"x-events": events}))))


def _sorted_string_lists() -> dict[str, Any]:
    """Array schemas written with sorted keys, ``nullable`` after ``items``."""
    return {
        name: {
            "description": f"{name} list",
            "items": {"type": "string"},
            "nullable": True,
            "readOnly": True,
            "title": name,
            "type": "array",
        }
        for name in ("Beta", "Gamma", "Zeta")
    }


def test_a_sorted_document_never_places_a_key_out_of_order() -> None:
    """``nullable`` after ``items: {type: string}`` would break the items' order,
    once the document has shown that it writes every mapping's keys sorted."""
    schemas: dict[str, Any] = {
        f"A{i:02}": {"description": "plain", "format": "uuid", "maxLength": 9, "type": "string"}
        for i in range(12)
    }
    schemas.update(_sorted_string_lists())
    assert_round_trip(_dump(_document(_get({}), components={"schemas": schemas}), True))


def test_an_extension_goes_where_the_corpus_writes_it() -> None:
    """APIs.guru writes ``x-hasEquivalentPaths`` at the root, after the servers."""
    server = {"url": "https://{region}.example.com", "variables": {"region": {"default": "eu"}}}
    document = _document(_get({}), servers=[server])
    document["x-hasEquivalentPaths"] = True
    document["paths"] = document.pop("paths")
    assert_round_trip(_dump(document))


def test_an_example_quoting_a_swagger_document_leaves_the_version_alone() -> None:
    example = {"swagger": "2.0", "info": {"title": "quoted"}}
    content = {"application/json": {"example": example, "schema": {"type": "object"}}}
    clean = _dump(_document(_get({"requestBody": {"content": content}})))
    document, diagnostics = rebuild(collapse(clean), "t")
    assert document == yaml.safe_load(clean)
    assert not [d for d in diagnostics if "is not valid" in d.message]


def test_an_example_named_by_a_long_sentence_is_one_key() -> None:
    name = "Get the callback url for a trigger of a workflow version"
    parameter = {
        "name": "versionId",
        "in": "path",
        "required": True,
        "schema": {"type": "string"},
        "examples": {name: {"value": "v1"}},
    }
    assert_round_trip(_dump(_document(_get({"parameters": [parameter]}))))


def test_a_field_name_inside_an_example_stays_in_the_example() -> None:
    """``description`` is also a Response field, but ``id`` after it fits only
    the example's item."""
    example = {"data": [{"code": 100, "count": 1, "description": "an error", "id": 1}]}
    response = {"description": "OK", "content": {"application/json": {"example": example}}}
    assert_round_trip(_dump(_document(_get({"responses": {"200": response}}))))


def test_type_object_after_an_enum_of_strings_goes_to_the_outer_schema() -> None:
    schema = {
        "properties": {
            "path": {"type": "string"},
            "status": {"description": "state", "enum": ["running", "completed"]},
        },
        "type": "object",
    }
    body = {"content": {"application/json": {"schema": schema}}}
    assert_round_trip(_dump(_document(_get({"requestBody": body}))))


# -- the classes mixed into generated documents -----------------------------------

_EXTENSION_VALUE = st.dictionaries(
    st.sampled_from(["channel.created", "member.added", "message.new"]),
    st.fixed_dictionaries({"description": st.text(string.ascii_letters, min_size=1)}),
    min_size=1,
    max_size=3,
)
_EXAMPLE_ITEM = st.fixed_dictionaries(
    {"code": st.integers(0, 999), "description": st.text(string.ascii_letters, min_size=1)},
    optional={"id": st.integers(0, 99)},
)


@st.composite
def mixed_documents(draw: st.DrawFn) -> dict[str, Any]:
    """Generated documents with extensions beside references, shaped extension
    content, examples holding field names and enums before an outer ``type``."""
    document = draw(openapi_documents())
    for item in document["paths"].values():
        for method, operation in item.items():
            item[method] = {"x-events": draw(_EXTENSION_VALUE), **operation}
            content = operation["responses"]["200"]["content"]
            example = {"data": draw(st.lists(_EXAMPLE_ITEM, min_size=1, max_size=3))}
            schema = {**content["application/json"]["schema"], "x-order": draw(st.integers(0, 9))}
            content["application/json"] = {"example": example, "schema": schema}
    for schema in document["components"]["schemas"].values():
        state = {"enum": draw(st.lists(st.sampled_from(["on", "off"]), min_size=1))}
        properties = {"state": state, **schema.pop("properties")}  # a nested object stays last
        schema.pop("type")
        schema["properties"] = properties
        schema["type"] = "object"
    return document


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=mixed_documents(), sort_keys=st.booleans())
def test_collapse_then_rebuild_is_identity_on_the_issue_classes(
    document: dict[str, Any], sort_keys: bool
) -> None:
    assert_round_trip(_dump(document, sort_keys))


def test_a_keyword_of_another_type_goes_to_the_outer_schema() -> None:
    """``minItems`` after ``items: {type: object, ...}`` is the array's."""
    schema = {
        "items": {"properties": {"size": {"type": "integer"}}, "type": "object"},
        "minItems": 1,
        "type": "array",
    }
    response = {"content": {"application/json": {"schema": schema}}, "description": "ok"}
    assert_round_trip(_dump(_document(_get({"responses": {"200": response}}))))


def test_schema_words_inside_an_example_stay_in_the_example() -> None:
    """``title`` and ``type: plan-check-in`` are an example's: ``type`` fits the
    schema only loosely, and ``updated_at`` after it fits nowhere outside."""
    example = {
        "created_at": "2025",
        "title": "Plan Check-In",
        "type": "plan-check-in",
        "updated_at": "2025",
    }
    schema = {"example": example, "properties": {"title": {"type": "string"}}, "type": "object"}
    assert_round_trip(_dump(_document(_get({}), components={"schemas": {"Event": schema}})))


def test_a_free_form_key_with_a_list_value_ends_a_block_scalar() -> None:
    """Found by the hard-case round trip: ``name: - 0`` after a folded string in
    an extension is a key of the extension, not more text."""
    samples = {"id": 'Send {"name":"a+b","in":"query"} as the body', "name": [0]}
    clean = yaml.dump(_document(_get({"x-samples": samples})), Dumper=_Folded, sort_keys=False)
    assert_round_trip(clean)


class _Folded(yaml.SafeDumper):
    """Long strings as folded block scalars (``>-``)."""


_Folded.add_representer(
    str,
    lambda dumper, value: dumper.represent_scalar(
        "tag:yaml.org,2002:str", value, style=">" if len(value) > 30 else None
    ),
)


def test_a_property_after_a_nested_object_stays_there_until_its_type() -> None:
    """A sorted document writes ``type: object`` after each schema's properties:
    ``timezone_id`` after ``offset`` continues ``timezone``'s properties (the
    outer ones, also sorted and sharing its first word, would leave ``timezone``
    without the type every other object schema of the document has)."""
    schemas: dict[str, Any] = {
        f"Address{i}": {"properties": {"id": {"type": "string"}}, "type": "object"}
        for i in range(5)
    }
    names = ("label", "offset", "timezone_id")
    timezone = {"properties": {name: {"type": "string"} for name in names}, "type": "object"}
    person = {"properties": {"timezone": timezone, "username": {"type": "string"}}}
    schemas["Person"] = {**person, "type": "object"}
    assert_round_trip(_dump(_document(_get({}), components={"schemas": schemas}), True))


def test_a_property_named_like_a_keyword_of_another_type_is_a_property() -> None:
    """``items`` after ``id: {type: string}`` is a property: a string schema takes
    no ``items``, nor does the object schema holding ``properties`` (its own
    ``type: object`` comes last in a sorted document)."""
    item = {"properties": {"sku": {"type": "string"}}, "type": "object"}
    listed = {"items": {"$ref": "#/components/schemas/Item"}, "type": "array"}
    cart = {"properties": {"id": {"type": "string"}, "items": listed}, "type": "object"}
    schemas = {"Cart": cart, "Item": item}
    assert_round_trip(_dump(_document(_get({}), components={"schemas": schemas}), True))


def test_a_property_referring_to_its_namesake_schema_is_no_definition() -> None:
    """The last ``teamName:`` is a property (its value refers to the schema
    ``teamName``); the schema is the earlier one, after a map of properties."""

    named = {"allOf": [{"$ref": "#/components/schemas/teamName"}, {"description": "Its name"}]}
    schemas = {
        "Request": {"type": "object", "properties": {"teamId": {"type": "string"}}},
        "teamName": {"type": "string", "minLength": 1},
        "Config": {
            "type": "object",
            "properties": {"teamId": {"type": "string"}, "teamName": named},
        },
    }
    assert_round_trip(_dump(_document(_get({}), components={"schemas": schemas})))


def test_a_quoted_value_followed_by_words_is_text() -> None:
    """``example: "Ubuntu 16.04" or ...`` inside a description is prose: a quoted
    value is followed by a key, a ``-`` or the end, never by more words."""
    system = {
        "description": 'The host\'s system, for example: "Ubuntu 16.04" or "Windows"\n',
        "example": "Alpine Linux v3.5",
        "type": "string",
    }
    info = {"properties": {"OperatingSystem": system, "Plugins": {"type": "string"}}}
    schemas = {"SystemInfo": {**info, "type": "object"}}
    document = _document(_get({}), components={"schemas": schemas})
    assert_round_trip(yaml.dump(document, Dumper=_BlockDumper, sort_keys=True))


def test_servers_between_two_paths_are_no_root_field() -> None:
    """A path item's ``servers`` after its operation: the root (which has none)
    also takes the key, but placing it there would close ``paths`` before the
    paths still to come."""
    operation = {"responses": {"200": {"description": "ok"}}, "tags": ["Music"]}
    paths = {
        "/music/artists": {"get": operation, "servers": [{"url": "http://rms.example.com/"}]},
        "/music/playlists": {"get": operation},
    }
    assert_round_trip(_dump(_document(paths)))


def _sorted_but_examples(value: Any) -> Any:
    """Every mapping's keys sorted, as a converter dumping JSON does, but examples
    kept in the order they were recorded in."""
    if isinstance(value, dict):
        return {
            k: v if k == "example" else _sorted_but_examples(v) for k, v in sorted(value.items())
        }
    return [_sorted_but_examples(v) for v in value] if isinstance(value, list) else value


def test_examples_recorded_unsorted_leave_the_document_sorted() -> None:
    """Examples in recorded order (``zone0``, ``age0``, ...) do not make a sorted
    document unsorted: ``nullable`` after ``items: {type: string}`` still goes
    where it keeps the order."""
    recorded = {f"{word}{i}": i for i in range(8) for word in ("zone", "age")}
    schemas: dict[str, Any] = {
        f"A{i:02}": {
            "default": "a",
            "deprecated": False,
            "description": "x",
            "example": {**recorded},
        }
        for i in range(12)
    }
    schemas.update(_sorted_string_lists())
    document = _sorted_but_examples(_document(_get({}), components={"schemas": schemas}))
    assert_round_trip(_dump(document))


def test_keywords_in_prose_with_values_yaml_forbids_stay_prose() -> None:
    """``Date format: `yyyy-MM-dd``` (no plain scalar starts with a backquote) and
    ``minLength: 10 characters`` (a number of words is text) inside a literal
    description are prose, not the schema's ``format`` and ``minLength``."""
    date = {
        "description": "The flight date.\n* Date format: `yyyy-MM-dd`\n"
        "* minLength: 10 characters\n* maxLength: 16 characters\n",
        "type": "string",
    }
    airline = {"properties": {"airline.date": date, "airline.leg.code": {"type": "string"}}}
    document = _document(_get({}), components={"schemas": {"Airline": airline}})
    assert_round_trip(yaml.dump(document, Dumper=_BlockDumper, sort_keys=False))


def _find(value: Any, key: str) -> Any:
    """The first value under ``key`` anywhere in ``value`` (depth first)."""
    if isinstance(value, dict):
        if key in value:
            return value[key]
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            found = _find(item, key)
            if found is not None:
                return found
    return None


def test_a_contradiction_sends_an_ambiguous_key_back_to_its_other_place() -> None:
    """The GitHub cascade (``/agents/tasks/{task_id}``): the keys of nested objects
    fit several open schemas alike; a guess that looked fine put ``required`` in
    the wrong one, the second ``- type: object`` of a ``oneOf`` then fitted no
    list and every later key climbed to the root. The contradiction sends the
    parser back to the guess, and the other reading is kept and reported."""

    def string(description: str) -> dict[str, Any]:
        return {"type": "string", "description": description}

    def obj(properties: dict[str, Any], **fields: Any) -> dict[str, Any]:
        return {"type": "object", **fields, "properties": properties}

    def ident() -> dict[str, Any]:  # a new one each time: no YAML anchors
        return {"id": {"type": "integer", "format": "int64", "description": "The identifier"}}

    resource = obj(
        {**ident(), "global_id": string("GraphQL global ID")},
        description="A GitHub resource",
        required=["id"],
    )
    branch = obj(
        {"head_ref": string("Head branch name"), "base_ref": string("Base branch name")},
        description="A Git branch reference",
        required=["head_ref", "base_ref"],
    )
    artifact = obj(
        {
            "provider": {"type": "string", "enum": ["github"], "description": "Provider"},
            "data": {"oneOf": [resource, branch], "description": "Resource data"},
        },
        description="A resource generated by the task",
        required=["provider", "data"],
    )
    task = obj(
        {
            "id": string("Unique task identifier"),
            "owner": {"description": "The owner", **obj(ident())},
            "repository": {"description": "The repository", **obj(ident())},
            "state": {"type": "string", "description": "State", "enum": ["queued", "failed"]},
            "artifacts": {"type": "array", "items": artifact, "description": "Artifacts"},
            "created_at": {"type": "string", "format": "date-time", "description": "Created"},
        },
        required=["id", "state"],
    )
    sessions = obj({"sessions": {"type": "array", "items": {"type": "string"}}})
    content = {"application/json": {"schema": {"allOf": [task, sessions]}}}
    paths = {
        "/tasks/{task_id}": {
            "get": {
                "operationId": "get-task",
                "responses": {"200": {"description": "ok", "content": content}},
            }
        },
        "/tasks": {
            "get": {"operationId": "list-tasks", "responses": {"200": {"description": "ok"}}}
        },
    }
    document, diagnostics = rebuild(collapse(_dump(_document(paths))))
    assert list(document) == ["openapi", "info", "paths"]
    assert document["paths"]["/tasks"] == paths["/tasks"]
    schema = document["paths"]["/tasks/{task_id}"]["get"]["responses"]["200"]["content"]
    all_of = schema["application/json"]["schema"]["allOf"]
    assert all_of[1] == sessions
    assert _find(all_of[0], "data") == {"oneOf": [resource, branch], "description": "Resource data"}
    assert not [d for d in diagnostics if d.severity is not Severity.INFO]
    assert any("meets a contradiction" in d.message for d in diagnostics)


def test_a_sorted_document_keeps_its_first_example_sorted_too() -> None:
    """PyYAML sorts every mapping, examples included: in a document whose objects
    are sorted, ``attendees`` after ``attributes: {all_day: ..}`` cannot be the
    example's own key (it sorts before ``attributes``), even in the first example
    of the document, before its free-form content has shown an order."""
    example = {
        "attributes": {"all_day": True, "attendees": [{"id": "a1", "user": "u1"}], "title": "In"},
        "id": "e1",
        "type": "event",
    }
    schemas: dict[str, Any] = {
        f"Account{i}": {
            "description": f"schema {i}",
            "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
            "required": ["id"],
            "type": "object",
        }
        for i in range(6)
    }
    schemas["Event"] = {
        "example": example,
        "properties": {"attributes": {"type": "object"}, "id": {"type": "string"}},
        "type": "object",
    }
    paths = {"/e": {"get": {"responses": {"200": {"description": "ok"}}}}}
    assert_round_trip(_dump(_document(paths, components={"schemas": schemas}), sort_keys=True))


def test_operation_keys_inside_an_extension_list_stay_there() -> None:
    """GitHub's ``x-github-breaking-changes``: each item holds ``patch: responses:
    ...``, keys a path item takes too. Read as the path item's ``patch``, the
    item's ``version`` then fits nowhere; the parser goes back and keeps ``patch``
    in the extension's item."""
    item = {"$ref": "#/components/schemas/Repo"}
    content = {"application/json": {"schema": {"items": dict(item)}}}
    changes = [
        {"changeset": f"restrict_{i}", "patch": {"responses": {"200": {"content": content}}}}
        for i in range(2)
    ]
    for change in changes:
        change["version"] = "2026-03-10"
    schema = {"type": "array", "items": dict(item)}
    get = {
        "operationId": "list-repos",
        "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": schema}}}
        },
        "x-github-breaking-changes": changes,
    }
    paths = {
        "/repos": {"get": get},
        "/users": {
            "get": {"operationId": "list-users", "responses": {"200": {"description": "ok"}}}
        },
    }
    schemas = {"Repo": {"type": "object", "properties": {"id": {"type": "integer"}}}}
    document, diagnostics = rebuild(
        collapse(_dump(_document(paths, components={"schemas": schemas})))
    )
    assert list(document["paths"]) == ["/repos", "/users"]
    assert list(document["paths"]["/repos"]) == ["get"]
    assert document["components"] == {"schemas": schemas}
    found = _find(document["paths"]["/repos"], "x-github-breaking-changes")
    assert [change["changeset"] for change in found] == ["restrict_0", "restrict_1"]
    assert all(list(change["patch"]) == ["responses"] for change in found)
    assert not [d for d in diagnostics if d.severity is not Severity.INFO]


def test_a_root_key_after_a_referenced_response_goes_back_to_the_root() -> None:
    """An object holding ``$ref`` lacks none of its fields: after ``'422': $ref:
    ...``, the last thing in ``paths``, the root's ``x-webhooks`` no longer stays
    inside the response to finish it (GitHub)."""
    ok = {"description": "ok"}
    get = {
        "operationId": "get-x",
        "x-github": {"category": "orgs"},
        "responses": {"200": ok, "422": {"$ref": "#/components/responses/failed"}},
    }
    hooks = {"created": {"post": {"operationId": "hook", "responses": {"200": ok}}}}
    responses = {"failed": {"description": "failed"}}
    document = _document(
        {"/x": {"get": get}}, **{"x-webhooks": hooks, "components": {"responses": responses}}
    )
    assert_round_trip(_dump(document))
