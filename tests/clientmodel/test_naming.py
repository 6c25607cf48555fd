"""Method and argument names: digits stay attached, sub-collection GETs list,
one singularizer for everyone."""

from __future__ import annotations

from typing import Any

import pytest

from generator.clientmodel.naming import argument_name, pascal, snake
from generator.clientmodel.naming_ops import base_method_name
from tests.clientmodel.conftest import lower_spec


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("finalize_encounter_v2", "finalize_encounter_v2"),
        ("finalizeEncounterV2", "finalize_encounter_v2"),
        ("getV2Contacts", "get_v2_contacts"),
        ("HTTP2Server", "http2_server"),
        ("address2", "address2"),
        ("page[limit]", "page_limit"),
    ],
)
def test_digits_stay_with_the_word_before_them(wire: str, expected: str) -> None:
    assert snake(wire) == expected


def test_pascal_case_keeps_digits_attached_too() -> None:
    assert pascal("oauth2 token v2") == "Oauth2TokenV2"
    assert argument_name("2fa") == "arg_2_fa"  # a leading number still needs a word


@pytest.mark.parametrize(
    ("operation", "path", "lists", "expected"),
    [
        ({"operationId": "getCampaignContacts"}, "/campaigns/{id}/contacts", True, "list_contacts"),
        ({"operationId": "getCampaignStats"}, "/campaigns/{id}/stats", False, "get_stats"),
        ({}, "/campaigns/{id}/contacts", True, "list_contacts"),
        ({}, "/sniffers/{id}/get-logs", True, "list_logs"),
        ({"x-clientgen-name": "get_everything"}, "/campaigns/{id}/all", True, "get_everything"),
    ],
)
def test_a_get_of_a_sub_collection_is_list(
    operation: dict[str, Any], path: str, lists: bool, expected: str
) -> None:
    resource = "sniffers" if "sniffers" in path else "campaigns"
    assert base_method_name(operation, "GET", path, resource, lists) == expected


def test_a_get_the_summary_calls_a_list_is_list() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "servers": [{"url": "https://t.example.com"}],
        "paths": {
            "/channels/{id}/users": {
                "get": {
                    "operationId": "getChannelUsers",
                    "summary": "List channel users",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {"204": {"description": "none"}},
                }
            }
        },
    }
    client, _ = lower_spec(document)
    assert [op.name for r in client.resources for op in r.operations] == ["list_users"]


def test_a_plural_resource_owns_its_singular_path_noun() -> None:
    statuses = base_method_name({}, "GET", "/statuses/{id}", "statuses", False)
    people = base_method_name({}, "GET", "/people/{id}", "people", False)
    assert (statuses, people) == ("get", "get")  # not Statuse, not Peoples


def test_the_same_inline_schema_under_the_same_name_is_one_class() -> None:
    from generator.clientmodel.types import TypeMapper

    mapper = TypeMapper({}, "spec.yaml", [])
    options = {"type": "object", "properties": {"flow_id": {"type": "string"}}}
    other = {"type": "object", "properties": {"flow": {"type": "integer"}}}

    first = mapper.annotation(options, "VoiceOptions", "/paths/~1a/post/requestBody")
    again = mapper.annotation(dict(options), "VoiceOptions", "/paths/~1b/post/requestBody")
    different = mapper.annotation(other, "VoiceOptions", "/paths/~1c/post/requestBody")

    assert (first.text, again.text, different.text) == (
        "VoiceOptions",
        "VoiceOptions",
        "VoiceOptions2",
    )
